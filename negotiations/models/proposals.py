"""Proposals, counter-proposals and agreements, their terms and their status history."""

from django.db import models
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce

from ..fields import (
    ApproximateDateField,
    ApproximateQuantityField,
)
from .actors import Actor
from .base import CitedModel, DomainModel, page_address
from .negotiations import Negotiation


class ProposalQuerySet(models.QuerySet):
    """Queries the proposal pages share."""

    def with_terms(self):
        """Proposals with their parties, terms, status history and chain, in fixed queries
        (their citations: ``Citation.objects.attach_to``)."""
        return self.select_related("negotiation", "proposed_by", "responds_to").prefetch_related(
            "addressed_to",
            "mediators",
            Prefetch(
                "exchange_terms", queryset=ExchangeTerm.objects.select_related("releasing_party")
            ),
            "other_terms",
            "status_changes",
            # Undated (not yet presented) responses last, on every database.
            Prefetch(
                "responses",
                queryset=Proposal.objects.order_by(F("date").asc(nulls_last=True), "pk"),
            ),
        )

    def latest_first(self):
        """Most recently active first: by the latest status change, else the date presented."""
        # Each proposal's latest change is read from the (proposal, date) index, not
        # aggregated over every status change of every proposal.
        latest_change = (
            StatusChange.objects.filter(proposal=OuterRef("pk")).order_by("-date").values("date")
        )
        return self.annotate(last_activity=Coalesce(Subquery(latest_change[:1]), "date")).order_by(
            F("last_activity").desc(nulls_last=True), "-pk"
        )

    def active_between(self, first_day, last_day):
        """Proposals whose latest activity falls between two dates, most recent first.

        Only proposals presented or changed in the span can qualify; finding those first
        through the date indexes keeps the cost to the span, not to every proposal.
        """
        span = (first_day, last_day)
        changed = StatusChange.objects.filter(date__range=span).values("proposal")
        return (
            self.filter(Q(date__range=span) | Q(pk__in=changed))
            .latest_first()
            .filter(last_activity__range=span)
        )

    def involving(self, actor):
        """Proposals an actor made, received or passed on as a mediator."""
        received, mediated = _received_and_mediated_by(actor)
        return self.filter(Q(proposed_by=actor) | received | mediated)

    def marked_for(self, actor):
        """Each proposal with ``addressed_to_actor`` and ``mediated_by_actor``: what the actor
        had to do with it, without loading every addressee and mediator."""
        received, mediated = _received_and_mediated_by(actor)
        return self.annotate(addressed_to_actor=received, mediated_by_actor=mediated)


def _received_and_mediated_by(actor):
    """Whether a proposal was put to ``actor``, and whether it passed through it: two EXISTS."""
    received = Proposal.addressed_to.through.objects.filter(proposal=OuterRef("pk"), actor=actor)
    mediated = Proposal.mediators.through.objects.filter(proposal=OuterRef("pk"), actor=actor)
    return Exists(received), Exists(mediated)


class Proposal(CitedModel):
    """A proposal, counter-proposal, framework or agreement, and whom it was put to."""

    class Kind(models.TextChoices):
        PROPOSAL = "proposal", "proposal"
        COUNTER_PROPOSAL = "counter_proposal", "counter-proposal"
        FRAMEWORK = "framework", "framework"
        AGREEMENT = "agreement", "agreement"

    class Status(models.TextChoices):
        EXPECTED = "expected", "expected to be presented"
        DRAFTED = "drafted", "drafted"
        PRESENTED = "presented", "presented"
        UNDER_CONSIDERATION = "under_consideration", "under consideration"
        ACCEPTED = "accepted", "accepted"
        REJECTED = "rejected", "rejected"
        COUNTERED = "countered", "countered"
        SUPERSEDED = "superseded", "superseded"
        WITHDRAWN = "withdrawn", "withdrawn"

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    proposed_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="proposals_made",
        null=True,
        blank=True,
        help_text="Leave empty when the sources do not say who drafted it.",
    )
    addressed_to = models.ManyToManyField(Actor, related_name="proposals_received", blank=True)
    mediators = models.ManyToManyField(
        Actor,
        related_name="proposals_mediated",
        blank=True,
        help_text="Through whom it was passed, if the sources say.",
    )
    date = ApproximateDateField(
        "presented", required=False, help_text="When it was put forward; empty if not yet."
    )
    status = models.CharField(max_length=20, choices=Status.choices)
    responds_to = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        related_name="responses",
        null=True,
        blank=True,
        help_text="The proposal this one answers (required for a counter-proposal).",
    )
    note = models.TextField(blank=True, help_text="What the sources leave open.")

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        indexes = [models.Index(fields=["negotiation", "date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(responds_to__isnull=True) | ~Q(responds_to=F("pk")),
                name="proposal_not_responding_to_itself",
                violation_error_message="A proposal cannot respond to itself.",
            ),
            models.CheckConstraint(
                condition=~Q(kind="counter_proposal") | Q(responds_to__isnull=False),
                name="counter_proposal_responds_to_a_proposal",
                violation_error_message="A counter-proposal must respond to another proposal.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_address("proposal-detail", self.pk)

    def addressees_and_mediators(self):
        """The actors it was put to and those it passed through, as two lists, in one query."""
        received = Proposal.addressed_to.through.objects.filter(proposal=self, actor=OuterRef("pk"))
        mediated = Proposal.mediators.through.objects.filter(proposal=self, actor=OuterRef("pk"))
        actors = list(
            Actor.objects.annotate(received=Exists(received), mediated=Exists(mediated)).filter(
                Q(received=True) | Q(mediated=True)
            )
        )
        return [a for a in actors if a.received], [a for a in actors if a.mediated]

    @property
    def terms_recorded(self):
        """Whether any term is recorded (uses prefetched terms when present)."""
        return bool(self.exchange_terms.all()) or bool(self.other_terms.all())

    def domain_errors(self):
        errors = {}
        if self.responds_to_id is not None:
            if self.pk is not None and self.responds_to_id == self.pk:
                errors["responds_to"] = "A proposal cannot respond to itself."
            elif self.responds_to.negotiation_id != self.negotiation_id:
                errors["responds_to"] = (
                    "A proposal can only respond to a proposal in the same negotiation."
                )
        elif self.kind == self.Kind.COUNTER_PROPOSAL:
            errors["responds_to"] = "A counter-proposal must respond to another proposal."
        return errors


class StatusChange(CitedModel):
    """A proposal's status as of a date, so its history stays readable."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=20, choices=Proposal.Status.choices)
    date = ApproximateDateField("as of")
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["date", "pk"]
        indexes = [
            # A proposal's latest change (ProposalQuerySet.latest_first), and the changes
            # within a span of dates (active_between).
            models.Index(fields=["proposal", "date"], name="statuschange_proposal_date"),
            models.Index(fields=["date"], name="statuschange_date"),
        ]

    def __str__(self):
        return f"{self.get_status_display()} ({self.approximate_date})"


class ExchangeTerm(DomainModel):
    """Who releases whom under a proposal: how many, which category, what ratio, which phase."""

    class Group(models.TextChoices):
        HOSTAGES = "hostages", "hostages"
        PRISONERS = "prisoners", "prisoners"

    class Category(models.TextChoices):
        UNSPECIFIED = "unspecified", "not specified"
        WOMEN = "women", "women"
        CHILDREN = "children", "children"
        ELDERLY = "elderly", "elderly"
        SICK = "sick", "sick or wounded"
        SOLDIERS = "soldiers", "soldiers"
        CIVILIANS = "civilians", "civilians"
        REMAINS = "remains", "remains of the dead"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="exchange_terms")
    releasing_party = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="exchange_terms", null=True, blank=True
    )
    group = models.CharField("released group", max_length=10, choices=Group.choices)
    category = models.CharField(max_length=12, choices=Category.choices, default="unspecified")
    count = ApproximateQuantityField("number released", required=False)
    ratio = ApproximateQuantityField(
        "prisoners per hostage",
        required=False,
        help_text="For prisoner releases set per hostage freed, e.g. 20 to 50.",
    )
    phase = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["proposal", "phase", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(group="prisoners")
                | Q(ratio_min__isnull=True, ratio_max__isnull=True, ratio_words=""),
                name="exchangeterm_ratio_only_for_prisoners",
                violation_error_message="Only a prisoner release has a per-hostage ratio.",
            ),
            models.CheckConstraint(
                condition=Q(count_min__isnull=False)
                | Q(count_max__isnull=False)
                | ~Q(count_words="")
                | Q(ratio_min__isnull=False)
                | Q(ratio_max__isnull=False)
                | ~Q(ratio_words="")
                | ~Q(description=""),
                name="exchangeterm_says_something",
                violation_error_message="Give a number, a ratio or a description.",
            ),
            models.CheckConstraint(
                condition=Q(phase__isnull=True) | Q(phase__gte=1),
                name="exchangeterm_phase_from_one",
                violation_error_message="Phases are numbered from 1.",
            ),
        ]

    def __str__(self):
        return f"{self.get_group_display()} released by {self.releasing_party or 'unstated party'}"

    def domain_errors(self):
        errors = {}
        if self.group != self.Group.PRISONERS and self.ratio is not None:
            errors["ratio_min"] = "Only a prisoner release has a per-hostage ratio."
        if self.count is None and self.ratio is None and not self.description:
            errors["description"] = "Give a number, a ratio or a description."
        return errors


class OtherTerm(DomainModel):
    """A non-exchange term: truce length, withdrawal, aid, return of the displaced, and so on."""

    class Kind(models.TextChoices):
        TRUCE = "truce", "truce"
        WITHDRAWAL = "withdrawal", "withdrawal"
        AID = "aid", "humanitarian aid"
        RETURN_OF_DISPLACED = "return_of_displaced", "return of the displaced"
        END_OF_MILITARY_OPERATIONS = "end_of_operations", "end of military operations"
        PHASES = "phases", "phasing"
        OTHER = "other", "other"

    class WithdrawalExtent(models.TextChoices):
        NONE = "none", "no withdrawal"
        PARTIAL = "partial", "partial withdrawal"
        COMPLETE = "complete", "complete withdrawal"

    class Unit(models.TextChoices):
        DAYS = "days", "days"
        WEEKS = "weeks", "weeks"
        MONTHS = "months", "months"
        TRUCKS_PER_DAY = "trucks_per_day", "trucks per day"
        PHASES = "phases", "phases"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="other_terms")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount = ApproximateQuantityField(required=False)
    unit = models.CharField(max_length=20, choices=Unit.choices, blank=True)
    withdrawal_extent = models.CharField(
        max_length=10, choices=WithdrawalExtent.choices, blank=True
    )
    phase = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["proposal", "phase", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind="withdrawal", withdrawal_extent__in=["none", "partial", "complete"]
                )
                | (~Q(kind="withdrawal") & Q(withdrawal_extent="")),
                name="otherterm_withdrawal_extent_only_for_withdrawal",
                violation_error_message="A withdrawal needs its extent; other terms have none.",
            ),
            models.CheckConstraint(
                condition=(Q(amount_min__isnull=True) & Q(amount_max__isnull=True)) | ~Q(unit=""),
                name="otherterm_amount_has_unit",
                violation_error_message="An amount needs a unit.",
            ),
            models.CheckConstraint(
                condition=Q(phase__isnull=True) | Q(phase__gte=1),
                name="otherterm_phase_from_one",
                violation_error_message="Phases are numbered from 1.",
            ),
        ]

    def __str__(self):
        return self.describe()

    def describe(self):
        """The term in plain words, e.g. "6-week truce" or "partial withdrawal"."""
        if self.kind == self.Kind.WITHDRAWAL:
            text = self.get_withdrawal_extent_display()
        elif self.amount is not None and self.unit in {self.Unit.DAYS, self.Unit.WEEKS}:
            text = f"{self.amount}-{self.unit.removesuffix('s')} {self.get_kind_display()}"
        elif self.amount is not None:
            text = f"{self.get_kind_display()}: {self.amount} {self.get_unit_display()}"
        else:
            text = self.get_kind_display()
        return f"{text} ({self.description})" if self.description else text

    def domain_errors(self):
        errors = {}
        if self.kind == self.Kind.WITHDRAWAL and not self.withdrawal_extent:
            errors["withdrawal_extent"] = "Say how far the withdrawal goes."
        if self.kind != self.Kind.WITHDRAWAL and self.withdrawal_extent:
            errors["withdrawal_extent"] = "Only a withdrawal term has an extent."
        if self.amount is not None and not self.unit:
            errors["unit"] = "An amount needs a unit."
        return errors
