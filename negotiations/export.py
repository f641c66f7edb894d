"""Analyst exports: each dataset's columns, their types and meanings, and the streaming writers.

One definition per dataset drives the data dictionary page (/export/), the CSV and JSON
downloads and the ``export`` management command, so the three cannot drift apart.

Rows are read with ``values_list(...).iterator()`` in chunks; the lists a row carries
(its sources, the actors linked to it) are read with one extra query per chunk, so an
export costs the same few queries whatever the number of rows, plus a bounded few per
chunk of ``CHUNK_SIZE`` rows, and holds at most one chunk in memory. On PostgreSQL the
CSV is written by the database instead, in one COPY statement (``export_postgres``).
"""

import csv
import datetime
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import batched

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Lower, NullIf
from django.utils import timezone

from . import filters
from .fields import DatePrecision, Qualifier, chronological
from .models import (
    Actor,
    ActorAlias,
    Attendance,
    Citation,
    Correction,
    Event,
    ExchangeCategory,
    ExchangeTerm,
    Figure,
    Issue,
    IssueTopic,
    Membership,
    Milestone,
    Negotiation,
    OtherTerm,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalLink,
    Risk,
    Round,
    Source,
    Statement,
    StatusChange,
)
from .pages.standing import STANDING_CODES

SCHEMA_VERSION = "1.7"
#: (version, date, what changed), newest first; shown on /export/.
SCHEMA_CHANGELOG = (
    (
        "1.7",
        "2026-12-05",
        "New dataset memberships: actors' membership of coalitions and the sides they are "
        "on, with since and until at the precision the sources give (empty: not stated). "
        "Rows of every dataset are in the order of what their dates mean: by the earliest "
        "day each date may be, the more precise first on a tie (1 Feb before Feb), and an "
        "on_or_before with no earliest day just before its day.",
    ),
    (
        "1.6",
        "2026-12-05",
        "New dataset actor-aliases: other names actors go by. Proposals gain standing "
        "(where each stands today, derived from its steps, the same "
        "as on the pages and in the API) with standing_since, proposer_unstated, "
        "addressees_unstated and mediators_unstated (the sources do not say; an empty role "
        "is otherwise only not recorded), editors_note (note stays what the sources leave "
        "open), endorsers and witnesses. Milestones gain the kinds agreed and completed, and "
        "an extension's length (length_*, length_unit). Exchange terms: ratio_per is empty "
        "unless there is a ratio (it was hostage). Other terms gain the kind evacuation with "
        "evacuees and means, from_place and to_place (also for a withdrawal), the units km "
        "and people, and applies_to (an amount for one category, e.g. a class of weapons); a "
        "withdrawal's "
        "extent may be empty (not stated).",
    ),
    (
        "1.5",
        "2026-12-02",
        "New dataset corrections: saves an editor marked as publicly correcting a record, "
        "with when they were recorded and the note readers see.",
    ),
    (
        "1.4",
        "2026-12-02",
        "CSV: every text, code, slug and list cell is in double quotes (numbers, dates, "
        "date-times and booleans are not; an absent value is an empty cell without quotes), "
        "so that no separator an import is told to use can split a cell. The formula guard "
        "also catches a formula after leading spaces, and guards each item of a list. "
        "A semicolon within an item of a CSV list (a source URL) is written %3B. "
        "JSON: a list column is an array (of integers for source_ids), [] when empty; a code "
        "left blank is null in JSON and an empty cell in the CSV, as other absent values are. "
        "Milestones filter by actor. New: deletions (?since=), the rows deleted from each "
        "dataset, from the edit history; updated_since counts a citation added, changed or "
        "removed as a change of the row it cites, and now works on citations too.",
    ),
    (
        "1.3",
        "2026-12-02",
        "Every approximate date gains *_earliest, and *_precision the value on_or_before: "
        "a fact reported without its date, no later than the date given (the report's day), "
        "and no earlier than *_earliest where a source bounds it. A new dataset "
        "negotiations: stage (now with concluded), when the talks began and ended, sources. "
        "Issues are records: a new "
        "dataset issues (each negotiation's, in its own words, with a shared topic); "
        "positions give issue_id, issue (its slug) and issue_topic, and filter by topic. "
        "Sources: published_on is an approximate date (published_on_precision, "
        "published_on_earliest), for a source known only by its month. "
        "Exchange terms name any number of categories: the code column category (with "
        "unspecified) becomes the list column categories (empty when none is named).",
    ),
    (
        "1.2",
        "2026-12-01",
        "Agreements: new datasets milestones, phases and proposal-links; proposals gain "
        "ceasefire_class, form, purpose, coverage, covered_areas, signatories and guarantors. "
        "A term's phase is the number of a row in phases. Exchange terms gain receiving_party, "
        "affiliation, ratio_per and condition, and the groups prisoners_of_war, detainees and "
        "remains; other terms gain condition and eight kinds (initial_term, renewal, "
        "monitoring, corridors, fuel, flights, crossings, disarmament, services). Statements "
        "gain possibly_spoken_by_id: a person an unnamed speaker may be, left undecided.",
    ),
    (
        "1.1",
        "2026-12-01",
        "Absent means empty: a *_precision is empty (JSON null) when its date is, a "
        "*_qualifier when its quantity has neither bound nor words; they were day and exact. "
        "Every quantity gains *_words (the source's words) and the qualifier in_words for a "
        "count given only in words, such as several hundred. New "
        "datasets: status-changes, rounds, attendances, people, risks and citations (the "
        "passages every row rests on).",
    ),
    (
        "1.0",
        "2026-11-25",
        "First published schema: ten datasets, approximate dates as date + date_precision, "
        "approximate quantities as min + max + qualifier, sources as source_ids + source_urls.",
    ),
)

CHUNK_SIZE = 2000
LIST_SEPARATOR = ";"
#: How a semicolon within an item of a CSV list cell is written, so that the list splits
#: where its items meet.
SEPARATOR_IN_AN_ITEM = "%3B"
#: Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = frozenset("=+-@\t\r\0")
#: Spaces an import may trim before it reads a cell ("trim spaces" in LibreOffice); the tab
#: and the carriage return are triggers themselves.
SPACES_BEFORE_A_FORMULA = " \n\x0b\x0c"

# Column types, as the data dictionary names them.
INTEGER = "integer"
DATE = "date"
DATETIME = "datetime"
BOOLEAN = "boolean"
TEXT = "text"
CODE = "code"
SLUG = "slug"
LIST = "list"

TYPE_MEANINGS = {
    INTEGER: "A whole number, written plainly; empty when unknown.",
    DATE: "An ISO 8601 date (YYYY-MM-DD); empty when unknown.",
    DATETIME: "An ISO 8601 date and time in UTC (YYYY-MM-DDTHH:MM:SS.ffffff+00:00).",
    BOOLEAN: "true or false.",
    TEXT: "Free text as the tracker records it.",
    CODE: "One of a fixed list of values (listed with the column).",
    SLUG: "Stable identifier of an actor or negotiation: lowercase letters, digits, hyphens.",
    LIST: f"In the CSV, several values separated by “{LIST_SEPARATOR}” (one within a value "
    f"is written {SEPARATOR_IN_AN_ITEM}), each protected as text is, empty when there are "
    "none; in JSON, an array of the values as stored, [] when there are none.",
}
#: Types written as they are; every other cell is quoted and protected against formulas.
PLAIN_TYPES = frozenset({INTEGER, DATE, DATETIME, BOOLEAN})


def list_item_formula(triggers=FORMULA_TRIGGERS):
    """A regular expression (Python's and PostgreSQL's alike) matching the start of each
    list item that would begin a formula; ``\\1'\\2`` puts a quote before it."""
    characters = "".join(sorted(triggers - {"-"})) + "-"
    return f"(^|{re.escape(LIST_SEPARATOR)})([{SPACES_BEFORE_A_FORMULA}]*[{characters}])"


LIST_ITEM_FORMULA = re.compile(list_item_formula())


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

    @property
    def source_path(self):
        return self.path or self.name

    def expression(self):
        """What both writers read for this column: the field, or NULL beside an absent value."""
        value = F(self.source_path)
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


class CitedSources:
    """``source_ids`` and ``source_urls`` of the record a row rests on, one query per chunk."""

    def __init__(self, model, key="id", whose="the row"):
        self.model = model
        self.key = key
        self.columns = (
            Column(
                "source_ids",
                LIST,
                f"Ids of the sources {whose} cites (see the sources dataset), ascending.",
            ),
            Column(
                "source_urls",
                LIST,
                "URLs of those sources, in the same order; an empty item where a source "
                "has no URL.",
            ),
        )

    def fetch(self, keys):
        content_type = ContentType.objects.get_for_model(self.model)
        citations = (
            Citation.objects.filter(content_type=content_type, object_id__in=keys)
            .values_list("object_id", "source_id", "source__url")
            .order_by("object_id", "source_id")
        )
        sources = defaultdict(dict)
        for record, source, url in citations:
            sources[record][source] = url
        return {record: (list(cited), list(cited.values())) for record, cited in sources.items()}


class LinkedRecords:
    """A field (the slug of actors, the code of categories) of the records a many-to-many
    relation links to a row, one query per chunk."""

    def __init__(self, name, relation, meaning, field="slug"):
        self.relation = relation.field
        self.field = field
        self.key = "id"
        self.columns = (Column(name, LIST, meaning),)

    def fetch(self, keys):
        through = self.relation.remote_field.through
        record = self.relation.m2m_field_name()
        linked = f"{self.relation.m2m_reverse_field_name()}__{self.field}"
        links = (
            through.objects.filter(**{f"{record}__in": keys})
            .values_list(f"{record}_id", linked)
            .order_by(f"{record}_id", linked)
        )
        slugs = defaultdict(list)
        for row, slug in links:
            slugs[row].append(slug)
        return {row: (found,) for row, found in slugs.items()}


@dataclass(frozen=True)
class Dataset:
    """A downloadable dataset: its rows, columns, filters and order."""

    name: str
    title: str
    description: str
    model: type
    filterset: type
    columns: tuple
    ordering: tuple
    lists: tuple = ()  # CitedSources / LinkedRecords: their columns come last
    #: A row counts as changed when any of these timestamps is at or after ?updated_since=.
    updated_paths: tuple = ("updated_at",)
    #: Annotates the rows with computed columns (a proposal's standing).
    prepare: object = None
    all_columns: tuple = field(init=False)

    def __post_init__(self):
        list_columns = tuple(column for lookup in self.lists for column in lookup.columns)
        object.__setattr__(self, "all_columns", (*self.columns, *list_columns))

    @property
    def header(self):
        return [column.name for column in self.all_columns]

    @property
    def filter_names(self):
        return list(self.filterset.base_filters)

    def queryset(self):
        rows = self.model._default_manager.all()
        return self.prepare(rows) if self.prepare else rows

    @property
    def tracks_changes(self):
        """Whether ``?updated_since=`` can tell this dataset's changed rows."""
        return bool(self.updated_paths) or self.model is Citation

    def changed_since(self, queryset, moment):
        """Rows changed at or after ``moment``. The sources a row lists change with it: a
        citation added, changed or removed (its edit history says when), or a cited source
        edited, changes every row that lists that record's sources."""
        changed = Q()
        for path in self.updated_paths:
            changed |= Q(**{f"{path}__gte": moment})
        recent = Citation.history.filter(history_date__gte=moment)
        if self.model is Citation:
            changed |= Q(pk__in=recent.values("id"))
        for lookup in self.lists:
            if isinstance(lookup, CitedSources):
                content_type = ContentType.objects.get_for_model(lookup.model)
                recited = recent.filter(content_type=content_type).values("object_id")
                resourced = Citation.objects.filter(
                    content_type=content_type, source__updated_at__gte=moment
                ).values("object_id")
                changed |= Q(**{f"{lookup.key}__in": recited}) | Q(
                    **{f"{lookup.key}__in": resourced}
                )
        return queryset.filter(changed)

    def rows(self, queryset, chunk_size=None):
        """Typed value tuples in header order, read chunk by chunk."""
        chunk_size = chunk_size or CHUNK_SIZE
        names = [column.name for column in self.columns]
        values = queryset.values_list(*(column.expression() for column in self.columns)).order_by(
            *self.ordering
        )
        lookups = [(lookup, names.index(lookup.key)) for lookup in self.lists]
        for chunk in batched(values.iterator(chunk_size=chunk_size), chunk_size):
            found = [
                (
                    lookup.fetch({row[key] for row in chunk if row[key] is not None}),
                    key,
                    ((),) * len(lookup.columns),
                )
                for lookup, key in lookups
            ]
            for row in chunk:
                for extra, key, missing in found:
                    row += extra.get(row[key], missing)
                yield row


# --- The datasets --------------------------------------------------------------------

# Rows of a record in the order of its record's date (``chronological``), undated last.
PROPOSALS_IN_ORDER = [
    F("proposal__date_order_day").asc(nulls_last=True),
    F("proposal__date_order_rank").asc(),
]
ROUNDS_IN_ORDER = [
    F("round__start_order_day").asc(nulls_last=True),
    F("round__start_order_rank").asc(),
]


def proposal_columns():
    """The proposal an exchange or other term belongs to, repeated so the file stands alone."""
    return (
        Column("negotiation", SLUG, NEGOTIATION.meaning, "proposal__negotiation__slug"),
        Column("proposal_id", INTEGER, "Id of the proposal (see the proposals dataset)."),
        Column("proposal_title", TEXT, "Title of the proposal.", "proposal__title"),
        *approximate_date("proposal_date", "When the proposal was put forward", "proposal__date"),
    )


DATASETS = {
    dataset.name: dataset
    for dataset in (
        Dataset(
            name="negotiations",
            title="Negotiations",
            description="Each set of talks: its stage, and when it began and ended where the "
            "sources say.",
            model=Negotiation,
            filterset=filters.NegotiationFilter,
            ordering=("title", "pk"),
            columns=(
                identifier("Id of the negotiation."),
                Column("slug", SLUG, "Its address; the negotiation column of other datasets."),
                Column("title", TEXT, "The talks' name."),
                Column("summary", TEXT, "A summary, if any."),
                code("stage", "Where the talks stand.", Negotiation.Stage),
                *approximate_date("start", "When the talks began (empty if no source says)"),
                *approximate_date("end", "When they ended (empty while they go on)"),
                UPDATED_AT,
            ),
            lists=(CitedSources(Negotiation),),
        ),
        Dataset(
            name="events",
            title="Events",
            description="What happened: meetings, visits, statements, proposals, truces.",
            model=Event,
            filterset=filters.EventFilter,
            ordering=(*chronological(),),
            columns=(
                identifier("Id of the event."),
                NEGOTIATION,
                *approximate_date("date", "When it happened"),
                Column("date_note", TEXT, "How the date was resolved, or what is uncertain."),
                code("kind", "Kind of event.", Event.Kind),
                Column("title", TEXT, "What happened, in one line."),
                Column("summary", TEXT, "Longer account, if any."),
                Column("place", TEXT, "Where, if the source says."),
                Column("round_id", INTEGER, "Id of the round of talks it belongs to, if any."),
                Column("proposal_id", INTEGER, "Id of the proposal it concerns, if any."),
                Column("statement_id", INTEGER, "Id of the statement it reports, if any."),
                UPDATED_AT,
            ),
            lists=(
                LinkedRecords(
                    "participants", Event.participants, "Slugs of the actors taking part."
                ),
                CitedSources(Event),
            ),
        ),
        Dataset(
            name="proposals",
            title="Proposals",
            description="Proposals, counter-proposals, frameworks and agreements.",
            model=Proposal,
            filterset=filters.ProposalFilter,
            ordering=(*chronological(),),
            prepare=lambda proposals: proposals.with_standing(),
            columns=(
                identifier("Id of the proposal."),
                NEGOTIATION,
                code("kind", "Proposal, counter-proposal, framework or agreement.", Proposal.Kind),
                Column("title", TEXT, "Title of the proposal."),
                Column("summary", TEXT, "What it contains, in brief."),
                Column(
                    "proposed_by",
                    SLUG,
                    "Slug of the actor who made it; empty when the sources do not say.",
                    "proposed_by__slug",
                ),
                *approximate_date("date", "When it was put forward (empty if not yet)"),
                code("status", "Its latest status.", Proposal.Status),
                Column(
                    "standing",
                    CODE,
                    "Where it stands today, derived from its steps as on its page: "
                    "superseded (a later text supersedes it), else what its latest step made "
                    "it (announced, agreed, signed, in_force, suspended, completed, expired, "
                    "terminated, collapsed), else its status.",
                    None,
                    tuple(STANDING_CODES),
                ),
                *approximate_date(
                    "standing_since", "The date of the step that decided its standing, if any"
                ),
                Column("responds_to_id", INTEGER, "Id of the proposal it answers, if any."),
                code(
                    "ceasefire_class",
                    "Unilateral, bilateral or multilateral; empty where the sources do not say.",
                    Proposal.CeasefireClass,
                ),
                code("form", "Written or verbal; empty where unknown.", Proposal.Form),
                code(
                    "purpose",
                    "Humanitarian pause, preliminary to talks, or definitive; empty where unknown.",
                    Proposal.Purpose,
                ),
                code(
                    "coverage",
                    "The whole territory or named areas only; empty where unknown.",
                    Proposal.Coverage,
                ),
                Column("covered_areas", TEXT, "The areas covered, as the sources name them."),
                Column("note", TEXT, "What the sources leave open."),
                Column("editors_note", TEXT, "The editors' note to readers."),
                Column(
                    "proposer_unstated", BOOLEAN, "Whether the sources do not say who proposed it."
                ),
                Column(
                    "addressees_unstated",
                    BOOLEAN,
                    "Whether the sources do not say to whom it was put.",
                ),
                Column(
                    "mediators_unstated",
                    BOOLEAN,
                    "Whether the sources do not say if it passed through a mediator.",
                ),
                UPDATED_AT,
            ),
            lists=(
                LinkedRecords(
                    "addressed_to", Proposal.addressed_to, "Slugs of the actors it was put to."
                ),
                LinkedRecords(
                    "mediators", Proposal.mediators, "Slugs of the actors it was passed through."
                ),
                LinkedRecords(
                    "signatories", Proposal.signatories, "Slugs of the actors who signed."
                ),
                LinkedRecords(
                    "guarantors", Proposal.guarantors, "Slugs of the actors who guarantee it."
                ),
                LinkedRecords(
                    "endorsers",
                    Proposal.endorsers,
                    "Slugs of the actors who endorsed it without signing.",
                ),
                LinkedRecords(
                    "witnesses", Proposal.witnesses, "Slugs of the actors who signed as witnesses."
                ),
                CitedSources(Proposal),
            ),
        ),
        Dataset(
            name="exchange-terms",
            title="Exchange terms",
            description="One row per exchange term of a proposal: who releases whom, how many, "
            "at what ratio; the proposal's id, title and date are repeated.",
            model=ExchangeTerm,
            filterset=filters.ExchangeTermFilter,
            ordering=(*PROPOSALS_IN_ORDER, "proposal_id", "phase__number", "pk"),
            updated_paths=("updated_at", "proposal__updated_at"),
            columns=(
                identifier("Id of the exchange term."),
                *proposal_columns(),
                Column(
                    "releasing_party",
                    SLUG,
                    "Slug of the actor releasing; empty when the sources do not say.",
                    "releasing_party__slug",
                ),
                Column(
                    "receiving_party",
                    SLUG,
                    "Slug of the actor they are released to; empty when the sources do not say.",
                    "receiving_party__slug",
                ),
                code(
                    "group",
                    "Who is released: hostages, prisoners, prisoners of war, detainees, remains.",
                    ExchangeTerm.Group,
                ),
                Column(
                    "affiliation", TEXT, "Their nationality or affiliation, as the sources say."
                ),
                *approximate_quantity("count", "Number released"),
                *approximate_quantity("ratio", "Released per one of the other side's"),
                code(
                    "ratio_per", "Whom of the other side's the ratio counts.", ExchangeTerm.RatioPer
                ),
                Column(
                    "phase",
                    INTEGER,
                    "Number of its phase (see the phases dataset); empty if not phased.",
                    "phase__number",
                ),
                Column("condition", TEXT, "The condition it applies under, as the sources say."),
                Column("description", TEXT, "The term in the source's terms."),
                Column(
                    "updated_at",
                    DATETIME,
                    "When the term was last changed; ?updated_since= also returns the terms "
                    "of a proposal changed since.",
                ),
            ),
            lists=(
                LinkedRecords(
                    "categories",
                    ExchangeTerm.categories,
                    "Codes of the categories the term names, of: "
                    + ", ".join(ExchangeCategory.Code.values)
                    + "; empty when it names none.",
                    field="code",
                ),
                CitedSources(Proposal, key="proposal_id", whose="the proposal"),
            ),
        ),
        Dataset(
            name="other-terms",
            title="Other terms",
            description="One row per non-exchange term of a proposal (truce, withdrawal, aid, "
            "return of the displaced, …); the proposal's id, title and date are repeated.",
            model=OtherTerm,
            filterset=filters.OtherTermFilter,
            ordering=(*PROPOSALS_IN_ORDER, "proposal_id", "phase__number", "pk"),
            updated_paths=("updated_at", "proposal__updated_at"),
            columns=(
                identifier("Id of the term."),
                *proposal_columns(),
                code("kind", "Kind of term.", OtherTerm.Kind),
                *approximate_quantity("amount", "Amount"),
                code("unit", "Unit of the amount (empty when there is none).", OtherTerm.Unit),
                code(
                    "withdrawal_extent",
                    "For a withdrawal: none, partial or complete; empty otherwise, and where the "
                    "sources do not give it.",
                    OtherTerm.WithdrawalExtent,
                ),
                Column(
                    "applies_to",
                    TEXT,
                    "What the amount is for, where it differs by category (a class of weapons).",
                ),
                Column("from_place", TEXT, "For an evacuation or a withdrawal: from where."),
                Column("to_place", TEXT, "For an evacuation or a withdrawal: to where."),
                Column("means", TEXT, "For an evacuation: by what means."),
                Column(
                    "phase",
                    INTEGER,
                    "Number of its phase (see the phases dataset); empty if not phased.",
                    "phase__number",
                ),
                Column("condition", TEXT, "The condition it applies under, as the sources say."),
                Column("description", TEXT, "The term in the source's terms."),
                UPDATED_AT,
            ),
            lists=(
                LinkedRecords(
                    "evacuees",
                    OtherTerm.evacuees,
                    "For an evacuation, codes of who is evacuated, of: "
                    + ", ".join(ExchangeCategory.Code.values)
                    + "; empty when the sources name none.",
                    field="code",
                ),
                CitedSources(Proposal, key="proposal_id", whose="the proposal"),
            ),
        ),
        Dataset(
            name="statements",
            title="Statements",
            description="What was said, by whom, for whom, when and where.",
            model=Statement,
            filterset=filters.StatementFilter,
            ordering=(*chronological(),),
            columns=(
                identifier("Id of the statement."),
                NEGOTIATION,
                *approximate_date("date", "When it was said"),
                Column("date_note", TEXT, "How the date was resolved."),
                Column("speaker_name", TEXT, "Name of the speaker, if given.", "speaker__name"),
                Column("speaker_title", TEXT, "Office or role of the speaker.", "speaker__title"),
                Column(
                    "speaker_description",
                    TEXT,
                    "An unnamed speaker as the source describes them.",
                ),
                Column(
                    "possibly_spoken_by_id",
                    INTEGER,
                    "For an unnamed speaker, a person (see people) it may be, where the sources "
                    "leave open whether it is.",
                ),
                Column("on_behalf_of", SLUG, "Slug of the actor spoken for.", "on_behalf_of__slug"),
                Column("outlet", SLUG, "Slug of the media outlet, if any.", "outlet__slug"),
                Column("text", TEXT, "What was said."),
                Column(
                    "is_direct_quote",
                    BOOLEAN,
                    "true: the text is quoted exactly; false: a paraphrase.",
                ),
                UPDATED_AT,
            ),
            lists=(CitedSources(Statement),),
        ),
        Dataset(
            name="positions",
            title="Positions",
            description="Each actor's stance on each issue, as of a date.",
            model=Position,
            filterset=filters.PositionFilter,
            ordering=(Lower("issue__name").asc(), "issue_id", "actor__name", *chronological()),
            columns=(
                identifier("Id of the position."),
                NEGOTIATION,
                Column("actor", SLUG, "Slug of the actor holding it.", "actor__slug"),
                Column("issue_id", INTEGER, "Id of the issue, a row in issues.", "issue_id"),
                Column(
                    "issue",
                    SLUG,
                    "Slug of the issue, unique within the negotiation.",
                    "issue__slug",
                ),
                code(
                    "issue_topic",
                    "The shared topic the issue is a case of.",
                    IssueTopic,
                    "issue__topic",
                ),
                Column("stance", TEXT, "The stance in a few words."),
                Column("detail", TEXT, "More detail, if any."),
                *approximate_date("date", "As of when (empty if unknown)"),
                Column("date_note", TEXT, "What is known of the date."),
                UPDATED_AT,
            ),
            lists=(CitedSources(Position),),
        ),
        Dataset(
            name="figures",
            title="Figures",
            description="Key numbers: what they count, who says so, as of when.",
            model=Figure,
            filterset=filters.FigureFilter,
            ordering=(*chronological(),),
            columns=(
                identifier("Id of the figure."),
                NEGOTIATION,
                Column("counts", TEXT, "What the number counts."),
                *approximate_quantity("value", "Value"),
                Column(
                    "attributed_to",
                    SLUG,
                    "Slug of the actor it is attributed to, if any.",
                    "attributed_to__slug",
                ),
                Column("attribution", TEXT, "Who says so, in the source's words."),
                *approximate_date("date", "As of when"),
                Column("part_of_id", INTEGER, "Id of the larger figure it breaks down, if any."),
                Column("note", TEXT, "Note."),
                UPDATED_AT,
            ),
            lists=(CitedSources(Figure),),
        ),
        Dataset(
            name="actors",
            title="Actors",
            description="States, armed groups, organisations and offices. Actors cite no "
            "source of their own.",
            model=Actor,
            filterset=filters.ActorFilter,
            ordering=("name", "pk"),
            columns=(
                identifier("Id of the actor."),
                Column("slug", SLUG, "Stable slug; other datasets refer to actors by it."),
                Column("name", TEXT, "Name."),
                code("kind", "Kind of actor.", Actor.Kind),
                Column("description", TEXT, "Description."),
                Column(
                    "part_of", SLUG, "Slug of the actor it belongs to, if any.", "part_of__slug"
                ),
                UPDATED_AT,
            ),
        ),
        Dataset(
            name="actor-aliases",
            title="Actor aliases",
            description="Other names actors go by (“Ansar Allah” for the Houthis); the search "
            "of every page and dataset finds an actor by them.",
            model=ActorAlias,
            filterset=filters.ActorAliasFilter,
            ordering=("actor__name", "name", "pk"),
            columns=(
                identifier("Id of the alias."),
                Column("actor", SLUG, "Slug of the actor.", "actor__slug"),
                Column("name", TEXT, "The other name."),
                UPDATED_AT,
            ),
        ),
        Dataset(
            name="memberships",
            title="Memberships",
            description="Actors' membership of coalitions, alliances and contact groups, and "
            "the sides they are on, each from and to when the sources say (empty: not stated).",
            model=Membership,
            filterset=filters.MembershipFilter,
            ordering=("member__name", "group__name", *chronological("since")),
            columns=(
                identifier("Id of the membership."),
                Column("member", SLUG, "Slug of the member actor.", "member__slug"),
                Column(
                    "group",
                    SLUG,
                    "Slug of the group, or of the party it sides with.",
                    "group__slug",
                ),
                code("relation", "member_of, or on_the_side_of.", Membership.Relation),
                *approximate_date("since", "Since when (empty if the sources do not say)"),
                *approximate_date("until", "Until when (empty if the sources do not say)"),
                UPDATED_AT,
            ),
            lists=(CitedSources(Membership),),
        ),
        Dataset(
            name="participations",
            title="Participations",
            description="The role each actor plays in each negotiation.",
            model=Participation,
            filterset=filters.ParticipationFilter,
            ordering=("negotiation__title", "role", "actor__name", "pk"),
            columns=(
                identifier("Id of the participation."),
                NEGOTIATION,
                Column("actor", SLUG, "Slug of the actor.", "actor__slug"),
                code("role", "Party, mediator, facilitator or guarantor.", Participation.Role),
                UPDATED_AT,
            ),
            lists=(CitedSources(Participation),),
        ),
        Dataset(
            name="sources",
            title="Sources",
            description="The documents every other row cites (their source_ids are these ids).",
            model=Source,
            filterset=filters.SourceFilter,
            ordering=(*chronological("published_on"),),
            columns=(
                identifier("Id of the source."),
                Column("title", TEXT, "How the tracker refers to it."),
                Column("headline", TEXT, "Headline as published, if known."),
                code("kind", "Kind of document.", Source.Kind),
                Column("publisher", TEXT, "Publisher, if known."),
                Column("url", TEXT, "URL, if known."),
                Column("archive_reference", TEXT, "Where the tracker keeps its copy."),
                *approximate_date("published_on", "When it was published"),
                Column("dateline", TEXT, "Place and day the report speaks from."),
                UPDATED_AT,
            ),
        ),
        Dataset(
            name="status-changes",
            title="Status changes",
            description="Each proposal's statuses over time (presented, accepted, rejected, "
            "…), each dated and cited; the proposal's id, title and date are repeated.",
            model=StatusChange,
            filterset=filters.StatusChangeFilter,
            ordering=(*chronological()[:2], "proposal_id", "pk"),
            columns=(
                identifier("Id of the status change."),
                *proposal_columns(),
                code("status", "The status from this date.", Proposal.Status),
                *approximate_date("date", "As of when"),
                Column("note", TEXT, "What the source says of it."),
                UPDATED_AT,
            ),
            lists=(CitedSources(StatusChange),),
        ),
        Dataset(
            name="milestones",
            title="Milestones",
            description="Each agreement's (or proposal's) dated steps: announced, signed, "
            "entered into force, extended, suspended, resumed, expired, terminated, collapsed; "
            "the proposal's id, title and date are repeated.",
            model=Milestone,
            filterset=filters.MilestoneFilter,
            ordering=(*chronological()[:2], "proposal_id", Milestone.kind_order().asc(), "pk"),
            columns=(
                identifier("Id of the milestone."),
                *proposal_columns(),
                code("kind", "The step.", Milestone.Kind),
                *approximate_date("date", "When it happened"),
                *approximate_date(
                    "scheduled_end", "The end it was then due to have, if the sources give it"
                ),
                *approximate_quantity("length", "An extension's length"),
                code(
                    "length_unit",
                    "Unit of an extension's length (empty when there is none).",
                    Phase.Unit,
                ),
                Column("place", TEXT, "Where, if the sources say."),
                Column("note", TEXT, "What the source says of it."),
                UPDATED_AT,
            ),
            lists=(
                LinkedRecords("actors", Milestone.actors, "Slugs of the actors who acted."),
                CitedSources(Milestone),
            ),
        ),
        Dataset(
            name="phases",
            title="Phases",
            description="The phases of phased proposals and agreements: duration, dates and "
            "the condition for moving on; terms name their phase by number.",
            model=Phase,
            filterset=filters.PhaseFilter,
            ordering=("proposal_id", "number"),
            updated_paths=("updated_at", "proposal__updated_at"),
            columns=(
                identifier("Id of the phase."),
                *proposal_columns(),
                Column("number", INTEGER, "Number of the phase, from 1."),
                *approximate_quantity("duration", "Duration"),
                code(
                    "duration_unit", "Unit of the duration (empty when there is none).", Phase.Unit
                ),
                *approximate_date("start", "When it started (empty if the sources do not say)"),
                *approximate_date("end", "When it ended (empty if the sources do not say)"),
                Column(
                    "condition_to_advance",
                    TEXT,
                    "What must happen before the next phase, as the sources state it.",
                ),
                Column("description", TEXT, "The phase in the sources' terms."),
                UPDATED_AT,
            ),
            lists=(CitedSources(Proposal, key="proposal_id", whose="the proposal"),),
        ),
        Dataset(
            name="proposal-links",
            title="Links between proposals",
            description="How one proposal stands to another beyond answering it: implements, "
            "extends, mirrors (signed separately in parallel), supersedes.",
            model=ProposalLink,
            filterset=filters.ProposalLinkFilter,
            ordering=("proposal_id", "kind", "other_id", "pk"),
            columns=(
                identifier("Id of the link."),
                *proposal_columns(),
                code("kind", "How the proposal stands to the other.", ProposalLink.Kind),
                Column("other_id", INTEGER, "Id of the other proposal."),
                Column("other_title", TEXT, "Title of the other proposal.", "other__title"),
                Column(
                    "other_negotiation",
                    SLUG,
                    "Slug of the other proposal's negotiation.",
                    "other__negotiation__slug",
                ),
                Column("note", TEXT, "What the sources say of the link."),
                UPDATED_AT,
            ),
            lists=(CitedSources(Proposal, key="proposal_id", whose="the linking proposal"),),
        ),
        Dataset(
            name="rounds",
            title="Rounds",
            description="Rounds of talks: where, from when to when, and what they produced.",
            model=Round,
            filterset=filters.RoundFilter,
            ordering=(*chronological("start"),),
            columns=(
                identifier("Id of the round."),
                NEGOTIATION,
                Column("title", TEXT, "Title of the round."),
                Column("venue", TEXT, "Where it was held."),
                *approximate_date("start", "When it started"),
                *approximate_date("end", "When it ended (empty if the sources do not say)"),
                Column("outcome", TEXT, "What the round produced, per the sources."),
                UPDATED_AT,
            ),
            lists=(CitedSources(Round),),
        ),
        Dataset(
            name="attendances",
            title="Attendances",
            description="Who attended each round, for whom; an unnamed delegation is described "
            "as the source puts it. They cite the round's sources.",
            model=Attendance,
            filterset=filters.AttendanceFilter,
            ordering=(*ROUNDS_IN_ORDER, "round_id", "actor__name", "pk"),
            columns=(
                identifier("Id of the attendance."),
                Column("negotiation", SLUG, NEGOTIATION.meaning, "round__negotiation__slug"),
                Column("round_id", INTEGER, "Id of the round (see the rounds dataset)."),
                Column("actor", SLUG, "Slug of the actor attended for.", "actor__slug"),
                Column("person_id", INTEGER, "Id of the person, if named (see people)."),
                Column("description", TEXT, "Who attended, as the source puts it."),
                UPDATED_AT,
            ),
            lists=(CitedSources(Attendance),),
        ),
        Dataset(
            name="issues",
            title="Issues",
            description="The questions each negotiation's positions are on, in its own words, "
            "each coded with a topic shared by every negotiation.",
            model=Issue,
            filterset=filters.IssueFilter,
            ordering=("negotiation__title", Lower("name").asc(), "pk"),
            columns=(
                identifier("Id of the issue."),
                NEGOTIATION,
                Column("slug", SLUG, "Its address, unique within the negotiation."),
                Column("name", TEXT, "The issue in the negotiation's own words."),
                code("topic", "The shared topic it is a case of.", IssueTopic),
                Column("description", TEXT, "More detail, if any."),
                UPDATED_AT,
            ),
        ),
        Dataset(
            name="people",
            title="People",
            description="Named individuals, and officials the sources name only by office "
            "(an empty name is never filled in).",
            model=Person,
            filterset=filters.PersonFilter,
            ordering=("name", "title", "pk"),
            columns=(
                identifier("Id of the person."),
                Column("name", TEXT, "Name, only as a source gives it; empty otherwise."),
                Column("title", TEXT, "Office or role as the source gives it."),
                Column(
                    "affiliation",
                    SLUG,
                    "Slug of the actor they belong to, if any.",
                    "affiliation__slug",
                ),
                UPDATED_AT,
            ),
            lists=(CitedSources(Person),),
        ),
        Dataset(
            name="risks",
            title="Risks",
            description="What may derail the talks, who named it and when.",
            model=Risk,
            filterset=filters.RiskFilter,
            ordering=(*chronological(),),
            columns=(
                identifier("Id of the risk."),
                NEGOTIATION,
                Column("description", TEXT, "The risk."),
                Column("named_by", SLUG, "Slug of the actor who named it.", "named_by__slug"),
                *approximate_date("date", "When it was named"),
                UPDATED_AT,
            ),
            lists=(CitedSources(Risk),),
        ),
        Dataset(
            name="citations",
            title="Citations",
            description="The evidence: which record rests on which source, with the passage "
            "quoted from it. updated_since reads their edit history; a citation added, "
            "changed or removed also counts as a change of the row it cites.",
            model=Citation,
            filterset=filters.CitationFilter,
            ordering=("content_type__model", "object_id", "source_id", "pk"),
            updated_paths=(),
            columns=(
                identifier("Id of the citation."),
                Column(
                    "record_type",
                    SLUG,
                    "Which dataset's row it supports, by model: event, proposal, statuschange, "
                    "statement, position, figure, risk, round, person, participation.",
                    "content_type__model",
                ),
                Column("record_id", INTEGER, "Id of that row.", "object_id"),
                Column("source_id", INTEGER, "Id of the source (see the sources dataset)."),
                Column("passage", TEXT, "The words of the source, quoted exactly; may be empty."),
            ),
        ),
        Dataset(
            name="corrections",
            title="Corrections",
            description="Public corrections: saves an editor marked as correcting what the "
            "tracker said, with the note readers see. Ordinary edits are not corrections; "
            "deletions lists what was removed. updated_since reads when each was recorded.",
            model=Correction,
            filterset=filters.CorrectionFilter,
            ordering=("corrected_at", "pk"),
            updated_paths=("corrected_at",),
            columns=(
                identifier("Id of the correction."),
                Column(
                    "record_type",
                    SLUG,
                    "Which dataset's row it corrects, by model: event, proposal, exchangeterm, …",
                    "content_type__model",
                ),
                Column("record_id", INTEGER, "Id of that row.", "object_id"),
                Column(
                    "corrected_at",
                    DATETIME,
                    "When the corrected version was recorded (UTC), as the edit history has it.",
                ),
                Column("note", TEXT, "For readers: what was wrong, and what is right now."),
            ),
        ),
    )
}


# --- Request options and filtering ---------------------------------------------------


class QueryStringDateTimeField(forms.DateTimeField):
    """An ISO 8601 date-time read from a query string, as an instant in UTC (no offset: UTC).

    Refused before any row is read when a database could not compare with it: an offset
    beyond PostgreSQL's ±15:59, or an instant outside the years 1 to 9999 once in UTC.
    """

    def to_python(self, value):
        # An unencoded "+" in a query string arrives as a space: "2024-03-18T10:00 01:00".
        head, space, offset = (value or "").strip().rpartition(" ")
        if space and "T" in head and re.fullmatch(r"\d\d:?\d\d", offset):
            value = f"{head}+{offset}"
        moment = super().to_python(value)
        if moment is None:
            return None
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=datetime.UTC)
        if abs(moment.utcoffset()) >= datetime.timedelta(hours=16):
            raise ValidationError("A UTC offset must lie within ±15:59.", code="offset")
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            raise ValidationError(
                "This date-time falls outside the years 1 to 9999 in UTC.", code="range"
            ) from None


class ExportOptions(forms.Form):
    """Parameters an export takes besides the dataset's filters."""

    updated_since = QueryStringDateTimeField(
        required=False,
        help_text="Only rows changed at or after this ISO 8601 date-time (UTC if no offset).",
    )
    bom = forms.ChoiceField(
        required=False,
        choices=[("", "no"), ("0", "no"), ("1", "yes")],
        help_text="1 starts the CSV with a UTF-8 byte-order mark, for Excel.",
    )


#: Query parameters a list page may carry that page through the list rather than narrow
#: it: a download holds every matching row, so they are ignored.
IGNORED_PARAMETERS = frozenset({"page", "after", "before"})


def form_problems(form):
    """``name: problem`` for each error of a form (or filter set); empty when it is valid."""
    if form.is_valid():
        return []
    return [f"{name}: {problem}" for name, problems in form.errors.items() for problem in problems]


class ExportRequest:
    """A dataset, its filters and the export options, validated together."""

    def __init__(self, dataset, data):
        self.dataset = dataset
        self.filters = dataset.filterset(data, queryset=dataset.queryset())
        self.options = ExportOptions(data)
        self.unknown = sorted(
            set(data)
            - set(self.filters.base_filters)
            - set(ExportOptions.base_fields)
            - IGNORED_PARAMETERS
        )

    def errors(self):
        """Messages explaining why the request cannot be answered; empty when it can."""
        messages = []
        if self.unknown:
            accepted = ", ".join([*self.dataset.filter_names, *ExportOptions.base_fields])
            messages.append(
                f"Unknown parameter(s) for {self.dataset.name}: {', '.join(self.unknown)}. "
                f"Accepted: {accepted}."
            )
        for form in (self.filters, self.options):
            messages.extend(form_problems(form))
        if not self.dataset.tracks_changes and self.options.data.get("updated_since"):
            messages.append(
                f"updated_since: {self.dataset.name} rows carry no change time; "
                "download the whole dataset."
            )
        return messages

    def queryset(self):
        """The dataset's records narrowed by the filters and ?updated_since=."""
        queryset = self.filters.qs
        since = self.options.cleaned_data.get("updated_since")
        if since is not None:
            queryset = self.dataset.changed_since(queryset, since)
        return queryset

    @property
    def bom(self):
        return self.options.cleaned_data.get("bom") == "1"

    def filename(self, extension, today=None):
        """Named for its content, e.g. events-israel-hamas-ceasefire-talks-2026-11-25.csv."""
        today = today or timezone.localdate()
        negotiation = self.filters.form.cleaned_data.get("negotiation")
        parts = [self.dataset.name, negotiation.slug if negotiation else None, today.isoformat()]
        return "-".join(part for part in parts if part) + f".{extension}"


# --- Deletions -----------------------------------------------------------------------


class Deletions:
    """What was deleted from the other datasets, and when, from the edit history: with
    ``?updated_since=``, what a copy needs to stay in sync."""

    name = "deletions"
    title = "Deletions"
    description = (
        "One row per row deleted from another dataset: the dataset, the id it had and when "
        "it was deleted, oldest first. ?since= gives those deleted at or after a moment."
    )
    all_columns = (
        Column("dataset", CODE, "The dataset the row was deleted from.", choices=tuple(DATASETS)),
        Column("id", INTEGER, "The id the row had in that dataset."),
        Column("deleted_at", DATETIME, "When it was deleted, in UTC."),
    )
    lists = ()

    @property
    def header(self):
        return [column.name for column in self.all_columns]

    def rows(self, since=None):
        """(dataset, id, deleted_at) tuples in order of deletion, in one query."""
        branches = []
        for dataset in DATASETS.values():
            deleted = dataset.model.history.filter(history_type="-")
            if since is not None:
                deleted = deleted.filter(history_date__gte=since)
            branches.append(
                deleted.annotate(dataset=Value(dataset.name))
                .values_list("dataset", "id", "history_date")
                .order_by()
            )
        union = branches[0].union(*branches[1:], all=True)
        return union.order_by("history_date", "dataset", "id").iterator(chunk_size=CHUNK_SIZE)


DELETIONS = Deletions()


class DeletionsOptions(forms.Form):
    """Parameters the deletions export takes."""

    since = QueryStringDateTimeField(
        required=False,
        help_text="Only rows deleted at or after this ISO 8601 date-time (UTC if no offset).",
    )

    def errors_for_a_reader(self):
        """Messages explaining why the request cannot be answered; empty when it can."""
        unknown = sorted(set(self.data) - set(self.fields))
        messages = []
        if unknown:
            messages.append(
                f"Unknown parameter(s) for deletions: {', '.join(unknown)}. Accepted: since."
            )
        return messages + form_problems(self)


# --- Writers -------------------------------------------------------------------------


class Bare:
    """A cell written without quotes: ``csv.QUOTE_STRINGS`` quotes str values only."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text


def csv_cells(dataset, rows):
    """Rows as CSV cells: text protected (each item of a list), the rest left unquoted."""
    columns = dataset.all_columns
    texts = [i for i, c in enumerate(columns) if c.type not in PLAIN_TYPES and c.type != LIST]
    lists = [i for i, c in enumerate(columns) if c.type == LIST]
    datetimes = [i for i, c in enumerate(columns) if c.type == DATETIME]
    booleans = [i for i, c in enumerate(columns) if c.type == BOOLEAN]
    dates = [i for i, c in enumerate(columns) if c.type == DATE]
    for values in rows:
        row = list(values)
        # Inline rather than a function call per cell where it can: this runs for every row.
        for i in texts:
            value = row[i]
            if value and value.lstrip(SPACES_BEFORE_A_FORMULA)[:1] in FORMULA_TRIGGERS:
                row[i] = "'" + value
        for i in lists:
            items = LIST_SEPARATOR.join(
                str(item).replace(LIST_SEPARATOR, SEPARATOR_IN_AN_ITEM) for item in row[i]
            )
            row[i] = LIST_ITEM_FORMULA.sub(r"\1'\2", items)
        for i in datetimes:
            if row[i] is not None:
                row[i] = Bare(row[i].isoformat(timespec="microseconds"))
        for i in booleans:
            if row[i] is not None:
                row[i] = Bare("true" if row[i] else "false")
        for i in dates:
            if row[i] is not None:
                row[i] = Bare(row[i].isoformat())
        yield row


class _Lines(list):
    """A file-like list collecting the lines csv.writer writes, ending them in LF.

    The writer is told to end lines in CRLF, because only the characters of its line
    terminator make it quote a cell: that way a cell holding a lone CR is quoted too,
    as PostgreSQL's COPY does, and each line's CRLF then becomes the LF COPY writes.
    """

    def write(self, line):
        self.append(line[:-2] + "\n")


def csv_header(dataset, bom=False):
    """The header line, as bytes."""
    lines = _Lines()
    csv.writer(lines, lineterminator="\r\n").writerow(dataset.header)
    return (("\ufeff" if bom else "") + lines.pop()).encode()


def stream_csv(dataset, queryset, bom=False):
    """UTF-8 CSV bytes, header first, lines ending in LF: every text cell in quotes, so
    that no separator an import is told to use can split it."""
    yield csv_header(dataset, bom)
    if connection.vendor == "postgresql":
        # Imported here: that module builds on the definitions above.
        from .export_postgres import stream_copy

        yield from stream_copy(dataset, queryset)
    else:
        yield from csv_lines(dataset, queryset)


def csv_lines(dataset, queryset, batch=500):
    """The rows, without the header, as Python's csv module writes them; on PostgreSQL,
    ``COPY`` writes the very same bytes (``export_postgres``)."""
    lines = _Lines()
    writer = csv.writer(lines, lineterminator="\r\n", quoting=csv.QUOTE_STRINGS)
    for group in batched(csv_cells(dataset, dataset.rows(queryset)), batch):
        writer.writerows(group)
        yield "".join(lines).encode()
        lines.clear()


def json_value(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def stream_json(dataset, queryset, batch=500):
    """``{"schema_version", "dataset", "rows": [{column: value}]}`` as UTF-8 bytes."""
    encode = json.JSONEncoder(ensure_ascii=False, default=json_value).encode
    head = {"schema_version": SCHEMA_VERSION, "dataset": dataset.name}
    yield (encode(head)[:-1] + ', "rows": [\n').encode()
    header = dataset.header
    separator = ""
    for group in batched(dataset.rows(queryset), batch):
        text = ",\n".join(encode(dict(zip(header, row, strict=True))) for row in group)
        yield (separator + text).encode()
        separator = ",\n"
    yield b"\n]}\n"
