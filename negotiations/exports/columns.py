"""The columns of the exports: their types, and how each type's cells are written.

``CELL_RULES`` holds, for each column type, both the Python writer's rule (``writers``)
and the SQL PostgreSQL's COPY writes the same cell with (``postgres``), so that the two
writers read one table and write the same bytes.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import (
    Case,
    CharField,
    DateTimeField,
    ExpressionWrapper,
    F,
    Func,
    Q,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, NullIf, Substr

from ..fields import DatePrecision, Qualifier
from .sql import literal

LIST_SEPARATOR = ";"
#: How a semicolon within an item of a CSV list cell is written, so that the list splits
#: where its items meet.
SEPARATOR_IN_AN_ITEM = "%3B"
#: Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = frozenset("=+-@\t\r\0")
#: Spaces an import may trim before it reads a cell ("trim spaces" in LibreOffice); the tab
#: and the carriage return are triggers themselves.
SPACES_BEFORE_A_FORMULA = " \n\x0b\x0c"
#: PostgreSQL text cannot hold NUL, so its SQL leaves that trigger out.
SQL_FORMULA_TRIGGERS = FORMULA_TRIGGERS - {"\0"}

# Column types, as the data dictionary names them.
INTEGER = "integer"
DATE = "date"
DATETIME = "datetime"
BOOLEAN = "boolean"
TEXT = "text"
CODE = "code"
SLUG = "slug"
LIST = "list"
EDTF = "edtf"


def list_item_formula(triggers=FORMULA_TRIGGERS):
    """A regular expression (Python's and PostgreSQL's alike) matching the start of each
    list item that would begin a formula; ``\\1'\\2`` puts a quote before it."""
    characters = "".join(sorted(triggers - {"-"})) + "-"
    return f"(^|{re.escape(LIST_SEPARATOR)})([{SPACES_BEFORE_A_FORMULA}]*[{characters}])"


LIST_ITEM_FORMULA = re.compile(list_item_formula())


# --- How each type's cells are written, in Python and in SQL --------------------------


def guard(text):
    """A quote before a formula's first character, even after spaces an import may trim."""
    if text.lstrip(SPACES_BEFORE_A_FORMULA)[:1] in FORMULA_TRIGGERS:
        return "'" + text
    return text


def guard_sql(value):
    """SQL of :func:`guard`."""
    triggers = ", ".join(literal(character) for character in sorted(SQL_FORMULA_TRIGGERS))
    first = f"left(ltrim({value}, {literal(SPACES_BEFORE_A_FORMULA)}), 1)"
    return f"CASE WHEN {first} IN ({triggers}) THEN '''' || {value} ELSE {value} END"


def list_cell(items):
    """The items, ";"-separated (one within an item written %3B), each guarded."""
    text = LIST_SEPARATOR.join(
        str(item).replace(LIST_SEPARATOR, SEPARATOR_IN_AN_ITEM) for item in items
    )
    return LIST_ITEM_FORMULA.sub(r"\1'\2", text)


def list_cell_sql(value):
    """SQL of :func:`list_cell` for a list PostgreSQL has joined already (``lists``)."""
    pattern = literal(list_item_formula(SQL_FORMULA_TRIGGERS))
    return f"coalesce(regexp_replace({value}, {pattern}, '\\1''\\2', 'g'), '')"


@dataclass(frozen=True)
class CellRule:
    """What a column type means, and how both CSV writers write its cells."""

    meaning: str
    #: In double quotes, as every text is; a plain value (a number, a date) is written bare.
    quoted: bool
    #: SQL of the cell, from SQL of the value; NULL stays an empty cell.
    sql: Callable[[str], str]
    #: The cell's text from a value that is not None; None: the value is written as it is.
    python: Callable[[object], str] | None = None


CELL_RULES = {
    INTEGER: CellRule(
        "A whole number, written plainly; empty when unknown.",
        quoted=False,
        sql=lambda value: value,
    ),
    DATE: CellRule(
        "An ISO 8601 date (YYYY-MM-DD); empty when unknown.",
        quoted=False,
        python=lambda day: day.isoformat(),
        sql=lambda value: f"to_char({value}, 'YYYY-MM-DD')",
    ),
    DATETIME: CellRule(
        "An ISO 8601 date and time in UTC (YYYY-MM-DDTHH:MM:SS.ffffff+00:00).",
        quoted=False,
        python=lambda moment: moment.isoformat(timespec="microseconds"),
        sql=lambda value: (
            f"""to_char({value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""
        ),
    ),
    BOOLEAN: CellRule(
        "true or false.",
        quoted=False,
        python=lambda flag: "true" if flag else "false",
        sql=lambda value: f"CASE WHEN {value} THEN 'true' WHEN NOT {value} THEN 'false' END",
    ),
    TEXT: CellRule("Free text as the tracker records it.", True, guard_sql, guard),
    CODE: CellRule(
        "One of a fixed list of values (listed with the column).", True, guard_sql, guard
    ),
    SLUG: CellRule(
        "Stable identifier of an actor or negotiation: lowercase letters, digits, hyphens.",
        True,
        guard_sql,
        guard,
    ),
    EDTF: CellRule(
        "A date in EDTF, the Library of Congress's Extended Date/Time Format (ISO 8601-2), "
        "at the precision the source gives: a day 2024-03-19, a month 2024-03, a year 2024, "
        "a week as the interval of its days 2024-03-11/2024-03-17, on_or_before as one day "
        "of a set: [..2024-03-19], or [2024-03-11..2024-03-19] with an earliest day; empty "
        "when unknown.",
        quoted=False,
        python=str,
        sql=lambda value: value,
    ),
    LIST: CellRule(
        f"In the CSV, several values separated by “{LIST_SEPARATOR}” (one within a value "
        f"is written {SEPARATOR_IN_AN_ITEM}), each protected as text is, empty when there are "
        "none; in JSON, an array of the values as stored, [] when there are none.",
        True,
        list_cell_sql,
        list_cell,
    ),
}

TYPE_MEANINGS = {kind: rule.meaning for kind, rule in CELL_RULES.items()}
#: Types written as they are; every other cell is quoted and protected against formulas.
PLAIN_TYPES = frozenset(kind for kind, rule in CELL_RULES.items() if not rule.quoted)


# --- Columns --------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a dataset: its stable name, type and meaning, and where it is read."""

    name: str
    type: str
    meaning: str
    path: str | None = None  # values_list path; defaults to the name
    choices: tuple = ()
    #: Empty where this holds: a precision or a qualifier says how firm a value is, and
    #: there is none to qualify when the value is absent.
    absent_when: Q | None = None
    #: What is read, when it is computed from fields rather than one field (``path``).
    computed: object = None

    @property
    def source_path(self):
        return self.path or self.name

    @property
    def cells(self):
        """How both writers write this column's cells."""
        return CELL_RULES[self.type]

    def expression(self):
        """What both writers read for this column: the field (or what is computed from its
        fields), or NULL beside an absent value."""
        value = F(self.source_path) if self.computed is None else self.computed
        if self.type == CODE:
            # A code left blank is absent, as a NULL one is.
            value = NullIf(value, Value(""))
        if self.absent_when is None:
            return value
        return Case(When(self.absent_when, then=Value(None)), default=value)


def code(name, meaning, choices, path=None, absent_when=None):
    """A column holding one value of a Django choices enumeration."""
    return Column(name, CODE, meaning, path, tuple(choices.values), absent_when)


def approximate_date(name, what, path=None):
    """The three columns of an approximate date; ``path`` reaches another record's date."""
    path = path or name
    return (
        Column(
            name,
            DATE,
            f"{what}: the day, or the first day of the week (Monday), month or year it stands "
            "for; for on_or_before, the latest day it can be.",
            path,
        ),
        code(
            f"{name}_precision",
            f"How precisely the source gives {name}: day, week, month, year, or on_or_before "
            f"(undated, no later than {name}); empty when {name} is.",
            DatePrecision,
            f"{path}_precision",
            absent_when=Q(**{f"{path}__isnull": True}),
        ),
        Column(
            f"{name}_earliest",
            DATE,
            "For on_or_before only: the earliest day it can be, where a source bounds it; "
            "empty when no earliest day is known.",
            f"{path}_earliest",
        ),
        Column(
            f"{name}_edtf",
            EDTF,
            f"{name} with its precision and earliest day in one EDTF value.",
            path,
            computed=edtf_of(path),
        ),
    )


class IsoDay(Func):
    """A date, or the day of a date and time, as its ISO day (YYYY-MM-DD) in SQL: SQLite
    keeps dates as ISO text; on PostgreSQL, ``to_char``, as the DATE cells are written."""

    arity = 1
    output_field = CharField()
    template = "SUBSTR(CAST(%(expressions)s AS text), 1, 10)"

    def as_postgresql(self, compiler, connection, **extra_context):
        template = "to_char(%(expressions)s, 'YYYY-MM-DD')"
        return self.as_sql(compiler, connection, template=template, **extra_context)


def edtf_of(path):
    """SQL of ``ApproximateDate.edtf`` for the approximate date at ``path``, on both databases."""
    day, precision = F(path), f"{path}_precision"
    week_end = ExpressionWrapper(day + datetime.timedelta(days=6), output_field=DateTimeField())
    earliest = Coalesce(IsoDay(F(f"{path}_earliest")), Value(""))
    return Case(
        When(**{f"{path}__isnull": True}, then=Value(None)),
        When(**{precision: DatePrecision.MONTH}, then=Substr(IsoDay(day), 1, 7)),
        When(**{precision: DatePrecision.YEAR}, then=Substr(IsoDay(day), 1, 4)),
        When(
            **{precision: DatePrecision.WEEK},
            then=Concat(IsoDay(day), Value("/"), IsoDay(week_end)),
        ),
        When(
            **{precision: DatePrecision.ON_OR_BEFORE},
            then=Concat(Value("["), earliest, Value(".."), IsoDay(day), Value("]")),
        ),
        default=IsoDay(day),
        output_field=CharField(),
    )


def approximate_quantity(name, what):
    """The four columns of an approximate quantity: minimum, maximum, qualifier and the
    source's words."""
    return (
        Column(f"{name}_min", INTEGER, f"{what}: lower bound (equal to max for a single number)."),
        Column(f"{name}_max", INTEGER, f"{what}: upper bound (equal to min for a single number)."),
        code(
            f"{name}_qualifier",
            f"How firm the {what.lower()} is: exact, about, at least (no max), up to (no min), "
            "in words only (see the words; bounds only where the words imply them); empty when "
            "there is no number.",
            Qualifier,
            absent_when=Q(
                **{f"{name}_min__isnull": True, f"{name}_max__isnull": True, f"{name}_words": ""}
            ),
        ),
        Column(
            f"{name}_words",
            TEXT,
            f"{what} in the source's words (“several hundred”, “about 1.5 million”), "
            "when they say more than the bounds.",
        ),
    )


def identifier(meaning):
    return Column("id", INTEGER, meaning)


NEGOTIATION = Column(
    "negotiation", SLUG, "Slug of the negotiation the row belongs to.", "negotiation__slug"
)
UPDATED_AT = Column(
    "updated_at", DATETIME, "When the row was last changed (what ?updated_since= compares)."
)
