"""What became of an agreement in the API (lists, filters, as_of) and in the feeds, by
value."""

import pytest
from django.apps import apps

from negotiations.models import (
    Actor,
    Correction,
)
from negotiations.record_time.history import tracked_models

from .export_helpers import csv_rows
from .test_as_recorded import noon, saved_on
from .test_feeds import entry_of, read_feed
from .truce_records import API, TALKS, day, export, results

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def test_the_api_lists_handovers_and_filters_them_by_outcome(client, truce):
    delayed = truce["delayed"]
    (answer,) = results(client, "handovers", negotiation=TALKS, outcome="delayed")
    answer.pop("updated_at")
    assert answer == {
        "id": delayed.pk,
        "negotiation": TALKS,
        "proposal": truce["agreement"].pk,
        "exchange_term": delayed.exchange_term_id,
        "phase": None,
        "outcome": "delayed",
        "date": {
            "date": "2025-02-15",
            "precision": "day",
            "earliest": None,
            "text": "15 Feb 2025",
            "edtf": "2025-02-15",
        },
        "releasing_party": "hamas",
        "receiving_party": None,
        "group": "hostages",
        "categories": [],
        "affiliation": "",
        "count": {"min": 3, "max": 3, "qualifier": "exact", "words": "", "text": "3"},
        "alive": None,
        "persons_named": [],
        "place": "",
        "reason": "Israel had not let tents in",
        "reason_given_by": "hamas",
        "description": "",
        "citations": [{"source": truce["source"].pk, "passage": "as reported"}],
    }
    listed = results(client, "handovers", proposal=truce["agreement"].pk)
    assert [entry["id"] for entry in listed] == sorted(
        truce[name].pk for name in ("released", "delayed", "remains")
    )
    remains = client.get(f"{API}/handovers/{truce['remains'].pk}/").json()
    assert remains["persons_named"] == ["Shiri Bibas", "Ariel Bibas"]
    assert remains["count"] is None and remains["alive"] == "remains"
    assert remains["date"]["text"] == "Feb 2025"
    released = client.get(f"{API}/handovers/{truce['released'].pk}/").json()
    assert released["count"]["text"] == "about 90"
    assert released["categories"] == ["minors", "women"]


@pytest.mark.parametrize(
    ("resource", "params", "expected"),
    [
        ("violations", {"verification": "confirmed"}, ["confirmed"]),
        ("violations", {"accused": "israel"}, ["confirmed"]),
        ("violations", {"accused_by": "israel"}, ["unverified"]),
        ("violations", {"kind": "release_withheld"}, ["unverified"]),
        ("violations", {"date_from": "2025-01-26"}, ["unverified"]),
        ("implementation-statements", {"status": "partly_done"}, ["says_hamas", "reading"]),
        ("implementation-statements", {"actor": "hamas"}, ["says_hamas"]),
        ("deadlines", {"kind": "release"}, ["deadline"]),
        ("deadlines", {"date_to": "2025-02-14"}, []),
        ("handovers", {"date_from": "2025-02-10", "date_to": "2025-02-20"}, ["remains", "delayed"]),
    ],
)
def test_the_api_filters_as_the_exports_do(client, truce, resource, params, expected):
    listed = [entry["id"] for entry in results(client, resource, negotiation=TALKS, **params)]
    assert listed == sorted(truce[name].pk for name in expected)
    _, rows = csv_rows(export(client, resource, **params))
    assert sorted(int(row["id"]) for row in rows) == listed


def test_the_api_refuses_an_unknown_agreement_or_party(client, truce):
    for resource, params in [
        ("handovers", {"proposal": "999999"}),
        ("handovers", {"proposal": "01"}),
        ("violations", {"accused_by": "nobody"}),
        ("implementation-statements", {"status": "finished"}),
    ]:
        response = client.get(f"{API}/{resource}/", params)
        assert response.status_code == 400, (resource, params)
        assert list(response.json()) == list(params)


def test_the_api_answers_as_of_a_day_before_later_edits(client, truce):
    # Every record, the Doha fixture's actors too, recorded on 1 November; the statement is
    # corrected on 3 November.
    for actor in Actor.objects.all():
        actor.save()
    for _model, history in tracked_models(apps):
        history.objects.update(history_date=noon(day("2026-11-01")))
    statement = truce["says_hamas"]
    statement.status = "stalled"
    saved_on(statement, day("2026-11-03"))
    released = truce["released"]
    saved_on(released, day("2026-11-03"), lambda: released.categories.set(["women"]))

    def status_on(as_of=None):
        params = {"as_of": as_of} if as_of else {}
        answer = client.get(f"{API}/implementation-statements/{statement.pk}/", params)
        assert answer.status_code == 200, answer.content
        return answer.json()["status"], answer.json()["asserted_by"]

    assert status_on("2026-11-02") == ("partly_done", "hamas")
    assert status_on("2026-11-03") == ("stalled", "hamas")
    assert status_on() == ("stalled", "hamas")
    before = results(client, "implementation-statements", as_of="2026-10-31")
    assert before == []

    def categories_on(as_of):
        answer = client.get(f"{API}/handovers/{released.pk}/", {"as_of": as_of})
        return answer.json()["categories"]

    assert categories_on("2026-11-02") == ["minors", "women"]
    assert categories_on("2026-11-03") == ["women"]


def test_the_feeds_list_each_record_at_its_place_and_say_when_it_was_corrected(client, truce):
    feed = read_feed(client, f"/negotiations/{TALKS}/feed/")
    agreement = truce["agreement"]
    delayed = entry_of(feed, truce["delayed"])
    assert delayed.title == "Gaza truce: 3 hostages, released by Hamas: delayed, on 15 Feb 2025"
    assert delayed.link.endswith(f"/proposals/{agreement.pk}/#handover-{truce['delayed'].pk}")
    assert "Why, says Hamas: Israel had not let tents in" in delayed.summary
    assert "Sources: Truce report." in delayed.summary
    reading = entry_of(feed, truce["reading"])
    assert reading.title == (
        "Gaza truce: partly done, says the tracker's editors (their reading), as of 3 Feb 2025"
    )
    assert reading.link.endswith(f"#implementation-{truce['reading'].pk}")
    deadline = entry_of(feed, truce["deadline"])
    assert deadline.title == "Gaza truce: Phase 1: release due: three hostages, on 15 Feb 2025"
    assert deadline.link.endswith(f"#deadline-{truce['deadline'].pk}")
    confirmed = entry_of(feed, truce["confirmed"])
    assert confirmed.title == "Hamas alleges gunfire or shelling by Israel on 24 Jan 2025"
    assert confirmed.link.endswith(
        f"/negotiations/{TALKS}/timeline/#violation-{truce['confirmed'].pk}"
    )
    assert "Confirmed by Truce monitor on 25 Jan 2025." in confirmed.summary
    assert [tag.term for tag in confirmed.tags] == ["Gaza truce talks"]

    unverified = truce["unverified"]
    unverified.description = "A civilian hostage, not a soldier, was not released"
    unverified.save()
    Correction.objects.create(
        record=unverified, corrected_at=unverified.updated_at, note="She is a civilian."
    )
    entry = entry_of(read_feed(client, "/feed/"), unverified)
    assert entry.title == "Corrected: Israel alleges release withheld on 26 Jan 2025"
    assert "She is a civilian." in entry.summary
    assert "Unverified." in entry.summary
