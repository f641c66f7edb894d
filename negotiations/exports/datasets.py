"""The registry of the datasets: every one the exports, the releases and /export/ know,
in the order /export/ lists them."""

from .implementation_datasets import (
    DEADLINES,
    HANDOVERS,
    IMPLEMENTATION_STATEMENTS,
    VIOLATIONS,
)
from .proposal_datasets import (
    EXCHANGE_TERMS,
    MILESTONES,
    OTHER_TERMS,
    PHASES,
    PROPOSAL_LINKS,
    PROPOSALS,
    STATUS_CHANGES,
)
from .record_datasets import (
    ACTOR_ALIASES,
    ACTORS,
    ATTENDANCES,
    CITATIONS,
    CORRECTIONS,
    EVENTS,
    FIGURES,
    IDENTIFIERS,
    ISSUES,
    MEMBERSHIPS,
    NEGOTIATIONS,
    PARTICIPATIONS,
    PEOPLE,
    POSITIONS,
    RISKS,
    ROUNDS,
    SOURCES,
    STATEMENTS,
)

DATASETS = {
    dataset.name: dataset
    for dataset in (
        NEGOTIATIONS,
        EVENTS,
        PROPOSALS,
        EXCHANGE_TERMS,
        OTHER_TERMS,
        STATEMENTS,
        POSITIONS,
        FIGURES,
        ACTORS,
        ACTOR_ALIASES,
        IDENTIFIERS,
        MEMBERSHIPS,
        PARTICIPATIONS,
        SOURCES,
        STATUS_CHANGES,
        MILESTONES,
        PHASES,
        PROPOSAL_LINKS,
        HANDOVERS,
        IMPLEMENTATION_STATEMENTS,
        VIOLATIONS,
        DEADLINES,
        ROUNDS,
        ATTENDANCES,
        ISSUES,
        PEOPLE,
        RISKS,
        CITATIONS,
        CORRECTIONS,
    )
}
