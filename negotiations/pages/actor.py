"""What an actor's page shows, across every negotiation, assembled without HTTP."""

from dataclasses import dataclass

from django.db.models import Q
from django.db.models.functions import Lower

from ..fields import chronological
from ..models import (
    Actor,
    Attendance,
    Citation,
    Event,
    ExternalIdentifier,
    Participation,
    Position,
    Proposal,
    Statement,
)
from ..standing import recorded_standing

#: How many of an actor's latest records of each kind its page lists.
LIMIT = 25


@dataclass
class ActorPage:
    """An actor's roles, and its latest proposals, statements, attendances, events, current
    positions, figures and named risks, each list bounded by ``LIMIT``."""

    actor: Actor
    #: The actors part of it (a government's ministries, an alliance's members).
    parts: list
    #: The coalitions and sides it belongs or belonged to, and those that belong to it.
    memberships: list
    members: list
    participations: list
    proposals: list
    statements: list
    attendances: list
    events: list
    positions: list
    figures: list
    risks: list
    #: The identifiers other datasets give it (Wikidata, UCDP…).
    identifiers: list
    limit: int = LIMIT

    @classmethod
    def build(cls, slug):
        """The page of the actor ``slug``; raises ``Actor.DoesNotExist``."""
        # The actor and the actors part of it, in one query, with their identifiers and the
        # actor's roles in negotiations.
        found = list(
            Actor.objects.filter(Q(slug=slug) | Q(part_of__slug=slug))
            .select_related("part_of")
            .with_other_names()
            .annotate(
                packed_identifiers=ExternalIdentifier.packed_for("actor"),
                packed_roles=Participation.packed_for_actor(),
            )
        )
        actor = next((candidate for candidate in found if candidate.slug == slug), None)
        if actor is None:
            raise Actor.DoesNotExist(slug)
        participations = Participation.unpacked_for(actor, actor.packed_roles)
        statements = list(
            Statement.objects.filter(on_behalf_of=actor)
            .select_related("speaker", "possibly_spoken_by", "outlet", "negotiation")
            .order_by(*chronological(newest_first=True))[:LIMIT]
        )
        # Where it has a role, the events of those talks: a bounded read (see the queryset).
        events = list(
            Event.objects.select_related("negotiation").latest_with_participant(
                actor, LIMIT, [role.negotiation_id for role in participations]
            )
        )
        positions = list(
            Position.objects.filter(actor=actor)
            .current()
            .select_related("negotiation", "issue")
            .order_by("negotiation__title", Lower("issue__name"), "issue")
        )
        # Newest first; those of one day in the order they were recorded.
        newest_days = [*chronological(newest_first=True)[:2], "pk"]
        figures = list(actor.figures.select_related("negotiation").order_by(*newest_days)[:LIMIT])
        risks = list(actor.risks_named.select_related("negotiation").order_by(*newest_days)[:LIMIT])
        memberships, members = actor.memberships_both_ways()
        Citation.objects.attach_to(
            [*memberships, *members, *statements, *events, *positions, *figures, *risks]
        )
        proposals = list(
            Proposal.objects.involving(actor)
            .marked_for(actor)
            .with_standing()
            .select_related("negotiation")
            .order_by(*chronological(newest_first=True, undated_first=True))[:LIMIT]
        )
        for proposal in proposals:
            proposal.actor_roles = proposal.roles_of(actor)
            proposal.standing_now = recorded_standing(proposal)
        return cls(
            actor=actor,
            parts=[candidate for candidate in found if candidate.part_of_id == actor.pk],
            memberships=memberships,
            members=members,
            participations=participations,
            proposals=proposals,
            statements=statements,
            attendances=list(
                Attendance.objects.filter(actor=actor)
                .select_related("round__negotiation", "person")
                .order_by(*chronological("round__start", newest_first=True))[:LIMIT]
            ),
            events=events,
            positions=positions,
            figures=figures,
            risks=risks,
            identifiers=ExternalIdentifier.unpacked(actor.packed_identifiers, actor=actor),
        )
