"""Violations as one side alleges them: who accuses whom of what, when and where, the
agreement or term breached, the toll, and whether anyone confirmed or denied it."""

from django.db import models
from django.db.models import Q

from ..fields import (
    ApproximateDateField,
    ApproximateQuantityField,
    approximate_date_constraints,
    approximate_quantity_constraints,
    chronological,
)
from .actors import Actor
from .base import CitedModel, page_address
from .implementation import TermReference, at_most_one_term
from .negotiations import Negotiation
from .proposals import Proposal
from .terms import ExchangeTerm, OtherTerm, one_of_its_proposal


class ViolationQuerySet(models.QuerySet):
    def for_timeline(self, negotiation=None):
        """In date order (the model's) with what a timeline entry shows but its citations."""
        violations = self if negotiation is None else self.filter(negotiation=negotiation)
        return violations.select_related(
            "negotiation", "proposal", "accused_by", "accused", "verified_by"
        )

    def involving(self, actor):
        """Those ``actor`` alleged, was accused of, or confirmed or denied."""
        return self.filter(Q(accused_by=actor) | Q(accused=actor) | Q(verified_by=actor))


class Violation(TermReference, CitedModel):
    """A violation one side alleges: who accuses whom of what, when and where it happened,
    the agreement or term it breaches, its toll, and whether anyone verified it."""

    class Kind(models.TextChoices):
        FIRE = "fire", "gunfire or shelling"
        AIR_STRIKE = "air_strike", "air or drone strike"
        INCURSION = "incursion", "incursion or advance"
        ATTACK = "attack", "attack on people"
        DETENTION = "detention", "arrest or detention"
        AID_OBSTRUCTED = "aid_obstructed", "aid obstructed"
        RELEASE_WITHHELD = "release_withheld", "release withheld"
        OTHER = "other", "other"

    class Verification(models.TextChoices):
        UNVERIFIED = "unverified", "unverified"
        CONFIRMED = "confirmed", "confirmed"
        DENIED = "denied", "denied"

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="violations"
    )
    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="violations",
        null=True,
        blank=True,
        verbose_name="agreement breached",
    )
    exchange_term = models.ForeignKey(
        ExchangeTerm,
        on_delete=models.PROTECT,
        related_name="violations",
        null=True,
        blank=True,
        verbose_name="exchange term breached",
    )
    other_term = models.ForeignKey(
        OtherTerm,
        on_delete=models.PROTECT,
        related_name="violations",
        null=True,
        blank=True,
        verbose_name="other term breached",
        help_text="At most one term; choose the agreement too.",
    )
    accused_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="violations_alleged",
        verbose_name="alleged by",
    )
    accuser_description = models.CharField(
        "accuser in the source's words",
        max_length=200,
        blank=True,
        help_text="“the Israeli military”, “Hamas's armed wing”.",
    )
    accused = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="violations_alleged_against",
        null=True,
        blank=True,
        help_text="Leave empty where the accusation names no one.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    date = ApproximateDateField("happened")
    place = models.CharField(max_length=200, blank=True)
    description = models.TextField(help_text="What is alleged, in short.")
    killed = ApproximateQuantityField(required=False)
    wounded = ApproximateQuantityField(required=False)
    verification = models.CharField(
        max_length=10, choices=Verification.choices, default=Verification.UNVERIFIED
    )
    verified_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="violations_verified",
        null=True,
        blank=True,
        verbose_name="confirmed or denied by",
        help_text="A monitoring mechanism, a UN body, the accused party…",
    )
    verified_on = ApproximateDateField("confirmed or denied on", required=False)

    objects = ViolationQuerySet.as_manager()

    class Meta:
        ordering = chronological()
        indexes = [models.Index(fields=["negotiation", "date"], name="violation_date")]
        constraints = [
            at_most_one_term("violation"),
            models.CheckConstraint(
                condition=Q(proposal__isnull=False)
                | Q(exchange_term__isnull=True, other_term__isnull=True),
                name="violation_term_with_its_agreement",
                violation_error_code="proposal",
                violation_error_message="Choose the agreement whose term is breached.",
            ),
            models.CheckConstraint(
                condition=Q(verification="unverified", verified_by__isnull=True)
                | (~Q(verification="unverified") & Q(verified_by__isnull=False)),
                name="violation_verified_by_someone",
                violation_error_code="verified_by",
                violation_error_message="Say who confirmed or denied it; an unverified "
                "allegation names no one.",
            ),
            models.CheckConstraint(
                condition=Q(verified_on__isnull=True) | ~Q(verification="unverified"),
                name="violation_verified_on_only_when_verified",
                violation_error_code="verified_on",
                violation_error_message="Only a confirmed or denied allegation has that day.",
            ),
            *approximate_date_constraints("date", "violation"),
            *approximate_date_constraints("verified_on", "violation"),
            *approximate_quantity_constraints("killed", "violation", required=False),
            *approximate_quantity_constraints("wounded", "violation", required=False),
        ]

    name_reads = ("accused_by",)

    def __str__(self):
        return f"{self.get_kind_display()} alleged by {self.accused_by} ({self.approximate_date})"

    timeline_kind = "violation"
    timeline_entry = "negotiations/timeline.html#violation"

    def feed_negotiation(self):
        return self.negotiation

    def feed_title(self):
        against = f" by {self.accused.name}" if self.accused_id is not None else ""
        kind = self.get_kind_display()
        return f"{self.accused_by.name} alleges {kind}{against} {self.approximate_date.on}"

    def feed_summary(self):
        verification = self.get_verification_display().capitalize()
        if self.verified_by_id is not None:
            verification += f" by {self.verified_by.name}"
        if self.verified_on is not None:
            verification += f" {self.approximate_verified_on.on}"
        return f"{self.description} {verification}."

    def feed_address(self):
        """It has no page of its own: its place on its negotiation's timeline."""
        return f"{page_address('timeline', self.negotiation.slug)}#{self.anchor}"

    @property
    def anchor(self):
        return f"violation-{self.pk}"

    def clean(self):
        # Alleged of an agreement, it belongs to the agreement's negotiation.
        if self.negotiation_id is None and self.proposal_id is not None:
            self.negotiation_id = self.proposal.negotiation_id
        super().clean()

    def domain_errors(self):
        errors = one_of_its_proposal(
            self, exchange_term=self.exchange_term, other_term=self.other_term
        )
        if self.proposal_id is not None and self.proposal.negotiation_id != self.negotiation_id:
            errors["proposal"] = "Choose an agreement of this negotiation."
        return errors
