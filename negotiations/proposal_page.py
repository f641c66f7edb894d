"""What a proposal's page shows, assembled in a fixed number of queries, without HTTP."""

from dataclasses import dataclass

from .models import Citation, Event, Proposal, ProposalLink
from .standing import standing_of


@dataclass(frozen=True)
class Relation:
    """Another proposal, and how this page's proposal stands to it ("implements", …)."""

    proposal: Proposal
    words: list
    responds: bool


@dataclass
class ProposalPage:
    proposal: Proposal
    roles: dict
    milestones: list
    phases: list
    relations: list
    events: list
    standing: object

    @classmethod
    def build(cls, pk):
        """The page of proposal ``pk``; raises ``Proposal.DoesNotExist``."""
        proposal = Proposal.objects.with_lifecycle().get(pk=pk)
        roles = proposal.actors_by_role()
        milestones = list(proposal.milestones.all())
        for milestone in milestones:
            milestone.acting = [
                actor
                for actor in roles["milestones"]
                if str(milestone.pk) in actor.acted_in.split(",")
            ]
        Citation.objects.attach_to([proposal, *proposal.status_changes.all(), *milestones])
        return cls(
            proposal=proposal,
            roles=roles,
            milestones=milestones,
            phases=list(proposal.phases.all()),
            relations=[
                _relation(proposal, other)
                for other in Proposal.objects.related_to(proposal).select_related("negotiation")
            ],
            events=list(Event.objects.filter(proposal=proposal).order_by("date", "pk")),
            standing=standing_of(proposal),
        )


def _relation(proposal, other):
    """How ``proposal`` stands to ``other``: "answered by", "implements", "extended by"…"""
    responds = other.responds_to_id == proposal.pk
    words = ["answered by"] if responds else []
    words += [ProposalLink.Kind(kind).label for kind in _split(other.kinds_from)]
    words += [ProposalLink.INVERSE[ProposalLink.Kind(kind)] for kind in _split(other.kinds_to)]
    return Relation(other, words, responds)


def _split(kinds):
    return sorted(set(filter(None, kinds.split(","))))
