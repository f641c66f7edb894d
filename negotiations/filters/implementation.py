"""Filters of what became of agreements: handovers, implementation statements and
deadlines, which reach their negotiation through their agreement, and alleged violations,
which belong to a negotiation of their own."""

import django_filters

from ..models import Deadline, ExchangeTerm, Handover, ImplementationStatement, Proposal, Violation
from .base import IdFilter, NegotiationScopedFilterSet, actor_filter


def agreement_filter():
    """The agreement a record is about, by its id (see the proposals dataset)."""
    return IdFilter(queryset=Proposal.objects.all(), to_field_name="id", label="Agreement (its id)")


class HandoverFilter(NegotiationScopedFilterSet):
    """Handovers by agreement, outcome, group released and releasing party."""

    proposal = agreement_filter()
    outcome = django_filters.MultipleChoiceFilter(choices=Handover.Outcome.choices)
    group = django_filters.MultipleChoiceFilter(choices=ExchangeTerm.Group.choices)
    actor = actor_filter("Releasing party", field_name="releasing_party")

    text_fields = ("description", "persons_named", "place", "affiliation", "reason")

    class Meta:
        model = Handover
        fields = [
            "negotiation",
            "proposal",
            "outcome",
            "group",
            "actor",
            "date_from",
            "date_to",
            "q",
        ]


class ImplementationStatementFilter(NegotiationScopedFilterSet):
    """Implementation statements by agreement, status and who says so."""

    proposal = agreement_filter()
    status = django_filters.MultipleChoiceFilter(choices=ImplementationStatement.Status.choices)
    actor = actor_filter("Who says so", field_name="asserted_by")

    text_fields = ("claim", "asserter_description")

    class Meta:
        model = ImplementationStatement
        fields = ["negotiation", "proposal", "status", "actor", "date_from", "date_to", "q"]


class ViolationFilter(NegotiationScopedFilterSet):
    """Alleged violations by who alleges them, against whom, their kind, their verification
    and the agreement breached."""

    proposal = agreement_filter()
    accused_by = actor_filter("Alleged by")
    accused = actor_filter("Against")
    kind = django_filters.MultipleChoiceFilter(choices=Violation.Kind.choices)
    verification = django_filters.MultipleChoiceFilter(choices=Violation.Verification.choices)

    text_fields = ("description", "place", "accuser_description")

    class Meta:
        model = Violation
        fields = [
            "negotiation",
            "proposal",
            "accused_by",
            "accused",
            "kind",
            "verification",
            "date_from",
            "date_to",
            "q",
        ]


class DeadlineFilter(NegotiationScopedFilterSet):
    """Deadlines by agreement and kind; dated by the day they fall due."""

    proposal = agreement_filter()
    kind = django_filters.MultipleChoiceFilter(choices=Deadline.Kind.choices)

    text_fields = ("description",)
    date_path = "due"

    class Meta:
        model = Deadline
        fields = ["negotiation", "proposal", "kind", "date_from", "date_to", "q"]
