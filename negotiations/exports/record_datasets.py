"""The datasets of the talks' record and what it rests on: negotiations, events,
statements, positions, figures, rounds, the actors and people named, the identifiers other
datasets give them, the sources and the passages cited, and the corrections published."""

from django.db.models import Case, CharField, F, Value, When
from django.db.models.functions import Coalesce, Concat, Lower

from .. import filters
from ..fields import chronological
from ..models import (
    Actor,
    ActorAlias,
    Attendance,
    Citation,
    Correction,
    Event,
    ExternalIdentifier,
    Figure,
    Issue,
    IssueTopic,
    Membership,
    Negotiation,
    Participation,
    Person,
    Position,
    Risk,
    Round,
    Source,
    Statement,
)
from ..models.identifiers import PUBLIC_PAGES, RECORD_KINDS
from .columns import (
    BOOLEAN,
    CODE,
    DATETIME,
    INTEGER,
    NEGOTIATION,
    SLUG,
    TEXT,
    UPDATED_AT,
    Column,
    approximate_date,
    approximate_quantity,
    code,
    identifier,
)
from .lists import CitedSources, Identifiers, LinkedRecords
from .tables import Dataset

# Rows of a round's record in the order of its round's start, undated last.
ROUNDS_IN_ORDER = chronological("round__start")[:2]


NEGOTIATIONS = Dataset(
    name="negotiations",
    title="Negotiations",
    description="Each set of talks: its stage, and when it began and ended where the sources say.",
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
    lists=(CitedSources(Negotiation), Identifiers("negotiation", "negotiation")),
)

EVENTS = Dataset(
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
        LinkedRecords("participants", Event.participants, "Slugs of the actors taking part."),
        CitedSources(Event),
    ),
)

STATEMENTS = Dataset(
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
)

POSITIONS = Dataset(
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
)

FIGURES = Dataset(
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
)

ACTORS = Dataset(
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
        Column("part_of", SLUG, "Slug of the actor it belongs to, if any.", "part_of__slug"),
        UPDATED_AT,
    ),
    lists=(Identifiers("actor", "actor"),),
)

ACTOR_ALIASES = Dataset(
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
)

#: ExternalIdentifier.url in SQL: the scheme's page for the value, where it has pages.
IDENTIFIER_URL = Case(
    *(
        When(scheme=scheme, then=Concat(Value(page), F("value"), output_field=CharField()))
        for scheme, page in PUBLIC_PAGES.items()
    ),
    default=Value(None),
    output_field=CharField(),
)

IDENTIFIERS = Dataset(
    name="identifiers",
    title="Identifiers in other datasets",
    description="The crosswalk to other datasets: each identifier another dataset gives "
    "an actor, person, negotiation or agreement (a Wikidata QID, a UCDP, PA-X, ACLED, ISO "
    "3166, Gleditsch–Ward or ETH/PRIO id), one per row, with the source that ties it to "
    "the record.",
    model=ExternalIdentifier,
    filterset=filters.ExternalIdentifierFilter,
    ordering=("scheme", "value", "pk"),
    columns=(
        identifier("Id of the identifier."),
        Column(
            "record_kind",
            CODE,
            "Which kind of record it identifies: actor, person, negotiation or proposal "
            "(an agreement or proposal: see the proposals dataset).",
            "record_kind",
            choices=tuple(field for field, _ in RECORD_KINDS),
            computed=Case(
                *(
                    When(**{f"{field}__isnull": False}, then=Value(field))
                    for field, _ in RECORD_KINDS
                ),
                output_field=CharField(),
            ),
        ),
        Column(
            "record_id",
            INTEGER,
            "Id of that record in its dataset (actors, people, negotiations or proposals).",
            "record_id",
            computed=Coalesce(*(f"{field}_id" for field, _ in RECORD_KINDS)),
        ),
        Column(
            "record_slug",
            SLUG,
            "Slug of that actor or negotiation; empty for a person or a proposal.",
            "record_slug",
            computed=Coalesce("actor__slug", "negotiation__slug"),
        ),
        code("scheme", "The dataset that gives the identifier.", ExternalIdentifier.Scheme),
        Column("value", TEXT, "The identifier as that dataset writes it (Q797, 234, QAT)."),
        Column(
            "url",
            TEXT,
            "The record's page in that dataset (Wikidata, UCDP conflicts, dyads and "
            "actors, PA-X); empty for the others.",
            "url",
            computed=IDENTIFIER_URL,
        ),
        UPDATED_AT,
    ),
    lists=(CitedSources(ExternalIdentifier),),
)

MEMBERSHIPS = Dataset(
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
)

PARTICIPATIONS = Dataset(
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
)

SOURCES = Dataset(
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
)

ROUNDS = Dataset(
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
)

ATTENDANCES = Dataset(
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
)

ISSUES = Dataset(
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
)

PEOPLE = Dataset(
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
    lists=(CitedSources(Person), Identifiers("person", "person")),
)

RISKS = Dataset(
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
)

CITATIONS = Dataset(
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
)

CORRECTIONS = Dataset(
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
)
