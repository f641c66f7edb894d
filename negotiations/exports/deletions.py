"""The deletions listing: a table of the rows deleted from every dataset, from the edit
history, so that with ``?updated_since=`` a copy can stay in sync."""

from dataclasses import dataclass, field

from django.db.models import Value

from .columns import CODE, DATETIME, INTEGER, Column
from .datasets import DATASETS
from .tables import CHUNK_SIZE, Table


@dataclass(frozen=True)
class Deletions(Table):
    """What was deleted from the datasets given, and when: one row per deleted row."""

    datasets: tuple
    name: str = "deletions"
    title: str = "Deletions"
    description: str = (
        "One row per row deleted from another dataset: the dataset, the id it had and when "
        "it was deleted, oldest first. ?since= gives those deleted at or after a moment."
    )
    all_columns: tuple = field(init=False)

    def __post_init__(self):
        columns = (
            Column(
                "dataset",
                CODE,
                "The dataset the row was deleted from.",
                choices=tuple(dataset.name for dataset in self.datasets),
            ),
            Column("id", INTEGER, "The id the row had in that dataset."),
            Column("deleted_at", DATETIME, "When it was deleted, in UTC."),
        )
        object.__setattr__(self, "all_columns", columns)

    def rows(self, since=None):
        """(dataset, id, deleted_at) tuples in order of deletion, in one query."""
        branches = []
        for dataset in self.datasets:
            deleted = dataset.model.history.filter(history_type="-")
            if since is not None:
                deleted = deleted.filter(history_date__gte=since)
            branches.append(
                deleted.annotate(dataset=Value(dataset.name))
                .values_list("dataset", "id", "history_date")
                .order_by()
            )
        union = branches[0].union(*branches[1:], all=True)
        return union.order_by("history_date", "dataset", "id").iterator(chunk_size=CHUNK_SIZE)


DELETIONS = Deletions(tuple(DATASETS.values()))
