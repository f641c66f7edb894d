"""Where one negotiation stands, assembled in a fixed number of queries, without HTTP."""

from dataclasses import dataclass

from django.db.models import Count, Q, Window
from django.db.models.functions import Lower
from django.utils import timezone

from ..fields import ApproximateDate
from ..implementation import PACKED_RECORDS, AgreementRecords, AllegedViolations, Implementation
from ..models import (
    Citation,
    Event,
    ExternalIdentifier,
    Figure,
    Negotiation,
    Participation,
    Position,
    Proposal,
    Risk,
    Statement,
    StatusChange,
)
from ..record_time.as_of import shown_day
from ..standing import CARRIED_OUT_NOW, recorded_standing, standing_of
from .strip import build_strip, steps_of, with_strip_steps

#: How many of the latest events and proposals the strip places.
STRIP_SIZE = 200
#: How many of the latest agreements the page says the standing of.
AGREEMENTS_SHOWN = 3
#: How many of the newest figures and risks the page lists.
LIST_SIZE = 12
#: How many of the latest events and mediators' quotes the page lists.
RECENT_SIZE = 6


#: Standings in which a proposal is still put to its addressees: "presented to Hamas".
PUT_TO_ADDRESSEES = {"expected", "drafted", "presented", "under_consideration"}
#: Standings of a proposal still awaited.
AWAITED = {"expected", "drafted"}


@dataclass(frozen=True)
class Activity:
    """A dated entry of the talks, the latest of which is their last activity."""

    date: ApproximateDate
    title: str
    href: str
    #: The record, when the page read its citations.
    record: object = None


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
    #: The latest statements of anyone else, and the mediators' words not quoted.
    sides_said: list
    positions: list
    #: Top-level figures, each with its breakdown.
    figures: list
    figure_count: int
    risks: list
    risk_count: int
    recent_events: list
    sources: list
    strip: object

    #: The latest proposal's standing, as every page derives it.
    standing: object = None
    #: The latest dated entry of any kind: event, agreement step, proposal, status change.
    last_activity: Activity | None = None
    #: The implementation of the agreement in force (or suspended), if there is one.
    implementation: Implementation | None = None
    #: Violations alleged, counted per accuser and week.
    violations: AllegedViolations | None = None
    #: The identifiers other datasets give the negotiation (UCDP conflict…).
    identifiers: tuple = ()

    @property
    def last_event(self):
        return self.recent_events[0] if self.recent_events else None

    @property
    def awaited(self):
        return self.standing is not None and self.standing.code in AWAITED

    @property
    def now(self):
        """The latest proposal's standing in a sentence: "agreement collapsed on 21 Feb
        2022", "proposal presented to Israel, through Qatar and Egypt"; who accepted or
        rejected it is never inferred from whom it was put to."""
        proposal, standing = self.latest_proposal, self.standing
        text = f"{proposal.get_kind_display()} {standing.state}"
        # A status is dated on the line below it ("as of"); a step here.
        text += "" if standing.by_status else standing.when
        if standing.code in PUT_TO_ADDRESSEES and self.addressed_to:
            text += " to " + ", ".join(actor.name for actor in self.addressed_to)
        if self.mediators:
            text += ", through " + " and ".join(actor.name for actor in self.mediators)
        return f"{text}."

    @classmethod
    def build(cls, slug):
        """The status of the negotiation ``slug``; raises ``Negotiation.DoesNotExist``."""
        # The negotiation comes with its participations and its identifiers; it is looked
        # up alone only without any participation.
        participations = list(
            Participation.objects.filter(negotiation__slug=slug)
            .select_related("negotiation", "actor")
            .annotate(
                negotiation_identifiers=ExternalIdentifier.packed_for(
                    "negotiation", outer="negotiation"
                )
            )
        )
        if participations:
            negotiation = participations[0].negotiation
            identifiers = participations[0].negotiation_identifiers
        else:
            negotiation = Negotiation.objects.annotate(
                negotiation_identifiers=ExternalIdentifier.packed_for("negotiation")
            ).get(slug=slug)
            identifiers = negotiation.negotiation_identifiers
        # The agreements carried out now come with all their implementation shows (the page
        # opens with the first of them): no query of their own.
        carried_out_now = Q(kind=Proposal.Kind.AGREEMENT, standing__in=CARRIED_OUT_NOW)
        strip_proposals = list(
            with_strip_steps(Proposal.objects.filter(negotiation=negotiation))
            .select_related("proposed_by", "responds_to")
            .with_standing()
            .with_latest_status_change()
            .with_packed(*PACKED_RECORDS, where=carried_out_now)
            .latest_first()[:STRIP_SIZE]
        )
        latest_proposal = strip_proposals[0] if strip_proposals else None
        agreements = [
            proposal for proposal in strip_proposals if proposal.kind == Proposal.Kind.AGREEMENT
        ][:AGREEMENTS_SHOWN]
        # The implementation the page opens with: the first such among the latest agreements.
        in_force = next(
            (agreement for agreement in agreements if agreement.standing in CARRIED_OUT_NOW), None
        )
        records = AgreementRecords.unpack(in_force) if in_force is not None else None
        roles = {"addressed_to": [], "mediators": []}
        latest_status = None
        if latest_proposal is not None:
            # With the actors the implementation names, in the same query.
            roles = latest_proposal.actors_by_role(others=records.actor_ids if records else ())
            latest_status = StatusChange.unpacked(latest_proposal)
        strip_events = list(Event.objects.filter(negotiation=negotiation).recent(STRIP_SIZE))
        for event in strip_events:
            event.negotiation = negotiation  # for their addresses, without a query each
        recent_events = strip_events[:RECENT_SIZE]
        said = list(Statement.objects.latest_said(negotiation, RECENT_SIZE))
        mediator_quotes = [statement for statement in said if statement.mediators_quote]
        sides_said = [statement for statement in said if not statement.mediators_quote]
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
        implementation = None
        if in_force is not None:
            today = shown_day() or timezone.localdate()
            records.name_actors({actor.pk: actor for actor in roles["others"]})
            # Its standing gives its scheduled end, a deadline no editor types.
            standing = standing_of(in_force, on=today, read=records)
            implementation = Implementation.build(
                in_force, today, records=records, scheduled_end=standing.scheduled_end
            )
        violations = AllegedViolations.count(negotiation)
        # The roles and agreements the page shows rest on sources too: listed below it.
        facts = Citation.objects.attach_to(
            [
                negotiation,
                *participations,
                *agreements,
                latest_proposal,
                latest_status,
                *recent_events,
                *said,
                *positions,
                *figures.shown,
                *risks,
                *(implementation.records if implementation else []),
            ]
        )
        sources = {
            citation.source_id: citation.source
            for fact in facts
            for citation in fact.citations.all()
        }
        return cls(
            negotiation=negotiation,
            identifiers=tuple(ExternalIdentifier.unpacked(identifiers, negotiation=negotiation)),
            participations=participations,
            latest_proposal=latest_proposal,
            latest_status=latest_status,
            addressed_to=roles["addressed_to"],
            mediators=roles["mediators"],
            agreements=agreements,
            mediator_quotes=mediator_quotes,
            sides_said=sides_said,
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
            strip=build_strip(
                strip_events,
                strip_proposals,
                Event.get_absolute_url,
                handovers=implementation.handovers if implementation else (),
                violations=violations,
            ),
            standing=recorded_standing(latest_proposal) if latest_proposal else None,
            last_activity=_last_activity(recent_events, strip_proposals, latest_status),
            implementation=implementation,
            violations=violations,
        )


def _last_activity(events, proposals, latest_status):
    """The latest of the latest event, the proposals' steps and presentations, and the
    latest proposal's last status change: what the page read already, no query more."""
    found = [
        Activity(event.approximate_date, event.title, event.get_absolute_url(), event)
        for event in events[:1]
    ]
    for proposal in proposals:
        address = proposal.get_absolute_url()
        if proposal.date is not None:
            found.append(
                Activity(proposal.approximate_date, f"{proposal.title} presented", address)
            )
        for step in steps_of(proposal):
            words = f"{proposal.title}: {step.get_kind_display()}"
            found.append(Activity(step.approximate_date, words, f"{address}#{step.anchor}"))
    if latest_status is not None:
        proposal = latest_status.proposal
        words = f"{proposal.title}: {latest_status.get_status_display()}"
        found.append(
            Activity(
                latest_status.approximate_date, words, proposal.get_absolute_url(), latest_status
            )
        )
    return max(found, key=lambda entry: entry.date.sort_key, default=None)
