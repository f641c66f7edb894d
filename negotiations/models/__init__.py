"""The negotiation domain: who proposed what, to whom, through whom, when, and on what source.

Every factual record cites one or more sources through :class:`Citation`. Dates and
numbers keep the precision the source gives them (see ``negotiations.fields``). One module
per concept; everything is imported from here.
"""

from .actors import Actor, ActorAlias, ActorQuerySet, Membership, MembershipQuerySet, Person
from .base import CitedModel, DomainModel, StaleRecordError, page_address, slug_for
from .corrections import Correction, latest_correction
from .deadlines import Deadline
from .identifiers import ExternalIdentifier
from .implementation import Handover, ImplementationStatement
from .lifecycle import Milestone, ProposalLink
from .negotiations import Attendance, Negotiation, NegotiationQuerySet, Participation, Round
from .proposals import ROLES, Proposal, ProposalQuerySet, StatusChange
from .record import (
    Event,
    EventQuerySet,
    Figure,
    FigureQuerySet,
    FigureTree,
    Issue,
    IssueTopic,
    Position,
    PositionQuerySet,
    Risk,
    Statement,
    StatementQuerySet,
    event_position,
)
from .sources import (
    Citation,
    CitationQuerySet,
    Source,
    SourceQuerySet,
    citations_with_sources,
    records_in,
)
from .terms import ExchangeCategory, ExchangeTerm, OtherTerm, Phase
from .violations import Violation

#: Where each kind of record's negotiation is, seen from the record (its id, for a
#: negotiation): the one map the page store, the changes page, the filter sets and the
#: citation and correction filters read.
NEGOTIATION_PATHS = {
    Negotiation: "id",
    **{
        model: "negotiation"
        for model in (
            Participation,
            Round,
            Statement,
            Event,
            Issue,
            Position,
            Figure,
            Risk,
            Proposal,
            Violation,
        )
    },
    Attendance: "round__negotiation",
    **{
        model: "proposal__negotiation"
        for model in (
            StatusChange,
            Phase,
            ExchangeTerm,
            OtherTerm,
            Milestone,
            ProposalLink,
            Handover,
            ImplementationStatement,
            Deadline,
        )
    },
}

__all__ = [
    "NEGOTIATION_PATHS",
    "ROLES",
    "Actor",
    "ActorAlias",
    "ActorQuerySet",
    "Attendance",
    "Citation",
    "CitationQuerySet",
    "CitedModel",
    "Correction",
    "Deadline",
    "DomainModel",
    "Event",
    "EventQuerySet",
    "ExchangeCategory",
    "ExchangeTerm",
    "ExternalIdentifier",
    "Figure",
    "FigureQuerySet",
    "FigureTree",
    "Handover",
    "ImplementationStatement",
    "Issue",
    "IssueTopic",
    "Membership",
    "MembershipQuerySet",
    "Milestone",
    "Negotiation",
    "NegotiationQuerySet",
    "OtherTerm",
    "Participation",
    "Person",
    "Phase",
    "Position",
    "PositionQuerySet",
    "Proposal",
    "ProposalLink",
    "ProposalQuerySet",
    "Risk",
    "Round",
    "Source",
    "SourceQuerySet",
    "StaleRecordError",
    "Statement",
    "StatementQuerySet",
    "StatusChange",
    "Violation",
    "citations_with_sources",
    "event_position",
    "latest_correction",
    "page_address",
    "records_in",
    "slug_for",
]
