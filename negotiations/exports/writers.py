"""The writers: a table's rows as CSV or JSON bytes, streamed.

Each writer reads a table (``tables``: its header, columns and rows) and what a request
selected (``forms``); ``write`` answers a request in the format it asks for. The CSV is
written by Python's csv module, or on PostgreSQL by the database itself (``postgres``),
both by each column type's rule (``columns.CELL_RULES``), to the same bytes.
"""

import csv
import datetime
import json
from itertools import batched

from django.db import connection

from .changelog import SCHEMA_VERSION
from .postgres import stream_copy


class Bare:
    """A cell written without quotes: ``csv.QUOTE_STRINGS`` quotes str values only."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text


def cell_writer(rule):
    """How the Python writer writes a present value of a column type, or None: as it is."""
    if rule.python is None or rule.quoted:
        return rule.python
    return lambda value: Bare(rule.python(value))


def csv_cells(table, rows):
    """Rows as CSV cells: text protected (each item of a list), the rest left unquoted."""
    writers = [
        (index, write)
        for index, column in enumerate(table.all_columns)
        if (write := cell_writer(column.cells)) is not None
    ]
    for values in rows:
        row = list(values)
        for index, write in writers:
            if (value := row[index]) is not None:
                row[index] = write(value)
        yield row


class _Lines(list):
    """A file-like list collecting the lines csv.writer writes, ending them in LF.

    The writer is told to end lines in CRLF, because only the characters of its line
    terminator make it quote a cell: that way a cell holding a lone CR is quoted too,
    as PostgreSQL's COPY does, and each line's CRLF then becomes the LF COPY writes.
    """

    def write(self, line):
        self.append(line[:-2] + "\n")


def csv_header(table, bom=False):
    """The header line, as bytes."""
    lines = _Lines()
    csv.writer(lines, lineterminator="\r\n").writerow(table.header)
    return (("\ufeff" if bom else "") + lines.pop()).encode()


def stream_csv(table, selection, bom=False):
    """UTF-8 CSV bytes, header first, lines ending in LF: every text cell in quotes, so
    that no separator an import is told to use can split it."""
    yield csv_header(table, bom)
    if table.copied_by_postgres and connection.vendor == "postgresql":
        yield from stream_copy(table, selection)
    else:
        yield from csv_lines(table, selection)


def csv_lines(table, selection, batch=500):
    """The rows, without the header, as Python's csv module writes them; on PostgreSQL,
    ``COPY`` writes the very same bytes (``postgres``)."""
    lines = _Lines()
    writer = csv.writer(lines, lineterminator="\r\n", quoting=csv.QUOTE_STRINGS)
    for group in batched(csv_cells(table, table.rows(selection)), batch):
        writer.writerows(group)
        yield "".join(lines).encode()
        lines.clear()


def json_value(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def stream_json(table, selection, batch=500):
    """``{"schema_version", "dataset", "rows": [{column: value}]}`` as UTF-8 bytes."""
    encode = json.JSONEncoder(ensure_ascii=False, default=json_value).encode
    head = {"schema_version": SCHEMA_VERSION, "dataset": table.name}
    yield (encode(head)[:-1] + ', "rows": [\n').encode()
    header = table.header
    separator = ""
    for group in batched(table.rows(selection), batch):
        text = ",\n".join(encode(dict(zip(header, row, strict=True))) for row in group)
        yield (separator + text).encode()
        separator = ",\n"
    yield b"\n]}\n"


def write(export, file_format):
    """The file an export request (``forms``) asks for, as bytes: its table's rows, as
    selected, in ``csv`` or ``json``."""
    if file_format == "csv":
        return stream_csv(export.table, export.selection(), bom=export.bom)
    return stream_json(export.table, export.selection())
