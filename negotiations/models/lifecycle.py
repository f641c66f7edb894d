"""What happens to a proposal or agreement once made: its dated milestones and its links
to other proposals (implements, extends, mirrors, supersedes)."""

from django.db import models
from django.db.models import Case, F, Q, Value, When

from ..fields import (
    ApproximateDateField,
    ApproximateQuantityField,
    approximate_date_constraints,
    approximate_quantity_constraints,
    chronological,
)
from .actors import Actor
from .base import CitedModel, DomainModel
from .proposals import DurationUnit, Proposal, ShownOnItsProposal


class MilestoneQuerySet(models.QuerySet):
    """Queries on agreements' steps."""

    def for_timeline(self, negotiation=None):
        """Steps in date order with all a timeline entry shows but its citations and who
        acted (as events: ``Actor.objects.acting_in``)."""
        steps = self if negotiation is None else self.filter(proposal__negotiation=negotiation)
        return steps.select_related("proposal__negotiation").in_order()

    def in_order(self):
        """Steps in the order they happened, as ``Milestone.in_order`` sorts them."""
        return self.order_by(*chronological()[:2], Milestone.kind_order(), "pk")


class Milestone(ShownOnItsProposal, CitedModel):
    """A dated step in an agreement's life: announced, signed, in force, extended, ended."""

    class Kind(models.TextChoices):
        ANNOUNCED = "announced", "announced"
        AGREED = "agreed", "agreed"
        SIGNED = "signed", "signed"
        IN_FORCE = "in_force", "entered into force"
        EXTENDED = "extended", "extended or renewed"
        SUSPENDED = "suspended", "suspended"
        RESUMED = "resumed", "resumed"
        COMPLETED = "completed", "completed (carried out)"
        EXPIRED = "expired", "expired"
        TERMINATED = "terminated", "terminated"
        COLLAPSED = "collapsed", "collapsed"

    #: Steps after which the agreement is no longer in force.
    ENDINGS = frozenset({Kind.COMPLETED, Kind.EXPIRED, Kind.TERMINATED, Kind.COLLAPSED})
    #: Steps that only an agreement in force can take.
    NEEDS_FORCE = frozenset({Kind.EXTENDED, Kind.SUSPENDED})
    #: The agreement's standing after each kind of step (the code pages, exports and the
    #: API give: ``negotiations.standing``, ``ProposalQuerySet.with_standing``).
    STANDING_AFTER = {
        Kind.ANNOUNCED: "announced",
        Kind.AGREED: "agreed",
        Kind.SIGNED: "signed",
        Kind.IN_FORCE: "in_force",
        Kind.EXTENDED: "in_force",
        Kind.RESUMED: "in_force",
        Kind.SUSPENDED: "suspended",
        Kind.COMPLETED: "completed",
        Kind.EXPIRED: "expired",
        Kind.TERMINATED: "terminated",
        Kind.COLLAPSED: "collapsed",
    }

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    date = ApproximateDateField("on")
    scheduled_end = ApproximateDateField(
        "scheduled to end",
        required=False,
        help_text="The end it was then due to have, if the sources give it "
        "(at signature, entry into force or extension).",
    )
    length = ApproximateQuantityField(
        "extended by",
        required=False,
        help_text="An extension's length, if the sources give it: the new scheduled end is "
        "computed from it where the previous end is known to the day.",
    )
    length_unit = models.CharField(
        "unit of the length", max_length=6, choices=DurationUnit.choices, blank=True
    )
    place = models.CharField(max_length=200, blank=True)
    actors = models.ManyToManyField(
        Actor,
        related_name="milestones",
        blank=True,
        help_text="Who acted: signed, announced, suspended, ended it.",
    )
    note = models.CharField(max_length=300, blank=True)

    # Who acted is part of what was recorded on a day (``as_recorded``).
    _history_m2m_fields = ["actors"]

    objects = MilestoneQuerySet.as_manager()

    class Meta:
        ordering = chronological()
        indexes = [models.Index(fields=["proposal", "date"], name="milestone_proposal_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(scheduled_end__isnull=True)
                | Q(kind__in=["signed", "in_force", "extended", "resumed"]),
                name="milestone_end_only_when_set",
                violation_error_code="scheduled_end",
                violation_error_message="Only a signature, entry into force, extension or "
                "resumption sets a scheduled end.",
            ),
            models.CheckConstraint(
                condition=(Q(length_min__isnull=True) & Q(length_max__isnull=True))
                | Q(kind="extended", length_unit__in=DurationUnit.values),
                name="milestone_length_of_an_extension",
                violation_error_code="length_unit",
                violation_error_message="Only an extension has a length, and a length needs "
                "its unit.",
            ),
            models.CheckConstraint(
                condition=Q(scheduled_end__isnull=True) | Q(scheduled_end__gte=F("date")),
                name="milestone_ends_after_it_happens",
                violation_error_code="scheduled_end",
                violation_error_message="The scheduled end cannot come before the step itself.",
            ),
            *approximate_date_constraints("date", "milestone"),
            *approximate_date_constraints("scheduled_end", "milestone"),
            *approximate_quantity_constraints(
                "length", "milestone", verbose_name="extended by", required=False
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.approximate_date})"

    @property
    def anchor(self):
        """The id of this step's entry on a timeline page and on its proposal's page."""
        return f"step-{self.pk}"

    #: What its entry on a timeline page is (an event's is "event").
    timeline_kind = "step"

    def feed_title(self):
        return f"{self.proposal.title}: {self.get_kind_display()} {self.approximate_date.on}"

    @classmethod
    def kind_order(cls):
        """Steps of one day in the order their kinds are listed (signed before in force), as
        an expression to order by."""
        return Case(*(When(kind=kind, then=Value(n)) for n, kind in enumerate(cls.Kind.values)))

    @classmethod
    def latest_first(cls, steps):
        """``steps`` (a queryset) latest first, in the reverse of ``in_order``'s order."""
        newest = chronological(newest_first=True)
        return steps.order_by(*newest[:2], Milestone.kind_order().desc(), *newest[2:])

    @classmethod
    def in_order(cls, milestones):
        """Steps in the order they happened: by the earliest day each may be (its precision
        on a tie), then steps of one day in the order the kinds are listed."""
        kinds = list(cls.Kind.values)
        return sorted(
            milestones,
            key=lambda step: (
                *step.approximate_date.sort_key,
                kinds.index(step.kind),
                step.pk or 0,
            ),
        )

    @classmethod
    def order_problem(cls, milestones):
        """Why one agreement's milestones contradict each other (a step only an agreement in
        force takes, after it ended), or None when they do not."""
        ended = None
        for step in cls.in_order(milestones):
            when = f"{step.get_kind_display()} {step.approximate_date.on}"
            if ended is not None and step.kind in cls.NEEDS_FORCE | {cls.Kind.RESUMED}:
                return (
                    f"“{when}” comes after the agreement {ended}; an ended agreement is not "
                    "extended, suspended or resumed."
                )
            if step.kind in (cls.Kind.IN_FORCE, cls.Kind.RESUMED):
                ended = None
            elif step.kind in cls.ENDINGS:
                ended = f"{step.get_kind_display()} {step.approximate_date.on}"
        return None

    @classmethod
    def order_gaps(cls, milestones):
        """Steps whose earlier step the record lacks (a suspension with no entry into force
        recorded): saved, since sources leave such gaps, with these warnings."""
        gaps = []
        in_force, suspended = False, False
        for step in cls.in_order(milestones):
            when = f"“{step.get_kind_display()} {step.approximate_date.on}”"
            if step.kind in cls.NEEDS_FORCE | cls.ENDINGS and not (in_force or suspended):
                gaps.append(f"{when} is recorded with no entry into force before it.")
            if step.kind == cls.Kind.RESUMED and not suspended:
                gaps.append(f"{when} is recorded with no suspension before it.")
            if step.kind in (cls.Kind.IN_FORCE, cls.Kind.RESUMED, cls.Kind.EXTENDED):
                in_force, suspended = True, False
            elif step.kind == cls.Kind.SUSPENDED:
                in_force, suspended = False, True
            elif step.kind in cls.ENDINGS:
                in_force, suspended = False, False
        return gaps


class ProposalLink(DomainModel):
    """How one proposal stands to another beyond answering it."""

    class Kind(models.TextChoices):
        IMPLEMENTS = "implements", "implements"
        EXTENDS = "extends", "extends"
        MIRRORS = "mirrors", "mirrors (signed separately, in parallel)"
        SUPERSEDES = "supersedes", "supersedes"

    #: How the link reads from the other proposal's page.
    INVERSE = {
        Kind.IMPLEMENTS: "implemented by",
        Kind.EXTENDS: "extended by",
        Kind.MIRRORS: "mirrored by",
        Kind.SUPERSEDES: "superseded by",
    }

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    other = models.ForeignKey(
        Proposal,
        on_delete=models.PROTECT,
        related_name="linked_from",
        verbose_name="other proposal",
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["proposal", "kind", "other"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "kind", "other"],
                name="proposallink_unique",
                violation_error_message="This link is already recorded.",
            ),
            models.CheckConstraint(
                condition=~Q(other=F("proposal")),
                name="proposallink_not_to_itself",
                violation_error_code="other",
                violation_error_message="A proposal cannot be linked to itself.",
            ),
        ]

    def __str__(self):
        return f"{self.proposal} {self.get_kind_display()} {self.other}"

    @property
    def inverse_display(self):
        return self.INVERSE[self.kind]
