"""Approximate dates and approximate quantities: the two reusable pieces of the domain.

Sources rarely give exact values: "last week", "in November", "about 42", "20 to 50",
"at least 31,819". Each piece is declared once on a model and contributes its real
columns, its database constraints, its validation and a value object to read it:

    class Event(models.Model):
        date = ApproximateDateField()          # columns date, date_precision
    class ExchangeTerm(models.Model):
        count = ApproximateQuantityField()     # columns count_min, count_max, count_qualifier

    event.approximate_date   -> ApproximateDate(2024-03-11, "week"), shown "week of 11 Mar 2024"
    term.count               -> Quantity(42, 42, "about"), shown "about 42"
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    YEAR = "year", "year"
    # For facts a source reports without dating them: the report's day is the latest the
    # fact can be; an earliest day only where a source bounds it ("between 11 and 19 March").
    ON_OR_BEFORE = "on_or_before", "on or before"


class Qualifier(models.TextChoices):
    EXACT = "exact", "exact"
    ABOUT = "about", "about"
    AT_LEAST = "at_least", "at least"
    UP_TO = "up_to", "up to"
    # "Dozens", "several hundred", "a few": the source's word, with a bound only where the
    # word itself implies one ("hundreds" is at least 200), never a number it does not give.
    IN_WORDS = "in_words", "in words only"


#: From the most precise to the least: the order of dates that may begin on the same day.
PRECISION_ORDER = [
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.ON_OR_BEFORE,
]


def chronological(name="date", *, newest_first=False, undated_first=False):
    """The ORDER BY of records by an approximate date, as ``ApproximateDate.sort_key`` orders
    them, then by id; undated records last unless ``undated_first``."""
    # Said outright: SQLite and PostgreSQL put NULL at different ends.
    undated = {"nulls_first": True} if undated_first else {"nulls_last": True}
    day, rank = F(f"{name}_order_day"), F(f"{name}_order_rank")
    if newest_first:
        return [day.desc(**undated), rank.desc(), F("pk").desc()]
    return [day.asc(**undated), rank.asc(), F("pk").asc()]


@dataclass(frozen=True)
class ApproximateDate:
    """A date known only to a precision: a day, a week (by its Monday), a month, a year, or
    "on or before" a day (``date``), after an ``earliest`` day where one is known."""

    date: datetime.date
    precision: str
    earliest: datetime.date | None = None

    def __str__(self):
        if self.precision == DatePrecision.ON_OR_BEFORE:
            latest = f"{self.date.day} {self.date:%b %Y}"
            if self.earliest is None:
                return f"on or before {latest}"
            return f"between {self.earliest.day} {self.earliest:%b %Y} and {latest}"
        if self.precision == DatePrecision.WEEK:
            return f"week of {self.date.day} {self.date:%b %Y}"
        if self.precision == DatePrecision.MONTH:
            return f"{self.date:%b %Y}"
        if self.precision == DatePrecision.YEAR:
            return f"{self.date:%Y}"
        return f"{self.date.day} {self.date:%b %Y}"

    def phrased(self, preposition="on"):
        """The date in a sentence: "on 19 Mar 2024", "in Mar 2024", "in the week of 11 Mar
        2024", "between 13 Dec 2022 and 16 Dec 2022", "since a day on or before 1 Apr 2022"."""
        text = str(self)
        if self.precision == DatePrecision.ON_OR_BEFORE:
            return text if preposition == "on" else f"{preposition} a day {text}"
        if self.precision == DatePrecision.WEEK:
            text = f"the {text}"
        if preposition == "on" and self.precision != DatePrecision.DAY:
            preposition = "in"
        return f"{preposition} {text}"

    @property
    def on(self):
        return self.phrased("on")

    @property
    def since(self):
        return self.phrased("since")

    @property
    def html_datetime(self):
        """The value as HTML's <time datetime> writes it: 2024-03-19, 2024-W11, 2024-03, 2024;
        None for "on or before", which HTML cannot write as one value."""
        if self.precision == DatePrecision.ON_OR_BEFORE:
            return None
        if self.precision == DatePrecision.WEEK:
            year, week, _ = self.date.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.precision == DatePrecision.MONTH:
            return f"{self.date:%Y-%m}"
        if self.precision == DatePrecision.YEAR:
            return f"{self.date:%Y}"
        return self.date.isoformat()

    @property
    def first_day(self):
        """The first calendar day the value may stand for; None when no earliest is known."""
        if self.precision == DatePrecision.ON_OR_BEFORE:
            return self.earliest
        return self.date

    @property
    def sort_key(self):
        """Dates in order of the earliest day each may be, the more precise first on a tie
        ("1 Feb" before "Feb", "between 13 and 16 Dec" before "16 Dec"); "on or before 16
        Dec", with no earliest day, just before "16 Dec": it may not follow it."""
        if self.precision == DatePrecision.ON_OR_BEFORE and self.earliest is None:
            return (self.date, 0)
        return (self.first_day or self.date, PRECISION_ORDER.index(self.precision) + 1)

    @property
    def vagueness(self):
        """How the value falls short of a day, for "possibly in range: dated only …"."""
        if self.precision == DatePrecision.ON_OR_BEFORE:
            return "by its latest day" if self.earliest is None else "by a span of days"
        return f"to the {self.precision}"

    @property
    def last_day(self):
        """The last calendar day the value may stand for."""
        if self.precision == DatePrecision.WEEK:
            return self.date + datetime.timedelta(days=6)
        if self.precision == DatePrecision.MONTH:
            next_month = (self.date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            return next_month - datetime.timedelta(days=1)
        if self.precision == DatePrecision.YEAR:
            return self.date.replace(month=12, day=31)
        return self.date

    def lies_within(self, first_day=None, last_day=None):
        """Whether every day the value may stand for is within the range (open ends allowed)."""
        starts = self.first_day
        return (first_day is None or (starts is not None and starts >= first_day)) and (
            last_day is None or self.last_day <= last_day
        )

    def problem(self):
        """Why this date cannot stand for its precision, or None when it can."""
        if self.precision == DatePrecision.WEEK and self.date.isoweekday() != 1:
            return "A week is recorded by its Monday; use the Monday of that week."
        if self.precision == DatePrecision.MONTH and self.date.day != 1:
            return "A month is recorded by its first day."
        if self.precision == DatePrecision.YEAR and (self.date.month, self.date.day) != (1, 1):
            return "A year is recorded by 1 January."
        return None

    def earliest_problem(self):
        """Why the earliest day does not fit, or None when it does."""
        if self.earliest is None:
            return None
        if self.precision != DatePrecision.ON_OR_BEFORE:
            return "An earliest day goes only with “on or before”; leave it empty."
        if self.earliest >= self.date:
            return "The earliest day must come before the date."
        return None

    @classmethod
    def week_of(cls, day):
        """The week (Monday-started) that contains ``day``."""
        return cls.containing(day, DatePrecision.WEEK)

    @classmethod
    def containing(cls, day, precision):
        """The day, week (by its Monday), month or year that contains ``day``."""
        if precision == DatePrecision.WEEK:
            day -= datetime.timedelta(days=day.weekday())
        elif precision == DatePrecision.MONTH:
            day = day.replace(day=1)
        elif precision == DatePrecision.YEAR:
            day = day.replace(month=1, day=1)
        return cls(day, precision)


#: A week of precision spans six days after its Monday.
WEEK = datetime.timedelta(days=6)
WEEK_BEFORE_ALL = datetime.date.min + WEEK


def may_end_on_or_after(path, day):
    """Rows whose approximate date at ``path`` may stand for ``day`` or a later day: the last
    day of its week, month or year is not before ``day`` (a January of month precision may
    be 15 January)."""
    precision = f"{path}_precision"
    return Q(**{f"{path}__gte": day.replace(month=1, day=1)}) & (
        Q(**{precision: DatePrecision.DAY, f"{path}__gte": day})
        # The first days of the calendar have no week six days before them.
        | Q(**{precision: DatePrecision.WEEK, f"{path}__gte": max(day, WEEK_BEFORE_ALL) - WEEK})
        | Q(**{precision: DatePrecision.MONTH, f"{path}__gte": day.replace(day=1)})
        | Q(**{precision: DatePrecision.YEAR})
        | Q(**{precision: DatePrecision.ON_OR_BEFORE, f"{path}__gte": day})
    )


def may_start_on_or_before(path, day):
    """Rows whose approximate date at ``path`` may stand for ``day`` or an earlier day: its
    first day is not after ``day``, and "on or before" with no earliest day always may."""
    precision, earliest = f"{path}_precision", f"{path}_earliest"
    return Q(**{f"{path}__lte": day}) | (
        Q(**{precision: DatePrecision.ON_OR_BEFORE})
        & (Q(**{f"{earliest}__isnull": True}) | Q(**{f"{earliest}__lte": day}))
    )


@dataclass(frozen=True)
class Quantity:
    """A count or ratio as a source gives it: bounds, how firm they are, and the source's
    own words for it where they say more than the bounds ("several hundred", "1.5 million")."""

    minimum: int | None
    maximum: int | None
    qualifier: str
    words: str = ""

    def __str__(self):
        if self.words or self.qualifier == Qualifier.IN_WORDS:
            return self.words

        def number(value):
            return f"{value:,}"

        if self.qualifier == Qualifier.AT_LEAST:
            return f"at least {number(self.minimum)}"
        if self.qualifier == Qualifier.UP_TO:
            return f"up to {number(self.maximum)}"
        if self.minimum == self.maximum:
            value = number(self.minimum)
        else:
            value = f"{number(self.minimum)}–{number(self.maximum)}"
        return f"about {value}" if self.qualifier == Qualifier.ABOUT else value

    def problems(self):
        """Field-keyed messages for bounds that contradict each other or the qualifier."""
        problems = {}
        if self.minimum is not None and self.minimum < 0:
            problems["min"] = "A count cannot be negative."
        if self.maximum is not None and self.maximum < 0:
            problems["max"] = "A count cannot be negative."
        if self.qualifier == Qualifier.IN_WORDS:
            if not self.words:
                problems["words"] = "Give the source's words, e.g. “several hundred”."
        elif self.qualifier == Qualifier.AT_LEAST:
            if self.minimum is None:
                problems["min"] = "“At least” needs a minimum."
            if self.maximum is not None:
                problems["max"] = "“At least” has no maximum; leave it empty."
        elif self.qualifier == Qualifier.UP_TO:
            if self.maximum is None:
                problems["max"] = "“Up to” needs a maximum."
            if self.minimum is not None:
                problems["min"] = "“Up to” has no minimum; leave it empty."
        else:
            # Editors type a single number once (complete_single_numbers fills the other).
            if self.minimum is None:
                problems["min"] = "Give the number (a maximum too only for a range)."
            if self.maximum is None:
                problems["max"] = "Give the number (a maximum too only for a range)."
        if (
            self.minimum is not None
            and self.maximum is not None
            and self.minimum > self.maximum
            and "max" not in problems
        ):
            problems["max"] = (
                f"The maximum ({self.maximum:,}) is below the minimum ({self.minimum:,})."
            )
        return problems


def add_constraints(cls, constraints):
    """Attach constraints to a model as if its Meta had declared them."""
    cls._meta.constraints = [*cls._meta.constraints, *constraints]
    # Migrations read declared options from original_attrs, not from the resolved list.
    cls._meta.original_attrs["constraints"] = cls._meta.constraints


#: For each model, each column of an approximate date or quantity: all its columns and the
#: attribute that reads them as one value.
_FACTS = {}


def _register_fact(model, reader, columns):
    for column in columns:
        _FACTS.setdefault(model, {})[column] = (reader, columns)


def fact_of_column(model, column):
    """``(attribute, columns)`` of the approximate date or quantity that ``column`` of
    ``model`` is part of (``("approximate_date", ["date", "date_precision", …])``), or None
    for a column that is a fact of its own."""
    return _FACTS.get(model, {}).get(column)


class _ValueDescriptor:
    def __init__(self, build):
        self.build = build

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return self.build(instance)


class ApproximateDateField:
    """Declares ``<name>`` (a date), ``<name>_precision`` and ``<name>_earliest`` on a model,
    kept consistent.

    ``approximate_<name>`` reads them as an :class:`ApproximateDate` (None when unset).
    """

    def __init__(self, verbose_name=None, *, required=True, help_text=""):
        self.verbose_name = verbose_name
        self.required = required
        self.help_text = help_text

    def contribute_to_class(self, cls, name):
        precision_name, earliest_name = f"{name}_precision", f"{name}_earliest"
        cls.add_to_class(
            name,
            models.DateField(
                self.verbose_name or name.replace("_", " "),
                null=not self.required,
                blank=not self.required,
                help_text=self.help_text
                or "For a week, the Monday; for a month, the 1st; for a year, 1 January; "
                "for “on or before”, the latest day it can be (e.g. the report's).",
            ),
        )
        cls.add_to_class(
            precision_name,
            models.CharField(
                "precision",
                max_length=12,
                choices=DatePrecision.choices,
                default=DatePrecision.DAY,
            ),
        )
        cls.add_to_class(
            earliest_name,
            models.DateField(
                "earliest day",
                null=True,
                blank=True,
                help_text="Only with “on or before”, where a source bounds it from below too.",
            ),
        )

        def build(instance):
            value = getattr(instance, name)
            if value is None:
                return None
            return ApproximateDate(
                value, getattr(instance, precision_name), getattr(instance, earliest_name)
            )

        # The order of what the dates mean (``ApproximateDate.sort_key``), stored so that
        # indexes and keyset cursors can use it: the day a value sorts by, then its rank.
        cls.add_to_class(
            f"{name}_order_day",
            models.GeneratedField(
                expression=Coalesce(earliest_name, name),
                output_field=models.DateField(null=True),
                db_persist=True,
                verbose_name="sorted by day",
            ),
        )
        cls.add_to_class(
            f"{name}_order_rank",
            models.GeneratedField(
                expression=Case(
                    When(
                        **{
                            precision_name: DatePrecision.ON_OR_BEFORE,
                            f"{earliest_name}__isnull": True,
                        },
                        then=Value(0),
                    ),
                    *(
                        When(**{precision_name: precision}, then=Value(rank))
                        for rank, precision in enumerate(PRECISION_ORDER, start=1)
                    ),
                    default=Value(len(PRECISION_ORDER) + 1),
                ),
                output_field=models.PositiveSmallIntegerField(),
                db_persist=True,
                verbose_name="sorted by precision",
            ),
        )

        setattr(cls, f"approximate_{name}", _ValueDescriptor(build))
        _register_fact(
            cls,
            f"approximate_{name}",
            [name, precision_name, earliest_name, f"{name}_order_day", f"{name}_order_rank"],
        )
        label = cls._meta.model_name
        constraints = [
            models.CheckConstraint(
                condition=Q(**{f"{precision_name}__in": DatePrecision.values}),
                name=f"{label}_{name}_precision_known",
                violation_error_message="Unknown date precision.",
            ),
            models.CheckConstraint(
                condition=Q(**{f"{earliest_name}__isnull": True})
                | Q(
                    **{
                        precision_name: DatePrecision.ON_OR_BEFORE,
                        f"{name}__isnull": False,
                        f"{earliest_name}__lt": models.F(name),
                    }
                ),
                name=f"{label}_{name}_earliest_before",
                violation_error_message="An earliest day goes only with “on or before”, "
                "and before the date.",
                violation_error_code=earliest_name,
            ),
        ]
        add_constraints(cls, constraints)
        cls._approximate_dates = [*getattr(cls, "_approximate_dates", []), name]


class ApproximateQuantityField:
    """Declares ``<name>_min``, ``<name>_max``, ``<name>_qualifier`` and ``<name>_words``,
    kept consistent.

    ``<name>`` reads them as a :class:`Quantity` (None when neither a bound nor words are set).
    """

    def __init__(self, verbose_name=None, *, required=True, help_text=""):
        self.verbose_name = verbose_name
        self.required = required
        self.help_text = help_text

    def contribute_to_class(self, cls, name):
        label = self.verbose_name or name.replace("_", " ")
        minimum, maximum, qualifier = f"{name}_min", f"{name}_max", f"{name}_qualifier"
        words = f"{name}_words"
        cls.add_to_class(
            minimum,
            models.PositiveIntegerField(
                f"{label} (minimum)",
                null=True,
                blank=True,
                help_text=self.help_text or "For an exact or “about” number, the number itself.",
            ),
        )
        cls.add_to_class(
            maximum,
            models.PositiveIntegerField(
                f"{label} (maximum)",
                null=True,
                blank=True,
                help_text="Same as the minimum unless the source gives a range.",
            ),
        )
        cls.add_to_class(
            qualifier,
            models.CharField(
                f"{label} qualifier",
                max_length=8,
                choices=Qualifier.choices,
                default=Qualifier.EXACT,
            ),
        )
        cls.add_to_class(
            words,
            models.CharField(
                f"{label} in the source's words",
                max_length=100,
                blank=True,
                help_text="As the source words it, when that says more than the numbers: "
                "“several hundred”, “about 1.5 million”. Required for “in words only”.",
            ),
        )

        def build(instance):
            low, high = getattr(instance, minimum), getattr(instance, maximum)
            said, firmness = getattr(instance, words), getattr(instance, qualifier)
            if low is None and high is None and not said and firmness != Qualifier.IN_WORDS:
                return None
            return Quantity(low, high, firmness, said)

        setattr(cls, name, _ValueDescriptor(build))
        _register_fact(cls, name, [minimum, maximum, qualifier, words])

        unset = Q(**{f"{minimum}__isnull": True, f"{maximum}__isnull": True})
        two_bounds = Q(
            **{
                f"{qualifier}__in": [Qualifier.EXACT, Qualifier.ABOUT],
                f"{minimum}__isnull": False,
                f"{maximum}__isnull": False,
                f"{minimum}__lte": models.F(maximum),
            }
        )
        at_least = Q(
            **{
                qualifier: Qualifier.AT_LEAST,
                f"{minimum}__isnull": False,
                f"{maximum}__isnull": True,
            }
        )
        up_to = Q(
            **{qualifier: Qualifier.UP_TO, f"{minimum}__isnull": True, f"{maximum}__isnull": False}
        )
        in_words = (
            Q(**{qualifier: Qualifier.IN_WORDS})
            & ~Q(**{words: ""})
            & (
                Q(**{f"{minimum}__isnull": True})
                | Q(**{f"{maximum}__isnull": True})
                | Q(**{f"{minimum}__lte": models.F(maximum)})
            )
        )
        allowed = two_bounds | at_least | up_to | in_words
        if not self.required:
            allowed |= unset & Q(**{words: ""}) & ~Q(**{qualifier: Qualifier.IN_WORDS})
        model = cls._meta.model_name
        constraints = [
            models.CheckConstraint(
                condition=allowed,
                name=f"{model}_{name}_bounds_consistent",
                violation_error_message=(
                    f"The {label} bounds contradict each other or the qualifier "
                    "(minimum must not exceed maximum)."
                ),
            ),
        ]
        add_constraints(cls, constraints)
        cls._approximate_quantities = [
            *getattr(cls, "_approximate_quantities", []),
            (name, self.required),
        ]


def approximate_value_errors(instance):
    """Field-keyed validation errors for every approximate date and quantity on ``instance``."""
    errors = {}
    for name in getattr(type(instance), "_approximate_dates", []):
        value = getattr(instance, f"approximate_{name}")
        problem = value.problem() if value else None
        if problem:
            errors[name] = problem
        earliest = getattr(instance, f"{name}_earliest")
        if earliest is not None:
            problem = value.earliest_problem() if value else "An earliest day needs a date."
            if problem:
                errors[f"{name}_earliest"] = problem
    for name, required in getattr(type(instance), "_approximate_quantities", []):
        value = getattr(instance, name)
        if value is None:
            if required:
                errors[f"{name}_min"] = "This number, or the source's words for it, is required."
            continue
        for part, message in value.problems().items():
            errors[f"{name}_{part}"] = message
    return errors


def complete_single_numbers(instance):
    """An exact or "about" number typed once, in either bound, stands for both: the editor
    types 42, not 42 twice."""
    for name, _ in getattr(type(instance), "_approximate_quantities", []):
        qualifier = getattr(instance, f"{name}_qualifier")
        low, high = getattr(instance, f"{name}_min"), getattr(instance, f"{name}_max")
        if qualifier in (Qualifier.EXACT, Qualifier.ABOUT) and (low is None) != (high is None):
            setattr(instance, f"{name}_min", low if low is not None else high)
            setattr(instance, f"{name}_max", high if high is not None else low)


def raise_for_approximate_values(instance):
    """Raise a field-keyed ``ValidationError`` when an approximate value is inconsistent."""
    errors = approximate_value_errors(instance)
    if errors:
        raise ValidationError(errors)
