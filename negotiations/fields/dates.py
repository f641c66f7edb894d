"""Approximate dates: a day, a week, a month, a year, or "on or before" a day, kept at the
precision the source gives and sorted by what they mean."""

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce

from .values import ApproximateValue


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    YEAR = "year", "year"
    # For facts a source reports without dating them: the report's day is the latest the
    # fact can be; an earliest day only where a source bounds it ("between 11 and 19 March").
    ON_OR_BEFORE = "on_or_before", "on or before"


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
    def edtf(self):
        """The value in EDTF (ISO 8601-2): 2024-03-19, 2024-03, 2024; a week as the interval
        of its days, 2024-03-11/2024-03-17; "on or before" as one day of a set bounded
        above, [..2024-03-19], or on both sides, [2024-03-11..2024-03-19]."""
        if self.precision == DatePrecision.ON_OR_BEFORE:
            earliest = self.earliest.isoformat() if self.earliest else ""
            return f"[{earliest}..{self.date.isoformat()}]"
        if self.precision == DatePrecision.WEEK:
            return f"{self.date.isoformat()}/{self.last_day.isoformat()}"
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
    def heading(self):
        """The heading of the part of a timeline it is listed in: its year for a year
        ("2011"), else the month it falls in ("January 2011")."""
        if self.precision == DatePrecision.YEAR:
            return str(self.date.year)
        return self.date.strftime("%B %Y")

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


def approximate_date_constraints(name, model_name):
    """The CHECK constraints that keep the approximate date ``name`` consistent, named for
    the model (``Meta.model_name``): list them in the model's ``Meta.constraints``,
    ``*approximate_date_constraints("date", "event")``."""
    precision_name, earliest_name = f"{name}_precision", f"{name}_earliest"
    return [
        models.CheckConstraint(
            condition=Q(**{f"{precision_name}__in": DatePrecision.values}),
            name=f"{model_name}_{name}_precision_known",
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
            name=f"{model_name}_{name}_earliest_before",
            violation_error_message="An earliest day goes only with “on or before”, "
            "and before the date.",
            violation_error_code=earliest_name,
        ),
    ]


class ApproximateDateField(ApproximateValue):
    """Declares ``<name>`` (a date), ``<name>_precision`` and ``<name>_earliest`` on a model,
    kept consistent by ``approximate_date_constraints``.

    ``approximate_<name>`` reads them as an :class:`ApproximateDate` (None when unset).
    """

    constraints_helper = "approximate_date_constraints"

    def contribute_to_class(self, cls, name):
        self.name = name
        precision_name, earliest_name = f"{name}_precision", f"{name}_earliest"
        self.attribute = f"approximate_{name}"
        self.columns = (
            name,
            precision_name,
            earliest_name,
            f"{name}_order_day",
            f"{name}_order_rank",
        )
        cls.add_to_class(
            name,
            models.DateField(
                self.verbose_name or name.replace("_", " "),
                null=not self.required,
                blank=not self.required,
                help_text=self.help_text
                or "A day (2024-03-19), or a month or a year alone (2024-03, 2024) with that "
                "precision; for a week, any day of it; for “on or before”, the latest day it "
                "can be (e.g. the report's).",
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
        setattr(cls, self.attribute, self)

    def read(self, instance):
        value = getattr(instance, self.name)
        if value is None:
            return None
        return ApproximateDate(
            value,
            getattr(instance, f"{self.name}_precision"),
            getattr(instance, f"{self.name}_earliest"),
        )

    def constraints(self, model_name):
        return approximate_date_constraints(self.name, model_name)

    def errors(self, instance):
        errors = {}
        value = self.read(instance)
        problem = value.problem() if value else None
        if problem:
            errors[self.name] = problem
        if getattr(instance, f"{self.name}_earliest") is not None:
            problem = value.earliest_problem() if value else "An earliest day needs a date."
            if problem:
                errors[f"{self.name}_earliest"] = problem
        return errors
