"""Exports take the pages' filters: what a reader sees is what they download, or a 400."""

import pytest

from negotiations.filters import EventFilter
from negotiations.models import Event

from .builders import in_date_order
from .doha import DOHA
from .export_helpers import csv_rows, json_document

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

EVENT_FILTERS = [
    {"negotiation": DOHA},
    {"actor": "egypt"},
    {"actor": "israel"},
    {"kind": ["truce", "proposal_presented"]},
    {"date_from": "2024-03-18", "date_to": "2024-03-18"},
    {"date_from": "2024-03-12"},
    {"date_to": "2024-03-11"},
    {"q": "rafah catastrophe"},
    {"q": "Hamas"},
    {"negotiation": DOHA, "actor": "hamas", "kind": ["statement", "proposal_presented"]},
]


@pytest.mark.parametrize("params", EVENT_FILTERS)
def test_event_filters_narrow_the_export_exactly_as_the_pages(client, doha, params):
    page = EventFilter(params, queryset=Event.objects.all())
    assert page.is_valid()
    expected = [event.pk for event in in_date_order(page.qs)]
    _, rows = csv_rows(client.get("/export/events.csv", params))
    assert [int(row["id"]) for row in rows] == expected
    assert 0 < len(expected) < Event.objects.count() or "negotiation" in params
    document = json_document(client.get("/export/events.json", params))
    assert [row["id"] for row in document["rows"]] == expected


@pytest.mark.parametrize(
    ("dataset", "params", "expected"),
    [
        # The article names no releasing party: an actor filter keeps no Doha term.
        ("exchange-terms", {"actor": "hamas"}, set()),
        ("exchange-terms", {"group": "prisoners"}, {("prisoners", "")}),
        # The Hamas proposal is dated the week of 11 March: it may be the 12th, not the 18th.
        (
            "exchange-terms",
            {"date_from": "2024-03-12"},
            {("hostages", ""), ("prisoners", "")},
        ),
        ("exchange-terms", {"date_from": "2024-03-18"}, set()),
        ("exchange-terms", {"q": "palestinian"}, {("prisoners", "")}),
    ],
)
def test_exchange_terms_filter_by_party_group_and_their_proposal_date(
    client, doha, dataset, params, expected
):
    _, rows = csv_rows(client.get(f"/export/{dataset}.csv", params))
    assert {(row["group"], row["releasing_party"]) for row in rows} == expected


def test_proposals_filter_by_any_actor_involved(client, doha):
    _, rows = csv_rows(client.get("/export/proposals.csv", {"actor": "hamas"}))
    # Hamas made the first proposal; the counter-proposal is addressed to it.
    assert {row["kind"] for row in rows} == {"proposal", "counter_proposal"}
    _, rows = csv_rows(client.get("/export/proposals.csv", {"actor": "egypt"}))
    assert rows == []


def test_statements_filter_by_who_is_spoken_for(client, doha):
    _, rows = csv_rows(client.get("/export/statements.csv", {"actor": "qatar"}))
    assert rows
    assert {row["on_behalf_of"] for row in rows} == {"qatar"}


def test_actors_and_sources_filter_by_negotiation(client, doha):
    _, actors = csv_rows(client.get("/export/actors.csv", {"negotiation": DOHA}))
    assert {row["slug"] for row in actors} == {"israel", "hamas", "qatar", "egypt"}
    _, sources = csv_rows(client.get("/export/sources.csv", {"negotiation": DOHA}))
    assert len(sources) == 1


def test_a_list_page_page_number_does_not_narrow_the_export(client, doha):
    _, rows = csv_rows(client.get("/export/events.csv", {"actor": "israel", "page": "2"}))
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/export/events.csv", {"actor": "no-such-actor"}, "actor"),
        ("/export/events.csv", {"kind": "picnic"}, "kind"),
        ("/export/events.csv", {"date_from": "2024-13-45"}, "date_from"),
        ("/export/events.csv", {"date_from": "2024-03-19", "date_to": "2024-03-01"}, "date_to"),
        ("/export/events.csv", {"negotiation": "nowhere"}, "negotiation"),
        ("/export/events.csv", {"updated_since": "yesterday"}, "updated_since"),
        # Found by malformed requests: each once answered 200 with a header-only file.
        ("/export/events.csv", {"updated_since": "0001-01-01T00:00:00+01:00"}, "years 1 to"),
        ("/export/events.json", {"updated_since": "9999-12-31T23:59:59-01:00"}, "years 1 to"),
        ("/export/events.csv", {"updated_since": "2024-03-18T10:00:00+16:00"}, "±15:59"),
        ("/export/events.csv", {"q": "rafah " * 10_000}, "at most 200 characters"),
        ("/export/events.json", {"q": "a " * 1_000}, "at most 12 words"),
        ("/export/sources.csv", {"q": "x" * 50_000}, "at most 200 characters"),
        ("/export/events.csv", {"bom": "yes please"}, "bom"),
        ("/export/events.csv", {"colour": "red"}, "colour"),
        ("/export/events.json", {"kind": "picnic"}, "kind"),
        ("/export/exchange-terms.csv", {"group": "cattle"}, "group"),
        ("/export/exchange-terms.csv", {"actor": "nobody"}, "actor"),
        ("/export/proposals.csv", {"status": "maybe"}, "status"),
        ("/export/positions.csv", {"issue": "weather"}, "issue"),
        ("/export/sources.csv", {"date_to": "not a date"}, "date_to"),
        # Actors carry no date: a date range cannot be honoured, so it is refused.
        ("/export/actors.csv", {"date_from": "2024-03-01"}, "date_from"),
    ],
)
def test_a_malformed_filter_is_refused_with_a_message(client, doha, path, params, named):
    response = client.get(path, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert not response.streaming
    message = response.content.decode()
    assert message.startswith("The export was not made:")
    assert named in message
