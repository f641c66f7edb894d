"""A reader in Chromium: the status page, htmx filtering with Back, proposals and their
comparison, the timeline without JavaScript, and axe on every page.

Waits use Playwright's expect() rather than string predicates, which a strict
Content-Security-Policy (no 'unsafe-eval') would refuse to run in the page."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from negotiations.models import Actor, Event, ExchangeTerm, Negotiation, OtherTerm, Proposal

from .doha import DOHA, DOHA_FIXTURE

pytestmark = pytest.mark.browser

TIMELINE = f"/negotiations/{DOHA}/timeline/"


@pytest.fixture
def doha_site(transactional_db, live_server):
    """The live server with the Doha fixture committed, so the server thread sees it."""
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    return live_server.url


@pytest.fixture
def counter_proposal(doha_site):
    """An Israeli counter-proposal with terms, so the comparison has values to compare."""
    israel, hamas = Actor.objects.get(slug="israel"), Actor.objects.get(slug="hamas")
    counter = Proposal.objects.create(
        negotiation=Negotiation.objects.get(slug=DOHA),
        kind="counter_proposal",
        title="Israeli counter-proposal",
        proposed_by=israel,
        date=datetime.date(2024, 3, 25),
        status="presented",
        responds_to_id=1,
    )
    ExchangeTerm.objects.create(
        proposal=counter, group="hostages", count_min=40, count_max=40, releasing_party=hamas
    )
    OtherTerm.objects.create(proposal=counter, kind="withdrawal", withdrawal_extent="partial")
    return counter


def test_the_status_page_shows_where_the_talks_stand(page, reading_site):
    page.goto(f"{reading_site}/negotiations/{DOHA}/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Israel–Hamas ceasefire and hostage-release talks"
    )
    awaited = page.locator(".awaited").inner_text()
    assert awaited == "Awaited: counter-proposal expected to be presented to Hamas."
    assert page.locator("#key-figures ~ ul .number").first.inner_text() == "about 1,160"
    assert page.locator("svg.strip-svg a.mark").count() >= 5
    assert page.locator("svg.strip-svg").is_visible()


def test_filtering_by_actor_swaps_the_list_and_back_restores_it(page, reading_site):
    page.goto(reading_site + TIMELINE)
    assert page.locator("li.event").count() == 11
    # A full page load would wipe this marker; an htmx swap keeps it.
    page.evaluate("window.sameDocument = 'yes'")
    page.get_by_label("Actor").select_option("egypt")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url("**/timeline/?actor=egypt*")
    expect(page.locator("li.event")).to_have_count(1)
    assert page.locator("li.event h3").inner_text().startswith("Mossad head meets")
    assert page.evaluate("window.sameDocument") == "yes"
    assert "actor=egypt" in page.url

    page.go_back()
    expect(page.locator("li.event")).to_have_count(11)
    assert "actor=" not in page.url
    assert page.evaluate("window.sameDocument") == "yes"


def test_a_filtered_view_is_a_shareable_link(page, reading_site):
    page.goto(f"{reading_site}{TIMELINE}?actor=qatar&kind=statement")
    assert page.locator("li.event").count() == 2
    assert page.get_by_label("Actor").input_value() == "qatar"
    assert page.get_by_label("statement", exact=True).is_checked()


def test_newer_events_load_in_place_and_keep_the_filters(page, doha_site):
    doha = Negotiation.objects.get(slug=DOHA)
    Event.objects.bulk_create(
        Event(
            negotiation=doha,
            kind="meeting",
            title=f"Extra meeting {index}",
            date=datetime.date(2024, 4, 1) + datetime.timedelta(days=index),
        )
        for index in range(60)
    )
    page.goto(f"{doha_site}{TIMELINE}?q=Extra")
    assert page.locator("li.event").count() == 50
    page.evaluate("window.sameDocument = 'yes'")
    page.get_by_role("link", name="Newer events →").click()
    page.wait_for_url("**after=*")
    expect(page.locator("li.event")).to_have_count(10)
    assert "q=Extra" in page.url
    assert page.locator("li.event h3").last.inner_text() == "Extra meeting 59"
    assert page.evaluate("window.sameDocument") == "yes"
    page.get_by_role("link", name="← Older events").click()
    expect(page.locator("li.event")).to_have_count(50)
    assert page.locator("li.event h3").first.inner_text() == "Extra meeting 0"


def test_a_malformed_filter_shows_a_message_in_place(page, reading_site):
    page.goto(reading_site + TIMELINE)
    page.get_by_label("From:", exact=True).fill("2024-03-19")
    page.get_by_label("To:", exact=True).fill("2024-03-01")
    page.get_by_role("button", name="Show events").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "The end of the date range is before its start." in alert.inner_text()
    assert page.locator("li.event").count() == 0


def test_the_filter_form_works_without_javascript(browser, reading_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(reading_site + TIMELINE)
        page.get_by_label("Actor").select_option("egypt")
        page.get_by_role("button", name="Show events").click()
        page.wait_for_url("**/timeline/?actor=egypt*")
        assert page.locator("li.event").count() == 1
        assert page.get_by_label("Actor").input_value() == "egypt"
    finally:
        context.close()


def test_a_reader_opens_a_proposal_and_its_comparison(page, reading_site):
    page.goto(f"{reading_site}/negotiations/{DOHA}/proposals/")
    page.get_by_role("link", name="Hamas proposal: six-week truce", exact=False).first.click()
    page.wait_for_url("**/proposals/1/")
    terms = page.locator("ul.terms li").all_inner_texts()
    assert terms[0].startswith("about 42 hostages")
    page.get_by_role("link", name="compare term by term").first.click()
    page.wait_for_url("**/proposals/1/compare/2/")
    assert "No terms recorded yet for the counter-proposal." in page.locator("main").inner_text()


def test_the_comparison_shows_changed_and_added_terms(page, counter_proposal, doha_site):
    page.goto(f"{doha_site}/proposals/1/")
    page.locator(f'a[href="/proposals/1/compare/{counter_proposal.pk}/"]').click()
    page.wait_for_url(f"**/proposals/1/compare/{counter_proposal.pk}/")
    rows = page.locator("table.compare tbody tr")
    assert rows.nth(0).locator("td").last.inner_text().startswith("CHANGED")
    assert "number minimum 42 → 40 (lowered)" in rows.nth(0).inner_text()
    statuses = [row.locator(".change").inner_text().lower() for row in rows.all()]
    assert statuses == ["changed", "dropped", "dropped", "added"]


PAGES = [
    "/",
    f"/negotiations/{DOHA}/",
    TIMELINE,
    f"{TIMELINE}?actor=nobody",
    "/timeline/",
    f"/negotiations/{DOHA}/proposals/",
    "/proposals/1/",
    "/proposals/2/",
    "/proposals/1/compare/2/",
    f"/negotiations/{DOHA}/positions/",
    "/actors/",
    "/actors/?kind=planet",
    "/actors/hamas/",
    "/actors/qatar/",
    "/sources/1/",
    "/no/such/page/",
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_accessibility_violations(page, reading_site, axe, path):
    page.goto(reading_site + path)
    results = axe.run(page)
    serious = [
        violation
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
    assert serious == [], results.generate_report()


def test_the_comparison_page_with_terms_has_no_serious_violations(
    page, counter_proposal, axe, doha_site
):
    page.goto(f"{doha_site}/proposals/1/compare/{counter_proposal.pk}/")
    results = axe.run(page)
    assert [
        v for v in results.response["violations"] if v["impact"] in {"serious", "critical"}
    ] == [], results.generate_report()


STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"


def test_every_page_and_the_htmx_filter_work_under_a_strict_content_security_policy(
    page, reading_site
):
    def with_strict_policy(route):
        response = route.fetch()
        headers = {**response.headers, "content-security-policy": STRICT_CSP}
        route.fulfill(response=response, headers=headers)

    page.route("**/*", with_strict_policy)
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    try:
        for path in PAGES:
            page.goto(reading_site + path)
        page.goto(reading_site + TIMELINE)
        page.evaluate("window.sameDocument = 'yes'")
        page.get_by_label("Actor").select_option("egypt")
        page.get_by_role("button", name="Show events").click()
        expect(page.locator("li.event")).to_have_count(1)
        assert page.evaluate("window.sameDocument") == "yes"
    finally:
        # A request still in flight must not reach the handler after the test.
        page.unroute_all(behavior="ignoreErrors")
    assert [text for text in messages if "Content Security Policy" in text] == []
