"""Filters of actors, their other names, their memberships and their people: records that
belong to no one negotiation, found by the negotiations they take part in; and of the
identifiers other datasets give actors, people, negotiations and agreements."""

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Exists, OuterRef, Q
from drf_spectacular.utils import extend_schema_field

from .. import search
from ..models import (
    Actor,
    ActorAlias,
    Attendance,
    Event,
    ExternalIdentifier,
    Membership,
    Negotiation,
    Participation,
    Person,
    Statement,
)
from ..models.identifiers import PATTERNS, QID, Scheme
from .base import NegotiationScopedFilterSet, actor_filter

#: A Wikidata QID as the API's schema gives it (JSON Schema's "$" is the very end; empty
#: filters nothing, as with every filter)...
QID_PATTERN = f"^({QID})?$"
#: ... and as the filter checks it: the model's whole-value pattern.
WHOLE_QID = RegexValidator(*PATTERNS[Scheme.WIKIDATA], code="wikidata")


class ActorFilter(NegotiationScopedFilterSet):
    """Actors by the negotiation they take part in, and by kind. Actors carry no date."""

    date_from = None
    date_to = None
    # Boxes to tick on the actors page, each with its label.
    kind = django_filters.MultipleChoiceFilter(
        choices=Actor.Kind.choices, widget=forms.CheckboxSelectMultiple
    )
    # As the schema says it, whole and unstripped: " Q42" or "Q42" and a new line is no QID.
    wikidata = extend_schema_field({"type": "string", "pattern": QID_PATTERN})(
        django_filters.CharFilter(
            method="filter_wikidata",
            label="Wikidata QID",
            strip=False,
            validators=[WHOLE_QID],
        )
    )

    text_fields = ("name", "description")

    class Meta:
        model = Actor
        fields = ["negotiation", "kind", "wikidata", "q"]

    def filter_wikidata(self, queryset, name, value):
        # A QID identifies one actor at most: no row twice.
        return queryset.filter(identifiers__scheme=Scheme.WIKIDATA, identifiers__value=value)

    def filter_negotiation(self, queryset, name, value: Negotiation):
        taking_part = Participation.objects.filter(actor=OuterRef("pk"), negotiation=value)
        return queryset.filter(Exists(taking_part))

    def filter_text(self, queryset, name, value):
        # Its other names too ("Ansar Allah" finds the Houthis), as ids: no row twice.
        aliased = search.matching(ActorAlias.objects.all(), ("name",), value)
        named = super().filter_text(queryset, name, value)
        return queryset.filter(Q(pk__in=named.values("pk")) | Q(pk__in=aliased.values("actor")))


class ActorAliasFilter(NegotiationScopedFilterSet):
    """Actors' other names, by the negotiation their actor takes part in. They carry no date."""

    date_from = None
    date_to = None

    text_fields = ("name",)

    class Meta:
        model = ActorAlias
        fields = ["negotiation", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        taking_part = Participation.objects.filter(actor=OuterRef("actor"), negotiation=value)
        return queryset.filter(Exists(taking_part))


class MembershipFilter(NegotiationScopedFilterSet):
    """Memberships of coalitions and sides, by an actor on either side of one and by the
    negotiation either takes part in. Their dates are bounds, not days things happened."""

    date_from = None
    date_to = None
    actor = actor_filter(method="filter_actor")

    text_fields = ("member__name", "group__name")

    class Meta:
        model = Membership
        fields = ["negotiation", "actor", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        taking_part = Participation.objects.filter(negotiation=value)
        return queryset.filter(
            Exists(taking_part.filter(actor=OuterRef("member")))
            | Exists(taking_part.filter(actor=OuterRef("group")))
        )

    def filter_actor(self, queryset, name, value: Actor):
        return queryset.filter(Q(member=value) | Q(group=value))


def takes_part(person, negotiation):
    """Whether ``person`` (an ``OuterRef``) spoke in ``negotiation``, attended one of its
    rounds or took part in one of its events: how a person belongs to a negotiation."""
    return (
        Exists(Statement.objects.filter(negotiation=negotiation, speaker=person))
        | Exists(Attendance.objects.filter(round__negotiation=negotiation, person=person))
        | Exists(Event.people.through.objects.filter(event__negotiation=negotiation, person=person))
    )


class PersonFilter(NegotiationScopedFilterSet):
    """People by the actor they belong to, and by the negotiation where they spoke, attended
    a round or took part in an event. People carry no date."""

    date_from = None
    date_to = None
    actor = actor_filter("Affiliation", field_name="affiliation")

    text_fields = ("name", "title")

    class Meta:
        model = Person
        fields = ["negotiation", "actor", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        return queryset.filter(takes_part(OuterRef("pk"), value))


class ExternalIdentifierFilter(NegotiationScopedFilterSet):
    """Identifiers by scheme, and by the negotiation their record is, belongs to (an
    agreement) or takes part in (an actor; a person, as the people dataset says). They carry
    no date."""

    date_from = None
    date_to = None
    scheme = django_filters.MultipleChoiceFilter(choices=Scheme.choices)

    # Words for an ACLED actor's name; as written for a code or an id.
    text_fields = ("value",)
    identifier_fields = ("value",)

    class Meta:
        model = ExternalIdentifier
        fields = ["negotiation", "scheme", "q"]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        return queryset.filter(
            Q(negotiation=value)
            | Q(proposal__negotiation=value)
            | Exists(Participation.objects.filter(actor=OuterRef("actor"), negotiation=value))
            | takes_part(OuterRef("person"), value)
        )
