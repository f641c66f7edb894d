"""Where one negotiation stands, assembled in a fixed number of queries, without HTTP."""

from dataclasses import dataclass

from django.db.models import Count, Window
from django.db.models.functions import Lower

from .models import (
    Citation,
    Event,
    Figure,
    Negotiation,
    Participation,
    Position,
    Proposal,
    Risk,
    Statement,
)
from .visual_timeline import build_strip, with_strip_steps

#: How many of the latest events and proposals the strip places.
STRIP_SIZE = 200
#: How many of the latest agreements the page says the standing of.
AGREEMENTS_SHOWN = 3
#: How many of the newest figures and risks the page lists.
LIST_SIZE = 12
#: How many of the latest events and mediators' quotes the page lists.
RECENT_SIZE = 6


@dataclass
class NegotiationStatus:
    """The latest proposal and what is awaited from whom, the mediators' words, each actor's
    current positions, key figures, risks, recent events and the sources of all of it."""

    negotiation: Negotiation
    participations: list
    latest_proposal: Proposal | None
    #: The latest proposal's last dated status.
    latest_status: object
    addressed_to: list
    mediators: list
    agreements: list
    mediator_quotes: list
    positions: list
    #: Top-level figures, each with its breakdown.
    figures: list
    figure_count: int
    risks: list
    risk_count: int
    recent_events: list
    sources: list
    strip: object

    @property
    def last_event(self):
        return self.recent_events[0] if self.recent_events else None

    @classmethod
    def build(cls, slug):
        """The status of the negotiation ``slug``; raises ``Negotiation.DoesNotExist``."""
        # The negotiation comes with its participations; it is looked up alone only without any.
        participations = list(
            Participation.objects.filter(negotiation__slug=slug).select_related(
                "negotiation", "actor"
            )
        )
        if participations:
            negotiation = participations[0].negotiation
        else:
            negotiation = Negotiation.objects.get(slug=slug)
        strip_proposals = list(
            with_strip_steps(Proposal.objects.filter(negotiation=negotiation))
            .select_related("proposed_by", "responds_to")
            .latest_first()[:STRIP_SIZE]
        )
        latest_proposal = strip_proposals[0] if strip_proposals else None
        roles = {"addressed_to": [], "mediators": []}
        latest_status = None
        if latest_proposal is not None:
            roles = latest_proposal.actors_by_role()
            latest_status = latest_proposal.status_changes.order_by("-date", "-pk").first()
        strip_events = list(Event.objects.filter(negotiation=negotiation).recent(STRIP_SIZE))
        for event in strip_events:
            event.negotiation = negotiation  # for their addresses, without a query each
        recent_events = strip_events[:RECENT_SIZE]
        mediator_quotes = list(Statement.objects.mediator_quotes(negotiation)[:RECENT_SIZE])
        positions = list(
            Position.objects.filter(negotiation=negotiation)
            .current()
            .select_related("actor", "issue")
            .order_by(Lower("issue__name"), "issue", "actor__name")
        )
        figures = Figure.objects.filter(negotiation=negotiation).as_tree(LIST_SIZE)
        risks = list(
            Risk.objects.filter(negotiation=negotiation)
            .select_related("named_by")
            .annotate(total=Window(Count("pk")))[:LIST_SIZE]
        )
        facts = Citation.objects.attach_to(
            [
                negotiation,
                latest_proposal,
                latest_status,
                *recent_events,
                *mediator_quotes,
                *positions,
                *figures.shown,
                *risks,
            ]
        )
        sources = {
            citation.source_id: citation.source
            for fact in facts
            for citation in fact.citations.all()
        }
        return cls(
            negotiation=negotiation,
            participations=participations,
            latest_proposal=latest_proposal,
            latest_status=latest_status,
            addressed_to=roles["addressed_to"],
            mediators=roles["mediators"],
            agreements=[
                proposal for proposal in strip_proposals if proposal.kind == Proposal.Kind.AGREEMENT
            ][:AGREEMENTS_SHOWN],
            mediator_quotes=mediator_quotes,
            positions=positions,
            figures=figures.roots,
            figure_count=figures.top_level_count,
            risks=risks,
            risk_count=risks[0].total if risks else 0,
            recent_events=recent_events,
            sources=sorted(
                sources.values(),
                key=lambda source: (-source.published_on.toordinal(), source.title),
            ),
            strip=build_strip(strip_events, strip_proposals, Event.get_absolute_url),
        )
