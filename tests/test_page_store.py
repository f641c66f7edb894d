"""Readers who are not signed in share stored pages; an edit shows on the very next request,
and pages that do not show what it changed stay stored."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from playwright.sync_api import expect

from negotiations.models import (
    Actor,
    ExchangeTerm,
    Negotiation,
    Proposal,
    ProposalLink,
    Risk,
    Source,
)
from tracker.page_store.invalidation import changed
from tracker.page_store.models import EPOCH, PageVersion

from .admin_form import admin_url, load_admin_form, save_in_admin
from .browser_admin import watch_for_violations
from .builders import cite
from .conftest import empty_the_tracker
from .doha import DOHA, DOHA_FIXTURE, hamas_proposal
from .html_parts import fact, hrefs, parse
from .public_urls import one_page_per_route, stored_pages

# The tests read and edit the one Doha copy loaded for the module, each in a transaction rolled
# back; those of an empty tracker empty it within theirs.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

STATUS = f"/negotiations/{DOHA}/"
TIMELINE = f"/negotiations/{DOHA}/timeline/"
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def reader():
    """A reader who is not signed in, next to the editor's own client."""
    return Client()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Writes made inside it take effect as at their commit: a test's own transaction never
    commits, and stored pages are replaced only after a commit. What the test set up before
    it (the fixtures named before this one) counts as committed."""

    def commit():
        return django_capture_on_commit_callbacks(execute=True)

    with commit():
        changed(set())
    return commit


def queries_to_get(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def test_a_second_request_is_served_from_the_store_with_one_query(reader, doha):
    first, first_queries = queries_to_get(reader, STATUS)
    second, second_queries = queries_to_get(reader, STATUS)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert first_queries > 1
    assert second_queries == 1  # the versions, nothing else


def test_a_stored_page_keeps_its_headers_and_gets_the_security_ones_afresh(reader, doha):
    first = reader.get(STATUS)
    second = reader.get(STATUS)
    assert second["Content-Type"] == first["Content-Type"] == "text/html; charset=utf-8"
    for header in ("X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"):
        assert second[header] == first[header]
    # The stored page carries its first rendering's script nonce; the policy sent with the
    # stored copy names none, so that nonce grants nothing (scripts load as 'self').
    assert "script-src 'self' 'nonce-" in first["Content-Security-Policy"]
    assert "script-src 'self';" in second["Content-Security-Policy"]


def test_a_shared_page_sets_no_cookie_and_carries_no_readers_csrf_secret(reader, doha):
    reader.cookies["csrftoken"] = "a" * 32  # a reader who once opened the admin's login page
    first = reader.get(STATUS)
    second = Client().get(STATUS)
    assert not first.cookies and not second.cookies
    assert second.content == first.content
    assert "a" * 32 not in first.text


def test_an_edit_in_the_admin_shows_on_the_next_request(editor_client, reader, doha, committed):
    proposal = hamas_proposal()
    url = proposal.get_absolute_url()
    assert "A clearer title" not in reader.get(url).text
    with committed():
        save_in_admin(editor_client, proposal, title="A clearer title")
    assert "A clearer title" in reader.get(url).text


def test_a_delete_in_the_admin_shows_on_the_next_request(editor_client, reader, doha, committed):
    risk = Risk.objects.filter(negotiation=doha).first()
    assert risk.description in reader.get(STATUS).text
    with committed():
        response = editor_client.post(admin_url(Risk, "delete", risk.pk), {"post": "yes"})
    assert response.status_code == 302
    assert risk.description not in reader.get(STATUS).text


def test_an_exchange_term_edited_inline_shows_on_the_next_request(
    editor_client, reader, doha, committed
):
    proposal = hamas_proposal()
    term = proposal.exchange_terms.get(group="hostages")
    url = proposal.get_absolute_url()
    assert "Edited inline" not in reader.get(url).text
    prefix = f"exchange_terms-{list(proposal.exchange_terms.all()).index(term)}"
    with committed():
        save_in_admin(editor_client, proposal, **{f"{prefix}-description": "Edited inline"})
    assert ExchangeTerm.objects.get(pk=term.pk).description == "Edited inline"
    assert "Edited inline" in reader.get(url).text


def test_a_mediator_added_to_a_proposal_shows_on_the_next_request(reader, doha, committed):
    proposal = hamas_proposal()
    newcomer = Actor.objects.exclude(pk__in=proposal.mediators.all()).order_by("name").first()
    url = proposal.get_absolute_url()
    assert newcomer.get_absolute_url() not in hrefs(fact(parse(reader.get(url).text), "Through"))
    with committed():
        proposal.mediators.add(newcomer)
    assert newcomer.get_absolute_url() in hrefs(fact(parse(reader.get(url).text), "Through"))


def test_a_revert_from_history_shows_on_the_next_request(editor_client, reader, doha, committed):
    call_command("populate_history", "--auto", verbosity=0)
    proposal = hamas_proposal()
    original = proposal.history.earliest()
    with committed():
        save_in_admin(editor_client, proposal, title="A mistaken title")
    url = proposal.get_absolute_url()
    assert "A mistaken title" in reader.get(url).text

    revert = reverse(
        "admin:negotiations_proposal_simple_history", args=[proposal.pk, original.history_id]
    )
    with committed():
        form = load_admin_form(editor_client, revert)
        assert editor_client.post(revert, form).status_code == 302
    page = reader.get(url).text
    assert "A mistaken title" not in page
    assert original.title in page


def test_loaded_fixture_shows_on_the_next_request(reader, db, committed):
    empty_the_tracker()
    assert DOHA not in reader.get("/").text
    with committed():
        call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    assert DOHA in reader.get("/").text


def test_generated_synthetic_data_shows_on_the_next_request(reader, db, committed):
    empty_the_tracker()
    assert "synthetic-" not in reader.get("/").text
    with committed():
        call_command("generate_synthetic", negotiations=2, events=20, seed=1, stdout=io.StringIO())
    slug = Negotiation.objects.order_by("slug").first().slug
    assert slug.startswith("synthetic-")
    assert slug in reader.get("/").text


def test_an_htmx_swap_and_the_full_page_never_get_each_others_content(reader, doha):
    partial = reader.get(TIMELINE, **HTMX)
    full = reader.get(TIMELINE)
    assert "<html" not in partial.text
    assert "<html" in full.text
    assert "<html" not in reader.get(TIMELINE, **HTMX).text
    restored = reader.get(TIMELINE, HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX)
    assert "<html" in restored.text


def test_a_malformed_filter_is_not_stored_and_a_good_address_after_it_is_right(reader, doha):
    bad = f"{TIMELINE}?date_from=not-a-date"
    assert reader.get(bad).status_code == 400
    again, queries = queries_to_get(reader, bad)
    assert again.status_code == 400
    assert queries > 1  # rendered again, not served from the store
    good = reader.get(TIMELINE)
    assert good.status_code == 200
    assert "<html" in good.text and "not-a-date" not in good.text


def test_a_signed_in_editor_gets_the_readers_page_since_no_cookie_reaches_it(
    editor_client, reader, doha
):
    stored = reader.get(STATUS)
    response, queries = queries_to_get(editor_client, STATUS)
    assert response.content == stored.content
    assert queries == 1
    assert response["ETag"] == stored["ETag"]


@pytest.mark.parametrize(
    "cookie", ["sessionid=abcdefghijklmnopqrstuvwxyz012345", "csrftoken=x", "theme=dark"]
)
def test_a_made_up_cookie_is_served_the_stored_page(reader, doha, cookie):
    reader.get(STATUS)
    response, queries = queries_to_get(Client(), STATUS, HTTP_COOKIE=cookie)
    assert response.status_code == 200 and "<html" in response.text
    assert queries == 1
    assert not response.cookies


#: Parameters no page reads, as a crawler, a tracking link or someone filling the store adds.
JUNK = [{"utm_source": "feed"}, {"fbclid": "IwAR0x"}, {"page": "2"}, {"as_of ": "x"}]


@pytest.mark.parametrize("junk", JUNK, ids=lambda junk: next(iter(junk)))
def test_parameters_a_page_does_not_read_are_sent_to_its_address_without_them(reader, doha, junk):
    response = reader.get(TIMELINE, {"actor": "qatar", **junk, "q": "talks"})
    assert response.status_code == 302
    assert response["Location"] == f"{TIMELINE}?actor=qatar&q=talks"
    assert "ETag" not in response and "public" not in response.get("Cache-Control", "")
    assert reader.get(STATUS, junk)["Location"] == STATUS


def test_every_stored_page_sends_parameters_it_does_not_read_away(reader, doha, crawled_pages):
    for url in crawled_pages:
        assert reader.get(url).status_code == 200, url  # stored now
        joiner = "&" if "?" in url else "?"
        response = reader.get(f"{url}{joiner}made_up=1")
        assert response.status_code == 302, url
        assert response["Location"] == url, url


def test_a_page_stored_through_one_host_name_serves_the_others(reader, doha):
    reader.get(STATUS)
    _, queries = queries_to_get(reader, STATUS, HTTP_HOST="localhost")
    assert queries == 1  # servers behind one proxy, or a page known by two names, share it


def test_head_is_answered_from_the_same_stored_page(reader, doha):
    head = reader.head(STATUS)
    assert head.status_code == 200
    get, queries = queries_to_get(reader, STATUS)
    assert get.status_code == 200 and "<html" in get.text
    assert queries == 1
    assert reader.head(STATUS).status_code == 200


def test_no_page_is_stored_when_the_lifetime_is_zero(reader, doha, settings):
    settings.PAGE_CACHE_SECONDS = 0
    reader.get(STATUS)
    response, queries = queries_to_get(reader, STATUS)
    assert response.status_code == 200
    assert queries > 1


def tokens_of(*scopes):
    return PageVersion.objects.tokens(scopes)


def test_a_replaced_version_is_never_reused_and_an_emptied_table_changes_every_key(db):
    seen = []
    for _ in range(5):
        seen.append(tokens_of("shared")["shared"])
        PageVersion.objects.replace(["shared"])
    seen.append(tokens_of("shared")["shared"])
    assert len(set(seen)) == 6
    before = tokens_of("shared")
    PageVersion.objects.all().delete()  # as a test database's flush does
    assert tokens_of("shared")[EPOCH] != before[EPOCH]


def test_many_writes_in_one_transaction_replace_the_versions_once_after_commit(
    db, django_capture_on_commit_callbacks
):
    before = tokens_of("tracker", "shared", f"negotiation:{DOHA}")
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True),  # runs them as it exits, first
        transaction.atomic(),
    ):
        call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
        assert not version_writes(queries)  # nothing before the commit
    assert len(version_writes(queries)) == 1
    after = tokens_of("tracker", "shared", f"negotiation:{DOHA}")
    assert after["tracker"] != before["tracker"] and after["shared"] != before["shared"]


def version_writes(queries):
    return [
        query
        for query in queries.captured_queries
        if "page_store_pageversion" in query["sql"] and not query["sql"].startswith("SELECT")
    ]


def test_a_write_after_a_rolled_back_savepoint_still_replaces_the_version(
    doha, django_capture_on_commit_callbacks
):
    before = tokens_of(f"negotiation:{DOHA}")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            Risk.objects.filter(negotiation=doha).first().save()
            raise RuntimeError("rolled back")
        proposal = hamas_proposal()
        proposal.title = "Saved after the rollback"
        proposal.save()
    assert tokens_of(f"negotiation:{DOHA}") != before


def test_an_edit_inside_a_transaction_leaves_the_versions_until_it_commits(doha):
    before = tokens_of(f"negotiation:{DOHA}")
    with transaction.atomic():
        proposal = hamas_proposal()
        proposal.title = "Not committed yet"
        proposal.save()
        assert tokens_of(f"negotiation:{DOHA}") == before


def test_which_pages_show_a_new_record_is_read_only_once_it_commits(
    doha, django_capture_on_commit_callbacks
):
    before = tokens_of(f"negotiation:{DOHA}")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        with CaptureQueriesContext(connection) as queries:
            Risk.objects.create(
                negotiation=doha, description="A new risk", date=datetime.date(2024, 3, 20)
            )
        # The row and its first version, and nothing read: a rolled-back write costs no more.
        assert [query["sql"].split()[0] for query in queries.captured_queries] == [
            "INSERT",
            "INSERT",
        ]
    assert tokens_of(f"negotiation:{DOHA}")[f"negotiation:{DOHA}"] != before[f"negotiation:{DOHA}"]


@pytest.fixture
def elsewhere(db):
    """A second negotiation with a proposal, whose pages no edit of the Doha talks shows."""
    other = Negotiation.objects.create(
        title="Northland–Southland talks", slug="northland-talks", stage="active"
    )
    proposal = Proposal.objects.create(
        negotiation=other, kind="proposal", title="Northland's truce offer"
    )
    return other, proposal


def stored_pages_of(negotiation, proposal):
    return [
        f"/negotiations/{negotiation.slug}/",
        f"/negotiations/{negotiation.slug}/timeline/",
        f"/negotiations/{negotiation.slug}/proposals/",
        f"/negotiations/{negotiation.slug}/positions/",
        proposal.get_absolute_url(),
    ]


def is_served_stored(client, url):
    """Whether the page comes from the store: no template rendered."""
    response = client.get(url)
    assert response.status_code == 200, url
    return not response.templates


def test_an_edit_of_one_negotiation_leaves_the_pages_of_another_stored(
    reader, doha, elsewhere, committed
):
    urls = stored_pages_of(*elsewhere)
    for url in [*urls, STATUS, "/"]:
        reader.get(url)
    assert all(is_served_stored(reader, url) for url in urls)
    with committed():
        proposal = hamas_proposal()
        proposal.title = "Only the Doha talks changed"
        proposal.save()
    assert all(is_served_stored(reader, url) for url in urls)
    assert "Only the Doha talks changed" in reader.get(STATUS).text
    assert not is_served_stored(Client(), "/")  # the home page lists every negotiation


def test_an_edit_of_an_actor_replaces_the_pages_of_every_negotiation(
    reader, doha, elsewhere, committed
):
    negotiation, proposal = elsewhere
    qatar = Actor.objects.get(slug="qatar")
    proposal.mediators.add(qatar)
    urls = stored_pages_of(negotiation, proposal)
    for url in urls:
        reader.get(url)
    with committed():
        qatar.name = "State of Qatar"
        qatar.save()
    assert "State of Qatar" in reader.get(proposal.get_absolute_url()).text
    assert not any(is_served_stored(Client(), url) for url in urls[:4])


def test_a_proposal_moved_to_another_negotiation_replaces_the_pages_of_both(
    reader, doha, elsewhere, committed
):
    negotiation, _ = elsewhere
    proposal = Proposal.objects.create(negotiation=doha, kind="proposal", title="Moved later")
    from_list = f"/negotiations/{DOHA}/proposals/"
    to_list = f"/negotiations/{negotiation.slug}/proposals/"
    assert "Moved later" in reader.get(from_list).text
    assert "Moved later" not in reader.get(to_list).text
    with committed():
        proposal.negotiation = negotiation
        proposal.save()
    assert "Moved later" not in reader.get(from_list).text
    assert "Moved later" in reader.get(to_list).text


def test_an_edit_of_a_linked_proposal_replaces_the_pages_of_the_negotiation_linking_it(
    reader, doha, elsewhere, committed
):
    _, northern = elsewhere
    ProposalLink.objects.create(proposal=hamas_proposal(), kind="mirrors", other=northern)
    url = hamas_proposal().get_absolute_url()
    assert "Northland&#x27;s truce offer" in reader.get(url).text
    with committed():
        northern.title = "Northland's revised offer"
        northern.save()
    assert "Northland&#x27;s revised offer" in reader.get(url).text


def test_a_citation_added_replaces_the_pages_of_the_cited_record(reader, doha, committed):
    risk = Risk.objects.filter(negotiation=doha).first()
    source = Source.objects.create(
        title="A later report", kind="news_report", published_on=datetime.date(2024, 3, 20)
    )
    assert "A later report" not in reader.get(STATUS).text
    with committed():
        cite(risk, source)
    assert "A later report" in reader.get(STATUS).text


@pytest.mark.browser
def test_stored_pages_run_htmx_configured_for_the_policy_in_chromium(
    page, live_server, transactional_db
):
    """Stored copies run htmx, configured as the policy needs, with no policy violation (the
    script nonce they carry from their first rendering grants nothing), and the timeline's
    swaps and Back work on them. One stored copy of each route is opened: the configuration
    and the nonce are the template's and the store's, alike for every record (every stored
    page is opened in Chromium, with a payload in every field, in test_xss_corpus.py)."""
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    problems = watch_for_violations(page)
    stored = stored_pages(Client())  # a reader who is not signed in stores every page
    for url in one_page_per_route(stored):
        page.goto(live_server.url + url)
        config = page.evaluate(
            "() => [htmx.config.allowEval, htmx.config.allowScriptTags,"
            " htmx.config.selfRequestsOnly, htmx.config.includeIndicatorStyles]"
        )
        assert config == [False, False, True, False], url
    for _ in range(2):  # the second time, the filtered list too comes from the store
        page.goto(live_server.url + TIMELINE)
        page.evaluate("window.sameDocument = 'yes'")
        page.get_by_label("Actor").select_option("egypt")
        page.get_by_role("button", name="Show events").click()
        expect(page.locator("li.event")).to_have_count(1)
        page.go_back()
        expect(page.locator("li.event")).to_have_count(11)
        assert page.evaluate("window.sameDocument") == "yes"
    assert problems == [], problems
