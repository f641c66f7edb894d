"""Spreadsheet formula injection (OWASP): hostile text is neutralised, numbers and dates are not."""

import datetime
import json
import re

import pytest
from django.db import connection

from negotiations.exports.columns import LIST, LIST_SEPARATOR, PLAIN_TYPES, TEXT
from negotiations.exports.datasets import DATASETS
from negotiations.exports.postgres import stream_copy
from negotiations.exports.writers import csv_lines
from negotiations.models import Event, Negotiation, Source

from .builders import lifecycle_records
from .doha import DOHA
from .export_helpers import body, csv_rows, resolve
from .hostile_text import TRIGGERS, TRIMMED, store_the_corpus_everywhere

# Every test reads the one hostile copy made for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("hostile_copy")]


@pytest.fixture(scope="module")
def hostile_copy(doha_for_the_module, django_db_blocker):
    """The module's Doha copy with a record of every kind the article gives none of and the
    corpus in every free-text field, committed once for all its tests (on PostgreSQL, storing
    it for each test took a quarter of a second, 120 times)."""
    with django_db_blocker.unblock():
        lifecycle_records(Negotiation.objects.get(slug=DOHA))
        store_the_corpus_everywhere()


@pytest.fixture
def doha():
    """The module's one negotiation, its slug as hostile as every other free text."""
    return Negotiation.objects.get()


#: How an unquoted cell may read: empty, a whole number, a date, a date-time, a boolean.
DAY = r"\d{4}-\d\d-\d\d"
EDTF = rf"\d{{4}}(-\d\d)?|{DAY}/{DAY}|\[({DAY})?\.\.{DAY}\]"
PLAIN_CELL = re.compile(rf"|-?\d+|{DAY}|{DAY}T\d\d:\d\d:\d\d\.\d{{6}}\+00:00|true|false|{EDTF}")


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_no_text_cell_can_start_a_formula(client, doha, dataset):
    definition = DATASETS[dataset]
    _, rows = csv_rows(client.get(f"/export/{dataset}.csv"))
    assert rows
    protected = [c.name for c in definition.all_columns if c.type not in PLAIN_TYPES]
    lists = {c.name for c in definition.all_columns if c.type == LIST}
    for row in rows:
        for name in protected:
            for value in row[name].split(LIST_SEPARATOR) if name in lists else [row[name]]:
                assert not value.lstrip(TRIMMED).startswith(TRIGGERS), (dataset, name, value)


def raw_fields(text):
    """Each line's fields as written, quotes and all, split at the commas outside quotes."""
    lines, fields, field, quoted = [], [], "", False
    for character in text:
        if character == '"':
            quoted = not quoted
        if not quoted and character in ",\n":
            fields.append(field)
            field = ""
            if character == "\n":
                lines.append(fields)
                fields = []
            continue
        field += character
    assert not quoted and field == "", "the CSV ends inside a cell"
    return lines


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_every_text_cell_is_quoted_so_no_separator_can_split_it(client, doha, dataset):
    definition = DATASETS[dataset]
    header, *lines = raw_fields(body(client.get(f"/export/{dataset}.csv")).decode())
    assert header == definition.header
    assert lines
    for fields in lines:
        assert len(fields) == len(definition.all_columns)
        for column, written in zip(definition.all_columns, fields, strict=True):
            if column.type in PLAIN_TYPES:
                assert PLAIN_CELL.fullmatch(written), (dataset, column.name, written)
            else:
                assert written == "" or written[0] == written[-1] == '"', (column.name, written)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's writer")
@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_copy_writes_the_same_bytes_as_the_python_writer(doha, dataset):
    definition = DATASETS[dataset]
    queryset = definition.queryset()
    by_copy = b"".join(stream_copy(definition, queryset))
    by_python = b"".join(csv_lines(definition, queryset))
    assert by_copy
    assert by_copy.splitlines() == by_python.splitlines()
    assert by_copy == by_python


def test_a_semicolon_in_a_source_url_does_not_split_the_list(client, doha):
    source = Source.objects.order_by("pk").first()
    Source.objects.filter(pk=source.pk).update(url="http://127.0.0.1/x;=1+1")
    _, rows = csv_rows(client.get("/export/events.csv"))
    urls = [row["source_urls"] for row in rows if str(source.pk) in row["source_ids"].split(";")]
    assert urls
    for cell in urls:
        assert "http://127.0.0.1/x%3B=1+1" in cell.split(LIST_SEPARATOR)
    document = json.loads(body(client.get("/export/events.json")))
    # JSON lists are arrays of the values as stored.
    assert any("http://127.0.0.1/x;=1+1" in row["source_urls"] for row in document["rows"])


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_protected_text_reads_back_exactly_after_the_quote(client, doha, dataset):
    definition = DATASETS[dataset]
    _, rows = csv_rows(client.get(f"/export/{dataset}.csv"))
    records = {record.pk: record for record in definition.queryset()}
    checked = 0
    for row in rows:
        record = records[int(row["id"])]
        for column in definition.columns:
            if column.type in PLAIN_TYPES:
                continue
            stored = resolve(record, column.source_path)
            if stored and stored.lstrip(TRIMMED).startswith(TRIGGERS):
                assert row[column.name] == "'" + stored
                checked += 1
            elif column.type == TEXT and stored is not None:
                assert row[column.name] == stored
    assert checked >= len(rows) // 2


def test_numbers_and_dates_are_written_plainly(client, doha):
    _, rows = csv_rows(client.get("/export/exchange-terms.csv"))
    hostages = next(row for row in rows if row["group"] == "hostages")
    assert hostages["count_min"] == "42"
    assert datetime.date.fromisoformat(hostages["proposal_date"]) == datetime.date(2024, 3, 11)
    datetime.datetime.fromisoformat(hostages["updated_at"])
    assert not hostages["description"].lstrip(TRIMMED).startswith(TRIGGERS)


def test_lists_of_hostile_slugs_are_protected(client, doha):
    _, rows = csv_rows(client.get("/export/events.csv"))
    lists = [row["participants"] for row in rows if row["participants"]]
    assert lists
    items = [item for value in lists for item in value.split(LIST_SEPARATOR)]
    assert not [item for item in items if item.lstrip(TRIMMED).startswith(TRIGGERS)]
    assert [item for item in items if item.startswith("'")]


def test_json_carries_the_stored_text_unaltered(client, doha):
    response = client.get("/export/events.json")
    rows = json.loads(b"".join(response.streaming_content))["rows"]
    titles = {row["id"]: row["title"] for row in rows}
    assert titles == dict(Event.objects.values_list("pk", "title"))
