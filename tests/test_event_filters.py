"""Timeline filters narrow events exactly, and refuse malformed values instead of ignoring them."""

import datetime

import pytest

from negotiations.filters import EventFilter
from negotiations.models import Event

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def filtered(data):
    events = EventFilter(data, queryset=Event.objects.all())
    assert events.is_valid(), events.errors
    return set(events.qs.values_list("title", flat=True))


def test_an_actor_filter_keeps_the_events_it_took_part_in(doha):
    titles = filtered({"actor": "egypt"})
    assert titles == {"Mossad head meets the Qatari premier and Egyptian officials in Doha"}


def test_an_actor_filter_never_repeats_an_event(doha):
    events = EventFilter({"actor": "israel"}, queryset=Event.objects.all())
    assert events.is_valid()
    titles = list(events.qs.values_list("title", flat=True))
    assert len(titles) == len(set(titles)) == 3


def test_a_kind_filter_accepts_several_kinds(doha):
    titles = filtered({"kind": ["truce", "proposal_presented"]})
    assert len(titles) == 2


def test_a_date_range_keeps_entries_dated_within_it(doha):
    events = EventFilter(
        {"date_from": "2024-03-18", "date_to": "2024-03-18"}, queryset=Event.objects.all()
    )
    assert events.is_valid()
    dated = [str(event.approximate_date) for event in events.qs]
    # Three of that day, and what the report of 19 March does not date (Hamdan's interview,
    # the spy chief's departure).
    assert sorted(dated) == ["18 Mar 2024"] * 3 + ["on or before 19 Mar 2024"] * 2


def test_free_text_matches_every_word_in_any_field(doha):
    assert filtered({"q": "rafah catastrophe"}) == {
        "Qatar warns that a Rafah operation would be a humanitarian catastrophe and could "
        "derail the talks"
    }


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"actor": "no-such-actor"}, "actor"),
        ({"kind": "picnic"}, "kind"),
        ({"date_from": "2024-13-45"}, "date_from"),
        ({"date_from": "2024-03-19", "date_to": "2024-03-01"}, "date_to"),
        ({"negotiation": "nowhere"}, "negotiation"),
    ],
)
def test_it_refuses_a_malformed_value_with_a_message(doha, data, field):
    events = EventFilter(data, queryset=Event.objects.all())
    assert not events.is_valid()
    assert events.errors[field]


@pytest.mark.parametrize(
    ("day", "precision", "kept"),
    [
        (datetime.date(2024, 1, 1), "month", True),  # January may be 15–20 January
        (datetime.date(2024, 1, 8), "week", False),  # 8–14 January ends before the 15th
        (datetime.date(2024, 1, 15), "week", True),
        (datetime.date(2024, 1, 1), "year", True),
        (datetime.date(2024, 1, 14), "day", False),
        (datetime.date(2024, 1, 21), "day", False),
        (datetime.date(2023, 12, 1), "month", False),
        (datetime.date(2024, 2, 1), "month", False),
    ],
)
def test_a_date_range_keeps_entries_whose_approximate_date_overlaps_it(doha, day, precision, kept):
    Event.objects.create(
        negotiation=doha, kind="meeting", title="Undated talks", date=day, date_precision=precision
    )
    titles = filtered({"date_from": "2024-01-15", "date_to": "2024-01-20"})
    assert ("Undated talks" in titles) is kept
