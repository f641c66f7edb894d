"""CSV straight from PostgreSQL: one ``COPY (…) TO STDOUT`` that writes the finished cells.

Turning a million rows into Python objects only to turn them back into text costs
several times what PostgreSQL needs to write the same CSV itself (bench/export.py
measured it). On PostgreSQL a dataset's CSV is therefore asked for as text: the same
columns in the same order, each cell written by the SQL of its type's rule
(``columns.CELL_RULES``, which the Python writer reads too) and each list by its own SQL
(``lists``). The export tests run on both databases and check either writer by value.
"""

from contextlib import contextmanager

from django.db import connection
from django.db.backends.utils import CursorDebugWrapper
from django.db.models import F

from .columns import PLAIN_TYPES

#: COPY sends one message per row; gather them so the response yields fewer, larger parts.
BUFFER_BYTES = 64 * 1024


def order_keys(dataset):
    """Each ordering term as (expression, SQL direction), to select and sort by it again;
    a term is a field name or a sorted expression (``Lower("name").asc()``)."""
    for term in dataset.ordering:
        if isinstance(term, str):
            descending = term.startswith("-")
            yield F(term.removeprefix("-")), "DESC" if descending else "ASC"
        else:
            nulls = " NULLS LAST" if term.nulls_last else " NULLS FIRST" if term.nulls_first else ""
            yield term.expression, ("DESC" if term.descending else "ASC") + nulls


def copy_statement(dataset, queryset):
    """``COPY (…) TO STDOUT WITH (FORMAT csv)`` for the rows of ``queryset`` (no header),
    and its parameters.

    The rows are the queryset's SQL (Django's ``sql_with_params()``: no public API gives
    a queryset's SQL without running it), its parameters left to psycopg to bind. The
    lists are aggregated once per table and joined before the one sort, the plan
    PostgreSQL runs fastest (in parallel) for a hand-written query of the same columns.
    """
    keys = list(order_keys(dataset))
    aliases = {f"c{index}": column.expression() for index, column in enumerate(dataset.columns)}
    aliases |= {f"o{index}": expression for index, (expression, _) in enumerate(keys)}
    base_sql, params = queryset.values(**aliases).order_by().query.sql_with_params()

    names = [column.name for column in dataset.columns]
    columns = list(dataset.columns)
    references = [f"base.c{index}" for index in range(len(columns))]
    joins = []
    for number, lookup in enumerate(dataset.lists):
        key = f"c{names.index(lookup.key)}"
        joins.append(f"LEFT JOIN ({lookup.sql()}) AS list{number} ON list{number}.key = base.{key}")
        columns += lookup.columns
        references += [f"list{number}.c{part}" for part in range(len(lookup.columns))]
    cells = [
        column.cells.sql(reference) for column, reference in zip(columns, references, strict=True)
    ]
    order = ", ".join(f"base.o{index} {direction}" for index, (_, direction) in enumerate(keys))
    named = ", ".join(f"{sql} AS k{index}" for index, sql in enumerate(cells))
    # Every text cell in quotes, as the Python writer does (NULL stays an empty cell).
    quoted = ", ".join(
        f"k{index}" for index, column in enumerate(columns) if column.type not in PLAIN_TYPES
    )
    force_quote = f", FORCE_QUOTE ({quoted})" if quoted else ""
    statement = (
        f"COPY (SELECT {named}\nFROM ({base_sql}) AS base\n"
        + "\n".join(joins)
        + f"\nORDER BY {order}) TO STDOUT WITH (FORMAT csv{force_quote})"
    )
    return statement, params


@contextmanager
def copy_out(statement, params):
    """``cursor.copy(statement, params)``: psycopg binds the parameters (client-side, as a
    COPY takes none of its own), whether or not Django logs the queries."""
    if not params:
        # psycopg merges parameters into the statement, reading "%%" as "%" as Django
        # writes a percent sign, only when there are some.
        statement %= ()
    with connection.cursor() as cursor:
        if isinstance(cursor, CursorDebugWrapper):
            # Where Django logs queries (DEBUG, the tests' query counts), its cursor's
            # copy(statement) takes no parameters: the COPY is logged as it logs one, and
            # run by psycopg's own cursor.
            with cursor.debug_sql(statement, params):
                copy = cursor.cursor.copy(statement, params)
        else:
            copy = cursor.copy(statement, params)
        with copy as rows:
            yield rows


def stream_copy(dataset, queryset):
    """The CSV rows as PostgreSQL writes them, in parts of about ``BUFFER_BYTES``."""
    with copy_out(*copy_statement(dataset, queryset)) as copy:
        buffer = bytearray()
        for data in copy:
            buffer += data
            if len(buffer) >= BUFFER_BYTES:
                yield bytes(buffer)
                buffer.clear()
        if buffer:
            yield bytes(buffer)
