"""CSV straight from PostgreSQL: one ``COPY (…) TO STDOUT`` that writes the finished cells.

Turning a million rows into Python objects only to turn them back into text costs
several times what PostgreSQL needs to write the same CSV itself (bench/export.py
measured it). On PostgreSQL the CSV export therefore asks for the text: the same
columns in the same order, with the same formula protection, date-time format and
";"-separated lists as :func:`negotiations.export.csv_cells` writes on other databases.
The export tests run on both databases and check either writer by value.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from psycopg import ClientCursor

from .export import (
    BOOLEAN,
    DATE,
    DATETIME,
    FORMULA_TRIGGERS,
    LIST_SEPARATOR,
    PLAIN_TYPES,
    CitedSources,
    LinkedActors,
)
from .models import Citation, Source

#: COPY sends one message per row; gather them so the response yields fewer, larger parts.
BUFFER_BYTES = 64 * 1024


def quote(name):
    return connection.ops.quote_name(name)


def literal(text):
    """A SQL string literal for a short constant (a separator, a trigger character)."""
    if text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return " || ".join(f"chr({ord(character)})" for character in text)


def cell(column, reference):
    """SQL writing one cell as the Python writer would."""
    if column.type == DATETIME:
        return f"""to_char({reference} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""
    if column.type == DATE:
        return f"to_char({reference}, 'YYYY-MM-DD')"
    if column.type == BOOLEAN:
        return f"CASE WHEN {reference} THEN 'true' WHEN NOT {reference} THEN 'false' END"
    if column.type in PLAIN_TYPES:
        return reference
    # PostgreSQL text cannot hold NUL, so that trigger needs no test here.
    triggers = ", ".join(literal(character) for character in sorted(FORMULA_TRIGGERS - {"\0"}))
    return (
        f"CASE WHEN left({reference}, 1) IN ({triggers}) "
        f"THEN '''' || {reference} ELSE {reference} END"
    )


def cited_sources_sql(lookup, key):
    """One row per cited record of the export: its source ids and URLs, ";"-separated."""
    citation, source = Citation._meta, Source._meta
    content_type = ContentType.objects.get_for_model(lookup.model).pk
    separator = literal(LIST_SEPARATOR)
    return f"""
        SELECT cited.object_id AS key,
               string_agg(cited.source_id::text, {separator} ORDER BY cited.source_id) AS c0,
               string_agg(cited.url, {separator} ORDER BY cited.source_id) AS c1
        FROM (
            SELECT DISTINCT citation.{quote(citation.get_field("object_id").column)} AS object_id,
                   source.{quote(source.pk.column)} AS source_id,
                   source.{quote(source.get_field("url").column)} AS url
            FROM {quote(citation.db_table)} AS citation
            JOIN {quote(source.db_table)} AS source
              ON source.{quote(source.pk.column)}
               = citation.{quote(citation.get_field("source").column)}
            WHERE citation.{quote(citation.get_field("content_type").column)} = {int(content_type)}
              AND citation.{quote(citation.get_field("object_id").column)}
                  IN (SELECT {key} FROM base)
        ) AS cited
        GROUP BY cited.object_id"""


def linked_actors_sql(lookup, key):
    """One row per record of the export: the slugs of the actors linked to it."""
    through = lookup.relation.remote_field.through._meta
    record = quote(through.get_field(lookup.relation.m2m_field_name()).column)
    actor_field = through.get_field(lookup.relation.m2m_reverse_field_name())
    actor = actor_field.related_model._meta
    return f"""
        SELECT link.{record} AS key,
               string_agg(actor.{quote(actor.get_field("slug").column)},
                          {literal(LIST_SEPARATOR)}
                          ORDER BY actor.{quote(actor.get_field("slug").column)}) AS c0
        FROM {quote(through.db_table)} AS link
        JOIN {quote(actor.db_table)} AS actor
          ON actor.{quote(actor.pk.column)} = link.{quote(actor_field.column)}
        WHERE link.{record} IN (SELECT {key} FROM base)
        GROUP BY link.{record}"""


def copy_statement(dataset, queryset):
    """``COPY (…) TO STDOUT WITH (FORMAT csv)`` for the rows of ``queryset`` (no header)."""
    aliases = {f"c{index}": F(column.source_path) for index, column in enumerate(dataset.columns)}
    base = queryset.order_by().values(
        **aliases, export_position=Window(RowNumber(), order_by=list(dataset.ordering))
    )
    sql, params = base.query.get_compiler(connection=connection).as_sql()
    with ClientCursor(connection.connection) as client:
        base_sql = client.mogrify(sql, params)

    names = [column.name for column in dataset.columns]
    cells = [cell(column, f"base.c{index}") for index, column in enumerate(dataset.columns)]
    tables = [f"WITH base AS ({base_sql})"]
    joins = []
    for number, lookup in enumerate(dataset.lists):
        key = f"c{names.index(lookup.key)}"
        if isinstance(lookup, CitedSources):
            body = cited_sources_sql(lookup, key)
        elif isinstance(lookup, LinkedActors):
            body = linked_actors_sql(lookup, key)
        else:
            raise TypeError(f"No SQL for {lookup!r}")
        tables.append(f"list{number} AS ({body})")
        joins.append(f"LEFT JOIN list{number} ON list{number}.key = base.{key}")
        for part, column in enumerate(lookup.columns):
            cells.append(cell(column, f"list{number}.c{part}"))
    return (
        f"COPY ({',\n'.join(tables)}\n"
        f"SELECT {', '.join(cells)}\nFROM base {' '.join(joins)}\n"
        f"ORDER BY base.export_position) TO STDOUT WITH (FORMAT csv)"
    )


def stream_copy(dataset, queryset):
    """The CSV rows as PostgreSQL writes them, in parts of about ``BUFFER_BYTES``."""
    statement = copy_statement(dataset, queryset)
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        buffer = bytearray()
        for data in copy:
            buffer += data
            if len(buffer) >= BUFFER_BYTES:
                yield bytes(buffer)
                buffer.clear()
        if buffer:
            yield bytes(buffer)
