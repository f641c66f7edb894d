"""The datasets of what became of agreements: handovers, implementation statements,
alleged violations and deadlines."""

from .. import filters
from ..fields import chronological
from ..models import (
    Deadline,
    ExchangeCategory,
    ExchangeTerm,
    Handover,
    ImplementationStatement,
    Violation,
)
from .columns import (
    BOOLEAN,
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
from .lists import CitedSources, LinkedRecords
from .proposal_datasets import proposal_columns
from .tables import Dataset


def term_columns(whose):
    """The one term a record is about, by the id of its row in exchange-terms or in
    other-terms: at most one of the two is given."""
    return (
        Column(
            "exchange_term_id",
            INTEGER,
            f"Id of the exchange term {whose} (see exchange-terms); empty if none.",
        ),
        Column(
            "other_term_id",
            INTEGER,
            f"Id of the other term {whose} (see other-terms); empty if none.",
        ),
    )


PHASE = Column(
    "phase",
    INTEGER,
    "Number of its phase (see the phases dataset); empty if it names none.",
    "phase__number",
)

HANDOVERS = Dataset(
    name="handovers",
    title="Handovers",
    description="Each batch of an exchange under an agreement, as it happened: who released "
    "how many of whom to whom and when; or a batch that was due and was delayed or "
    "refused, with the reason and who gives it. The agreement's id, title and date are "
    "repeated.",
    model=Handover,
    filterset=filters.HandoverFilter,
    ordering=(*chronological(),),
    columns=(
        identifier("Id of the handover."),
        *proposal_columns(),
        Column(
            "exchange_term_id",
            INTEGER,
            "Id of the exchange term it carries out (see exchange-terms); empty where the "
            "sources do not tie it to one.",
        ),
        PHASE,
        code("outcome", "carried_out, delayed or refused.", Handover.Outcome),
        *approximate_date(
            "date",
            "When it was carried out; for a batch delayed or refused, when it was due or "
            "called off",
        ),
        Column(
            "releasing_party",
            SLUG,
            "Slug of the actor releasing; empty when the sources do not say.",
            "releasing_party__slug",
        ),
        Column(
            "receiving_party",
            SLUG,
            "Slug of the actor they were handed over to (the Red Cross, a state); empty when "
            "the sources do not say.",
            "receiving_party__slug",
        ),
        code(
            "group",
            "Who was released: hostages, prisoners, prisoners of war, detainees, remains.",
            ExchangeTerm.Group,
        ),
        Column("affiliation", TEXT, "Their nationality or affiliation, as the sources say."),
        *approximate_quantity("count", "Number released"),
        code(
            "alive",
            "living or remains; empty where the sources do not say.",
            Handover.Alive,
        ),
        Column(
            "persons_named",
            TEXT,
            "The people the sources name, one per line, spelled as the sources spell them; "
            "empty when they name no one.",
        ),
        Column("place", TEXT, "Where, if the sources say."),
        Column(
            "reason",
            TEXT,
            "For a batch delayed or refused: why, as the sources give it; empty otherwise.",
        ),
        Column(
            "reason_given_by",
            SLUG,
            "Slug of the actor who gives that reason; empty when the sources attribute it to "
            "no one.",
            "reason_given_by__slug",
        ),
        Column("description", TEXT, "The handover in the sources' terms."),
        UPDATED_AT,
    ),
    lists=(
        LinkedRecords(
            "categories",
            Handover.categories,
            "Codes of the categories of those released the sources name, of: "
            + ", ".join(ExchangeCategory.Code.values)
            + "; empty when they name none.",
            field="code",
        ),
        CitedSources(Handover),
    ),
)

IMPLEMENTATION_STATEMENTS = Dataset(
    name="implementation-statements",
    title="Implementation statements",
    description="Who says, as of when, how far one term of an agreement is carried out: a "
    "party, a mediator, a monitor, or the tracker's editors' own reading of the evidence "
    "(is_editors_reading, never a source's claim). Statements of one day may disagree; "
    "each is a row. The agreement's id, title and date are repeated.",
    model=ImplementationStatement,
    filterset=filters.ImplementationStatementFilter,
    ordering=(*chronological(),),
    columns=(
        identifier("Id of the statement."),
        *proposal_columns(),
        *term_columns("it is about"),
        *approximate_date("date", "As of when"),
        code(
            "status",
            "How far the term is carried out: not_started, begun, partly_done, done (the "
            "Peace Accords Matrix's scale in words), stalled or reversed.",
            ImplementationStatement.Status,
        ),
        Column(
            "asserted_by",
            SLUG,
            "Slug of the actor who says so; empty for the editors' reading.",
            "asserted_by__slug",
        ),
        Column(
            "asserter_description",
            TEXT,
            "Who said it, as the source names them (“an Israeli official”); empty when the "
            "actor alone says it.",
        ),
        Column(
            "is_editors_reading",
            BOOLEAN,
            "true: the tracker's editors' reading of the evidence, which no one asserted; "
            "false: what asserted_by says.",
        ),
        Column("claim", TEXT, "What is said, in short."),
        UPDATED_AT,
    ),
    lists=(CitedSources(ImplementationStatement),),
)

VIOLATIONS = Dataset(
    name="violations",
    title="Violations",
    description="Violations one side alleges: who accuses whom of what, when and where, the "
    "agreement or term breached, the toll, and whether anyone confirmed or denied it. An "
    "allegation is not a finding: read verification.",
    model=Violation,
    filterset=filters.ViolationFilter,
    ordering=(*chronological(),),
    columns=(
        identifier("Id of the violation."),
        NEGOTIATION,
        Column(
            "proposal_id",
            INTEGER,
            "Id of the agreement it is alleged to breach (see proposals); empty if none is named.",
        ),
        *term_columns("it is alleged to breach"),
        Column(
            "accused_by",
            SLUG,
            "Slug of the actor alleging it.",
            "accused_by__slug",
        ),
        Column(
            "accuser_description",
            TEXT,
            "The accuser as the source names them (“the Israeli military”); empty when the "
            "actor alone says it.",
        ),
        Column(
            "accused",
            SLUG,
            "Slug of the actor accused; empty when the accusation names no one.",
            "accused__slug",
        ),
        code("kind", "What is alleged.", Violation.Kind),
        *approximate_date("date", "When it happened"),
        Column("place", TEXT, "Where, if the sources say."),
        Column("description", TEXT, "What is alleged, in short."),
        *approximate_quantity("killed", "Number killed"),
        *approximate_quantity("wounded", "Number wounded"),
        code(
            "verification",
            "unverified, confirmed or denied (by verified_by).",
            Violation.Verification,
        ),
        Column(
            "verified_by",
            SLUG,
            "Slug of the actor who confirmed or denied it (a monitoring mechanism, a UN "
            "body, the accused); empty while unverified.",
            "verified_by__slug",
        ),
        *approximate_date(
            "verified_on",
            "When it was confirmed or denied (empty while unverified, or if the sources do "
            "not say)",
        ),
        UPDATED_AT,
    ),
    lists=(CitedSources(Violation),),
)

DEADLINES = Dataset(
    name="deadlines",
    title="Deadlines",
    description="The days agreements set for their steps (a release, a withdrawal, the end "
    "of a phase, talks on the next one), and the day each step came, once it has. The "
    "agreement's id, title and date are repeated.",
    model=Deadline,
    filterset=filters.DeadlineFilter,
    ordering=(*chronological("due"),),
    columns=(
        identifier("Id of the deadline."),
        *proposal_columns(),
        *term_columns("it is set by"),
        PHASE,
        code("kind", "The step that is due.", Deadline.Kind),
        *approximate_date("due", "When the step is due"),
        Column("description", TEXT, "What is due, as the sources put it."),
        *approximate_date(
            "met_on", "When the step came, late or not (empty while it has not come)"
        ),
        UPDATED_AT,
    ),
    lists=(CitedSources(Deadline),),
)
