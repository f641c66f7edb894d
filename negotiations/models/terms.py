"""Agreed terms: a proposal's phases, its exchange terms (who is released for whom, how many)
and its other terms (truce, withdrawal, aid, evacuation, …)."""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import (
    F,
    OuterRef,
    Q,
    StringAgg,
    Subquery,
    Value,
)

from ..fields import (
    ApproximateDateField,
    ApproximateQuantityField,
    approximate_date_constraints,
    approximate_quantity_constraints,
)
from .actors import Actor
from .base import DomainModel
from .proposals import DurationUnit, Proposal


class Phase(DomainModel):
    """One phase of a phased proposal or agreement: how long, when, and what ends it."""

    Unit = DurationUnit

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="phases")
    number = models.PositiveSmallIntegerField(help_text="Phases are numbered from 1.")
    duration = ApproximateQuantityField(required=False)
    duration_unit = models.CharField(max_length=6, choices=Unit.choices, blank=True)
    start = ApproximateDateField("started", required=False)
    end = ApproximateDateField("ended", required=False)
    condition_to_advance = models.TextField(
        "condition for moving on",
        blank=True,
        help_text="What must happen before the next phase begins, as the sources state it.",
    )
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["proposal", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "number"],
                name="phase_number_unique",
                violation_error_message="This proposal already has a phase of this number.",
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1),
                name="phase_number_from_one",
                violation_error_code="number",
                violation_error_message="Phases are numbered from 1.",
            ),
            models.CheckConstraint(
                condition=(Q(duration_min__isnull=True) & Q(duration_max__isnull=True))
                | ~Q(duration_unit=""),
                name="phase_duration_has_unit",
                violation_error_code="duration_unit",
                violation_error_message="A duration needs a unit.",
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="phase_ends_after_it_starts",
                violation_error_code="end",
                violation_error_message="A phase cannot end before it starts.",
            ),
            *approximate_quantity_constraints("duration", "phase", required=False),
            *approximate_date_constraints("start", "phase"),
            *approximate_date_constraints("end", "phase"),
        ]

    def __str__(self):
        text = f"Phase {self.number}"
        if self.duration is not None:
            text += f" ({self.duration} {self.get_duration_unit_display()})"
        return text


def one_of_its_proposal(record, message="Choose one of this agreement's own.", **parts):
    """``message`` for each part (a phase, a term) that belongs to another proposal than the
    record's own: the one rule for a term's phase and an implementation record's parts."""
    return {
        name: message
        for name, part in parts.items()
        if part is not None and part.proposal_id != record.proposal_id
    }


#: Groups released in return for others, so that a ratio can be stated for them.
RELEASED_IN_RETURN = ("prisoners", "prisoners_of_war", "detainees")


class ExchangeCategory(models.Model):
    """Who among a group of people a term is about (those released, those evacuated): a
    fixed vocabulary, kept as rows so that one term can name several ("women and children")."""

    class Code(models.TextChoices):
        WOMEN = "women", "women"
        CHILDREN = "children", "children"
        MINORS = "minors", "minors"
        ELDERLY = "elderly", "elderly"
        SICK = "sick", "sick or wounded"
        SOLDIERS = "soldiers", "soldiers"
        FEMALE_SOLDIERS = "female_soldiers", "female soldiers"
        CIVILIANS = "civilians", "civilians"
        REMAINS = "remains", "remains of the dead"
        FIGHTERS = "fighters", "fighters"

    code = models.CharField(primary_key=True, max_length=20, choices=Code.choices)

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "exchange categories"

    def __str__(self):
        return self.get_code_display()


def write_exchange_categories(using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """The vocabulary's rows, written after every migrate (and by the migration that made
    the table), as Django writes content types."""
    try:
        model = apps.get_model("negotiations", "ExchangeCategory")
    except LookupError:  # migrated back to before the vocabulary existed
        return
    model.objects.using(using).bulk_create(
        [model(code=code) for code in ExchangeCategory.Code.values], ignore_conflicts=True
    )


def category_codes(relation, owner):
    """The codes of a term's categories (``relation``, a many-to-many to the vocabulary),
    comma-separated in any order (SQLite cannot order an aggregate): a subquery of the
    terms' own query; None when it names none."""
    links = relation.through.objects.filter(**{owner: OuterRef("pk")})
    codes = links.values(owner).annotate(codes=StringAgg("exchangecategory", Value(",")))
    return Subquery(codes.values("codes"))


def codes_named(term, annotation, relation):
    """A term's category codes in the vocabulary's order (women before children), from
    ``annotation`` when its query brought it, else read through ``relation``."""
    if annotation in term.__dict__:
        codes = term.__dict__[annotation].split(",") if term.__dict__[annotation] else []
    elif term.pk is None:
        codes = []
    else:
        codes = [category.code for category in getattr(term, relation).all()]
    return sorted(codes, key=ExchangeCategory.Code.values.index)


class ExchangeTermQuerySet(models.QuerySet):
    def with_category_codes(self):
        """Each term with ``category_codes`` in one query with the terms."""
        return self.annotate(category_codes=category_codes(ExchangeTerm.categories, "exchangeterm"))


class OtherTermQuerySet(models.QuerySet):
    def with_evacuee_codes(self):
        """Each term with ``evacuee_codes``, who is evacuated, in one query with the terms."""
        return self.annotate(evacuee_codes=category_codes(OtherTerm.evacuees, "otherterm"))


#: One of each group released: "1 hostage", not "1 hostages".
ONE_OF = {
    "hostages": "hostage",
    "prisoners": "prisoner",
    "prisoners_of_war": "prisoner of war",
    "detainees": "detainee",
}


class ExchangeTerm(DomainModel):
    """Who releases whom to whom under a proposal: how many, which category, at what ratio to
    those the other side releases, in which phase, on what condition."""

    class Group(models.TextChoices):
        HOSTAGES = "hostages", "hostages"
        PRISONERS = "prisoners", "prisoners"
        PRISONERS_OF_WAR = "prisoners_of_war", "prisoners of war"
        DETAINEES = "detainees", "detainees"
        REMAINS = "remains", "remains of the dead"

        def counted(self, count, qualities=()):
            """Its words after ``count`` (a ``Quantity`` or None), with the ``qualities`` given
            (empty ones left out): "1 hostage", "3 hostages (women, Israeli)"."""
            words = self.label
            if count is not None and count.minimum == count.maximum == 1 and not count.words:
                words = ONE_OF.get(self.value, self.label)
            qualities = [quality for quality in qualities if quality]
            return f"{words} ({', '.join(qualities)})" if qualities else words

    class RatioPer(models.TextChoices):
        """Whom of the other side's releases a ratio counts against."""

        HOSTAGE = "hostage", "hostage"
        CIVILIAN_HOSTAGE = "civilian_hostage", "civilian hostage"
        SOLDIER = "soldier", "soldier"
        FEMALE_SOLDIER = "female_soldier", "female soldier"
        PRISONER = "prisoner", "prisoner"

    RELEASED_IN_RETURN = RELEASED_IN_RETURN

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="exchange_terms")
    releasing_party = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="exchange_terms", null=True, blank=True
    )
    receiving_party = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="exchange_terms_received",
        null=True,
        blank=True,
        help_text="To whom they are released or handed over, if the sources say.",
    )
    group = models.CharField("released group", max_length=20, choices=Group.choices)
    categories = models.ManyToManyField(
        ExchangeCategory,
        blank=True,
        related_name="terms",
        help_text="Each the sources name (women and children: both); none when they name none.",
    )
    affiliation = models.CharField(
        "nationality or affiliation",
        max_length=200,
        blank=True,
        help_text="As the sources give it, e.g. “Thai nationals”.",
    )
    count = ApproximateQuantityField("number released", required=False)
    ratio = ApproximateQuantityField(
        "released per one of the other side's",
        required=False,
        help_text="E.g. 20 to 50 prisoners per hostage freed; say per whom below.",
    )
    ratio_per = models.CharField(
        "per",
        max_length=20,
        choices=RatioPer.choices,
        blank=True,
        help_text="Whom of the other side's the ratio counts; only with a ratio.",
    )
    phase = models.ForeignKey(
        Phase,
        on_delete=models.PROTECT,
        related_name="exchange_terms",
        null=True,
        blank=True,
        help_text="Save the proposal's phases first; then choose the one this term belongs to.",
    )
    condition = models.CharField(
        max_length=300,
        blank=True,
        help_text="Only if this happens, as the sources state it.",
    )
    description = models.CharField(max_length=300, blank=True)

    # The categories released are part of what was recorded on a day (``as_recorded``).
    _history_m2m_fields = ["categories"]

    objects = ExchangeTermQuerySet.as_manager()

    @classmethod
    def packed_extras(cls):
        """What ``with_category_codes`` adds, for ``ProposalQuerySet.with_packed``."""
        return {"category_codes": category_codes(cls.categories, "exchangeterm")}

    class Meta:
        ordering = ["proposal", "phase__number", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(group__in=RELEASED_IN_RETURN)
                | Q(ratio_min__isnull=True, ratio_max__isnull=True, ratio_words=""),
                name="exchangeterm_ratio_only_for_prisoners",
                violation_error_message="Only a release of prisoners, prisoners of war or "
                "detainees has a ratio.",
                violation_error_code="ratio_min",
            ),
            models.CheckConstraint(
                condition=Q(ratio_per="")
                | Q(ratio_min__isnull=False)
                | Q(ratio_max__isnull=False)
                | ~Q(ratio_words=""),
                name="exchangeterm_per_only_with_a_ratio",
                violation_error_message="Say per whom only for a ratio.",
                violation_error_code="ratio_per",
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
                violation_error_code="description",
            ),
            *approximate_quantity_constraints(
                "count", "exchangeterm", verbose_name="number released", required=False
            ),
            *approximate_quantity_constraints(
                "ratio",
                "exchangeterm",
                verbose_name="released per one of the other side's",
                required=False,
            ),
        ]

    def __str__(self):
        return f"{self.get_group_display()} released by {self.releasing_party or 'unstated party'}"

    @property
    def category_codes_named(self):
        """The codes of its categories in the vocabulary's order, women before children."""
        return codes_named(self, "category_codes", "categories")

    @property
    def category_labels(self):
        """Its categories in words: "women, children"."""
        return ", ".join(ExchangeCategory.Code(code).label for code in self.category_codes_named)

    def describe(self):
        """ "about 42 hostages", "20–50 prisoners per hostage",
        "50 prisoners per female soldier, released by X to Y, if …"."""
        group = self.Group(self.group).counted(self.count, (self.category_labels, self.affiliation))
        per = self.get_ratio_per_display() or "one of the other side's"
        if self.count is not None and self.ratio is not None:
            text = f"{self.count} {group}, {self.ratio} per {per}"
        elif self.count is not None:
            text = f"{self.count} {group}"
        elif self.ratio is not None:
            text = f"{self.ratio} {group} per {per}"
        else:
            text = f"{group}: {self.description}"
        if self.releasing_party is not None:
            text += f", released by {self.releasing_party.name}"
        if self.receiving_party is not None:
            text += f" to {self.receiving_party.name}"
        if self.condition:
            text += f", if {self.condition}"
        return text

    def domain_errors(self):
        return one_of_its_proposal(
            self, "Choose a phase of this term's own proposal.", phase=self.phase
        )


class OtherTerm(DomainModel):
    """A non-exchange term: truce length, withdrawal, aid, return of the displaced, and so on."""

    class Kind(models.TextChoices):
        TRUCE = "truce", "truce"
        WITHDRAWAL = "withdrawal", "withdrawal"
        AID = "aid", "humanitarian aid"
        RETURN_OF_DISPLACED = "return_of_displaced", "return of the displaced"
        EVACUATION = "evacuation", "evacuation"
        END_OF_MILITARY_OPERATIONS = "end_of_operations", "end of military operations"
        PHASES = "phases", "phasing"
        INITIAL_TERM = "initial_term", "initial term"
        RENEWAL = "renewal", "renewal"
        MONITORING = "monitoring", "monitoring mechanism"
        CORRIDORS = "corridors", "humanitarian corridors"
        FUEL = "fuel", "fuel and transport"
        FLIGHTS = "flights", "flights"
        CROSSINGS = "crossings", "roads and crossings"
        DISARMAMENT = "disarmament", "disarmament"
        SERVICES = "services", "restoration of services"
        OTHER = "other", "other"

    class WithdrawalExtent(models.TextChoices):
        NONE = "none", "no withdrawal"
        PARTIAL = "partial", "partial withdrawal"
        COMPLETE = "complete", "complete withdrawal"

    class Unit(models.TextChoices):
        HOURS = "hours", "hours"
        DAYS = "days", "days"
        WEEKS = "weeks", "weeks"
        MONTHS = "months", "months"
        TRUCKS_PER_DAY = "trucks_per_day", "trucks per day"
        PHASES = "phases", "phases"
        KILOMETRES = "km", "km"
        PEOPLE = "people", "people"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="other_terms")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount = ApproximateQuantityField(required=False)
    unit = models.CharField(max_length=20, choices=Unit.choices, blank=True)
    applies_to = models.CharField(
        max_length=200,
        blank=True,
        help_text="What the amount is for, as the sources name it, where it differs by "
        "category: “artillery of 100 mm and more” (one term per category).",
    )
    evacuees = models.ManyToManyField(
        "ExchangeCategory",
        blank=True,
        related_name="evacuations",
        verbose_name="who is evacuated",
        help_text="For an evacuation: each group the sources name.",
    )
    # Where an evacuation or a withdrawal goes from and to, as the sources name the places.
    from_place = models.CharField("from where", max_length=200, blank=True)
    to_place = models.CharField("to where", max_length=200, blank=True)
    means = models.CharField(
        "by what means", max_length=200, blank=True, help_text="As the sources say: “buses”."
    )
    withdrawal_extent = models.CharField(
        max_length=10, choices=WithdrawalExtent.choices, blank=True
    )
    phase = models.ForeignKey(
        Phase,
        on_delete=models.PROTECT,
        related_name="other_terms",
        null=True,
        blank=True,
        help_text="Save the proposal's phases first; then choose the one this term belongs to.",
    )
    condition = models.CharField(
        max_length=300,
        blank=True,
        help_text="Only if this happens, as the sources state it: “one more day for each "
        "further group of ten released”.",
    )
    description = models.CharField(max_length=300, blank=True)

    # Who is evacuated is part of what was recorded on a day (``as_recorded``).
    _history_m2m_fields = ["evacuees"]

    objects = OtherTermQuerySet.as_manager()

    @classmethod
    def packed_extras(cls):
        """What ``with_evacuee_codes`` adds, for ``ProposalQuerySet.with_packed``."""
        return {"evacuee_codes": category_codes(cls.evacuees, "otherterm")}

    class Meta:
        ordering = ["proposal", "phase__number", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="withdrawal") | Q(withdrawal_extent=""),
                name="otherterm_withdrawal_extent_only_for_withdrawal",
                violation_error_message="Only a withdrawal has an extent; leave it empty where "
                "the sources do not give it.",
                violation_error_code="withdrawal_extent",
            ),
            models.CheckConstraint(
                condition=(Q(amount_min__isnull=True) & Q(amount_max__isnull=True)) | ~Q(unit=""),
                name="otherterm_amount_has_unit",
                violation_error_message="An amount needs a unit.",
                violation_error_code="unit",
            ),
            *approximate_quantity_constraints("amount", "otherterm", required=False),
        ]

    def __str__(self):
        return self.describe()

    def describe(self):
        """The term in plain words, e.g. "6-week truce" or "partial withdrawal: 50 km"."""
        # "Other" names no kind: the description says what the term is ("120-day other" would
        # say nothing).
        kind = "other term" if self.kind == self.Kind.OTHER else self.get_kind_display()
        if self.kind == self.Kind.WITHDRAWAL:
            text = self.get_withdrawal_extent_display() or "withdrawal (extent not stated)"
            if self.amount is not None:
                text += f": {self.amount} {self.get_unit_display()}"
        elif self.kind == self.Kind.EVACUATION:
            text = self._evacuation()
        elif self.kind == self.Kind.OTHER and self.description:
            text = self.description
            if self.amount is not None:
                text += f": {self.amount} {self.get_unit_display()}"
            return self._with_condition(text)
        elif self.amount is not None and self.unit in {
            self.Unit.HOURS,
            self.Unit.DAYS,
            self.Unit.WEEKS,
        }:
            text = f"{self.amount}-{self.unit.removesuffix('s')} {kind}"
        elif self.amount is not None:
            text = f"{kind}: {self.amount} {self.get_unit_display()}"
        else:
            text = kind
        if self.applies_to:
            text += f" for {self.applies_to}"
        return self._with_condition(f"{text} ({self.description})" if self.description else text)

    @property
    def evacuee_labels(self):
        """Who is evacuated, in words: "fighters, civilians"."""
        codes = codes_named(self, "evacuee_codes", "evacuees")
        return ", ".join(ExchangeCategory.Code(code).label for code in codes)

    def _evacuation(self):
        """ "evacuation of about 4,000 fighters, civilians from Aleppo to Idlib by buses"."""
        people = self.evacuee_labels
        count = f"{self.amount} " if self.amount is not None else ""
        text = "evacuation"
        if count or people:
            text += f" of {count}{people or self.get_unit_display()}".rstrip()
        for word, value in (("from", self.from_place), ("to", self.to_place)):
            if value:
                text += f" {word} {value}"
        return f"{text} by {self.means}" if self.means else text

    def _with_condition(self, text):
        return f"{text}, if {self.condition}" if self.condition else text

    def domain_errors(self):
        return one_of_its_proposal(
            self, "Choose a phase of this term's own proposal.", phase=self.phase
        )
