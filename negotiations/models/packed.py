"""Rows of one table read in the query of the rows they belong to: the database writes them
as JSON text (``packed``, ``packed_row``) and ``unpacked`` reads them back as records.

Pages with a fixed budget of queries read a few related rows of one record this way rather
than in a query of their own. ``JSONObject`` and ``StringAgg`` exist on SQLite and
PostgreSQL alike; SQLite cannot order an aggregate, so ``unpacked`` gives the rows in the
order of their ids and callers sort them as they need (``chronologically``).
"""

import datetime
import json

from django.conf import settings
from django.db import models, router
from django.db.models import F, Func, OuterRef, Q, StringAgg, Subquery, Value
from django.db.models.functions import Cast, JSONObject
from django.utils import timezone
from django.utils.dateparse import parse_datetime


def _row(model, extra):
    """One row of ``model`` as JSON text: every column, and each ``extra`` expression."""
    columns = {field.attname: F(field.attname) for field in model._meta.concrete_fields}
    return Cast(JSONObject(**columns, **extra), models.TextField())


def packed(rows, by, **extra):
    """The rows of ``rows`` (a queryset its caller ties to the outer row with ``OuterRef``,
    on its column ``by``) as one JSON text, None when there are none."""
    texts = (
        rows.order_by()
        .values(by)
        .annotate(rows=StringAgg(_row(rows.model, extra), delimiter=Value(",")))
        .values("rows")
    )
    return Subquery(texts[:1], output_field=models.TextField())


def packed_row(rows, **extra):
    """The first row of ``rows`` (tied to the outer row, in its order) as JSON text."""
    return Subquery(rows.values(row=_row(rows.model, extra))[:1], output_field=models.TextField())


def packed_record(rows, relations=(), **extra):
    """The first row of ``rows`` as ``packed_row`` writes it, with the row each foreign key
    named in ``relations`` points to packed inside it (read by ``unpacked_record``)."""
    for name in relations:
        field = rows.model._meta.get_field(name)
        targets = field.related_model._base_manager.filter(pk=OuterRef(field.attname))
        extra[name] = packed_row(targets)
    return packed_row(rows, **extra)


def unpacked_record(model, text, relations=()):
    """The record ``packed_record`` wrote, with its related records set; None for None."""
    if not text:
        return None
    # SQLite keeps a packed row inside another as JSON; PostgreSQL as text.
    row = json.loads(text) if isinstance(text, str) else text
    related = {name: row.pop(name) for name in relations}
    record = _record(model, row)
    for name, related_text in related.items():
        target = model._meta.get_field(name).related_model
        setattr(record, name, unpacked_record(target, related_text))
    return record


def packed_together(**packs):
    """Several ``packed`` texts in one JSON text, by name (read by ``packed_parts``)."""
    return Cast(JSONObject(**packs), models.TextField())


def packed_parts(text):
    """The texts ``packed_together`` wrote, by name ({} for None)."""
    return json.loads(text) if text else {}


def unpacked(model, text, **attributes):
    """The records ``packed`` wrote, by id (by ``place`` first, where ``preceding`` gave one),
    with its extra values and ``attributes`` (its proposal, …) set; [] for None."""
    if not text:
        return []
    records = []
    for row in json.loads(f"[{text}]"):
        record = _record(model, row)
        for name, value in attributes.items():
            setattr(record, name, value)
        records.append(record)
    return sorted(records, key=lambda record: (getattr(record, "place", 0), record.pk))


def _record(model, row):
    """One record of ``model`` from its row as JSON read it, its extra values set."""
    fields = model._meta.concrete_fields
    names = [field.attname for field in fields]
    values = [_value(field, row[field.attname]) for field in fields]
    record = model.from_db(router.db_for_read(model), names, values)
    for name in row.keys() - set(names):
        extra = EXTRA_FIELDS.get(name)
        setattr(record, name, row[name] if extra is None else _value(extra, row[name]))
    return record


#: Extra values packed beside a row's columns that JSON writes as text but are not: the time
#: of its latest correction (``latest_correction``).
EXTRA_FIELDS = {"corrected_at": models.DateTimeField()}


def _value(field, value):
    """A column's value as JSON wrote it (a date as text, a boolean as 0 or 1 on SQLite), as
    its field reads it from the database."""
    kind = field.output_field if field.generated else field
    if value is None:
        return None
    if isinstance(kind, models.DateTimeField):
        # SQLite keeps the UTC time without its offset; PostgreSQL writes it.
        moment = parse_datetime(value)
        if settings.USE_TZ and timezone.is_naive(moment):
            moment = timezone.make_aware(moment, datetime.UTC)
        return moment
    return kind.to_python(value)


def chronologically(records, name="date"):
    """Records in the order ``chronological(name)`` gives them: undated last."""
    return sorted(
        records,
        key=lambda record: (
            getattr(record, f"{name}_order_day") is None,
            getattr(record, f"{name}_order_day") or datetime.date.min,
            getattr(record, f"{name}_order_rank"),
            record.pk,
        ),
    )


def preceding(rows, ordering):
    """How many of ``rows`` (its group, through ``OuterRef(OuterRef(…))``) come before a packed
    row in ``ordering`` (fields, the last unique), as the database sorts: its ``place``."""
    before, same = Q(pk__in=[]), Q()
    for name in ordering:
        before |= same & Q(**{f"{name}__lt": OuterRef(name)})
        same &= Q(**{name: OuterRef(name)})
    return count_of(rows.filter(before))


def count_of(rows):
    """How many rows ``rows`` holds, as an expression of another query."""
    counted = rows.order_by().annotate(rows=Func(F("pk"), function="COUNT")).values("rows")
    return Subquery(counted, output_field=models.IntegerField())
