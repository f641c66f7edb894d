"""What became of an agreement's terms once signed: exchanges as they are carried out (or
delayed, or refused), and dated statements of how far each term is carried out (violations
alleged and deadlines are their own modules); what records about one term share."""

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
from .base import CitedModel
from .proposals import Proposal, ShownOnItsProposal
from .terms import (
    ExchangeCategory,
    ExchangeTerm,
    OtherTerm,
    Phase,
    category_codes,
    codes_named,
    one_of_its_proposal,
)


class TermReference:
    """A record about one term of an agreement, an exchange term or another term (two
    nullable keys, at most one set: ``at_most_one_term``)."""

    #: Its keys to a term, each with the kind of term it names; a handover has only the first.
    term_fields = {"exchange_term": "exchange", "other_term": "other"}

    def clean(self):
        # Entered on a term's page, it is about that term's agreement.
        if self.proposal_id is None and self.term is not None:
            self.proposal_id = self.term.proposal_id
        super().clean()

    @property
    def term(self):
        """The term it is about, of whichever kind; None when it names none."""
        field = self._named_term_field()
        return getattr(self, field) if field else None

    @property
    def term_key(self):
        """The term's kind and id, the same for every record about it."""
        field = self._named_term_field()
        return (self.term_fields[field], getattr(self, f"{field}_id")) if field else None

    def _named_term_field(self):
        return next((f for f in self.term_fields if getattr(self, f"{f}_id") is not None), None)


def at_most_one_term(model_name, *, required=False):
    """The CHECK that a record names at most one term (exactly one if ``required``)."""
    exchange, other = Q(exchange_term__isnull=False), Q(other_term__isnull=False)
    condition = (exchange & ~other) | (other & ~exchange)
    if not required:
        condition |= ~exchange & ~other
    return models.CheckConstraint(
        condition=condition,
        name=f"{model_name}_names_{'one' if required else 'at_most_one'}_term",
        violation_error_code="other_term",
        violation_error_message="Name one term: an exchange term or another term."
        if required
        else "Name at most one term: an exchange term or another term.",
    )


class HandoverQuerySet(models.QuerySet):
    def with_category_codes(self):
        """Each handover with ``category_codes`` in one query with the handovers."""
        return self.annotate(category_codes=category_codes(Handover.categories, "handover"))

    def carried_out(self):
        return self.filter(outcome=Handover.Outcome.CARRIED_OUT)

    def for_timeline(self, negotiation=None):
        """In date order (the model's) with what a timeline entry shows but its citations."""
        handovers = self if negotiation is None else self.filter(proposal__negotiation=negotiation)
        return handovers.select_related(
            "proposal__negotiation", "releasing_party", "receiving_party", "reason_given_by"
        ).with_category_codes()

    def involving(self, actor):
        """Those ``actor`` released, received or gave the reason of a delay for."""
        return self.filter(
            Q(releasing_party=actor) | Q(receiving_party=actor) | Q(reason_given_by=actor)
        )


class Handover(ShownOnItsProposal, TermReference, CitedModel):
    """One batch of an exchange, as it happened: who released how many of whom to whom, on
    what day, under which term and phase; or a batch that was due and was delayed or
    refused, with who says why."""

    term_fields = {"exchange_term": "exchange"}

    class Outcome(models.TextChoices):
        CARRIED_OUT = "carried_out", "carried out"
        DELAYED = "delayed", "delayed"
        REFUSED = "refused", "refused"

    class Alive(models.TextChoices):
        LIVING = "living", "living"
        REMAINS = "remains", "remains"

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="handovers",
        verbose_name="under the agreement",
    )
    exchange_term = models.ForeignKey(
        ExchangeTerm,
        on_delete=models.PROTECT,
        related_name="handovers",
        null=True,
        blank=True,
        verbose_name="under the term",
        help_text="The exchange term it carries out, where the sources say or it is plain.",
    )
    phase = models.ForeignKey(
        Phase, on_delete=models.PROTECT, related_name="handovers", null=True, blank=True
    )
    outcome = models.CharField(max_length=12, choices=Outcome.choices, default=Outcome.CARRIED_OUT)
    date = ApproximateDateField(
        "on",
        help_text="The day it was carried out; for a batch delayed or refused, the day it "
        "was due or the day it was called off.",
    )
    releasing_party = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="handovers", null=True, blank=True
    )
    receiving_party = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="handovers_received",
        null=True,
        blank=True,
        help_text="To whom they were handed over (e.g. the Red Cross), if the sources say.",
    )
    group = models.CharField("released group", max_length=20, choices=ExchangeTerm.Group.choices)
    categories = models.ManyToManyField(
        ExchangeCategory,
        blank=True,
        related_name="handovers",
        help_text="Each the sources name; none when they name none.",
    )
    affiliation = models.CharField("nationality or affiliation", max_length=200, blank=True)
    count = ApproximateQuantityField("number released", required=False)
    alive = models.CharField(
        "living or remains",
        max_length=8,
        choices=Alive.choices,
        blank=True,
        help_text="Leave empty where the sources do not say.",
    )
    persons_named = models.TextField(
        "people named",
        blank=True,
        help_text="Only those the sources name, one per line, as they spell them.",
    )
    place = models.CharField(max_length=200, blank=True)
    reason = models.TextField(
        "why delayed or refused", blank=True, help_text="As the sources give it."
    )
    reason_given_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="handover_reasons",
        null=True,
        blank=True,
        verbose_name="who says why",
    )
    description = models.CharField(max_length=300, blank=True)

    _history_m2m_fields = ["categories"]

    objects = HandoverQuerySet.as_manager()

    @classmethod
    def packed_extras(cls):
        """What ``with_category_codes`` adds, for ``ProposalQuerySet.with_packed``."""
        return {"category_codes": category_codes(cls.categories, "handover")}

    class Meta:
        ordering = chronological()
        indexes = [models.Index(fields=["proposal", "date"], name="handover_proposal_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=["delayed", "refused"])
                | Q(reason="", reason_given_by__isnull=True),
                name="handover_reason_only_when_not_carried_out",
                violation_error_code="reason",
                violation_error_message="Only a batch delayed or refused has a reason.",
            ),
            models.CheckConstraint(
                condition=Q(reason_given_by__isnull=True) | ~Q(reason=""),
                name="handover_who_says_why_with_a_reason",
                violation_error_code="reason",
                violation_error_message="Give the reason that this actor gives.",
            ),
            models.CheckConstraint(
                condition=Q(count_min__isnull=False)
                | Q(count_max__isnull=False)
                | ~Q(count_words="")
                | ~Q(persons_named="")
                | ~Q(description=""),
                name="handover_says_something",
                violation_error_code="description",
                violation_error_message="Give a number, the people named or a description.",
            ),
            *approximate_date_constraints("date", "handover"),
            *approximate_quantity_constraints(
                "count", "handover", verbose_name="number released", required=False
            ),
        ]

    name_reads = ("releasing_party", "receiving_party")

    @classmethod
    def named_with(cls):
        return {"category_codes": category_codes(cls.categories, "handover")}

    def __str__(self):
        return f"{self.describe()} ({self.approximate_date})"

    timeline_kind = "handover"
    timeline_entry = "negotiations/timeline.html#handover"

    def feed_title(self):
        return f"{self.proposal.title}: {self.describe()}, {self.approximate_date.on}"

    def feed_summary(self):
        if self.reason:
            says = self.reason_given_by
            why = f"Why, says {says.name}: " if says is not None else "Why: "
            return f"{why}{self.reason} {self.description}".strip()
        return " ".join(text for text in (self.description, "; ".join(self.names)) if text)

    @property
    def anchor(self):
        return f"handover-{self.pk}"

    @property
    def is_carried_out(self):
        return self.outcome == self.Outcome.CARRIED_OUT

    @property
    def names(self):
        """The people the sources name, one per line as typed."""
        return [line.strip() for line in self.persons_named.splitlines() if line.strip()]

    def describe(self):
        """ "3 hostages (women), living, released by Hamas to the Red Cross"."""
        codes = codes_named(self, "category_codes", "categories")
        text = self.batch([ExchangeCategory.Code(code).label for code in codes])
        if self.alive:
            text += f", {self.get_alive_display()}"
        if self.releasing_party_id is not None:
            text += f", released by {self.releasing_party.name}"
        if self.receiving_party_id is not None:
            text += f" to {self.receiving_party.name}"
        return text + self.outcome_words()

    def batch(self, categories=()):
        """ "3 hostages (women)": its count and group, from its own columns and the
        ``categories`` given (reading them would be a query)."""
        group = ExchangeTerm.Group(self.group).counted(self.count, [*categories, self.affiliation])
        return f"{self.count} {group}" if self.count is not None else group

    def outcome_words(self):
        """ ": delayed" or ": refused" for a batch not carried out, else nothing."""
        return "" if self.is_carried_out else f": {self.get_outcome_display()}"

    def words_of_its_own(self):
        """How the list of changes names it, from its own columns: "3 hostages: delayed"."""
        return self.batch() + self.outcome_words()

    def domain_errors(self):
        errors = one_of_its_proposal(self, exchange_term=self.exchange_term, phase=self.phase)
        if self.proposal_id is not None and self.date is not None:
            errors.update(before_signature_errors(self.proposal, self.approximate_date))
        return errors


def before_signature_errors(proposal, date):
    """A handover cannot have happened before its agreement was signed (or agreed, where no
    signature is recorded): refused, with the day the record gives for that."""
    steps = [
        step
        for step in proposal.milestones.filter(kind__in=["agreed", "signed", "in_force"])
        if step.date is not None
    ]
    if not steps:
        return {}
    first = min(steps, key=lambda step: step.approximate_date.sort_key)
    signed = first.approximate_date
    earliest_signature = signed.first_day or signed.date
    if date.last_day < earliest_signature:
        return {
            "date": f"This is before the agreement was {first.get_kind_display()} "
            f"({signed.phrased()}): a handover under it cannot come first. Check the date, "
            "or the agreement's steps."
        }
    return {}


class ImplementationStatus(models.TextChoices):
    """How far a term is carried out: the Peace Accords Matrix's scale (not begun, minimal,
    intermediate, full) in words, with the two states a live record needs besides."""

    NOT_STARTED = "not_started", "not started"
    BEGUN = "begun", "begun"
    PARTLY_DONE = "partly_done", "partly done"
    DONE = "done", "done"
    STALLED = "stalled", "stalled"
    REVERSED = "reversed", "reversed"


class ImplementationStatementQuerySet(models.QuerySet):
    def for_timeline(self, negotiation=None):
        """In date order (the model's) with what a timeline entry shows but its citations."""
        statements = self
        if negotiation is not None:
            statements = statements.filter(proposal__negotiation=negotiation)
        return statements.select_related(
            "proposal__negotiation",
            "asserted_by",
            "exchange_term__releasing_party",
            "other_term",
        )

    def involving(self, actor):
        """Those ``actor`` made."""
        return self.filter(asserted_by=actor)


class ImplementationStatement(ShownOnItsProposal, TermReference, CitedModel):
    """Someone's word, on a day, on how far one term is carried out: a party's, a mediator's,
    a monitor's, or the tracker editors' own reading of the evidence, marked as theirs."""

    Status = ImplementationStatus

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="implementation_statements",
        verbose_name="agreement",
    )
    exchange_term = models.ForeignKey(
        ExchangeTerm,
        on_delete=models.PROTECT,
        related_name="implementation_statements",
        null=True,
        blank=True,
    )
    other_term = models.ForeignKey(
        OtherTerm,
        on_delete=models.PROTECT,
        related_name="implementation_statements",
        null=True,
        blank=True,
        help_text="Name one term: an exchange term or another term.",
    )
    date = ApproximateDateField("as of")
    status = models.CharField(max_length=12, choices=Status.choices)
    asserted_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="implementation_statements",
        null=True,
        blank=True,
        verbose_name="who says so",
    )
    asserter_description = models.CharField(
        "in the source's words",
        max_length=200,
        blank=True,
        help_text="Who said it as the source names them: “an Israeli official”.",
    )
    is_editors_reading = models.BooleanField(
        "the editors' own reading",
        default=False,
        help_text="Tick only for the tracker's reading of the evidence, which no one "
        "asserted; it is shown as the editors', beside what the sources say.",
    )
    claim = models.TextField(blank=True, help_text="What is said, in short.")

    objects = ImplementationStatementQuerySet.as_manager()

    class Meta:
        ordering = chronological()
        constraints = [
            at_most_one_term("implementationstatement", required=True),
            models.CheckConstraint(
                condition=Q(asserted_by__isnull=False, is_editors_reading=False)
                | Q(asserted_by__isnull=True, is_editors_reading=True),
                name="implementationstatement_said_by_someone",
                violation_error_code="asserted_by",
                violation_error_message="Say who says so, or mark it as the editors' own "
                "reading (not both): a status no one claims is not recorded.",
            ),
            models.CheckConstraint(
                condition=Q(is_editors_reading=False) | Q(asserter_description=""),
                name="implementationstatement_editors_reading_has_no_speaker",
                violation_error_code="asserter_description",
                violation_error_message="The editors' reading has no speaker to name.",
            ),
            *approximate_date_constraints("date", "implementationstatement"),
        ]

    name_reads = ("asserted_by",)

    def __str__(self):
        return f"{self.get_status_display()}, says {self.said_by} ({self.approximate_date})"

    timeline_kind = "implementation statement"
    timeline_entry = "negotiations/timeline.html#implementation-statement"

    def feed_title(self):
        as_of = self.approximate_date.phrased("as of")
        status = self.get_status_display()
        return f"{self.proposal.title}: {status}, says {self.said_by}, {as_of}"

    def feed_summary(self):
        return self.claim

    @property
    def anchor(self):
        return f"implementation-{self.pk}"

    @property
    def said_by(self):
        """Who says so, in words: "Hamas", "an Israeli official (Israel)", "the editors"."""
        if self.is_editors_reading:
            return "the tracker's editors (their reading)"
        if self.asserter_description:
            return f"{self.asserter_description} ({self.asserted_by.name})"
        return self.asserted_by.name

    def domain_errors(self):
        return one_of_its_proposal(
            self, exchange_term=self.exchange_term, other_term=self.other_term
        )
