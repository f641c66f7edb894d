"""What a proposal's page shows, assembled in a fixed number of queries, without HTTP."""

from dataclasses import dataclass

from django.utils import timezone

from ..implementation import IMPLEMENTATION_RECORDS, AgreementRecords, Implementation
from ..models import (
    Citation,
    Event,
    ExternalIdentifier,
    Milestone,
    Proposal,
    ProposalLink,
    latest_correction,
)
from ..models.packed import chronologically, packed_parts, unpacked
from ..record_time.as_of import shown_day
from ..standing import standing_of


@dataclass(frozen=True)
class Link:
    """Another proposal, and how this page's proposal stands to it ("implements", …)."""

    proposal: Proposal
    words: list


@dataclass
class ProposalPage:
    """A proposal with its roles, phases, lifecycle, related proposals, events and standing."""

    proposal: Proposal
    roles: dict
    milestones: list
    phases: list
    #: The proposals answering this one, and those linked to it either way.
    responses: list
    links: list
    events: list
    standing: object
    #: What became of its terms: handovers, statements, deadlines (None for a proposal).
    implementation: Implementation | None = None
    #: The identifiers other datasets give it (PA-X…).
    identifiers: tuple = ()

    #: Steps by which a text was agreed to, dated on the page beside "Presented".
    AGREEING = (Milestone.Kind.AGREED, Milestone.Kind.SIGNED)

    @property
    def agreed_steps(self):
        """The first step of each kind that agreed to it (agreed, signed), in order."""
        firsts = {}
        for step in Milestone.in_order(self.milestones):
            if step.kind in self.AGREEING:
                firsts.setdefault(step.kind, step)
        return list(firsts.values())

    @property
    def is_agreed(self):
        """An agreement, or a text the parties agreed to or signed: no one party proposed it."""
        return self.proposal.is_joint_text or bool(self.agreed_steps)

    @classmethod
    def build(cls, pk):
        """The page of proposal ``pk``; raises ``Proposal.DoesNotExist``."""
        # What became of its terms, its events and its identifiers come packed with it.
        proposal = (
            Proposal.objects.with_lifecycle()
            .with_packed(*IMPLEMENTATION_RECORDS, "events", corrected=IMPLEMENTATION_RECORDS)
            .annotate(
                **latest_correction(Proposal),
                packed_identifiers=ExternalIdentifier.packed_for("proposal"),
            )
            .get(pk=pk)
        )
        records = AgreementRecords.unpack(
            proposal, IMPLEMENTATION_RECORDS, phases=proposal.phases.all()
        )
        # With the actors its handovers and statements name, in the same query.
        roles = proposal.actors_by_role(others=records.actor_ids)
        records.name_actors({actor.pk: actor for actor in roles["others"]})
        milestones = list(proposal.milestones.all())
        for milestone in milestones:
            milestone.acting = [
                actor
                for actor in roles["milestones"]
                if str(milestone.pk) in actor.acted_in.split(",")
            ]
        related = list(Proposal.objects.related_to(proposal).select_related("negotiation"))
        superseding = [
            other for other in related if ProposalLink.Kind.SUPERSEDES in _split(other.kinds_to)
        ]
        standing = standing_of(proposal, superseded_by=superseding[0] if superseding else None)
        implementation = None
        if proposal.kind == Proposal.Kind.AGREEMENT or roles["signatories"]:
            implementation = Implementation.build(
                proposal,
                shown_day() or timezone.localdate(),
                terms=(proposal.exchange_terms.all(), proposal.other_terms.all()),
                records=records,
                scheduled_end=standing.scheduled_end,
            )
        Citation.objects.attach_to(
            [
                proposal,
                *proposal.status_changes.all(),
                *milestones,
                *(implementation.records if implementation else []),
            ]
        )
        return cls(
            proposal=proposal,
            roles=roles,
            milestones=milestones,
            phases=list(proposal.phases.all()),
            responses=[other for other in related if other.responds_to_id == proposal.pk],
            links=[link for link in map(_link, related) if link.words],
            events=chronologically(
                unpacked(
                    Event,
                    packed_parts(proposal.packed).get("events"),
                    proposal=proposal,
                    negotiation=proposal.negotiation,
                )
            ),
            standing=standing,
            implementation=implementation,
            identifiers=tuple(
                ExternalIdentifier.unpacked(proposal.packed_identifiers, proposal=proposal)
            ),
        )


def _link(other):
    """How the page's proposal stands to ``other``: "implements", "extended by", …"""
    words = [ProposalLink.Kind(kind).label for kind in _split(other.kinds_from)]
    words += [ProposalLink.INVERSE[ProposalLink.Kind(kind)] for kind in _split(other.kinds_to)]
    return Link(other, words)


def _split(kinds):
    return sorted(set(filter(None, kinds.split(","))))
