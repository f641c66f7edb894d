"""What became of an agreement, as data: handovers, implementation statements, alleged
violations and deadlines in the exports (CSV, JSON, the dictionary, updated_since,
deletions), by value."""

import pytest
from django.apps import apps
from django.utils import timezone

from negotiations.exports.datasets import DATASETS
from negotiations.exports.releases import table_schema
from negotiations.models import (
    Deadline,
    Handover,
    ImplementationStatement,
    Source,
    Violation,
)
from negotiations.record_time.history import tracked_models

from .builders import cite
from .export_helpers import csv_rows, json_document
from .html_parts import part, text_of
from .truce_records import LONG_AGO, TALKS, day, export

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


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
        "date_edtf": "2025-01-24",
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
        "verified_on_edtf": "2025-01-25",
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
        "proposal_date_edtf": "2025-01-15",
        "exchange_term_id": deadline.exchange_term_id,
        "other_term_id": None,
        "phase": 1,
        "kind": "release",
        "due": "2025-02-15",
        "due_precision": "day",
        "due_earliest": None,
        "due_edtf": "2025-02-15",
        "description": "three hostages",
        "met_on": None,
        "met_on_precision": None,
        "met_on_earliest": None,
        "met_on_edtf": None,
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
