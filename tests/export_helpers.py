"""Reading exports back the way an analyst's tools do: the csv module, the json module."""

import csv
import datetime
import io
import json

from negotiations.exports.datasets import DATASETS


def body(response):
    assert response.status_code == 200, response.content
    assert response.streaming
    return b"".join(response.streaming_content)


def csv_rows(response):
    """The CSV as a header and a list of dicts, parsed by the csv module."""
    text = body(response).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return reader.fieldnames, list(reader)


def json_document(response):
    return json.loads(body(response).decode("utf-8"))


def cell(value):
    """How a value reads in a CSV cell (before formula protection)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, list):
        return ";".join(str(item).replace(";", "%3B") for item in value)
    return str(value)


def resolve(record, path):
    """Follow a values_list path (``proposal__negotiation__slug``) on a model instance."""
    value = record
    for part in path.split("__"):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def dataset_columns(name):
    return DATASETS[name].all_columns
