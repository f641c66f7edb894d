"""What an export writes: a table of named, typed columns and its rows.

A :class:`Dataset` is a table of one kind of record (``datasets``); the deletions listing
is a table of what the edit history says was deleted (``deletions``). The writers
(``writers``, ``postgres``) read a table's ``header``, ``all_columns`` and ``rows``, and
the requests (``forms``) give them what to read those rows from.
"""

from dataclasses import dataclass, field
from itertools import batched

from django.db.models import Q

from ..models import Citation

#: Rows read and written per chunk: an export holds at most one chunk in memory.
CHUNK_SIZE = 2000


class Table:
    """Named, typed columns and their rows, in the columns' order."""

    name: str
    title: str
    description: str
    all_columns: tuple
    #: Whether PostgreSQL writes its CSV itself (``postgres``) rather than Python.
    copied_by_postgres = False

    @property
    def header(self):
        return [column.name for column in self.all_columns]

    def rows(self, selection):
        """Value tuples in header order, for what a request selected (``forms``)."""
        raise NotImplementedError


@dataclass(frozen=True)
class Dataset(Table):
    """A downloadable dataset: its rows, columns, filters and order."""

    name: str
    title: str
    description: str
    model: type
    filterset: type
    columns: tuple
    ordering: tuple
    lists: tuple = ()  # ListColumns (``lists``): their columns come last
    #: A row counts as changed when any of these timestamps is at or after ?updated_since=.
    updated_paths: tuple = ("updated_at",)
    #: Annotates the rows with computed columns (a proposal's standing).
    prepare: object = None
    all_columns: tuple = field(init=False)

    copied_by_postgres = True

    def __post_init__(self):
        list_columns = tuple(column for lookup in self.lists for column in lookup.columns)
        object.__setattr__(self, "all_columns", (*self.columns, *list_columns))

    @property
    def filter_names(self):
        return list(self.filterset.base_filters)

    def queryset(self):
        rows = self.model._default_manager.all()
        return self.prepare(rows) if self.prepare else rows

    @property
    def tracks_changes(self):
        """Whether ``?updated_since=`` can tell this dataset's changed rows."""
        return bool(self.updated_paths) or self.model is Citation

    def changed_since(self, queryset, moment):
        """Rows changed at or after ``moment``. The sources a row lists change with it: a
        citation added, changed or removed (its edit history says when), or a cited source
        edited, changes every row that lists that record's sources."""
        changed = Q()
        for path in self.updated_paths:
            changed |= Q(**{f"{path}__gte": moment})
        if self.model is Citation:
            recent = Citation.history.filter(history_date__gte=moment)
            changed |= Q(pk__in=recent.values("id"))
        for lookup in self.lists:
            changed |= lookup.changed_since(moment)
        return queryset.filter(changed)

    def rows(self, queryset, chunk_size=None):
        """Typed value tuples in header order, read chunk by chunk."""
        chunk_size = chunk_size or CHUNK_SIZE
        names = [column.name for column in self.columns]
        values = queryset.values_list(*(column.expression() for column in self.columns)).order_by(
            *self.ordering
        )
        lookups = [(lookup, names.index(lookup.key)) for lookup in self.lists]
        for chunk in batched(values.iterator(chunk_size=chunk_size), chunk_size):
            found = [
                (
                    lookup.fetch({row[key] for row in chunk if row[key] is not None}),
                    key,
                    ((),) * len(lookup.columns),
                )
                for lookup, key in lookups
            ]
            for row in chunk:
                for extra, key, missing in found:
                    row += extra.get(row[key], missing)
                yield row
