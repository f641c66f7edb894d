"""Filters shared by the pages and the exports, so that what a reader sees is what they download.

Invalid values (an unknown actor, a date that is not a date) make ``is_valid()`` false;
callers must then show the form errors (pages) or answer 400 (exports), never fall back
to an unfiltered list.
"""

from .actors import (
    ActorAliasFilter,
    ActorFilter,
    ExternalIdentifierFilter,
    MembershipFilter,
    PersonFilter,
)
from .base import (
    SEARCH_MAX_CHARACTERS,
    SEARCH_MAX_WORDS,
    SEARCH_SCHEMA,
    DateInput,
    DayFilter,
    IdFilter,
    NegotiationScopedFilterSet,
    actor_filter,
    bounded_search,
)
from .implementation import (
    DeadlineFilter,
    HandoverFilter,
    ImplementationStatementFilter,
    ViolationFilter,
)
from .proposals import (
    ExchangeTermFilter,
    MilestoneFilter,
    OtherTermFilter,
    PhaseFilter,
    ProposalFilter,
    ProposalLinkFilter,
    StatusChangeFilter,
)
from .records import (
    AttendanceFilter,
    CitationFilter,
    CorrectionFilter,
    EventFilter,
    FigureFilter,
    IssueFilter,
    NegotiationFilter,
    ParticipationFilter,
    PositionFilter,
    RiskFilter,
    RoundFilter,
    SourceFilter,
    StatementFilter,
)

__all__ = [
    "SEARCH_MAX_CHARACTERS",
    "SEARCH_MAX_WORDS",
    "SEARCH_SCHEMA",
    "ActorAliasFilter",
    "ActorFilter",
    "AttendanceFilter",
    "CitationFilter",
    "CorrectionFilter",
    "DateInput",
    "DayFilter",
    "DeadlineFilter",
    "EventFilter",
    "ExchangeTermFilter",
    "ExternalIdentifierFilter",
    "FigureFilter",
    "HandoverFilter",
    "IdFilter",
    "ImplementationStatementFilter",
    "IssueFilter",
    "MembershipFilter",
    "MilestoneFilter",
    "NegotiationFilter",
    "NegotiationScopedFilterSet",
    "OtherTermFilter",
    "ParticipationFilter",
    "PersonFilter",
    "PhaseFilter",
    "PositionFilter",
    "ProposalFilter",
    "ProposalLinkFilter",
    "RiskFilter",
    "RoundFilter",
    "SourceFilter",
    "StatementFilter",
    "StatusChangeFilter",
    "ViolationFilter",
    "actor_filter",
    "bounded_search",
]
