"""What became of an agreement, as data: handovers, implementation statements, alleged
violations and deadlines in the exports (CSV, JSON, the dictionary, updated_since,
deletions), in the API (filters, as_of) and in the feeds, by value."""

import datetime

import pytest
from django.apps import apps
from django.utils import timezone

from negotiations.exports.datasets import DATASETS
from negotiations.exports.releases import table_schema
from negotiations.models import (
    Actor,
    Correction,
    Deadline,
    ExchangeTerm,
    Handover,
    ImplementationStatement,
    Milestone,
    Negotiation,
    OtherTerm,
    Phase,
    Proposal,
    Source,
    Violation,
)
from negotiations.record_time.history import tracked_models

from .builders import cite
from .export_helpers import csv_rows, json_document
from .html_parts import part, text_of
from .test_as_recorded import noon, saved_on
from .test_feeds import entry_of, read_feed

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

API = "/api/v1"
TALKS = "gaza-truce-talks"
LONG_AGO = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def day(text):
    return datetime.date.fromisoformat(text)


def export(client, dataset, file_format="csv", **params):
    return client.get(f"/export/{dataset}.{file_format}", {"negotiation": TALKS, **params})


def results(client, resource, **params):
    response = client.get(f"{API}/{resource}/", params)
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.fixture
def truce(doha):
    """A signed truce between Israel and Hamas, and what became of it: three handovers (about
    90 prisoners to the Red Cross; three hostages delayed, Hamas saying why; the remains of
    two named hostages, in February), Israel and Hamas disagreeing on the withdrawal on one
    day and the editors' reading two days later, a violation a monitor confirmed and one
    no one verified, and a release deadline."""
    hamas, israel = Actor.objects.get(slug="hamas"), Actor.objects.get(slug="israel")
    icrc = Actor.objects.create(
        slug="icrc", name="International Committee of the Red Cross", kind="other"
    )
    monitor = Actor.objects.create(slug="truce-monitor", name="Truce monitor", kind="other")
    negotiation = Negotiation.objects.create(slug=TALKS, title="Gaza truce talks", stage="active")
    agreement = Proposal.objects.create(
        negotiation=negotiation,
        kind="agreement",
        title="Gaza truce",
        date=day("2025-01-15"),
        status="accepted",
    )
    Milestone.objects.create(proposal=agreement, kind="signed", date=day("2025-01-15"))
    phase = Phase.objects.create(proposal=agreement, number=1)
    prisoners = ExchangeTerm.objects.create(
        proposal=agreement,
        group="prisoners",
        releasing_party=israel,
        phase=phase,
        description="prisoners",
    )
    hostages = ExchangeTerm.objects.create(
        proposal=agreement,
        group="hostages",
        releasing_party=hamas,
        phase=phase,
        description="hostages",
    )
    withdrawal = OtherTerm.objects.create(
        proposal=agreement, kind="withdrawal", description="from the corridor"
    )
    source = Source.objects.create(
        title="Truce report",
        kind="news_report",
        url="https://example.org/truce",
        published_on=day("2025-02-16"),
    )
    released = Handover.objects.create(
        proposal=agreement,
        exchange_term=prisoners,
        phase=phase,
        date=day("2025-01-19"),
        releasing_party=israel,
        receiving_party=icrc,
        group="prisoners",
        count_min=90,
        count_max=90,
        count_qualifier="about",
        count_words="about 90",
        alive="living",
        place="Ofer prison",
    )
    released.categories.set(["women", "minors"])
    delayed = Handover.objects.create(
        proposal=agreement,
        exchange_term=hostages,
        outcome="delayed",
        date=day("2025-02-15"),
        releasing_party=hamas,
        group="hostages",
        count_min=3,
        count_max=3,
        reason="Israel had not let tents in",
        reason_given_by=hamas,
    )
    remains = Handover.objects.create(
        proposal=agreement,
        date=day("2025-02-01"),
        date_precision="month",
        releasing_party=hamas,
        group="hostages",
        alive="remains",
        persons_named="Shiri Bibas\nAriel Bibas\n",
    )
    says_israel = ImplementationStatement.objects.create(
        proposal=agreement,
        other_term=withdrawal,
        date=day("2025-02-01"),
        status="done",
        asserted_by=israel,
        claim="Forces have left the corridor",
    )
    says_hamas = ImplementationStatement.objects.create(
        proposal=agreement,
        other_term=withdrawal,
        date=day("2025-02-01"),
        status="partly_done",
        asserted_by=hamas,
        asserter_description="a Hamas official",
    )
    reading = ImplementationStatement.objects.create(
        proposal=agreement,
        other_term=withdrawal,
        date=day("2025-02-03"),
        status="partly_done",
        is_editors_reading=True,
    )
    confirmed = Violation.objects.create(
        negotiation=negotiation,
        proposal=agreement,
        other_term=withdrawal,
        accused_by=hamas,
        accused=israel,
        kind="fire",
        date=day("2025-01-24"),
        place="Rafah",
        description="Fire on people returning north",
        killed_min=2,
        killed_max=2,
        wounded_words="several",
        wounded_qualifier="in_words",
        verification="confirmed",
        verified_by=monitor,
        verified_on=day("2025-01-25"),
    )
    unverified = Violation.objects.create(
        negotiation=negotiation,
        accused_by=israel,
        accuser_description="the Israeli military",
        kind="release_withheld",
        date=day("2025-01-26"),
        description="A civilian hostage was not released",
    )
    deadline = Deadline.objects.create(
        proposal=agreement,
        exchange_term=hostages,
        phase=phase,
        kind="release",
        due=day("2025-02-15"),
        description="three hostages",
    )
    records = [released, delayed, remains, says_israel, says_hamas, reading]
    for record in [*records, confirmed, unverified, deadline]:
        cite(record, source, "as reported")
    return {
        "agreement": agreement,
        "icrc": icrc,
        "monitor": monitor,
        "source": source,
        "released": released,
        "delayed": delayed,
        "remains": remains,
        "says_israel": says_israel,
        "says_hamas": says_hamas,
        "reading": reading,
        "confirmed": confirmed,
        "unverified": unverified,
        "deadline": deadline,
    }


def test_the_handovers_csv_keeps_counts_dates_categories_and_reasons(client, truce):
    agreement, source = truce["agreement"], truce["source"]
    _, rows = csv_rows(export(client, "handovers"))
    columns = [
        "id",
        "exchange_term_id",
        "phase",
        "outcome",
        "date",
        "date_precision",
        "releasing_party",
        "receiving_party",
        "group",
        "count_min",
        "count_max",
        "count_qualifier",
        "count_words",
        "alive",
        "persons_named",
        "place",
        "reason",
        "reason_given_by",
        "categories",
        "source_ids",
        "source_urls",
    ]
    assert [{name: row[name] for name in columns} for row in rows] == [
        dict(
            zip(columns, values, strict=True),
        )
        for values in [
            (
                str(truce["released"].pk),
                str(truce["released"].exchange_term_id),
                "1",
                "carried_out",
                "2025-01-19",
                "day",
                "israel",
                "icrc",
                "prisoners",
                "90",
                "90",
                "about",
                "about 90",
                "living",
                "",
                "Ofer prison",
                "",
                "",
                "minors;women",
                str(source.pk),
                "https://example.org/truce",
            ),
            # February, of month precision, after a day in January and before one in mid-February.
            (
                str(truce["remains"].pk),
                "",
                "",
                "carried_out",
                "2025-02-01",
                "month",
                "hamas",
                "",
                "hostages",
                "",
                "",
                "",
                "",
                "remains",
                "Shiri Bibas\nAriel Bibas\n",
                "",
                "",
                "",
                "",
                str(source.pk),
                "https://example.org/truce",
            ),
            (
                str(truce["delayed"].pk),
                str(truce["delayed"].exchange_term_id),
                "",
                "delayed",
                "2025-02-15",
                "day",
                "hamas",
                "",
                "hostages",
                "3",
                "3",
                "exact",
                "",
                "",
                "",
                "",
                "Israel had not let tents in",
                "hamas",
                "",
                str(source.pk),
                "https://example.org/truce",
            ),
        ]
    ]
    assert {row["proposal_id"] for row in rows} == {str(agreement.pk)}
    assert {row["proposal_title"] for row in rows} == {"Gaza truce"}
    assert {row["negotiation"] for row in rows} == {TALKS}


def test_the_handovers_json_gives_lists_and_numbers_as_json_values(client, truce):
    document = json_document(export(client, "handovers", "json", outcome="carried_out"))
    assert document["dataset"] == "handovers"
    first, remains = document["rows"]
    assert first["id"] == truce["released"].pk
    assert (first["count_min"], first["count_max"], first["count_qualifier"]) == (90, 90, "about")
    assert first["count_words"] == "about 90"
    assert first["categories"] == ["minors", "women"]
    assert first["source_ids"] == [truce["source"].pk]
    assert first["date"] == "2025-01-19"
    assert remains["id"] == truce["remains"].pk
    assert remains["count_min"] is None and remains["count_qualifier"] is None
    assert remains["alive"] == "remains" and remains["categories"] == []


def test_statements_that_disagree_on_one_day_are_each_a_row_beside_the_editors_reading(
    client, truce
):
    _, rows = csv_rows(export(client, "implementation-statements"))
    withdrawal = str(truce["says_israel"].other_term_id)
    assert [
        (
            row["id"],
            row["other_term_id"],
            row["exchange_term_id"],
            row["date"],
            row["status"],
            row["asserted_by"],
            row["asserter_description"],
            row["is_editors_reading"],
            row["claim"],
        )
        for row in rows
    ] == [
        (
            str(truce["says_israel"].pk),
            withdrawal,
            "",
            "2025-02-01",
            "done",
            "israel",
            "",
            "false",
            "Forces have left the corridor",
        ),
        (
            str(truce["says_hamas"].pk),
            withdrawal,
            "",
            "2025-02-01",
            "partly_done",
            "hamas",
            "a Hamas official",
            "false",
            "",
        ),
        (str(truce["reading"].pk), withdrawal, "", "2025-02-03", "partly_done", "", "", "true", ""),
    ]
    document = json_document(export(client, "implementation-statements", "json", status="done"))
    assert [(row["id"], row["is_editors_reading"]) for row in document["rows"]] == [
        (truce["says_israel"].pk, False)
    ]


def test_violations_name_both_sides_their_toll_and_who_confirmed_them(client, truce):
    _, rows = csv_rows(export(client, "violations"))
    confirmed, unverified = rows
    assert {name: confirmed[name] for name in confirmed if name != "updated_at"} == {
        "id": str(truce["confirmed"].pk),
        "negotiation": TALKS,
        "proposal_id": str(truce["agreement"].pk),
        "exchange_term_id": "",
        "other_term_id": str(truce["confirmed"].other_term_id),
        "accused_by": "hamas",
        "accuser_description": "",
        "accused": "israel",
        "kind": "fire",
        "date": "2025-01-24",
        "date_precision": "day",
        "date_earliest": "",
        "place": "Rafah",
        "description": "Fire on people returning north",
        "killed_min": "2",
        "killed_max": "2",
        "killed_qualifier": "exact",
        "killed_words": "",
        "wounded_min": "",
        "wounded_max": "",
        "wounded_qualifier": "in_words",
        "wounded_words": "several",
        "verification": "confirmed",
        "verified_by": "truce-monitor",
        "verified_on": "2025-01-25",
        "verified_on_precision": "day",
        "verified_on_earliest": "",
        "source_ids": str(truce["source"].pk),
        "source_urls": "https://example.org/truce",
    }
    assert (unverified["id"], unverified["proposal_id"], unverified["accused"]) == (
        str(truce["unverified"].pk),
        "",
        "",
    )
    assert (unverified["verification"], unverified["verified_by"]) == ("unverified", "")
    assert (unverified["verified_on"], unverified["verified_on_precision"]) == ("", "")
    assert (unverified["killed_qualifier"], unverified["wounded_qualifier"]) == ("", "")
    assert unverified["accuser_description"] == "the Israeli military"
    _, accused = csv_rows(export(client, "violations", accused_by="israel"))
    assert [row["id"] for row in accused] == [str(truce["unverified"].pk)]


def test_deadlines_give_their_phase_and_an_empty_met_on_until_the_step_comes(client, truce):
    deadline = truce["deadline"]
    (row,) = json_document(export(client, "deadlines", "json"))["rows"]
    assert {name: row[name] for name in row if name != "updated_at"} == {
        "id": deadline.pk,
        "negotiation": TALKS,
        "proposal_id": truce["agreement"].pk,
        "proposal_title": "Gaza truce",
        "proposal_date": "2025-01-15",
        "proposal_date_precision": "day",
        "proposal_date_earliest": None,
        "exchange_term_id": deadline.exchange_term_id,
        "other_term_id": None,
        "phase": 1,
        "kind": "release",
        "due": "2025-02-15",
        "due_precision": "day",
        "due_earliest": None,
        "description": "three hostages",
        "met_on": None,
        "met_on_precision": None,
        "met_on_earliest": None,
        "source_ids": [truce["source"].pk],
        "source_urls": ["https://example.org/truce"],
    }


def test_the_dictionary_documents_the_four_datasets(client, truce):
    text = client.get("/export/").text
    for name in ("handovers", "implementation-statements", "violations", "deadlines"):
        assert f'href="/export/{name}.csv"' in text
    section = part(text, 'section[id="dataset-handovers"]')
    documented = {text_of(row.th.code): text_of(row) for row in section.select("tbody > tr")}
    assert "exact, about, at least" in documented["count_qualifier"]
    assert "the source's words" in documented["count_words"]
    assert "women" in documented["categories"] and "fighters" in documented["categories"]
    violations = part(text, 'section[id="dataset-violations"]')
    assert "An allegation is not a finding" in text_of(violations)


def test_a_release_says_which_rows_of_other_datasets_the_four_refer_to():
    references = {
        name: [
            (key["fields"], key["reference"]["resource"])
            for key in table_schema(DATASETS[name])["foreignKeys"]
        ]
        for name in ("handovers", "implementation-statements", "violations", "deadlines")
    }
    terms = [(["exchange_term_id"], "exchange-terms"), (["other_term_id"], "other-terms")]
    assert references == {
        "handovers": [(["proposal_id"], "proposals"), (["exchange_term_id"], "exchange-terms")],
        "implementation-statements": [(["proposal_id"], "proposals"), *terms],
        "violations": [(["proposal_id"], "proposals"), *terms],
        "deadlines": [(["proposal_id"], "proposals"), *terms],
    }


def recorded_long_ago():
    """Every record of the four datasets, and the citations and sources they list, last
    changed on 1 January 2024."""
    for model in (Handover, ImplementationStatement, Violation, Deadline, Source):
        model.objects.update(updated_at=LONG_AGO)
    for _model, history in tracked_models(apps):
        if _model._meta.model_name == "citation":
            history.objects.update(history_date=LONG_AGO)


def test_updated_since_gives_only_the_records_changed_since(client, truce):
    recorded_long_ago()
    unverified = truce["unverified"]
    unverified.verification = "denied"
    unverified.verified_by = truce["monitor"]
    unverified.save()
    cite(
        truce["deadline"],
        Source.objects.create(
            title="Later report", kind="news_report", published_on=day("2025-03-01")
        ),
    )

    since = {"updated_since": "2024-06-01"}
    _, violations = csv_rows(export(client, "violations", **since))
    assert [(row["id"], row["verification"]) for row in violations] == [
        (str(unverified.pk), "denied")
    ]
    _, deadlines = csv_rows(export(client, "deadlines", **since))
    assert [row["id"] for row in deadlines] == [str(truce["deadline"].pk)]
    for dataset in ("handovers", "implementation-statements"):
        assert csv_rows(export(client, dataset, **since))[1] == [], dataset


def test_a_deleted_handover_is_listed_in_the_deletions(client, truce):
    before = timezone.now()
    delayed = truce["delayed"].pk
    (citation,) = truce["delayed"].citations.values_list("pk", flat=True)
    truce["delayed"].delete()

    document = json_document(client.get("/export/deletions.json", {"since": before.isoformat()}))
    # Its citation goes with it.
    assert sorted((row["dataset"], row["id"]) for row in document["rows"]) == [
        ("citations", citation),
        ("handovers", delayed),
    ]
    _, rows = csv_rows(export(client, "handovers"))
    assert str(delayed) not in {row["id"] for row in rows}


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
        "date": {"date": "2025-02-15", "precision": "day", "earliest": None, "text": "15 Feb 2025"},
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
