"""How the API writes each record: its fields, its approximate dates and quantities as
objects that keep their precision and the source's words, and the citations it rests on."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import (
    Actor,
    Attendance,
    Citation,
    Event,
    ExchangeCategory,
    ExchangeTerm,
    ExternalIdentifier,
    Figure,
    Membership,
    Milestone,
    Negotiation,
    OtherTerm,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalLink,
    Round,
    Source,
    Statement,
    StatusChange,
)
from ..models.terms import codes_named
from .descriptions import description
from .values import (
    ApproximateDateField,
    PhaseNumberField,
    QuantityField,
    StandingField,
)


class DescribedSerializer(serializers.ModelSerializer):
    """A record whose fields the schema describes from ``descriptions``, never from the
    models' help texts, which speak to editors."""

    def get_fields(self):
        fields = super().get_fields()
        for name, field in fields.items():
            meaning = description(self.Meta.model, name)
            if meaning is not None:
                field.help_text = meaning
            elif name not in self._declared_fields:
                field.help_text = None
        return fields


class CitationSerializer(DescribedSerializer):
    """A source a record rests on, and the passage of it."""

    class Meta:
        model = Citation
        fields = ["source", "passage"]


class CitedSerializer(DescribedSerializer):
    """A record with the citations it rests on."""

    citations = CitationSerializer(many=True, read_only=True)


class NegotiationRecordSerializer(CitedSerializer):
    """A dated record of one negotiation (by its slug), with its citations."""

    negotiation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    date = ApproximateDateField("date")


def actor_slugs(many=False):
    """Actors by their slugs: one (null when the source names none), or a list."""
    if many:
        return serializers.SlugRelatedField(slug_field="slug", read_only=True, many=True)
    return serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)


class IdentifierSerializer(DescribedSerializer):
    """What another dataset calls the record, and its page there where it has public ones."""

    url = serializers.URLField(read_only=True, allow_null=True)

    class Meta:
        model = ExternalIdentifier
        fields = ["scheme", "value", "url"]


class MembershipSerializer(DescribedSerializer):
    group = actor_slugs()
    since = ApproximateDateField("since", allow_null=True)
    until = ApproximateDateField("until", allow_null=True)

    class Meta:
        model = Membership
        fields = ["group", "relation", "since", "until"]


class ActorSerializer(DescribedSerializer):
    part_of = actor_slugs()
    other_names = serializers.ListField(child=serializers.CharField(), read_only=True)
    memberships = MembershipSerializer(many=True, read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)

    class Meta:
        model = Actor
        fields = [
            "id",
            "slug",
            "name",
            "other_names",
            "kind",
            "description",
            "part_of",
            "memberships",
            "identifiers",
            "updated_at",
        ]


class SourceSerializer(DescribedSerializer):
    published_on = ApproximateDateField("published_on")

    class Meta:
        model = Source
        fields = [
            "id",
            "title",
            "headline",
            "kind",
            "publisher",
            "url",
            "archive_reference",
            "dateline",
            "published_on",
            "updated_at",
        ]


class NegotiationSerializer(CitedSerializer):
    start = ApproximateDateField("start")
    end = ApproximateDateField("end")
    actors = serializers.SerializerMethodField()
    rounds = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)

    class Meta:
        model = Negotiation
        fields = [
            "id",
            "slug",
            "title",
            "summary",
            "stage",
            "start",
            "end",
            "actors",
            "rounds",
            "identifiers",
            "citations",
            "updated_at",
        ]

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"actor": {"type": "string"}, "role": {"type": "string"}},
                "required": ["actor", "role"],
            },
        }
    )
    def get_actors(self, negotiation):
        """Who takes part, and as what (party, mediator, guarantor, …)."""
        return [
            {"actor": participation.actor.slug, "role": participation.role}
            for participation in negotiation.participations.all()
        ]


class ExchangeTermSerializer(DescribedSerializer):
    """Who releases whom, how many, in exchange for how many; it rests on its proposal's
    citations."""

    releasing_party = actor_slugs()
    receiving_party = actor_slugs()
    count = QuantityField()
    ratio = QuantityField()
    categories = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    phase = PhaseNumberField()

    class Meta:
        model = ExchangeTerm
        fields = [
            "id",
            "releasing_party",
            "receiving_party",
            "group",
            "affiliation",
            "categories",
            "count",
            "ratio",
            "ratio_per",
            "phase",
            "condition",
            "description",
        ]


class OtherTermSerializer(DescribedSerializer):
    amount = QuantityField()
    phase = PhaseNumberField()
    evacuees = serializers.SerializerMethodField()

    class Meta:
        model = OtherTerm
        fields = [
            "id",
            "kind",
            "amount",
            "unit",
            "applies_to",
            "withdrawal_extent",
            "evacuees",
            "from_place",
            "to_place",
            "means",
            "phase",
            "condition",
            "description",
        ]

    @extend_schema_field(
        {"type": "array", "items": {"type": "string", "enum": ExchangeCategory.Code.values}}
    )
    def get_evacuees(self, term):
        """For an evacuation, who is evacuated: codes of the categories the sources name."""
        return codes_named(term, "evacuee_codes", "evacuees")


class PhaseSerializer(DescribedSerializer):
    duration = QuantityField()
    start = ApproximateDateField("start")
    end = ApproximateDateField("end")

    class Meta:
        model = Phase
        fields = [
            "id",
            "number",
            "duration",
            "duration_unit",
            "start",
            "end",
            "condition_to_advance",
            "description",
        ]


class MilestoneSerializer(CitedSerializer):
    date = ApproximateDateField("date")
    scheduled_end = ApproximateDateField("scheduled_end")
    length = QuantityField()
    actors = actor_slugs(many=True)

    class Meta:
        model = Milestone
        fields = [
            "id",
            "kind",
            "date",
            "scheduled_end",
            "length",
            "length_unit",
            "actors",
            "place",
            "note",
            "citations",
        ]


class LinkSerializer(DescribedSerializer):
    """How this proposal stands to another: it implements, extends, mirrors or supersedes it."""

    class Meta:
        model = ProposalLink
        fields = ["kind", "other", "note"]


class LinkedFromSerializer(DescribedSerializer):
    """How another proposal stands to this one (``proposal`` implements it, …)."""

    class Meta:
        model = ProposalLink
        fields = ["kind", "proposal", "note"]


class StatusChangeSerializer(CitedSerializer):
    date = ApproximateDateField("date")

    class Meta:
        model = StatusChange
        fields = ["id", "status", "date", "note", "citations"]


class ProposalSerializer(NegotiationRecordSerializer):
    """A proposal with who made it, to whom, through whom; its terms, phases, lifecycle
    steps and dated statuses."""

    proposed_by = actor_slugs()
    addressed_to = actor_slugs(many=True)
    mediators = actor_slugs(many=True)
    signatories = actor_slugs(many=True)
    guarantors = actor_slugs(many=True)
    endorsers = actor_slugs(many=True)
    witnesses = actor_slugs(many=True)
    standing = StandingField()
    links = LinkSerializer(many=True, read_only=True)
    linked_from = LinkedFromSerializer(many=True, read_only=True)
    exchange_terms = ExchangeTermSerializer(many=True, read_only=True)
    other_terms = OtherTermSerializer(many=True, read_only=True)
    phases = PhaseSerializer(many=True, read_only=True)
    milestones = MilestoneSerializer(many=True, read_only=True)
    status_changes = StatusChangeSerializer(many=True, read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)

    class Meta:
        model = Proposal
        fields = [
            "id",
            "negotiation",
            "kind",
            "title",
            "summary",
            "date",
            "status",
            "standing",
            "proposed_by",
            "proposer_unstated",
            "addressed_to",
            "addressees_unstated",
            "mediators",
            "mediators_unstated",
            "signatories",
            "guarantors",
            "endorsers",
            "witnesses",
            "responds_to",
            "links",
            "linked_from",
            "ceasefire_class",
            "form",
            "purpose",
            "coverage",
            "covered_areas",
            "note",
            "editors_note",
            "exchange_terms",
            "other_terms",
            "phases",
            "milestones",
            "status_changes",
            "identifiers",
            "citations",
            "updated_at",
        ]


class EventSerializer(NegotiationRecordSerializer):
    participants = actor_slugs(many=True)
    people = serializers.StringRelatedField(many=True, read_only=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "negotiation",
            "kind",
            "title",
            "summary",
            "date",
            "date_note",
            "place",
            "participants",
            "people",
            "proposal",
            "statement",
            "round",
            "citations",
            "updated_at",
        ]


class StatementSerializer(NegotiationRecordSerializer):
    on_behalf_of = actor_slugs()
    speaker = serializers.StringRelatedField(allow_null=True)
    possibly_spoken_by = serializers.StringRelatedField(allow_null=True)
    outlet = actor_slugs()

    class Meta:
        model = Statement
        fields = [
            "id",
            "negotiation",
            "date",
            "date_note",
            "on_behalf_of",
            "speaker",
            "speaker_description",
            "possibly_spoken_by",
            "outlet",
            "text",
            "is_direct_quote",
            "citations",
            "updated_at",
        ]


class PositionSerializer(NegotiationRecordSerializer):
    actor = actor_slugs()
    issue = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Position
        fields = [
            "id",
            "negotiation",
            "actor",
            "issue",
            "stance",
            "detail",
            "date",
            "date_note",
            "citations",
            "updated_at",
        ]


class FigureSerializer(NegotiationRecordSerializer):
    value = QuantityField()
    attributed_to = actor_slugs()

    class Meta:
        model = Figure
        fields = [
            "id",
            "negotiation",
            "counts",
            "value",
            "date",
            "attributed_to",
            "attribution",
            "part_of",
            "note",
            "citations",
            "updated_at",
        ]


class NotStatedField(serializers.CharField):
    """Text the sources may not state: null rather than empty when they do not."""

    def __init__(self, **options):
        super().__init__(read_only=True, allow_null=True, **options)

    def to_representation(self, value):
        return value or None


class RoundSerializer(CitedSerializer):
    """A round of talks: where and when (null where the sources do not say), and what it
    produced."""

    negotiation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    venue = NotStatedField()
    start = ApproximateDateField("start")
    end = ApproximateDateField("end")

    class Meta:
        model = Round
        fields = [
            "id",
            "negotiation",
            "title",
            "venue",
            "start",
            "end",
            "outcome",
            "citations",
            "updated_at",
        ]


class AttendanceSerializer(CitedSerializer):
    """Who attended a round, on whose behalf: a person, or a delegation in the source's
    words."""

    negotiation = serializers.SlugRelatedField(
        source="round.negotiation", slug_field="slug", read_only=True
    )
    actor = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Attendance
        fields = [
            "id",
            "negotiation",
            "round",
            "actor",
            "person",
            "description",
            "citations",
            "updated_at",
        ]


class PersonSerializer(CitedSerializer):
    """A named individual, or an official the sources name only by office."""

    affiliation = actor_slugs()
    identifiers = IdentifierSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = ["id", "name", "title", "affiliation", "identifiers", "citations", "updated_at"]
