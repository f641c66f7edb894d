"""The timeline page filters by actor, kind, dates and text, pages by cursor, and answers htmx."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import Event, Milestone, Negotiation, Proposal
from negotiations.pages import timeline as timeline_page

from .builders import add_many_rows, in_date_order
from .doha import DOHA
from .html_parts import parse, part, text_of

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

TIMELINE = f"/negotiations/{DOHA}/timeline/"
HTMX = {"HX-Request": "true"}


def listed_ids(text):
    """Event ids in the order the list shows them."""
    return [
        int(entry["id"].removeprefix("event-"))
        for entry in parse(text).select("li.event[id^='event-']")
    ]


def test_an_actor_filter_lists_only_its_events(client, doha):
    response = client.get(TIMELINE, {"actor": "egypt"})
    assert response.status_code == 200
    assert listed_ids(response.text) == [5]
    assert "1 event matches." in response.text
    assert '<option value="egypt" selected>Egypt</option>' in response.text


def test_kind_and_date_filters_combine(client, doha):
    response = client.get(
        TIMELINE, {"kind": "statement", "date_from": "2024-03-19", "date_to": "2024-03-19"}
    )
    # Hamdan's interview (8) is recorded as on or before 19 March: it may be the 19th.
    assert listed_ids(response.text) == [8, 10, 11]
    marked = parse(response.text).select("li.event:has(.possibly-in-range)")
    assert [entry["id"] for entry in marked] == ["event-8"]
    assert text_of(marked[0].select_one(".possibly-in-range")) == (
        "possibly in range: dated only by its latest day"
    )


def test_an_undated_report_may_fall_in_any_range_up_to_its_day_and_none_after(client, doha):
    before = client.get(TIMELINE, {"kind": "statement", "date_to": "2024-03-10"})
    assert 8 in listed_ids(before.text)
    after = client.get(TIMELINE, {"kind": "statement", "date_from": "2024-03-20"})
    assert 8 not in listed_ids(after.text)


def test_an_earliest_day_bounds_an_undated_report_from_below(client, doha):
    Event.objects.filter(pk=8).update(date_earliest=datetime.date(2024, 3, 11))
    assert 8 not in listed_ids(client.get(TIMELINE, {"date_to": "2024-03-10"}).text)
    page = parse(client.get(TIMELINE, {"date_from": "2024-03-11", "date_to": "2024-03-19"}).text)
    (entry,) = page.select("li#event-8")
    assert "between 11 Mar 2024 and 19 Mar 2024" in text_of(entry.select_one(".event-date"))
    assert not entry.select(".possibly-in-range")


def test_an_undated_report_is_plain_text_not_a_time_element(client, doha):
    (entry,) = parse(client.get(TIMELINE).text).select("li#event-8")
    date = entry.select_one(".event-date")
    assert date.select_one(".undated").get_text() == "on or before 19 Mar 2024"
    assert date.select_one("time") is None


def test_free_text_narrows_the_list(client, doha):
    assert listed_ids(client.get(TIMELINE, {"q": "Ramadan"}).text) == [3, 5]


def test_a_filter_that_matches_nothing_says_so(client, doha):
    response = client.get(TIMELINE, {"q": "picnic"})
    assert response.status_code == 200
    assert listed_ids(response.text) == []
    assert "No event matches these filters." in response.text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"actor": "no-such-actor"}, "Select a valid choice"),
        ({"kind": "picnic"}, "Select a valid choice"),
        ({"date_from": "2024-13-45"}, "Enter a valid date"),
        ({"date_from": "2024-03-19", "date_to": "2024-03-01"}, "before its start"),
        ({"after": "yesterday"}, "This page link is broken"),
        ({"after": "2024-03-18_5", "before": "2024-03-18_5"}, "points two ways at once"),
    ],
)
def test_a_malformed_value_gives_the_page_with_a_message_and_no_list(client, doha, query, message):
    response = client.get(TIMELINE, query)
    assert response.status_code == 400
    assert "These filters could not be applied" in response.text
    assert message in response.text
    assert listed_ids(response.text) == []
    assert "<form" in response.text


def test_a_malformed_value_through_htmx_swaps_in_the_message(client, doha):
    response = client.get(TIMELINE, {"actor": "no-such-actor"}, headers=HTMX)
    assert response.status_code == 200
    assert "These filters could not be applied" in response.text
    assert "<form" not in response.text


def test_an_htmx_request_gets_only_the_list_partial(client, doha):
    response = client.get(TIMELINE, {"actor": "egypt"}, headers=HTMX)
    assert response.status_code == 200
    assert "<html" not in response.text
    assert "<form" not in response.text
    assert listed_ids(response.text) == [5]


def test_the_page_and_its_partial_say_they_vary_with_the_htmx_headers(client, doha):
    for headers in ({}, HTMX):
        vary = client.get(TIMELINE, headers=headers)["Vary"]
        assert "HX-Request" in vary
        assert "HX-History-Restore-Request" in vary


def test_an_htmx_history_restore_gets_the_whole_page(client, doha):
    headers = {**HTMX, "HX-History-Restore-Request": "true"}
    response = client.get(TIMELINE, {"actor": "egypt"}, headers=headers)
    assert "<html" in response.text
    assert listed_ids(response.text) == [5]


def test_the_form_works_without_javascript_and_with_htmx(client, doha):
    text = client.get(TIMELINE).text
    assert f'<form class="filters" method="get" action="{TIMELINE}" hx-get="{TIMELINE}"' in text
    assert 'hx-target="#results" hx-push-url="true"' in text


def test_the_all_negotiations_timeline_offers_the_negotiation_filter(client, doha):
    response = client.get("/timeline/", {"negotiation": DOHA, "actor": "qatar"})
    assert response.status_code == 200
    assert listed_ids(response.text) == [5, 10, 11]
    assert 'name="negotiation"' in response.text
    # Each entry names its negotiation when several may be listed.
    assert response.text.count('class="negotiation-link"') == 3


def test_the_negotiation_timeline_never_shows_another_negotiations_events(client, doha):
    other = Negotiation.objects.create(title="Other talks", slug="other-talks", stage="active")
    Event.objects.create(
        negotiation=other, kind="meeting", title="Elsewhere", date=datetime.date(2024, 3, 18)
    )
    text = client.get(TIMELINE, {"negotiation": "other-talks"}).text
    assert "Elsewhere" not in text
    assert len(listed_ids(text)) == 11


@pytest.fixture
def long_timeline(doha):
    """The Doha timeline with 120 more events, several on one day, so it spans three pages."""
    start = datetime.date(2024, 4, 1)
    Event.objects.bulk_create(
        Event(
            negotiation=doha,
            kind="meeting",
            title=f"Extra meeting {index}",
            date=start + datetime.timedelta(days=index // 3),
        )
        for index in range(120)
    )
    return in_date_order(Event.objects.filter(negotiation=doha))


def pager_link(text, rel):
    """The one pager link of the page with this ``rel``, or None when there is none."""
    links = parse(text).select(f'a[rel="{rel}"][href]')
    assert len(links) <= 1, f"{len(links)} links are rel={rel}"
    return links[0] if links else None


def follow(client, text, rel):
    link = pager_link(text, rel)
    return client.get(TIMELINE + link["href"]).text if link else None


def test_pages_follow_each_other_by_cursor_without_gaps_or_repeats(client, long_timeline):
    first = client.get(TIMELINE).text
    assert 'rel="prev"' not in first
    second = follow(client, first, "next")
    third = follow(client, second, "next")
    assert 'rel="next"' not in third
    shown = listed_ids(first) + listed_ids(second) + listed_ids(third)
    assert shown == [event.pk for event in long_timeline]
    assert len(listed_ids(first)) == 50
    assert "131 events match; showing 50" in first


def test_beyond_the_count_limit_the_page_says_more_than(client, long_timeline, monkeypatch):
    monkeypatch.setattr(timeline_page, "COUNT_LIMIT", 100)
    text = client.get(TIMELINE).text
    assert "More than 100 events match; showing 50, from" in text
    assert "of all the matching events" in text


def test_up_to_the_count_limit_the_page_gives_the_exact_count(client, long_timeline, monkeypatch):
    monkeypatch.setattr(timeline_page, "COUNT_LIMIT", 131)
    text = client.get(TIMELINE).text
    assert "131 events match; showing 50, from" in text
    assert "of all 131 matching events" in text


def step_ids(text):
    """Agreement step ids in the order the list shows them."""
    return [
        int(entry["id"].removeprefix("step-")) for entry in parse(text).select("li.agreement-step")
    ]


def test_each_agreement_step_is_listed_on_the_one_page_whose_dates_hold_it(client, long_timeline):
    agreement = Proposal.objects.filter(negotiation=long_timeline[0].negotiation).first()
    before_all, middle, after_all = (
        Milestone.objects.create(proposal=agreement, kind=kind, date=day)
        for kind, day in (
            ("announced", datetime.date(2023, 1, 1)),
            ("signed", long_timeline[75].date),
            ("in_force", datetime.date(2030, 1, 1)),
        )
    )
    first = client.get(TIMELINE).text
    second = follow(client, first, "next")
    third = follow(client, second, "next")

    assert [step_ids(first), step_ids(second), step_ids(third)] == [
        [before_all.pk],
        [middle.pk],
        [after_all.pk],
    ]
    # In date order, after the events of its day.
    entries = [entry["id"] for entry in parse(second).select("ol.timeline > li")]
    same_day = [event for event in long_timeline if event.date == middle.date]
    assert entries.index(f"step-{middle.pk}") == entries.index(f"event-{same_day[-1].pk}") + 1


def test_older_goes_back_to_the_previous_page(client, long_timeline):
    first = client.get(TIMELINE).text
    second = follow(client, first, "next")
    assert listed_ids(follow(client, second, "prev")) == listed_ids(first)


def test_paging_links_keep_the_current_filters(client, long_timeline):
    first = client.get(TIMELINE, {"actor": "", "q": "Extra"}).text
    assert "120 events match" in first
    second = follow(client, first, "next")
    assert all(pk > 11 for pk in listed_ids(second))
    newer = pager_link(first, "next")
    for address in (newer["href"], newer["hx-get"]):
        assert parse_qs(urlsplit(address).query)["q"] == ["Extra"], address


def test_the_page_query_uses_a_cursor_not_an_offset(client, long_timeline):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            TIMELINE, {"after": f"{long_timeline[60].date}_{long_timeline[60].pk}"}
        )
    assert response.status_code == 200
    assert any("negotiations_event" in query["sql"] for query in queries.captured_queries)
    assert not any("OFFSET" in query["sql"].upper() for query in queries.captured_queries)


def test_an_actor_filter_lists_a_full_page_when_more_events_match(client, doha):
    add_many_rows(doha, 60)
    listed = listed_ids(client.get(TIMELINE, {"actor": "qatar"}).text)
    assert len(listed) == len(set(listed)) == 50


def test_an_unknown_negotiation_timeline_is_a_404_page(client, db):
    response = client.get("/negotiations/nowhere/timeline/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_an_event_dated_to_its_month_is_listed_for_days_within_it_as_possibly_in_range(
    client, doha
):
    january = Event.objects.create(
        negotiation=doha,
        kind="meeting",
        title="Talks some time in January",
        date=datetime.date(2024, 1, 1),
        date_precision="month",
    )
    page = parse(client.get(TIMELINE, {"date_from": "2024-01-15", "date_to": "2024-01-20"}).text)
    # Besides what the report does not date (Hamdan's interview, 8; the spy chief's
    # departure, 9), which may be of any day up to 19 March.
    assert listed_ids(str(page)) == [january.pk, 8, 9]
    entry = page.select_one(f"li#event-{january.pk}")
    assert text_of(entry.select_one(".possibly-in-range")) == (
        "possibly in range: dated only to the month"
    )
    # An entry wholly inside the dates asked for carries no such mark.
    page = parse(client.get(TIMELINE, {"date_from": "2024-01-01", "date_to": "2024-01-31"}).text)
    assert not page.select(f"li#event-{january.pk} .possibly-in-range")


def test_the_actor_filter_offers_only_the_actors_of_this_negotiation(client, doha):
    from negotiations.models import Actor

    Actor.objects.create(name="Elsewhere Front", slug="elsewhere-front", kind="armed_group")
    page = parse(client.get(TIMELINE).text)
    offered = {option["value"] for option in page.select('select[name="actor"] option')} - {""}
    assert "elsewhere-front" not in offered
    assert {"hamas", "israel", "qatar", "egypt"} <= offered
    assert client.get(TIMELINE, {"actor": "elsewhere-front"}).status_code == 400
    # The timeline of all negotiations still offers every actor.
    page = parse(client.get("/timeline/").text)
    assert "elsewhere-front" in {option["value"] for option in page.select("select option")}


@pytest.mark.parametrize(
    ("search", "message"),
    [("x" * 50_000, "at most 200 characters"), ("word " * 1_000, "at most 12 words")],
    ids=["50,000 characters", "1,000 words"],
)
def test_a_search_far_longer_than_a_person_types_is_refused_with_a_message(
    client, doha, search, message
):
    response = client.get(TIMELINE, {"q": search})
    assert response.status_code == 400
    assert message in text_of(part(response.text, ".message.error"))
    assert not parse(response.text).select("li.event")


def test_more_agreement_steps_than_a_page_lists_are_said_to_be_more(client, doha, monkeypatch):
    monkeypatch.setattr(timeline_page, "PAGE_SIZE", 3)
    agreement = Proposal.objects.filter(negotiation=doha).first()
    for day in range(1, 6):
        Milestone.objects.create(
            proposal=agreement, kind="announced", date=datetime.date(2020, 1, day)
        )
    text = client.get(TIMELINE).text
    assert len(step_ids(text)) == 3
    assert "Also listed: the first 3 of more agreement steps" in text
    assert "the milestones CSV holds them all" in text


def test_a_step_dated_between_two_pages_is_listed_on_the_later_one(client, doha):
    """Page 1 ends on 1 April, page 2 begins on 20 April: a step of 10 April is on page 2."""
    Event.objects.bulk_create(
        Event(negotiation=doha, kind="meeting", title=f"Meeting {n}", date=day)
        for n, day in enumerate(
            [datetime.date(2024, 4, 1)] * (50 - Event.objects.filter(negotiation=doha).count())
            + [datetime.date(2024, 4, 20)] * 10
        )
    )
    agreement = Proposal.objects.filter(negotiation=doha).first()
    between = Milestone.objects.create(
        proposal=agreement, kind="signed", date=datetime.date(2024, 4, 10)
    )
    first = client.get(TIMELINE).text
    second = follow(client, first, "next")

    assert [step_ids(first), step_ids(second)] == [[], [between.pk]]
    assert step_ids(follow(client, second, "prev")) == []


@pytest.mark.parametrize(
    "params", [{"date_from": "0001-01-01"}, {"date_to": "9999-12-31"}], ids=["first", "last"]
)
def test_the_first_and_last_days_of_the_calendar_are_ranges_like_any_other(client, doha, params):
    everything = listed_ids(client.get(TIMELINE).text)
    assert listed_ids(client.get(TIMELINE, params).text) == everything
    assert client.get("/export/events.csv", params).status_code == 200
