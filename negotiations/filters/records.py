"""Filters of the talks' own records: events (the timeline's), statements, positions, figures,
risks, issues, rounds and who attended them, participations, and the sources, citations
and corrections they rest on."""

import django_filters
from django import forms
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from ..models import (
    Actor,
    Attendance,
    Citation,
    Correction,
    Event,
    Figure,
    Issue,
    IssueTopic,
    Negotiation,
    Participation,
    Position,
    Risk,
    Round,
    Source,
    Statement,
    records_in,
)
from .base import NegotiationScopedFilterSet, actor_filter


class EventFilter(NegotiationScopedFilterSet):
    """Timeline filters: actor (taking part), kind of event, date range, free text."""

    actor = django_filters.ModelChoiceFilter(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        method="filter_actor",
        label="Actor",
        empty_label="Any actor",
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=Event.Kind.choices,
        label="Kind of event",
        widget=forms.CheckboxSelectMultiple,
        method="filter_kind",
    )

    text_fields = ("title", "summary", "place")

    class Meta:
        model = Event
        fields = ["negotiation", "actor", "kind", "date_from", "date_to", "q"]

    def __init__(self, *args, within=None, **kwargs):
        """``within`` a negotiation (its own timeline), the address names the negotiation
        and the actors offered are that negotiation's."""
        super().__init__(*args, **kwargs)
        if within is not None:
            del self.filters["negotiation"]
            self.filters["actor"].queryset = Actor.objects.in_negotiation(within)

    def filter_actor(self, queryset, name, value: Actor):
        return queryset.with_participant(value)

    def filter_kind(self, queryset, name, kinds):
        # One IN on the event's own column (not an OR per kind, nor a DISTINCT), so the
        # (negotiation, kind, date, id) index can serve it.
        return queryset.filter(kind__in=kinds) if kinds else queryset


class StatementFilter(NegotiationScopedFilterSet):
    """Statements by the actor spoken for."""

    actor = actor_filter("On behalf of", field_name="on_behalf_of")

    text_fields = ("text", "speaker_description", "speaker__name", "speaker__title")

    class Meta:
        model = Statement
        fields = ["negotiation", "actor", "date_from", "date_to", "q"]


class PositionFilter(NegotiationScopedFilterSet):
    """Positions by actor and issue."""

    actor = actor_filter()
    # Slugs are unique within a negotiation: ?issue=withdrawal alone matches each
    # negotiation's issue of that address; ?topic= compares negotiations.
    # The API's schema: slugs, as for every other record chosen by its address.
    issue = extend_schema_field(OpenApiTypes.STR)(
        django_filters.ModelMultipleChoiceFilter(
            field_name="issue__slug",
            queryset=Issue.objects.all(),
            to_field_name="slug",
            label="Issue",
        )
    )
    topic = django_filters.MultipleChoiceFilter(
        field_name="issue__topic", choices=IssueTopic.choices, label="Topic"
    )

    text_fields = ("stance", "detail", "date_note")

    class Meta:
        model = Position
        fields = ["negotiation", "actor", "issue", "topic", "date_from", "date_to", "q"]


class FigureFilter(NegotiationScopedFilterSet):
    """Figures by the actor they are attributed to."""

    actor = actor_filter("Attributed to", field_name="attributed_to")

    text_fields = ("counts", "attribution", "note")

    class Meta:
        model = Figure
        fields = ["negotiation", "actor", "date_from", "date_to", "q"]


class RiskFilter(NegotiationScopedFilterSet):
    """Risks to the talks, by who named them."""

    actor = actor_filter("Named by", field_name="named_by")

    text_fields = ("description",)

    class Meta:
        model = Risk
        fields = ["negotiation", "actor", "date_from", "date_to", "q"]


class IssueFilter(NegotiationScopedFilterSet):
    """Issues by the shared topic they are a case of. Issues carry no date."""

    date_from = None
    date_to = None
    topic = django_filters.MultipleChoiceFilter(choices=IssueTopic.choices, label="Topic")

    text_fields = ("name", "description")
    identifier_fields = ("slug",)

    class Meta:
        model = Issue
        fields = ["negotiation", "topic", "q"]


class SourceFilter(NegotiationScopedFilterSet):
    """Sources by kind, publication date, and the negotiation whose records cite them."""

    kind = django_filters.MultipleChoiceFilter(choices=Source.Kind.choices)

    text_fields = ("title", "headline", "publisher")
    identifier_fields = ("url",)
    date_path = "published_on"

    class Meta:
        model = Source
        fields = ["negotiation", "kind", "date_from", "date_to", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        return queryset.cited_in(value)


class CitationFilter(NegotiationScopedFilterSet):
    """Citations by source and by the negotiation their records belong to. They carry no
    date of their own (their source has one)."""

    date_from = None
    date_to = None
    source = django_filters.ModelChoiceFilter(queryset=Source.objects.all(), label="Source")

    text_fields = ("passage",)

    class Meta:
        model = Citation
        fields = ["negotiation", "source", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        return queryset.of_records_in(value)


class CorrectionFilter(NegotiationScopedFilterSet):
    """Public corrections by the negotiation their records belong to; dated by when they
    were recorded, which is a moment, not an approximate date."""

    date_from = None
    date_to = None

    text_fields = ("note",)

    class Meta:
        model = Correction
        fields = ["negotiation", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        return queryset.filter(records_in(value))


class NegotiationFilter(NegotiationScopedFilterSet):
    """Negotiations by stage and by when the talks began."""

    stage = django_filters.MultipleChoiceFilter(choices=Negotiation.Stage.choices)

    text_fields = ("title", "summary")
    date_path = "start"

    class Meta:
        model = Negotiation
        fields = ["negotiation", "stage", "date_from", "date_to", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        return queryset.filter(pk=value.pk)


class RoundFilter(NegotiationScopedFilterSet):
    """Rounds of talks by when they started."""

    text_fields = ("title", "venue", "outcome")
    date_path = "start"

    class Meta:
        model = Round
        fields = ["negotiation", "date_from", "date_to", "q"]


class AttendanceFilter(NegotiationScopedFilterSet):
    """Who attended which round, by the actor attended for and the round's start."""

    actor = actor_filter("For")

    text_fields = ("description", "person__name", "person__title")
    date_path = "round__start"

    class Meta:
        model = Attendance
        fields = ["negotiation", "actor", "date_from", "date_to", "q"]


class ParticipationFilter(NegotiationScopedFilterSet):
    """Participations by actor and role. They carry no date."""

    date_from = None
    date_to = None
    actor = actor_filter()
    role = django_filters.MultipleChoiceFilter(choices=Participation.Role.choices)

    text_fields = ("actor__name",)

    class Meta:
        model = Participation
        fields = ["negotiation", "actor", "role", "q"]
