"""Filters of proposals and agreements and what hangs on them: terms, phases, status
changes, milestones and links, which reach their negotiation through their proposal."""

import django_filters
from django.db.models import Q

from ..models import (
    Actor,
    ExchangeCategory,
    ExchangeTerm,
    Milestone,
    OtherTerm,
    Phase,
    Proposal,
    ProposalLink,
    StatusChange,
)
from .base import NegotiationScopedFilterSet, actor_filter


class ProposalFilter(NegotiationScopedFilterSet):
    """Proposals: an actor who made, received, mediated, signed, endorsed, witnessed or
    guarantees them, their kind and status."""

    actor = actor_filter(method="filter_actor")
    kind = django_filters.MultipleChoiceFilter(choices=Proposal.Kind.choices)
    status = django_filters.MultipleChoiceFilter(choices=Proposal.Status.choices)

    text_fields = ("title", "summary", "note")

    class Meta:
        model = Proposal
        fields = ["negotiation", "actor", "kind", "status", "date_from", "date_to", "q"]

    def filter_actor(self, queryset, name, value: Actor):
        return queryset.involving(value)


class ExchangeTermFilter(NegotiationScopedFilterSet):
    """Exchange terms: the releasing party, the group released; dated by their proposal."""

    actor = actor_filter("Releasing party", field_name="releasing_party")
    group = django_filters.MultipleChoiceFilter(choices=ExchangeTerm.Group.choices)
    # Terms naming any of the categories asked for.
    category = django_filters.ModelMultipleChoiceFilter(
        field_name="categories", queryset=ExchangeCategory.objects.all(), label="Category"
    )

    text_fields = ("description", "proposal__title")
    date_path = "proposal__date"

    class Meta:
        model = ExchangeTerm
        fields = ["negotiation", "actor", "group", "category", "date_from", "date_to", "q"]


class OtherTermFilter(NegotiationScopedFilterSet):
    """Other terms (truce, withdrawal, aid, …) by kind; dated by their proposal."""

    kind = django_filters.MultipleChoiceFilter(choices=OtherTerm.Kind.choices)

    text_fields = ("description", "proposal__title")
    date_path = "proposal__date"

    class Meta:
        model = OtherTerm
        fields = ["negotiation", "kind", "date_from", "date_to", "q"]


class StatusChangeFilter(NegotiationScopedFilterSet):
    """Each dated status of each proposal, by status."""

    status = django_filters.MultipleChoiceFilter(choices=Proposal.Status.choices)

    text_fields = ("note", "proposal__title")

    class Meta:
        model = StatusChange
        fields = ["negotiation", "status", "date_from", "date_to", "q"]


class MilestoneFilter(NegotiationScopedFilterSet):
    """Agreements' dated milestones (signed, in force, extended, expired, …), by kind and
    by an actor who acted in them or is named by their agreement (made, received, passed on,
    signed, endorsed, witnessed or guarantees it)."""

    actor = actor_filter(method="filter_actor")
    kind = django_filters.MultipleChoiceFilter(choices=Milestone.Kind.choices)

    text_fields = ("note", "place", "proposal__title")

    class Meta:
        model = Milestone
        fields = ["negotiation", "actor", "kind", "date_from", "date_to", "q"]

    def filter_actor(self, queryset, name, value: Actor):
        # IN on ids rather than joins, so that a step is listed once whatever its roles.
        acted = Milestone.actors.through.objects.filter(actor=value).values("milestone_id")
        named = Proposal.objects.involving(value).values("pk")
        return queryset.filter(Q(pk__in=acted) | Q(proposal__in=named))


class PhaseFilter(NegotiationScopedFilterSet):
    """Phases of proposals and agreements; dated by their start."""

    text_fields = ("description", "condition_to_advance", "proposal__title")
    date_path = "start"

    class Meta:
        model = Phase
        fields = ["negotiation", "date_from", "date_to", "q"]


class ProposalLinkFilter(NegotiationScopedFilterSet):
    """Links between proposals (implements, extends, mirrors, supersedes), by kind; dated by
    the linking proposal."""

    kind = django_filters.MultipleChoiceFilter(choices=ProposalLink.Kind.choices)

    text_fields = ("note", "proposal__title", "other__title")
    date_path = "proposal__date"

    class Meta:
        model = ProposalLink
        fields = ["negotiation", "kind", "date_from", "date_to", "q"]
