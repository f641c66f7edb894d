"""Free-text search: full-text on PostgreSQL (stems, phrases, exclusions, an index), every
word as written on SQLite; on both, no typed text gives an error or matches everything."""

import datetime

import pytest
from django.db import connection

from negotiations.filters import EventFilter
from negotiations.models import Event

from .doha import DOHA
from .export_helpers import csv_rows
from .html_parts import parse, text_of

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

TIMELINE = f"/negotiations/{DOHA}/timeline/"
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search is PostgreSQL's"
)
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's fallback")


def found(search):
    """Primary keys of the Doha events a search finds."""
    events = EventFilter({"q": search}, queryset=Event.objects.all())
    assert events.is_valid(), events.errors
    return set(events.qs.values_list("pk", flat=True))


def test_a_search_finds_the_events_holding_every_word(doha):
    # 4: "Hamas proposes a six-week truce and about 42 hostages for prisoners".
    assert found("hostages truce") == {2, 4}


def test_a_singular_finds_the_plural(doha):
    assert found("hostage") == {1, 2, 4}


@on_postgresql
def test_a_word_is_found_in_any_form(doha):
    # "failed" and "fail" share a stem; the events say "failed".
    assert found("fail") == {3, 5}


@on_postgresql
def test_a_quoted_phrase_keeps_its_words_in_order(doha):
    assert found('"humanitarian catastrophe"') == {11}
    assert found('"catastrophe humanitarian"') == set()


@on_postgresql
def test_a_word_after_a_minus_is_left_out(doha):
    # Events 2 and 4 name hostages as well as a truce.
    assert found("truce -hostages") == {3, 5}


@on_postgresql
def test_or_finds_either_word(doha):
    assert found("rafah or ramadan") == {3, 5, 7, 11}


@on_postgresql
def test_the_timeline_search_can_be_served_by_the_text_index(doha):
    events = EventFilter({"q": "catastrophe"}, queryset=Event.objects.order_by())
    assert events.is_valid()
    with connection.cursor() as cursor:
        # Eleven events are cheaper to scan; forbid scans so that the plan shows whether the
        # index's expression is the search's own (if not, only a forbidden scan is left).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    assert "Bitmap Index Scan on event_text_search" in events.qs.explain()


@on_sqlite
def test_part_of_a_word_is_enough_on_sqlite(doha):
    assert found("catastroph") == {11}


@pytest.mark.parametrize(
    "search", ["%", "_", "!!!", "&|:*", "<->", "(", "\\", "'; DROP TABLE x; --"]
)
def test_wildcards_and_operators_alone_match_nothing(doha, search):
    assert found(search) == set()


@on_postgresql
@pytest.mark.parametrize("search", ["'", '"', "-", "or", "the"])
def test_a_search_without_a_word_to_find_matches_nothing(doha, search):
    assert found(search) == set()


@pytest.mark.parametrize(
    "search", ['"unclosed phrase', "-", "a & b | c:*", "(rafah", "rafah)", "!rafah", "rafah:*"]
)
def test_text_that_looks_like_query_syntax_answers_the_page_and_the_export(client, doha, search):
    page = client.get(TIMELINE, {"q": search})
    assert page.status_code == 200
    assert parse(page.text).select_one("#id_q")["value"] == search
    download = client.get("/export/events.csv", {"q": search})
    assert download.status_code == 200
    header, _ = csv_rows(download)
    assert "title" in header


def test_the_search_box_says_what_it_understands(client, doha):
    help_text = text_of(parse(client.get(TIMELINE).text).select_one("#id_q_helptext"))
    if connection.vendor == "postgresql":
        assert '"a phrase" in quotes' in help_text
    else:
        assert "as written" in help_text
    assert parse(client.get(TIMELINE).text).select_one("#id_q")["aria-describedby"] == (
        "id_q_helptext"
    )


def test_an_address_is_found_by_part_of_it_on_every_database(client, doha):
    from negotiations.models import Source

    source = Source.objects.create(
        title="Talks resume",
        kind="news_report",
        published_on=datetime.date(2024, 3, 20),
        url="https://www.example-news.org/world/2024/03/20/talks-resume",
    )
    _, rows = csv_rows(client.get("/export/sources.csv", {"q": "example-news"}))
    assert [row["id"] for row in rows] == [str(source.pk)]
