"""``?as_of=D``: pages and the API as the tracker recorded them at the end of day D."""

import contextlib
import datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import Actor, Event, Negotiation, Proposal
from negotiations.record_time.as_recorded import recorded_on
from negotiations.record_time.history import tracked_models

from .builders import add_many_rows
from .conftest import empty_the_tracker
from .doha import DOHA, DOHA_FIXTURE, hamas_proposal
from .query_counts import ready_to_count

#: The Doha fixture is recorded at noon on the article's day; later edits on later days.
SEEDED = datetime.date(2024, 3, 19)
DAY_AFTER = datetime.date(2024, 3, 20)
EDITED = datetime.date(2024, 3, 21)
DELETED = datetime.date(2024, 3, 22)

STATUS = f"/negotiations/{DOHA}/"
TIMELINE = f"/negotiations/{DOHA}/timeline/"
POSITIONS = f"/negotiations/{DOHA}/positions/"


def noon(day):
    return datetime.datetime.combine(day, datetime.time(12), datetime.UTC)


def saved_on(record, day, save=None):
    """Saves ``record`` (or runs ``save``) as if an editor did it at noon on ``day``."""
    record._history_date = noon(day)
    try:
        (save or record.save)()
    finally:
        del record._history_date


def seed_as_recorded():
    """The Doha fixture seeded with its history, every version dated the article's day, then
    later days' work: a renamed proposal, an event about October entered on the 21st, a
    participant added to an existing event, and an event removed on the 22nd."""
    call_command("seed", str(DOHA_FIXTURE), verbosity=0)
    for _model, history in tracked_models(apps):
        history.objects.update(history_date=noon(SEEDED))
    negotiation = Negotiation.objects.get(slug=DOHA)
    proposal = hamas_proposal()
    proposal.title = "A title given on the 21st"
    saved_on(proposal, EDITED)
    late = Event(
        negotiation=negotiation,
        kind="development",
        title="An October attack entered on the 21st",
        date=datetime.date(2023, 10, 7),
    )
    saved_on(late, EDITED)
    joined = Event.objects.filter(negotiation=negotiation).order_by("pk").first()
    newcomer = Actor.objects.exclude(events=joined).order_by("pk").first()
    saved_on(joined, EDITED, lambda: joined.participants.add(newcomer))
    removed = Event.objects.filter(negotiation=negotiation).order_by("-pk")[1]
    saved_on(removed, DELETED, removed.delete)
    return {
        "proposal": proposal,
        "late": late,
        "joined": joined,
        "newcomer": newcomer,
        "removed": removed,
    }


@pytest.fixture(scope="module")
def edited_for_the_module(django_db_setup, django_db_blocker):
    """The records of ``seed_as_recorded``, committed once for the module: each test runs in
    a transaction rolled back afterwards."""
    with django_db_blocker.unblock():
        records = seed_as_recorded()
    yield records
    with django_db_blocker.unblock():
        empty_the_tracker()


@pytest.fixture
def edited(edited_for_the_module, db):
    return edited_for_the_module


@pytest.fixture
def recorded(edited):
    return Negotiation.objects.get(slug=DOHA)


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_a_renamed_proposal_shows_its_old_title_until_the_day_it_was_renamed(client, edited):
    url = edited["proposal"].get_absolute_url()
    assert "A title given on the 21st" not in text(client, f"{url}?as_of={DAY_AFTER}")
    assert "A title given on the 21st" in text(client, f"{url}?as_of={EDITED}")


def test_a_fact_about_october_entered_later_is_not_in_the_earlier_days_timeline(client, edited):
    assert "An October attack" not in text(client, f"{TIMELINE}?as_of={DAY_AFTER}")
    assert "An October attack" in text(client, f"{TIMELINE}?as_of={EDITED}")
    assert "An October attack" in text(client, TIMELINE)


def test_a_deleted_event_is_shown_until_the_day_it_was_removed(client, edited):
    title = edited["removed"].title
    assert title in text(client, f"{TIMELINE}?as_of={EDITED}")
    assert title not in text(client, f"{TIMELINE}?as_of={DELETED}")
    assert title not in text(client, TIMELINE)


def test_who_took_part_is_shown_as_recorded_that_day(edited):
    joined, newcomer = edited["joined"], edited["newcomer"]
    with recorded_on(DAY_AFTER):
        assert newcomer not in Event.objects.get(pk=joined.pk).participants.all()
    with recorded_on(EDITED):
        assert newcomer in Event.objects.get(pk=joined.pk).participants.all()


def test_a_negotiation_not_yet_recorded_that_day_is_not_found(client, recorded):
    day_before = SEEDED - datetime.timedelta(days=1)
    assert client.get(f"{STATUS}?as_of={day_before}").status_code == 404
    assert client.get(f"{STATUS}?as_of={SEEDED}").status_code == 200


def test_a_day_before_the_first_record_says_when_that_was_and_links_to_it(client, recorded):
    day_before = SEEDED - datetime.timedelta(days=1)
    for url in (STATUS, TIMELINE, POSITIONS):
        page = client.get(f"{url}?as_of={day_before}")
        assert page.status_code == 404
        assert f"first recorded this on {SEEDED:%-d %b %Y}" in page.text, url
        assert f'href="{url}?as_of={SEEDED.isoformat()}"' in page.text, url


def test_each_page_says_it_is_as_recorded_and_links_to_todays_page(client, edited):
    for url in (STATUS, TIMELINE, POSITIONS, edited["proposal"].get_absolute_url()):
        page = text(client, f"{url}?as_of={DAY_AFTER}")
        assert "As recorded on 20 Mar 2024" in page, url
        assert f'href="{url}">see today’s page' in page, url
        assert "As recorded on 20" not in text(client, url), url


def test_links_from_a_page_as_recorded_keep_its_day(client, edited):
    page = text(client, f"{STATUS}?as_of={DAY_AFTER}")
    assert f'href="{TIMELINE}?as_of={DAY_AFTER}"' in page
    assert f'href="{POSITIONS}?as_of={DAY_AFTER}"' in page
    assert f"{hamas_proposal().get_absolute_url()}?as_of={DAY_AFTER}" in page
    # Pages that cannot be shown as recorded link to today's.
    assert f'href="/negotiations/{DOHA}/proposals/"' in page


def test_the_timeline_filters_keep_the_day(client, edited):
    page = text(client, f"{TIMELINE}?as_of={DAY_AFTER}")
    assert f'<input type="hidden" name="as_of" value="{DAY_AFTER}">' in page


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        ("2024-13-01", "Give the day as YYYY-MM-DD"),
        ("yesterday", "Give the day as YYYY-MM-DD"),
        ("9999-12-31", "Nothing is recorded after today"),
        ("2" * 10_000, "Give the day as YYYY-MM-DD"),
    ],
)
def test_a_day_that_is_not_a_past_day_is_refused_with_a_message(client, recorded, as_of, message):
    for url in (STATUS, TIMELINE, POSITIONS, hamas_proposal().get_absolute_url()):
        response = client.get(url, {"as_of": as_of})
        assert response.status_code == 400, url
        assert message in response.content.decode(), url


def test_nothing_stays_shadowed_after_a_page_as_recorded(client, edited):
    text(client, f"{TIMELINE}?as_of={DAY_AFTER}")
    assert Event.objects.filter(title__startswith="An October attack").exists()
    assert Proposal.objects.get(pk=edited["proposal"].pk).title == "A title given on the 21st"


def test_nothing_can_be_written_through_a_day_as_recorded(edited):
    # SQLite refuses to write to a view; PostgreSQL writes through it, and is rolled back.
    with contextlib.suppress(DatabaseError), recorded_on(DAY_AFTER):
        Event.objects.filter(negotiation__slug=DOHA).update(title="overwritten")
    assert not Event.objects.filter(title="overwritten").exists()
    assert not Event.history.filter(title="overwritten").exists()


def page_queries(client, url):
    """The queries a page reads its records with: not the fixed statements that set its day
    up (PostgreSQL's one, SQLite's view per table) and take it down (a rollback); what is
    asked once per process or connection asked before (``ready_to_count``)."""
    setting_up = ("CREATE TEMP VIEW", "SELECT to_regnamespace", "SAVEPOINT", "RELEASE", "ROLLBACK")
    ready_to_count()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q for q in queries.captured_queries if not q["sql"].startswith(setting_up)]


def test_a_page_as_recorded_costs_the_same_queries_as_data_grows(client, edited, settings):
    settings.PAGE_CACHE_SECONDS = 0
    urls = [
        f"{STATUS}?as_of={EDITED}",
        f"{TIMELINE}?as_of={EDITED}",
        f"{POSITIONS}?as_of={EDITED}",
        f"{edited['proposal'].get_absolute_url()}?as_of={EDITED}",
    ]
    small = [len(page_queries(client, url)) for url in urls]
    add_many_rows(Negotiation.objects.get(slug=DOHA), count=20)
    for _model, history in tracked_models(apps):
        history.objects.filter(history_date__date__gt=DELETED).update(history_date=noon(EDITED))
    with recorded_on(EDITED):
        assert Event.objects.count() > 25  # the added rows are in that day's records
    large = [len(page_queries(client, url)) for url in urls]
    assert small == large
    # As many as today's pages (whose budgets tests/test_query_budgets.py keeps).
    today = [len(page_queries(client, url.partition("?")[0])) for url in urls]
    assert large == today


def test_the_api_lists_records_as_recorded_that_day(client, edited):
    def titles(day):
        response = client.get("/api/v1/events/", {"negotiation": DOHA, "as_of": day})
        assert response.status_code == 200
        return {event["title"] for event in response.json()["results"]}

    assert edited["removed"].title in titles(EDITED)
    assert "An October attack entered on the 21st" not in titles(DAY_AFTER)
    assert "An October attack entered on the 21st" in titles(EDITED)
    assert edited["removed"].title not in titles(DELETED)


def test_the_api_answers_a_record_as_recorded_that_day(client, edited):
    url = f"/api/v1/proposals/{edited['proposal'].pk}/"
    assert client.get(url, {"as_of": DAY_AFTER}).json()["title"] != "A title given on the 21st"
    assert client.get(url, {"as_of": EDITED}).json()["title"] == "A title given on the 21st"


def test_the_api_refuses_a_day_after_today_naming_the_parameter(client, recorded):
    response = client.get("/api/v1/events/", {"as_of": "9999-12-31"})
    assert response.status_code == 400
    assert "Nothing is recorded after today" in response.json()["as_of"][0]


def test_the_api_refuses_a_bad_filter_before_reading_the_day_it_names(client, recorded):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/events/", {"as_of": EDITED, "date_from": "someday"})
    assert response.status_code == 400
    assert "date_from" in response.json()
    # Neither the temporary views SQLite makes nor the setting PostgreSQL's views read.
    assert not [q["sql"] for q in queries.captured_queries if "recorded_before" in q["sql"]]
    assert not [q["sql"] for q in queries.captured_queries if "TEMP VIEW" in q["sql"]]


def test_on_postgresql_a_page_as_recorded_runs_no_ddl(client, edited, settings):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite makes temporary views for each request")
    settings.PAGE_CACHE_SECONDS = 0
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"{STATUS}?as_of={EDITED}").status_code == 200
    assert not [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith(("CREATE", "DROP"))
    ]
