"""The datasets of proposals and agreements: proposals, their terms, statuses, steps,
phases and the links between them."""

from .. import filters
from ..fields import chronological
from ..models import (
    ExchangeCategory,
    ExchangeTerm,
    Milestone,
    OtherTerm,
    Phase,
    Proposal,
    ProposalLink,
    StatusChange,
)
from ..standing import STANDING_CODES
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

# Rows of a proposal's record in the order of its proposal's date, undated last.
PROPOSALS_IN_ORDER = chronological("proposal__date")[:2]


def proposal_columns():
    """The proposal an exchange or other term belongs to, repeated so the file stands alone."""
    return (
        Column("negotiation", SLUG, NEGOTIATION.meaning, "proposal__negotiation__slug"),
        Column("proposal_id", INTEGER, "Id of the proposal (see the proposals dataset)."),
        Column("proposal_title", TEXT, "Title of the proposal.", "proposal__title"),
        *approximate_date("proposal_date", "When the proposal was put forward", "proposal__date"),
    )


PROPOSALS = Dataset(
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
        Column("proposer_unstated", BOOLEAN, "Whether the sources do not say who proposed it."),
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
        LinkedRecords("addressed_to", Proposal.addressed_to, "Slugs of the actors it was put to."),
        LinkedRecords(
            "mediators", Proposal.mediators, "Slugs of the actors it was passed through."
        ),
        LinkedRecords("signatories", Proposal.signatories, "Slugs of the actors who signed."),
        LinkedRecords("guarantors", Proposal.guarantors, "Slugs of the actors who guarantee it."),
        LinkedRecords(
            "endorsers",
            Proposal.endorsers,
            "Slugs of the actors who endorsed it without signing.",
        ),
        LinkedRecords(
            "witnesses", Proposal.witnesses, "Slugs of the actors who signed as witnesses."
        ),
        CitedSources(Proposal),
        Identifiers("proposal", "agreement or proposal"),
    ),
)

EXCHANGE_TERMS = Dataset(
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
        Column("affiliation", TEXT, "Their nationality or affiliation, as the sources say."),
        *approximate_quantity("count", "Number released"),
        *approximate_quantity("ratio", "Released per one of the other side's"),
        code("ratio_per", "Whom of the other side's the ratio counts.", ExchangeTerm.RatioPer),
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
)

OTHER_TERMS = Dataset(
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
)

STATUS_CHANGES = Dataset(
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
)

MILESTONES = Dataset(
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
)

PHASES = Dataset(
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
        code("duration_unit", "Unit of the duration (empty when there is none).", Phase.Unit),
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
)

PROPOSAL_LINKS = Dataset(
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
)
