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
from django.db.models import F
from psycopg import ClientCursor

from .export import (
    BOOLEAN,
    DATE,
    DATETIME,
    FORMULA_TRIGGERS,
    LIST,
    LIST_SEPARATOR,
    PLAIN_TYPES,
    SEPARATOR_IN_AN_ITEM,
    SPACES_BEFORE_A_FORMULA,
    CitedSources,
    LinkedRecords,
    list_item_formula,
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


def guarded(reference):
    """SQL for the guard of :func:`negotiations.export.csv_cells`: a quote before a
    formula's first character, even after spaces an import may trim."""
    # PostgreSQL text cannot hold NUL, so that trigger needs no test here.
    triggers = ", ".join(literal(character) for character in sorted(FORMULA_TRIGGERS - {"\0"}))
    first = f"left(ltrim({reference}, {literal(SPACES_BEFORE_A_FORMULA)}), 1)"
    return f"CASE WHEN {first} IN ({triggers}) THEN '''' || {reference} ELSE {reference} END"


def cell(column, reference):
    """SQL writing one cell as the Python writer would (a list guarded item by item)."""
    if column.type == LIST:
        # PostgreSQL text cannot hold NUL: the pattern leaves it out.
        pattern = literal(list_item_formula(FORMULA_TRIGGERS - {"\0"}))
        return f"coalesce(regexp_replace({reference}, {pattern}, '\\1''\\2', 'g'), '')"
    if column.type == DATETIME:
        return f"""to_char({reference} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""
    if column.type == DATE:
        return f"to_char({reference}, 'YYYY-MM-DD')"
    if column.type == BOOLEAN:
        return f"CASE WHEN {reference} THEN 'true' WHEN NOT {reference} THEN 'false' END"
    if column.type in PLAIN_TYPES:
        return reference
    return guarded(reference)


def cited_sources_sql(lookup):
    """Per cited record: its source ids and URLs, ";"-separated, each source once, by id."""
    citation, source = Citation._meta, Source._meta
    content_type = ContentType.objects.get_for_model(lookup.model).pk
    separator = literal(LIST_SEPARATOR)
    source_id = f"source.{quote(source.pk.column)}"
    url_item = f"replace(cited.url, {separator}, {literal(SEPARATOR_IN_AN_ITEM)})"
    return f"""
        SELECT cited.object_id AS key,
               string_agg(cited.source_id::text, {separator} ORDER BY cited.source_id) AS c0,
               string_agg({url_item}, {separator} ORDER BY cited.source_id) AS c1
        FROM (
            SELECT DISTINCT citation.{quote(citation.get_field("object_id").column)} AS object_id,
                   {source_id} AS source_id,
                   source.{quote(source.get_field("url").column)} AS url
            FROM {quote(citation.db_table)} AS citation
            JOIN {quote(source.db_table)} AS source
              ON {source_id} = citation.{quote(citation.get_field("source").column)}
            WHERE citation.{quote(citation.get_field("content_type").column)} = {int(content_type)}
        ) AS cited
        GROUP BY cited.object_id"""


def linked_records_sql(lookup):
    """Per record: a field of the records linked to it (actors' slugs), ";"-separated, in
    order."""
    through = lookup.relation.remote_field.through._meta
    record = quote(through.get_field(lookup.relation.m2m_field_name()).column)
    linked_field = through.get_field(lookup.relation.m2m_reverse_field_name())
    linked = linked_field.related_model._meta
    value = f"linked.{quote(linked.get_field(lookup.field).column)}"
    separator = literal(LIST_SEPARATOR)
    item = f"replace({value}, {separator}, {literal(SEPARATOR_IN_AN_ITEM)})"
    return f"""
        SELECT link.{record} AS key,
               string_agg({item}, {separator} ORDER BY {value}) AS c0
        FROM {quote(through.db_table)} AS link
        JOIN {quote(linked.db_table)} AS linked
          ON linked.{quote(linked.pk.column)} = link.{quote(linked_field.column)}
        GROUP BY link.{record}"""


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
    """``COPY (…) TO STDOUT WITH (FORMAT csv)`` for the rows of ``queryset`` (no header).

    The lists are aggregated once per table and joined before the one sort, the plan
    PostgreSQL runs fastest (in parallel) for a hand-written query of the same columns.
    """
    keys = list(order_keys(dataset))
    aliases = {f"c{index}": column.expression() for index, column in enumerate(dataset.columns)}
    aliases |= {f"o{index}": expression for index, (expression, _) in enumerate(keys)}
    base = queryset.values(**aliases).order_by()
    sql, params = base.query.get_compiler(connection=connection).as_sql()
    connection.ensure_connection()
    with ClientCursor(connection.connection) as client:
        base_sql = client.mogrify(sql, params)

    names = [column.name for column in dataset.columns]
    cells = [cell(column, f"base.c{index}") for index, column in enumerate(dataset.columns)]
    types = [column.type for column in dataset.columns]
    joins = []
    for number, lookup in enumerate(dataset.lists):
        key = f"c{names.index(lookup.key)}"
        if isinstance(lookup, CitedSources):
            body = cited_sources_sql(lookup)
        elif isinstance(lookup, LinkedRecords):
            body = linked_records_sql(lookup)
        else:
            raise TypeError(f"No SQL for {lookup!r}")
        joins.append(f"LEFT JOIN ({body}) AS list{number} ON list{number}.key = base.{key}")
        for part, column in enumerate(lookup.columns):
            cells.append(cell(column, f"list{number}.c{part}"))
            types.append(column.type)
    order = ", ".join(f"base.o{index} {direction}" for index, (_, direction) in enumerate(keys))
    named = ", ".join(f"{sql} AS k{index}" for index, sql in enumerate(cells))
    # Every text cell in quotes, as the Python writer does (NULL stays an empty cell).
    quoted = ", ".join(f"k{index}" for index, kind in enumerate(types) if kind not in PLAIN_TYPES)
    force_quote = f", FORCE_QUOTE ({quoted})" if quoted else ""
    return (
        f"COPY (SELECT {named}\nFROM ({base_sql}) AS base\n"
        + "\n".join(joins)
        + f"\nORDER BY {order}) TO STDOUT WITH (FORMAT csv{force_quote})"
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
