"""Readers who are not signed in share stored pages; any edit shows on the very next request."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from playwright.sync_api import expect

from negotiations.models import (
    Actor,
    DataVersion,
    ExchangeTerm,
    Negotiation,
    Proposal,
    Risk,
)

from .admin_form import admin_url, load_admin_form, save_in_admin
from .doha import DOHA, DOHA_FIXTURE, hamas_proposal
from .html_parts import fact, hrefs, parse
from .public_urls import stored_pages
from .test_browser_security import watch_for_violations

pytestmark = pytest.mark.django_db

STATUS = f"/negotiations/{DOHA}/"
TIMELINE = f"/negotiations/{DOHA}/timeline/"
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def reader():
    """A reader who is not signed in, next to the editor's own client."""
    return Client()


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
    assert second_queries == 1  # the data version, nothing else


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


def test_an_edit_in_the_admin_shows_on_the_next_request(editor_client, reader, doha):
    proposal = hamas_proposal()
    url = proposal.get_absolute_url()
    assert "A clearer title" not in reader.get(url).text
    save_in_admin(editor_client, proposal, title="A clearer title")
    assert "A clearer title" in reader.get(url).text


def test_a_delete_in_the_admin_shows_on_the_next_request(editor_client, reader, doha):
    risk = Risk.objects.filter(negotiation=doha).first()
    assert risk.description in reader.get(STATUS).text
    response = editor_client.post(admin_url(Risk, "delete", risk.pk), {"post": "yes"})
    assert response.status_code == 302
    assert risk.description not in reader.get(STATUS).text


def test_an_exchange_term_edited_inline_shows_on_the_next_request(editor_client, reader, doha):
    proposal = hamas_proposal()
    term = proposal.exchange_terms.get(group="hostages")
    url = proposal.get_absolute_url()
    assert "Edited inline" not in reader.get(url).text
    prefix = f"exchange_terms-{list(proposal.exchange_terms.all()).index(term)}"
    save_in_admin(editor_client, proposal, **{f"{prefix}-description": "Edited inline"})
    assert ExchangeTerm.objects.get(pk=term.pk).description == "Edited inline"
    assert "Edited inline" in reader.get(url).text


def test_a_mediator_added_to_a_proposal_shows_on_the_next_request(reader, doha):
    proposal = hamas_proposal()
    newcomer = Actor.objects.exclude(pk__in=proposal.mediators.all()).order_by("name").first()
    url = proposal.get_absolute_url()
    assert newcomer.get_absolute_url() not in hrefs(fact(parse(reader.get(url).text), "Through"))
    proposal.mediators.add(newcomer)
    assert newcomer.get_absolute_url() in hrefs(fact(parse(reader.get(url).text), "Through"))


def test_a_revert_from_history_shows_on_the_next_request(editor_client, reader, doha):
    call_command("populate_history", "--auto", verbosity=0)
    proposal = hamas_proposal()
    original = proposal.history.earliest()
    save_in_admin(editor_client, proposal, title="A mistaken title")
    url = proposal.get_absolute_url()
    assert "A mistaken title" in reader.get(url).text

    revert = reverse(
        "admin:negotiations_proposal_simple_history", args=[proposal.pk, original.history_id]
    )
    assert editor_client.post(revert, load_admin_form(editor_client, revert)).status_code == 302
    page = reader.get(url).text
    assert "A mistaken title" not in page
    assert original.title in page


def test_loaded_fixture_shows_on_the_next_request(reader, db):
    assert DOHA not in reader.get("/").text
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    assert DOHA in reader.get("/").text


def test_generated_synthetic_data_shows_on_the_next_request(reader, db):
    assert "synthetic-" not in reader.get("/").text
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


def test_a_signed_in_editor_is_never_served_a_stored_page(editor_client, reader, doha):
    proposal = hamas_proposal()
    url = proposal.get_absolute_url()
    reader.get(url)
    # A write behind the app's back (no signal): stored pages keep the old title until
    # they expire, but an editor always sees the data itself.
    Proposal.objects.filter(pk=proposal.pk).update(title="Changed in the database")
    assert "Changed in the database" not in reader.get(url).text
    assert "Changed in the database" in editor_client.get(url).text


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


def test_the_data_version_changes_on_every_write_and_is_never_reused(db):
    seen = []
    for _ in range(5):
        seen.append(DataVersion.objects.current())
        DataVersion.objects.bump()
    seen.append(DataVersion.objects.current())
    assert len(set(seen)) == 6
    DataVersion.objects.all().delete()  # as a test database's flush does
    assert DataVersion.objects.current() not in seen


def test_many_writes_in_one_transaction_replace_the_version_once(db):
    before = DataVersion.objects.current()
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    bumps = [q for q in queries.captured_queries if "negotiations_dataversion" in q["sql"]]
    assert len(bumps) == 1
    assert DataVersion.objects.current() != before


def test_a_version_replaced_in_a_rolled_back_savepoint_is_replaced_again(db):
    before = DataVersion.objects.current()
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            DataVersion.objects.bump()
            raise RuntimeError("rolled back")
        assert DataVersion.objects.current() == before
        DataVersion.objects.bump()
        assert DataVersion.objects.current() != before


def first_row_locked(queries):
    """The table of the first statement that writes or locks a row of the tracker's tables."""
    for query in queries:
        sql = query["sql"]
        if sql.startswith(("UPDATE", "INSERT", "DELETE")) or " FOR UPDATE" in sql:
            table = re.search(r'"(negotiations_\w+)"', sql)
            if table:
                return table.group(1)
    return None


def edit_a_proposal_and_a_term(client, doha):
    proposal = hamas_proposal()
    save_in_admin(client, proposal, **{"title": "Edited", "exchange_terms-0-description": "x"})


def delete_a_risk(client, doha):
    risk = Risk.objects.filter(negotiation=doha).first()
    assert client.post(admin_url(Risk, "delete", risk.pk), {"post": "yes"}).status_code == 302


def revert_a_proposal(client, doha):
    proposal = hamas_proposal()
    original = proposal.history.earliest()
    revert = reverse(
        "admin:negotiations_proposal_simple_history", args=[proposal.pk, original.history_id]
    )
    assert client.post(revert, load_admin_form(client, revert)).status_code == 302


def add_a_mediator(client, doha):
    with transaction.atomic():
        hamas_proposal().mediators.add(Actor.objects.get(slug="qatar"))


def save_a_record_in_code(client, doha):
    with transaction.atomic():
        proposal = hamas_proposal()
        proposal.title = "Saved by a script"
        proposal.save()


@pytest.mark.parametrize(
    "write",
    [
        edit_a_proposal_and_a_term,
        delete_a_risk,
        revert_a_proposal,
        add_a_mediator,
        save_a_record_in_code,
    ],
    ids=lambda write: write.__name__,
)
def test_the_data_version_is_the_first_row_a_write_locks(editor_client, doha, write):
    """Every writer queues on the one version row before locking any other, so two writers
    whose rows cross (one editing a source, one citing it) wait for each other in turn
    instead of each holding a row the other needs: no deadlock."""
    call_command("populate_history", "--auto", verbosity=0)
    # Tests run inside one transaction: a read makes the next write replace the version.
    DataVersion.objects.current()
    with CaptureQueriesContext(connection) as queries:
        write(editor_client, doha)
    assert first_row_locked(queries.captured_queries) == "negotiations_dataversion"


@pytest.mark.browser
def test_stored_pages_work_in_chromium_under_the_policy(page, live_server, transactional_db):
    """Stored copies run htmx with no policy violation (the script nonce they carry from
    their first rendering grants nothing), and the timeline's swaps and Back work on them."""
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    problems = watch_for_violations(page)
    for url in stored_pages(Client()):  # a reader who is not signed in stores every page
        page.goto(live_server.url + url)
        assert page.evaluate("() => typeof htmx") == "object", url
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
