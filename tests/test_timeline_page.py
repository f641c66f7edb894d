"""The timeline page shows every event in date order, at its true precision, with sources."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, set_script_prefix

from negotiations.models import Actor, Event, Negotiation, Proposal, Source, Violation

from .builders import in_date_order
from .doha import DOHA
from .html_parts import parse, text_of, texts

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

TIMELINE = f"/negotiations/{DOHA}/timeline/"


def test_the_home_page_lists_negotiations_and_links_to_their_timeline(client, doha):
    response = client.get("/")
    assert response.status_code == 200
    assert doha.title in response.text
    assert f'href="{TIMELINE}"' in response.text


def test_the_timeline_shows_every_event_in_date_order(client, doha):
    response = client.get(TIMELINE)
    assert response.status_code == 200
    titles = [event.title for event in in_date_order(Event.objects.all())]
    # The list, not the visual strip (which also names every event).
    assert texts(parse(response.text), "section.month li.event > h3") == titles
    assert len(titles) == 11


def test_the_timeline_shows_dates_at_their_true_precision(client, doha):
    text = client.get(TIMELINE).text
    assert '<time datetime="2024-03-18">18 Mar 2024</time>' in text
    assert '<time datetime="2024-W11">week of 11 Mar 2024</time>' in text
    assert '<time datetime="2023-11">Nov 2023</time>' in text


def test_an_entry_dated_to_its_year_is_under_a_heading_of_that_year_not_of_january(client, doha):
    Event.objects.create(
        negotiation=doha,
        kind="context",
        title="Talks some time in 2023",
        date=datetime.date(2023, 1, 1),
        date_precision="year",
    )
    page = parse(client.get(TIMELINE).text)
    headings = texts(page, "section.month > h2")
    assert headings[:2] == ["2023", "October 2023"]
    first = page.select_one("section.month")
    assert texts(first, "li.event > h3") == ["Talks some time in 2023"]


def test_each_entry_says_who_took_part_and_links_its_source(client, doha):
    entries = parse(client.get(TIMELINE).text).select("li.event")
    assert len(entries) == 11
    for entry in entries:
        assert entry.select("ul.sources a[href^='/sources/']"), entry["id"]
    meeting = next(text_of(entry) for entry in entries if "Mossad head meets" in text_of(entry))
    assert "David Barnea, Mossad head" in meeting
    assert "Qatari premier" in meeting
    assert "Egypt" in meeting


def test_a_source_page_shows_its_kind_and_passages(client, doha):
    text = client.get("/sources/1/").text
    assert "news report" in text
    assert "Publisher" in text and "not known" in text
    assert "Any operation in Rafah right now will be a humanitarian catastrophe" in text


def test_an_unknown_negotiation_is_a_404(client, db):
    assert client.get("/negotiations/no-such-talks/timeline/").status_code == 404


def test_an_unknown_source_is_a_404(client, db):
    assert client.get("/sources/999999/").status_code == 404


def test_record_addresses_are_those_their_routes_reverse_to(doha):
    for record, route, key in (
        (Actor.objects.first(), "actor-detail", "slug"),
        (Source.objects.first(), "source-detail", "pk"),
        (Proposal.objects.first(), "proposal-detail", "pk"),
        (Negotiation.objects.first(), "negotiation-status", "slug"),
    ):
        assert record.get_absolute_url() == reverse(route, args=[getattr(record, key)])


def test_record_addresses_follow_the_script_prefix(doha):
    negotiation = Negotiation.objects.get(slug=DOHA)
    try:
        set_script_prefix("/tracker/")
        assert negotiation.get_absolute_url() == f"/tracker/negotiations/{DOHA}/"
    finally:
        set_script_prefix("/")
    assert negotiation.get_absolute_url() == f"/negotiations/{DOHA}/"


def test_the_timeline_asks_for_violations_only_once_the_negotiation_holds_one(
    client, doha, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # each request reads the records

    def queries_to_show():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(TIMELINE).status_code == 200
        return len(captured)

    before = queries_to_show()
    Violation.objects.create(
        negotiation=doha,
        accused_by=Actor.objects.get(slug="israel"),
        kind="fire",
        date=datetime.date(2024, 3, 20),
        description="Fire at a crossing",
    )
    assert queries_to_show() == before + 1
