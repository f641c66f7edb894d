"""List columns: the sources a row rests on, the actors linked to it, the identifiers other
datasets give its record.

Each kind of list reads its values two ways, alike: ``fetch`` for the Python writers, one
query per chunk of rows, and ``sql`` for PostgreSQL's COPY, one aggregate joined to the
rows. A list reads the row's ``key`` column (``id``, or ``proposal_id`` for a proposal's
terms) and adds ``columns`` after the dataset's own.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from ..models import Citation, ExternalIdentifier, Source
from ..models.identifiers import Scheme
from .columns import LIST, LIST_SEPARATOR, SEPARATOR_IN_AN_ITEM, Column
from .sql import literal, quote


class ListColumns:
    """Columns listing several values per row, read apart from the row itself."""

    key = "id"
    columns = ()

    def fetch(self, keys):
        """``{key: (values of each column)}`` for the rows with these keys; a row with
        none is left out."""
        raise NotImplementedError

    def sql(self):
        """SQL selecting ``key`` and, per column, ``c0``, ``c1``…: the ";"-separated items
        (one within an item written %3B), in the order ``fetch`` gives them."""
        raise NotImplementedError

    def changed_since(self, moment):
        """Rows whose lists changed at or after ``moment``, besides the rows changed then."""
        return Q()


class CitedSources(ListColumns):
    """``source_ids`` and ``source_urls`` of the record a row rests on, one query per chunk."""

    def __init__(self, model, key="id", whose="the row"):
        self.model = model
        self.key = key
        self.columns = (
            Column(
                "source_ids",
                LIST,
                f"Ids of the sources {whose} cites (see the sources dataset), ascending.",
            ),
            Column(
                "source_urls",
                LIST,
                "URLs of those sources, in the same order; an empty item where a source "
                "has no URL.",
            ),
        )

    def fetch(self, keys):
        content_type = ContentType.objects.get_for_model(self.model)
        citations = (
            Citation.objects.filter(content_type=content_type, object_id__in=keys)
            .values_list("object_id", "source_id", "source__url")
            .order_by("object_id", "source_id")
        )
        sources = defaultdict(dict)
        for record, source, url in citations:
            sources[record][source] = url
        return {record: (list(cited), list(cited.values())) for record, cited in sources.items()}

    def sql(self):
        """Per cited record: its source ids and URLs, each source once, by id."""
        citation, source = Citation._meta, Source._meta
        content_type = ContentType.objects.get_for_model(self.model).pk
        separator = literal(LIST_SEPARATOR)
        source_id = f"source.{quote(source.pk.column)}"
        url_item = f"replace(cited.url, {separator}, {literal(SEPARATOR_IN_AN_ITEM)})"
        object_id = quote(citation.get_field("object_id").column)
        return f"""
        SELECT cited.object_id AS key,
               string_agg(cited.source_id::text, {separator} ORDER BY cited.source_id) AS c0,
               string_agg({url_item}, {separator} ORDER BY cited.source_id) AS c1
        FROM (
            SELECT DISTINCT citation.{object_id} AS object_id,
                   {source_id} AS source_id,
                   source.{quote(source.get_field("url").column)} AS url
            FROM {quote(citation.db_table)} AS citation
            JOIN {quote(source.db_table)} AS source
              ON {source_id} = citation.{quote(citation.get_field("source").column)}
            WHERE citation.{quote(citation.get_field("content_type").column)} = {int(content_type)}
        ) AS cited
        GROUP BY cited.object_id"""

    def changed_since(self, moment):
        """A citation of the record added, changed or removed (its edit history says
        when), or a source it cites edited, at or after ``moment``."""
        content_type = ContentType.objects.get_for_model(self.model)
        recited = Citation.history.filter(
            history_date__gte=moment, content_type=content_type
        ).values("object_id")
        resourced = Citation.objects.filter(
            content_type=content_type, source__updated_at__gte=moment
        ).values("object_id")
        return Q(**{f"{self.key}__in": recited}) | Q(**{f"{self.key}__in": resourced})


class LinkedRecords(ListColumns):
    """A field (the slug of actors, the code of categories) of the records a many-to-many
    relation links to a row, one query per chunk."""

    def __init__(self, name, relation, meaning, field="slug"):
        self.relation = relation.field
        self.field = field
        self.columns = (Column(name, LIST, meaning),)

    def fetch(self, keys):
        through = self.relation.remote_field.through
        record = self.relation.m2m_field_name()
        linked = f"{self.relation.m2m_reverse_field_name()}__{self.field}"
        links = (
            through.objects.filter(**{f"{record}__in": keys})
            .values_list(f"{record}_id", linked)
            .order_by(f"{record}_id", linked)
        )
        slugs = defaultdict(list)
        for row, slug in links:
            slugs[row].append(slug)
        return {row: (found,) for row, found in slugs.items()}

    def sql(self):
        """Per record: the field of the records linked to it, in order."""
        through = self.relation.remote_field.through._meta
        record = quote(through.get_field(self.relation.m2m_field_name()).column)
        linked_field = through.get_field(self.relation.m2m_reverse_field_name())
        linked = linked_field.related_model._meta
        value = f"linked.{quote(linked.get_field(self.field).column)}"
        separator = literal(LIST_SEPARATOR)
        item = f"replace({value}, {separator}, {literal(SEPARATOR_IN_AN_ITEM)})"
        return f"""
        SELECT link.{record} AS key,
               string_agg({item}, {separator} ORDER BY {value}) AS c0
        FROM {quote(through.db_table)} AS link
        JOIN {quote(linked.db_table)} AS linked
          ON linked.{quote(linked.pk.column)} = link.{quote(linked_field.column)}
        GROUP BY link.{record}"""


class Identifiers(ListColumns):
    """A column per scheme (``wikidata``, ``ucdp_actor``…): the identifiers other datasets
    give the row's record, one query per chunk; what the identifiers dataset lists, a row
    per record, for joins."""

    def __init__(self, field, kind):
        self.field = field  # the identifier's link to the row's record: "actor", "proposal"
        self.columns = tuple(
            Column(
                scheme.value,
                LIST,
                f"{scheme.label}: the values that scheme gives the {kind} (the identifiers "
                "dataset cites the source of each); usually one, empty if none.",
            )
            for scheme in Scheme
        )

    def fetch(self, keys):
        record = f"{self.field}_id"
        identifiers = (
            ExternalIdentifier.objects.filter(**{f"{record}__in": keys})
            .values_list(record, "scheme", "value")
            .order_by(record, "scheme", "value")
        )
        found = defaultdict(lambda: tuple([] for _ in Scheme))
        position = {scheme.value: number for number, scheme in enumerate(Scheme)}
        for key, scheme, value in identifiers:
            found[key][position[scheme]].append(value)
        return dict(found)

    def sql(self):
        """Per record: each scheme's values, ascending, in a column of its own."""
        identifier = ExternalIdentifier._meta
        record = quote(identifier.get_field(self.field).column)
        scheme, value = (quote(identifier.get_field(name).column) for name in ("scheme", "value"))
        separator = literal(LIST_SEPARATOR)
        item = f"replace({value}, {separator}, {literal(SEPARATOR_IN_AN_ITEM)})"
        columns = ",\n".join(
            f"string_agg({item}, {separator} ORDER BY {value}) "
            f"FILTER (WHERE {scheme} = {literal(each.value)}) AS c{number}"
            for number, each in enumerate(Scheme)
        )
        return f"""
        SELECT {record} AS key,
               {columns}
        FROM {quote(identifier.db_table)}
        WHERE {record} IS NOT NULL
        GROUP BY {record}"""

    def changed_since(self, moment):
        """An identifier of the record added, changed or removed at or after ``moment``
        (its edit history says when)."""
        record = f"{self.field}_id"
        changed = ExternalIdentifier.history.filter(
            history_date__gte=moment, **{f"{record}__isnull": False}
        ).values(record)
        return Q(**{f"{self.key}__in": changed})
