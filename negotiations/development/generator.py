"""Synthetic negotiations at scale, for measuring pages and exports against realistic volumes.

Records go through the real models with ``bulk_create`` in batches, so every column default
and database constraint applies; plain link rows and citations, whose keys nothing needs
back, go through PostgreSQL's COPY (constraints and triggers still run).

The data is internally consistent: a counter-proposal answers a proposal of its own
negotiation and comes after it, a statement's speaker belongs to the actor it speaks for,
a source is published on or after what it reports, and approximate dates sit on the day
their precision demands (a Monday, the 1st, 1 January).

Synthetic rows are recognisable: negotiations and actors have slugs starting with
``synthetic-``, people belong to synthetic actors, and sources keep their copy under
``synthetic/``. The same seed and sizes always give the same content.

Bulk inserts bypass ``save()``, so no edit history is written for synthetic rows.
"""

import bisect
import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

from negotiations.fields import ApproximateDate, Qualifier
from negotiations.models import Citation
from tracker.page_store.invalidation import everything_changed

from .cast import CastBuilder
from .implementation import ImplementationBuilder
from .proposals import ProposalBuilder
from .records import RecordBuilder
from .vocabulary import (
    BATCH_SIZE,
    PRECISIONS,
)


class SyntheticTracker(CastBuilder, ProposalBuilder, RecordBuilder, ImplementationBuilder):
    """Builds a deterministic synthetic data set; ``generate()`` writes it and returns counts."""

    def __init__(
        self, *, negotiations, events, exchange_terms=None, seed=1, batch_size=BATCH_SIZE, log=None
    ):
        self.negotiation_count = max(1, negotiations)
        self.event_count = max(0, events)
        self.exchange_term_count = exchange_terms
        self.random = random.Random(seed)
        # Phases, milestones and links draw from their own stream, so that adding them left
        # the rest of the data of each seed as it was.
        self.lifecycle = random.Random(f"lifecycle-{seed}")
        # And what became of the agreements (handovers, violations…) from a third one.
        self.aftermath = random.Random(f"implementation-{seed}")
        self.seed = seed
        self.batch_size = batch_size
        self.log = log or (lambda message: None)
        self.counts = {}
        self.content_types = {}
        self.citations = []
        self.milestones = []
        self.attendances = []

    # --- small helpers ------------------------------------------------------------

    def insert(self, objects):
        """Bulk insert in batches and count; returns the objects with their primary keys."""
        if not objects:
            return objects
        model = type(objects[0])
        model.objects.bulk_create(objects, batch_size=self.batch_size)
        self.count(model, len(objects))
        return objects

    def insert_rows(self, model, columns, rows):
        """Insert rows of plain values whose keys are not needed back (links, citations).

        On PostgreSQL through COPY, which skips building a model instance and an INSERT
        statement per row (most of the generator's time); constraints and triggers still run.
        """
        if not rows:
            return
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            table = quote(model._meta.db_table)
            names = ", ".join(quote(model._meta.get_field(name).column) for name in columns)
            with (
                connection.cursor() as cursor,
                cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            instances = [model(**dict(zip(columns, row, strict=True))) for row in rows]
            model.objects.bulk_create(instances, batch_size=self.batch_size)
        self.count(model, len(rows))

    def count(self, model, rows):
        label = model._meta.verbose_name_plural
        self.counts[label] = self.counts.get(label, 0) + rows

    def day_between(self, start, end):
        return start + datetime.timedelta(days=self.random.randint(0, max(0, (end - start).days)))

    def approximate(self, day, precision=None):
        """``day`` moved to where its precision records it, with the precision."""
        precision = precision or self.random.choice(PRECISIONS)
        return ApproximateDate.containing(day, precision).date, precision

    def quantity(self, low, high):
        """(minimum, maximum, qualifier) in every form a source gives a number."""
        value = self.random.randint(low, high)
        qualifier = self.random.choice(
            [Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.UP_TO]
        )
        if qualifier == Qualifier.AT_LEAST:
            return value, None, qualifier
        if qualifier == Qualifier.UP_TO:
            return None, value, qualifier
        if self.random.random() < 0.3:
            return value, value + self.random.randint(1, max(1, value // 2)), qualifier
        return value, value, qualifier

    def cite(self, talks, record, day, *, stream=None):
        """Cite one to two sources published on or after ``day`` (up to a fortnight later),
        drawn from ``stream`` (the main random stream unless given)."""
        stream = stream or self.random
        model = type(record)
        if model not in self.content_types:
            self.content_types[model] = ContentType.objects.get_for_model(model).pk
        first = bisect.bisect_left(talks.source_days, day or talks.start)
        last = bisect.bisect_right(
            talks.source_days, (day or talks.start) + datetime.timedelta(days=14)
        )
        first = min(first, len(talks.sources) - 1)
        candidates = talks.sources[first : max(last, first + 1)]
        for source in stream.sample(candidates, min(len(candidates), stream.choice([1, 1, 1, 2]))):
            passage = "" if stream.random() < 0.5 else f"{record} — as {source.title} reports."
            self.citations.append((source.pk, self.content_types[model], record.pk, passage[:500]))
        if len(self.citations) >= self.batch_size * 5:
            self.flush_citations()

    def flush_citations(self):
        self.insert_rows(
            Citation, ["source_id", "content_type_id", "object_id", "passage"], self.citations
        )
        self.citations = []

    # --- all together ---------------------------------------------------------------

    def generate(self):
        """Write the whole data set in one transaction; returns {plural name: rows}."""
        started = time.monotonic()
        with transaction.atomic():
            everything_changed()  # bulk writes (bulk_create, COPY) send no signals
            steps = [
                self.build_actors,
                self.build_negotiations,
                self.build_sources,
                self.build_rounds,
                self.build_proposals,
                self.build_implementation,
                self.build_statements,
                self.build_events,
                self.build_positions_figures_risks,
                self.build_corrections,
                self.cite_milestones_negotiations_and_attendances,
                self.build_memberships,
                self.build_identifiers,
                self.flush_citations,
            ]
            for step in steps:
                step()
                self.log(f"{step.__name__}: {time.monotonic() - started:.1f} s")
        if connection.vendor == "postgresql":
            # Fresh statistics, so the planner sees the new volumes at once.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return self.counts
