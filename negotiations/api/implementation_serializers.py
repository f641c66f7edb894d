"""How the API writes what became of an agreement: handovers, implementation statements,
alleged violations and deadlines."""

from rest_framework import serializers

from ..models import Deadline, Handover, ImplementationStatement, Violation
from .serializers import (
    CitedSerializer,
    NegotiationRecordSerializer,
    NotStatedField,
    actor_slugs,
)
from .values import ApproximateDateField, PhaseNumberField, QuantityField


def agreement_negotiation():
    """The negotiation of the agreement a record is about, by its slug."""
    return serializers.SlugRelatedField(
        source="proposal.negotiation", slug_field="slug", read_only=True
    )


class HandoverSerializer(CitedSerializer):
    """One batch of an exchange under an agreement: carried out, or delayed or refused and
    why."""

    negotiation = agreement_negotiation()
    phase = PhaseNumberField()
    date = ApproximateDateField("date")
    releasing_party = actor_slugs()
    receiving_party = actor_slugs()
    categories = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    count = QuantityField()
    alive = NotStatedField()
    persons_named = serializers.ListField(
        source="names", child=serializers.CharField(), read_only=True
    )
    reason_given_by = actor_slugs()

    class Meta:
        model = Handover
        fields = [
            "id",
            "negotiation",
            "proposal",
            "exchange_term",
            "phase",
            "outcome",
            "date",
            "releasing_party",
            "receiving_party",
            "group",
            "categories",
            "affiliation",
            "count",
            "alive",
            "persons_named",
            "place",
            "reason",
            "reason_given_by",
            "description",
            "citations",
            "updated_at",
        ]


class ImplementationStatementSerializer(CitedSerializer):
    """Someone's word, as of a day, on how far one term of an agreement is carried out; or
    the editors' own reading, marked as theirs."""

    negotiation = agreement_negotiation()
    date = ApproximateDateField("date")
    asserted_by = actor_slugs()

    class Meta:
        model = ImplementationStatement
        fields = [
            "id",
            "negotiation",
            "proposal",
            "exchange_term",
            "other_term",
            "date",
            "status",
            "asserted_by",
            "asserter_description",
            "is_editors_reading",
            "claim",
            "citations",
            "updated_at",
        ]


class ViolationSerializer(NegotiationRecordSerializer):
    """A violation one side alleges, with its toll and whether anyone confirmed or denied it."""

    accused_by = actor_slugs()
    accused = actor_slugs()
    killed = QuantityField()
    wounded = QuantityField()
    verified_by = actor_slugs()
    verified_on = ApproximateDateField("verified_on")

    class Meta:
        model = Violation
        fields = [
            "id",
            "negotiation",
            "proposal",
            "exchange_term",
            "other_term",
            "accused_by",
            "accuser_description",
            "accused",
            "kind",
            "date",
            "place",
            "description",
            "killed",
            "wounded",
            "verification",
            "verified_by",
            "verified_on",
            "citations",
            "updated_at",
        ]


class DeadlineSerializer(CitedSerializer):
    """A day an agreement sets for a step, and the day the step came."""

    negotiation = agreement_negotiation()
    phase = PhaseNumberField()
    due = ApproximateDateField("due")
    met_on = ApproximateDateField("met_on")

    class Meta:
        model = Deadline
        fields = [
            "id",
            "negotiation",
            "proposal",
            "exchange_term",
            "other_term",
            "phase",
            "kind",
            "due",
            "description",
            "met_on",
            "citations",
            "updated_at",
        ]
