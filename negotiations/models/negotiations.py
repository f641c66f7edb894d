"""Negotiations, the roles actors play in them, and their rounds of talks."""

import datetime

from django.db import models, router
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest, NullIf

from ..fields import (
    ApproximateDate,
    ApproximateDateField,
    approximate_date_constraints,
    chronological,
)
from .actors import Actor, Person
from .base import CitedModel, page_address
from .packed import packed, preceding, unpacked

#: The dated records whose latest is a negotiation's last activity (``with_activity``).
ACTIVITY_KINDS = ("event", "step", "status_change", "proposal")


class NegotiationQuerySet(models.QuerySet):
    """Queries on negotiations."""

    def with_activity(self):
        """Each negotiation with ``event_count``, ``step_count`` (its agreements' steps) and
        its latest dated entry (an event, an agreement's step, a status change or a proposal
        presented): ``latest_<kind>`` with ``_precision`` and ``_earliest`` per kind, and
        ``last_activity`` the latest day of them; most recently active first.

        Subqueries per negotiation rather than aggregates over every row: each latest date
        is read backwards from its (negotiation, date) index.
        """
        from . import Event, Milestone, Proposal, StatusChange

        kinds = {
            "event": Event.objects.filter(negotiation=OuterRef("pk")),
            "step": Milestone.objects.filter(proposal__negotiation=OuterRef("pk")),
            "status_change": StatusChange.objects.filter(proposal__negotiation=OuterRef("pk")),
            "proposal": Proposal.objects.filter(negotiation=OuterRef("pk"), date__isnull=False),
        }
        latest = {}
        for kind, rows in kinds.items():
            newest = rows.order_by(*chronological(newest_first=True))[:1]
            for part in ("", "_precision", "_earliest"):
                latest[f"latest_{kind}{part}"] = Subquery(newest.values(f"date{part}"))
        counted = {
            f"{kind}_count": Coalesce(
                Subquery(rows.order_by().values(path).annotate(n=Count("*")).values("n")),
                0,
            )
            for kind, rows, path in (
                ("event", kinds["event"], "negotiation"),
                ("step", kinds["step"], "proposal__negotiation"),
            )
        }
        # The first day of the calendar stands in for "none", which Greatest cannot compare.
        never = Value(datetime.date.min)
        last = Greatest(*(Coalesce(F(f"latest_{kind}"), never) for kind in kinds))
        return (
            self.annotate(**latest, **counted)
            .annotate(last_activity=NullIf(last, never))
            .order_by(F("last_activity").desc(nulls_last=True), "title")
        )

    def holding(self, *models):
        """Each negotiation with whether it holds any record of each of ``models`` (read by
        ``holds``): one EXISTS a kind, so that a page asks no more of a kind it has none of."""
        from . import NEGOTIATION_PATHS

        in_it = {model: {NEGOTIATION_PATHS[model]: OuterRef("pk")} for model in models}
        held = {_holds(model): Exists(model.objects.filter(**in_it[model])) for model in models}
        return self.annotate(**held)


def _holds(model):
    return f"holds_{model._meta.model_name}"


class Negotiation(CitedModel):
    """A set of talks between parties, followed over time, from a start to an end where the
    sources give them."""

    class Stage(models.TextChoices):
        EXPLORATORY = "exploratory", "exploratory contacts"
        ACTIVE = "active", "active talks"
        TECHNICAL = "technical", "technical talks on details"
        STALLED = "stalled", "stalled"
        AGREEMENT = "agreement", "agreement reached"
        IMPLEMENTATION = "implementation", "agreement being implemented"
        CONCLUDED = "concluded", "concluded"
        COLLAPSED = "collapsed", "collapsed"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.TextField(blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices)
    start = ApproximateDateField(
        "talks began",
        required=False,
        help_text="Only as a source gives it; empty when none does.",
    )
    end = ApproximateDateField(
        "talks ended",
        required=False,
        help_text="Concluded or collapsed, as a source gives it; empty while they go on.",
    )
    actors = models.ManyToManyField(Actor, through="Participation", related_name="negotiations")

    objects = NegotiationQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                # An end known only to its week or month is recorded by its first day, which
                # may come before a start within it.
                condition=Q(start__isnull=True)
                | Q(end__isnull=True)
                | ~Q(end_precision="day")
                | Q(end__gte=F("start")),
                name="negotiation_ends_after_it_begins",
                violation_error_message="Talks cannot end before they began.",
                violation_error_code="end",
            ),
            *approximate_date_constraints("start", "negotiation"),
            *approximate_date_constraints("end", "negotiation"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_address("negotiation-status", self.slug)

    def holds(self, model):
        """Whether the negotiation holds any record of ``model``: as ``holding()`` read it,
        else True (not known, so to be asked)."""
        return getattr(self, _holds(model), True)

    @property
    def approximate_last_activity(self):
        """The latest dated entry's date at its precision (``with_activity()`` reads them)."""
        dates = [
            ApproximateDate(
                getattr(self, f"latest_{kind}"),
                getattr(self, f"latest_{kind}_precision"),
                getattr(self, f"latest_{kind}_earliest"),
            )
            for kind in ACTIVITY_KINDS
            if getattr(self, f"latest_{kind}", None) is not None
        ]
        return max(dates, key=lambda date: (date.date, date.sort_key), default=None)


class Participation(CitedModel):
    """The role an actor plays in one negotiation (Qatar mediates here, a party elsewhere)."""

    class Role(models.TextChoices):
        PARTY = "party", "party"
        MEDIATOR = "mediator", "mediator"
        FACILITATOR = "facilitator", "facilitator"
        GUARANTOR = "guarantor", "guarantor"

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="participations"
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        ordering = ["negotiation", "role", "actor__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["negotiation", "actor", "role"],
                name="participation_unique_role",
                violation_error_message="This actor already has this role in this negotiation.",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["party", "mediator", "facilitator", "guarantor"]),
                name="participation_role_known",
            ),
        ]

    name_reads = ("actor", "negotiation")

    def __str__(self):
        return f"{self.actor} — {self.get_role_display()} in {self.negotiation}"

    @classmethod
    def packed_for_actor(cls):
        """The outer actor's roles with their negotiations' titles and slugs, packed into
        the actor's query (``models.packed``), each with its place in the model's order (by
        the negotiation's title, then role; two negotiations of one title by id)."""
        place = preceding(
            cls.objects.filter(actor=OuterRef(OuterRef("pk"))),
            ("negotiation__title", "role", "negotiation", "pk"),
        )
        return packed(
            cls.objects.filter(actor=OuterRef("pk")),
            "actor",
            place=place,
            negotiation_title=F("negotiation__title"),
            negotiation_slug=F("negotiation__slug"),
        )

    @classmethod
    def unpacked_for(cls, actor, text):
        """The roles ``packed_for_actor`` wrote, in the model's order, each with its
        negotiation read as far as a link to it needs (its other fields deferred)."""
        roles = unpacked(cls, text, actor=actor)
        database = router.db_for_read(Negotiation)
        for role in roles:
            role.negotiation = Negotiation.from_db(
                database,
                ["id", "title", "slug"],
                [role.negotiation_id, role.negotiation_title, role.negotiation_slug],
            )
        return roles


# --- Rounds of talks -----------------------------------------------------------------


class Round(CitedModel):
    """A round of talks: where, when, who attended for whom, and what it produced."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="rounds")
    title = models.CharField(max_length=200)
    venue = models.CharField(max_length=200, blank=True, help_text="Empty if not stated.")
    start = ApproximateDateField("started", required=False, help_text="Empty if not stated.")
    end = ApproximateDateField("ended", required=False)
    outcome = models.TextField(blank=True, help_text="What the round produced, per the sources.")

    class Meta:
        ordering = chronological("start")
        constraints = [
            models.CheckConstraint(
                # As for negotiations: an end known to its week or month only may be
                # recorded by a first day before the start.
                condition=Q(end__isnull=True)
                | Q(start__isnull=True)
                | ~Q(end_precision="day")
                | Q(end__gte=F("start")),
                name="round_ends_after_it_starts",
                violation_error_message="A round cannot end before it starts.",
                violation_error_code="end",
            ),
            *approximate_date_constraints("start", "round"),
            *approximate_date_constraints("end", "round"),
        ]

    def __str__(self):
        return self.title


class Attendance(CitedModel):
    """Who attended a round for whom, on a source; an unnamed delegation is described, not
    invented."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="attendances")
    actor = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="attendances", help_text="For whom."
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="attendances", null=True, blank=True
    )
    description = models.CharField(
        max_length=200, blank=True, help_text="As the source puts it, e.g. “Egyptian officials”."
    )

    class Meta:
        ordering = ["round", "actor__name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(description=""),
                name="attendance_names_someone",
                violation_error_message="Name the person or describe who attended.",
                violation_error_code="description",
            ),
        ]

    name_reads = ("person",)

    def __str__(self):
        # As the source describes them first ("Israel's spy chief").
        return self.description or str(self.person)
