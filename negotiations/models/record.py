"""The record of the talks: statements, events, positions, figures and risks."""

from dataclasses import dataclass

from django.db import connection, models
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Window,
)
from django.db.models.functions import Lower, RowNumber

from ..fields import (
    ApproximateDateField,
    ApproximateQuantityField,
    approximate_date_constraints,
    approximate_quantity_constraints,
    chronological,
)
from .actors import Actor, Person
from .base import CitedModel, DomainModel, page_address
from .negotiations import Negotiation, Participation, Round
from .packed import count_of, packed, preceding
from .proposals import Proposal
from .sources import citations_with_sources


class StatementQuerySet(models.QuerySet):
    """Queries on what was said."""

    def latest_said(self, negotiation, size=None):
        """What was said in the negotiation, newest first, each marked ``mediators_quote``
        when a mediator (or its office) is quoted; with ``size``, the newest ``size`` of
        those quotes and the newest ``size`` of the rest, in one query."""
        mediating = Participation.objects.filter(
            negotiation=negotiation, role=Participation.Role.MEDIATOR
        ).filter(Q(actor=OuterRef("on_behalf_of")) | Q(actor=OuterRef("on_behalf_of__part_of")))
        # Newest day first, what was said on one day in the order it was recorded.
        newest = [*chronological(newest_first=True)[:2], "pk"]
        said = self.filter(negotiation=negotiation).annotate(
            mediators_quote=Exists(mediating) & Q(is_direct_quote=True)
        )
        if size is not None:
            rank = Window(RowNumber(), partition_by=[F("mediators_quote")], order_by=newest)
            said = said.annotate(rank=rank).filter(rank__lte=size)
        return said.select_related(
            "speaker", "possibly_spoken_by", "on_behalf_of", "outlet"
        ).order_by(*newest)


class Statement(CitedModel):
    """Something said: by whom, for whom, when, where, in quotation or paraphrase."""

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="statements"
    )
    speaker = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="statements", null=True, blank=True
    )
    on_behalf_of = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements")
    speaker_description = models.CharField(
        max_length=200,
        blank=True,
        help_text="For an unnamed speaker, as the source says: “a Hamas official”.",
    )
    possibly_spoken_by = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="statements_possibly_made",
        null=True,
        blank=True,
        help_text="For an unnamed speaker: a person it may be, where the sources leave open "
        "whether it is. Shown as undecided, never as the speaker.",
    )
    date = ApproximateDateField()
    date_note = models.CharField(max_length=300, blank=True)
    outlet = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="statements_aired",
        null=True,
        blank=True,
        help_text="Where it was said, if through a media outlet (e.g. a TV station).",
    )
    text = models.TextField()
    is_direct_quote = models.BooleanField(
        default=False, help_text="Ticked: the text is quoted exactly. Unticked: a paraphrase."
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = chronological()
        # The latest statements of a negotiation (status page quotes, statement lists).
        indexes = [models.Index(fields=["negotiation", "date"], name="statement_negotiation_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(speaker__isnull=False) | ~Q(speaker_description=""),
                name="statement_has_a_speaker",
                violation_error_message="Name the speaker or describe them as the source does.",
                violation_error_code="speaker_description",
            ),
            models.CheckConstraint(
                condition=Q(possibly_spoken_by__isnull=True) | Q(speaker__isnull=True),
                name="statement_possible_speaker_only_when_unnamed",
                violation_error_code="possibly_spoken_by",
                violation_error_message="A named speaker leaves nothing open: clear “possibly "
                "spoken by”.",
            ),
            *approximate_date_constraints("date", "statement"),
        ]

    name_reads = ("speaker", "possibly_spoken_by")

    def __str__(self):
        # Its first words too: one person often says several things on one day, and a
        # picker must tell them apart.
        words = self.text if len(self.text) <= 60 else self.text[:59].rstrip() + "…"
        return f"{self.speaker_label}, {self.approximate_date}: “{words}”"

    @property
    def is_the_sides_own(self):
        """Whether the side it is for said it itself ("Qatar" for Qatar): pages name it once,
        never "Qatar, for Qatar"."""
        return (
            self.speaker_id is None
            and self.possibly_spoken_by_id is None
            and self.speaker_description.strip().casefold() == self.on_behalf_of.name.casefold()
        )

    @property
    def speaker_label(self):
        """Who spoke, as precisely as the source allows."""
        if self.speaker:
            return str(self.speaker)
        if self.possibly_spoken_by_id is not None:
            return (
                f"{self.speaker_description} (the sources do not say whether this is "
                f"{self.possibly_spoken_by})"
            )
        return self.speaker_description


class EventQuerySet(models.QuerySet):
    """Queries the event pages share."""

    def for_timeline(self, negotiation=None):
        """Events in date order with all a timeline entry shows, its people packed, but its
        citations and actors (a page's come in one query each: ``attach_to``, ``acting_in``)."""
        events = self
        if negotiation is not None:
            events = events.filter(negotiation=negotiation)
        people = Person.objects.filter(events=OuterRef("pk"))
        # In the people's order: by name and title, as the database sorts them.
        place = preceding(
            Person.objects.filter(events=OuterRef(OuterRef("pk"))), ("name", "title", "pk")
        )
        return (
            events.select_related("negotiation", "proposal", "round", "statement")
            .annotate(packed_people=packed(people, "events", place=place))
            .order_by(*chronological())
        )

    def with_count_up_to(self, limit):
        """Each event with ``match_count``, what ``count_up_to(limit)`` says of these events,
        counted in their query."""
        matches = self.order_by().values("pk")[: limit + 1]
        return self.annotate(match_count=count_of(Event.objects.filter(pk__in=matches)))

    def with_participant(self, actor):
        """Events an actor took part in, each once (a subquery, not a join)."""
        taking_part = Event.participants.through.objects.filter(event=OuterRef("pk"), actor=actor)
        return self.filter(Exists(taking_part))

    def latest_with_participant(self, actor, limit, negotiation_ids=()):
        """The latest ``limit`` events an actor took part in, newest first; with
        ``negotiation_ids``, only those in these negotiations.

        Each negotiation is read from its newest event back (index on negotiation, date, id)
        and stops at ``limit`` matches: a party or mediator takes part in many of its talks'
        events, so few rows are read. Walking all events by date instead reads every later
        event of other talks first (45,000 rows for a party of one large negotiation).
        """
        taking_part = self.with_participant(actor)
        negotiation_ids = sorted(set(negotiation_ids))
        if not negotiation_ids:
            return taking_part.recent(limit)
        if (
            len(negotiation_ids) == 1
            or not connection.features.supports_slicing_ordering_in_compound
        ):
            return taking_part.filter(negotiation_id__in=negotiation_ids).recent(limit)
        first, *others = (
            taking_part.filter(negotiation_id=pk).recent(limit) for pk in negotiation_ids
        )
        return first.union(*others, all=True).order_by(*chronological(newest_first=True))[:limit]

    def keyset_page(self, *, after=None, before=None, size=50):
        """One page in date order (``chronological``) after or before a cursor, a (day, rank,
        id) position, without OFFSET.

        Returns the events, the position of the entry just older than them (None when there
        is none: this is the first page) and whether newer entries exist beyond them.
        """
        if before is not None:
            rows = list(
                self.filter(_before(before)).order_by(*chronological(newest_first=True))[: size + 1]
            )
            older = event_position(rows[size]) if len(rows) > size else None
            return rows[:size][::-1], older, True
        events = self if after is None else self.filter(_after(after))
        rows = list(events.order_by(*chronological())[: size + 1])
        return rows[:size], after, len(rows) > size

    def count_up_to(self, limit):
        """How many events match, counting no further than ``limit`` + 1, so that the cost
        stays flat however many match: a result above ``limit`` means "more than limit"."""
        return self.order_by()[: limit + 1].count()

    def recent(self, limit):
        """The latest events, newest first."""
        return self.order_by(*chronological(newest_first=True))[:limit]


def event_position(event):
    """Where an event stands in date order: its (day, rank, id)."""
    return event.date_order_day, event.date_order_rank, event.pk


# The plain day bound repeats what the full condition implies, so that the index scan starts
# at the cursor instead of reading every earlier entry.
def _after(position):
    day, rank, pk = position
    return Q(date_order_day__gte=day) & (
        Q(date_order_day__gt=day)
        | Q(date_order_day=day, date_order_rank__gt=rank)
        | Q(date_order_day=day, date_order_rank=rank, pk__gt=pk)
    )


def _before(position):
    day, rank, pk = position
    return Q(date_order_day__lte=day) & (
        Q(date_order_day__lt=day)
        | Q(date_order_day=day, date_order_rank__lt=rank)
        | Q(date_order_day=day, date_order_rank=rank, pk__lt=pk)
    )


class Event(CitedModel):
    """Something that happened: a meeting, a visit, a statement, a proposal, a development."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "meeting"
        VISIT = "visit", "visit"
        STATEMENT = "statement", "statement"
        PROPOSAL_PRESENTED = "proposal_presented", "proposal presented"
        RESPONSE = "response", "response"
        MILITARY = "military", "military development"
        HUMANITARIAN = "humanitarian", "humanitarian development"
        TRUCE_START = "truce_start", "truce start"
        TRUCE_END = "truce_end", "truce end"
        TRUCE = "truce", "truce"
        CONTEXT = "context", "context"

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300, help_text="What happened, in one line.")
    summary = models.TextField(blank=True)
    date = ApproximateDateField()
    date_note = models.CharField(
        max_length=300, blank=True, help_text="How the date was resolved, or what is uncertain."
    )
    place = models.CharField(max_length=200, blank=True)
    participants = models.ManyToManyField(Actor, related_name="events", blank=True)
    people = models.ManyToManyField(Person, related_name="events", blank=True)
    round = models.ForeignKey(
        Round, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    proposal = models.ForeignKey(
        Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    statement = models.ForeignKey(
        Statement, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )

    # Who took part is part of what was recorded on a day (``as_recorded``).
    _history_m2m_fields = ["participants", "people"]

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        indexes = [
            models.Index(
                fields=["negotiation", "date_order_day", "date_order_rank", "id"],
                name="event_negotiation_order",
            ),
            models.Index(fields=["kind", "date"]),
            models.Index(fields=["date_order_day", "date_order_rank", "id"], name="event_in_order"),
            # The timeline filtered by kind within one negotiation, in (date, id) order.
            models.Index(
                fields=["negotiation", "kind", "date_order_day", "date_order_rank", "id"],
                name="event_negotiation_kind_order",
            ),
        ]
        constraints = approximate_date_constraints("date", "event")

    name_reads = ("negotiation",)

    def __str__(self):
        return f"{self.approximate_date}: {self.title}"

    @property
    def anchor(self):
        """The id of this event's entry on a timeline page."""
        return f"event-{self.pk}"

    #: What its entry on a timeline page is (an agreement step's is "step").
    timeline_kind = "event"

    def get_absolute_url(self):
        """Its entry on its negotiation's timeline, among the events of its day."""
        day = self.date.isoformat()
        timeline = page_address(
            "timeline", self.negotiation.slug, {"date_from": day, "date_to": day}
        )
        return f"{timeline}#{self.anchor}"

    # In the feeds (``negotiations.feeds``): its title, where it shows, its negotiation and
    # its words.
    def feed_title(self):
        return f"{self.approximate_date}: {self.title}"

    def feed_address(self):
        return self.get_absolute_url()

    def feed_negotiation(self):
        return self.negotiation

    def feed_summary(self):
        return self.summary or ""


class PositionQuerySet(models.QuerySet):
    """Queries on stances."""

    def for_page(self):
        return self.select_related("actor", "negotiation", "issue").prefetch_related(
            citations_with_sources()
        )

    def latest_per_actor_and_issue(self, size):
        """Each actor's ``size`` latest stances on each issue (an undated stance counts as
        earliest), each with ``stance_count``: how many stances the actor has on it in all."""
        pair = [F("negotiation"), F("actor"), F("issue")]
        newest_first = chronological(newest_first=True)
        return (
            self.alias(recency=Window(RowNumber(), partition_by=pair, order_by=newest_first))
            .annotate(stance_count=Window(Count("pk"), partition_by=pair))
            .filter(recency__lte=size)
        )

    def current(self):
        """Each actor's latest stance on each issue (an undated stance counts as earliest)."""
        same = Position.objects.filter(
            negotiation=OuterRef("negotiation"), actor=OuterRef("actor"), issue=OuterRef("issue")
        )
        later = same.filter(
            Q(date__gt=OuterRef("date")) | Q(date=OuterRef("date"), pk__gt=OuterRef("pk"))
        )
        after_undated = same.filter(Q(date__isnull=False) | Q(pk__gt=OuterRef("pk")))
        return self.exclude(Exists(later)).exclude(Q(date__isnull=True) & Exists(after_undated))


class IssueTopic(models.TextChoices):
    """A shared vocabulary of what issues are about, the same in every negotiation."""

    WITHDRAWAL = "withdrawal", "withdrawal of forces"
    CEASEFIRE_LENGTH = "ceasefire_length", "length of the ceasefire"
    END_OF_WAR = "end_of_war", "permanent end of hostilities"
    EXCHANGE_RATIO = "exchange_ratio", "exchange ratio"
    RELEASES = "releases", "release of hostages, prisoners or detainees"
    MILITARY_OPERATION = "military_operation", "a military operation"
    HUMANITARIAN_AID = "humanitarian_aid", "humanitarian aid and access"
    RETURN_OF_DISPLACED = "return_of_displaced", "return of displaced people"
    SECURITY = "security", "security arrangements and monitoring"
    TERRITORY = "territory", "territory and borders"
    GOVERNANCE = "governance", "governance and political settlement"
    RECONSTRUCTION = "reconstruction", "reconstruction and services"
    GUARANTEES = "guarantees", "guarantees"
    OTHER = "other", "other"


class Issue(DomainModel):
    """A question the parties of one negotiation hold positions on, in that negotiation's own
    words ("military operation in Rafah"), coded with a topic shared by every negotiation."""

    Topic = IssueTopic

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="issues")
    name = models.CharField(
        max_length=200,
        help_text="In this negotiation's words, e.g. “Israeli withdrawal from Gaza”.",
    )
    slug = models.SlugField(
        max_length=60, help_text="Its address in filters and downloads: ?issue=withdrawal."
    )
    topic = models.CharField(
        max_length=20,
        choices=Topic.choices,
        help_text="The shared topic it is a case of, to compare negotiations.",
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["negotiation", Lower("name"), "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["negotiation", "slug"],
                name="issue_slug_unique_in_negotiation",
                violation_error_message="This negotiation already has an issue at this address.",
            ),
            models.CheckConstraint(
                condition=Q(topic__in=IssueTopic.values),
                name="issue_topic_known",
                violation_error_message="Unknown topic.",
                violation_error_code="topic",
            ),
        ]

    def __str__(self):
        return self.name


class Position(CitedModel):
    """An actor's stance on one issue as of a date; a change of stance is a new position."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="positions")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="positions")
    issue = models.ForeignKey(
        Issue,
        # Not while positions are on it, but with them when their negotiation goes.
        on_delete=models.RESTRICT,
        related_name="positions",
        help_text="One of this negotiation's issues (add one on the negotiation's page).",
    )
    stance = models.CharField(max_length=200, help_text="The stance in a few words.")
    detail = models.TextField(blank=True)
    date = ApproximateDateField("as of", required=False)
    date_note = models.CharField(
        max_length=300, blank=True, help_text="E.g. “before 18 Mar 2024” when only that is known."
    )

    objects = PositionQuerySet.as_manager()

    class Meta:
        ordering = [
            Lower("issue__name"),
            "issue",
            "actor__name",
            F("date_order_day").asc(nulls_first=True),
            "date_order_rank",
            "pk",
        ]
        # Each actor's latest stance on each issue (PositionQuerySet.current).
        indexes = [
            models.Index(
                fields=["negotiation", "actor", "issue", "date"], name="position_latest_stance"
            )
        ]
        constraints = approximate_date_constraints("date", "position")

    name_reads = ("actor", "issue")

    def __str__(self):
        return f"{self.actor} on {self.issue}: {self.stance}"

    def domain_errors(self):
        if self.issue_id and self.negotiation_id:
            issue = Issue.objects.filter(pk=self.issue_id).values("negotiation_id").first()
            if issue and issue["negotiation_id"] != self.negotiation_id:
                return {"issue": "Choose an issue of this position's negotiation."}
        return {}


class FigureQuerySet(models.QuerySet):
    """Queries on key figures."""

    def as_tree(self, limit=None):
        """The newest top-level figures (``limit`` of them, or all), each with ``parts``: its
        breakdown to any depth; in one query. See :class:`FigureTree`."""
        figures = list(self.select_related("attributed_to"))
        by_pk = {figure.pk: figure for figure in figures}
        for figure in figures:
            figure.parts = []
        roots = []
        for figure in figures:
            parent = by_pk.get(figure.part_of_id)
            (parent.parts if parent else roots).append(figure)
        roots.sort(
            key=lambda figure: (
                -figure.date_order_day.toordinal(),
                -figure.date_order_rank,
                figure.pk,
            )
        )
        top_level_count = len(roots)
        roots = roots[:limit]
        shown, pending = [], list(roots)
        while pending:
            figure = pending.pop()
            shown.append(figure)
            pending.extend(figure.parts)
        return FigureTree(roots, shown, top_level_count)


@dataclass
class FigureTree:
    """The figures a page shows: ``roots`` with their ``parts``, every figure of the tree in
    ``shown`` (to load their citations), and how many top-level figures there are in all."""

    roots: list
    shown: list
    top_level_count: int


class Figure(CitedModel):
    """A key number: what it counts, who says so, as of when; breakdowns are figures within it."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="figures")
    counts = models.CharField(max_length=300, help_text="What the number counts.")
    value = ApproximateQuantityField("value")
    attributed_to = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="figures", null=True, blank=True
    )
    attribution = models.CharField(
        max_length=300, blank=True, help_text="Who says so, in the source's words."
    )
    date = ApproximateDateField("as of")
    part_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="breakdown",
        help_text="The larger figure this one breaks down.",
    )
    note = models.CharField(max_length=300, blank=True)

    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["part_of_id", "pk"]
        # The latest figures of a negotiation.
        indexes = [models.Index(fields=["negotiation", "date"], name="figure_negotiation_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(part_of__isnull=True) | ~Q(part_of=F("pk")),
                name="figure_not_part_of_itself",
                violation_error_message="A figure cannot break itself down.",
                violation_error_code="part_of",
            ),
            *approximate_quantity_constraints("value", "figure", verbose_name="value"),
            *approximate_date_constraints("date", "figure"),
        ]

    def __str__(self):
        return f"{self.value} {self.counts}"

    def domain_errors(self):
        # The constraint names the record's own id, which a form leaves out of validation.
        if self.pk and self.part_of_id == self.pk:
            return {"part_of": "A figure cannot break itself down."}
        return {}


class Risk(CitedModel):
    """A danger to the talks that a source names, and who names it."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="risks")
    description = models.TextField()
    named_by = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="risks_named", null=True, blank=True
    )
    date = ApproximateDateField("named on")

    class Meta:
        ordering = [*chronological(newest_first=True)[:2], "pk"]
        indexes = [models.Index(fields=["negotiation", "date"], name="risk_negotiation_date")]
        constraints = approximate_date_constraints("date", "risk")

    def __str__(self):
        return self.description[:80]
