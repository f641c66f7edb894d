"""The days an agreement sets for its steps, and the day each step came."""

from django.db import models
from django.db.models import Q

from ..fields import ApproximateDateField, approximate_date_constraints, chronological
from .base import CitedModel
from .implementation import TermReference, at_most_one_term
from .proposals import Proposal, ShownOnItsProposal
from .terms import ExchangeTerm, OtherTerm, Phase, one_of_its_proposal


class Deadline(ShownOnItsProposal, TermReference, CitedModel):
    """A day an agreement sets for a step: a release, a withdrawal, the end of a phase, the
    start of talks on the next one; and the day the step came, once it has."""

    class Kind(models.TextChoices):
        RELEASE = "release", "release due"
        WITHDRAWAL = "withdrawal", "withdrawal deadline"
        PHASE_END = "phase_end", "phase ends"
        NEXT_PHASE_TALKS = "next_phase_talks", "talks on the next phase due"
        TRUCE_END = "truce_end", "truce ends"
        OTHER = "other", "other"

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="deadlines", verbose_name="agreement"
    )
    exchange_term = models.ForeignKey(
        ExchangeTerm,
        on_delete=models.PROTECT,
        related_name="deadlines",
        null=True,
        blank=True,
    )
    other_term = models.ForeignKey(
        OtherTerm,
        on_delete=models.PROTECT,
        related_name="deadlines",
        null=True,
        blank=True,
        help_text="At most one term, where the deadline is a term's.",
    )
    phase = models.ForeignKey(
        Phase, on_delete=models.PROTECT, related_name="deadlines", null=True, blank=True
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    due = ApproximateDateField("due on")
    description = models.CharField(
        max_length=300, blank=True, help_text="What is due, as the sources put it."
    )
    met_on = ApproximateDateField(
        "step came on",
        required=False,
        help_text="The day the step came (late or not); empty while it has not.",
    )

    class Meta:
        ordering = chronological("due")
        constraints = [
            at_most_one_term("deadline"),
            models.CheckConstraint(
                condition=~Q(kind="other") | ~Q(description=""),
                name="deadline_other_says_what",
                violation_error_code="description",
                violation_error_message="Say what is due.",
            ),
            *approximate_date_constraints("due", "deadline"),
            *approximate_date_constraints("met_on", "deadline"),
        ]

    name_reads = ("phase",)

    def __str__(self):
        return f"{self.title} ({self.approximate_due})"

    #: An editor recorded it; it does not follow from another record (as a scheduled end does).
    derived_from = ""

    @property
    def anchor(self):
        return f"deadline-{self.pk}"

    @property
    def title(self):
        """ "Phase 2 talks due: talks on phase 2 to begin"."""
        text = self.get_kind_display()
        if self.phase_id is not None:
            text = f"phase {self.phase.number}: {text}"
        if self.description:
            text = f"{text}: {self.description}"
        return text[:1].upper() + text[1:]

    def feed_title(self):
        return f"{self.proposal.title}: {self.title}, {self.approximate_due.on}"

    def feed_summary(self):
        if self.met_on is None:
            return ""
        return f"The step came {self.approximate_met_on.on}."

    def is_overdue(self, today):
        """Passed, on ``today``, without its step: every day it may stand for is over."""
        return self.met_on is None and self.approximate_due.last_day < today

    def domain_errors(self):
        return one_of_its_proposal(
            self, exchange_term=self.exchange_term, other_term=self.other_term, phase=self.phase
        )
