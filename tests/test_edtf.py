"""Every approximate date in EDTF (ISO 8601-2), written by the tracker and read back by the
``edtf`` library, a reader we did not write: the same date, the same precision, the same
earliest day, in the exports (both CSV writers and JSON) and the API."""

import datetime

import pytest
from django.core.management import call_command
from edtf import Date, Interval, OneOfASet, parse_edtf

from negotiations.exports.datasets import DATASETS
from negotiations.fields import ApproximateDate, DatePrecision

from .export_helpers import csv_rows, json_document

pytestmark = pytest.mark.django_db

MARCH_19 = datetime.date(2024, 3, 19)
EVERY_PRECISION = [
    ApproximateDate(MARCH_19, DatePrecision.DAY),
    ApproximateDate(datetime.date(2024, 3, 11), DatePrecision.WEEK),
    ApproximateDate(datetime.date(2024, 12, 30), DatePrecision.WEEK),  # into the next year
    ApproximateDate(datetime.date(2024, 2, 1), DatePrecision.MONTH),
    ApproximateDate(datetime.date(2024, 1, 1), DatePrecision.YEAR),
    ApproximateDate(MARCH_19, DatePrecision.ON_OR_BEFORE),
    ApproximateDate(MARCH_19, DatePrecision.ON_OR_BEFORE, earliest=datetime.date(2024, 3, 11)),
]
PRECISION_OF_A_DATE = {10: DatePrecision.DAY, 7: DatePrecision.MONTH, 4: DatePrecision.YEAR}


def day(struct_time):
    """A day of the ``edtf`` library's bounds (a ``time.struct_time``); None for an open one."""
    if not hasattr(struct_time, "tm_year"):
        return None
    return datetime.date(struct_time.tm_year, struct_time.tm_mon, struct_time.tm_mday)


def read_back(text):
    """The ApproximateDate an EDTF value stands for, as the ``edtf`` library parses it."""
    parsed = parse_edtf(text)
    first, last = day(parsed.lower_strict()), day(parsed.upper_strict())
    if isinstance(parsed, OneOfASet):
        return ApproximateDate(last, DatePrecision.ON_OR_BEFORE, earliest=first)
    if isinstance(parsed, Interval):
        assert first.isoweekday() == 1 and last - first == datetime.timedelta(days=6), text
        return ApproximateDate(first, DatePrecision.WEEK)
    assert isinstance(parsed, Date), text
    return ApproximateDate(first, PRECISION_OF_A_DATE[len(str(parsed))])


@pytest.mark.parametrize("value", EVERY_PRECISION, ids=str)
def test_every_precision_reads_back_the_same_through_the_edtf_library(value):
    assert read_back(value.edtf) == value
    parsed = parse_edtf(value.edtf)
    assert day(parsed.upper_strict()) == value.last_day
    assert day(parsed.lower_strict()) == value.first_day


def dated_columns(dataset):
    """(date, precision, earliest, edtf) column names of each approximate date of a dataset."""
    names = sorted(column.name for column in dataset.all_columns)
    return [
        (date, f"{date}_precision", f"{date}_earliest", f"{date}_edtf")
        for date in (name.removesuffix("_edtf") for name in names if name.endswith("_edtf"))
    ]


def approximate(row, date, precision, earliest):
    if not row[date]:
        return None
    earliest_day = datetime.date.fromisoformat(row[earliest]) if row[earliest] else None
    return ApproximateDate(datetime.date.fromisoformat(row[date]), row[precision], earliest_day)


def assert_every_date_reads_back(client):
    """Each dataset's EDTF cells, in CSV and JSON, stand for the date beside them; returns
    how many of each precision were read."""
    seen = {}
    for name, dataset in DATASETS.items():
        columns = dated_columns(dataset)
        if not columns:
            continue
        _, rows = csv_rows(client.get(f"/export/{name}.csv"))
        records = json_document(client.get(f"/export/{name}.json"))["rows"]
        assert len(records) == len(rows), name
        for row, record in zip(rows, records, strict=True):
            for date, precision, earliest, edtf in columns:
                value = approximate(row, date, precision, earliest)
                assert record[edtf] == (row[edtf] or None), (name, edtf, row)
                if value is None:
                    assert row[edtf] == "", (name, edtf, row)
                    continue
                assert row[edtf] == value.edtf, (name, edtf, row)
                assert read_back(row[edtf]) == value, (name, edtf, row)
                seen[value.precision] = seen.get(value.precision, 0) + 1
    return seen


def test_every_date_of_the_doha_fixture_reads_back_from_the_exports(client, doha):
    seen = assert_every_date_reads_back(client)
    assert seen[DatePrecision.DAY] and seen[DatePrecision.ON_OR_BEFORE]


def test_every_date_the_generator_writes_reads_back_from_the_exports(client, db):
    call_command("generate_synthetic", negotiations=2, events=120, seed=3, verbosity=0)
    seen = assert_every_date_reads_back(client)
    assert set(seen) == set(DatePrecision.values)


def test_the_api_writes_each_date_in_edtf_beside_its_parts(client, doha):
    event = client.get("/api/v1/events/").json()["results"][0]
    value = ApproximateDate(
        datetime.date.fromisoformat(event["date"]["date"]),
        event["date"]["precision"],
        datetime.date.fromisoformat(event["date"]["earliest"])
        if event["date"]["earliest"]
        else None,
    )
    assert event["date"]["edtf"] == value.edtf
    assert read_back(event["date"]["edtf"]) == value
