"""Filters shared by the pages and the exports, so that what a reader sees is what they download.

Invalid values (an unknown actor, a date that is not a date) make ``is_valid()`` false;
callers must then show the form errors (pages) or answer 400 (exports), never fall back
to an unfiltered list.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from . import search
from .fields import may_end_on_or_after, may_start_on_or_before
from .forms import DayField
from .models import (
    Actor,
    ActorAlias,
    Attendance,
    Citation,
    Correction,
    Event,
    ExchangeCategory,
    ExchangeTerm,
    Figure,
    Issue,
    IssueTopic,
    Membership,
    Milestone,
    Negotiation,
    OtherTerm,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalLink,
    Risk,
    Round,
    Source,
    Statement,
    StatusChange,
    records_in,
)


class DateInput(forms.DateInput):
    input_type = "date"


class DayFilter(django_filters.DateFilter):
    """A day written ``YYYY-MM-DD``, as a date box sends it and the API's schema says."""

    field_class = DayField


#: A search longer than this is refused (400 with a message) before it reaches the database:
#: every word is one more condition on every searched field of every row.
SEARCH_MAX_CHARACTERS = 200
SEARCH_MAX_WORDS = 12


def bounded_search(value):
    """Refuse a search of more words than the database should be asked to match."""
    words = len(value.split())
    if words > SEARCH_MAX_WORDS:
        raise ValidationError(
            f"Search for at most {SEARCH_MAX_WORDS} words (this has {words}).", code="words"
        )


#: What a search's words are separated by (str.split(): Unicode whitespace), spelled out
#: so that the schema's pattern means the same in every regex dialect.
SPACES = "".join(f"\\u{ord(c):04x}" for c in map(chr, range(0x3001)) if c.isspace())
WORD = f"[^{SPACES}\\u0000]+"  # No NUL either: no database stores one.
WORDS = f"[{SPACES}]*(?:{WORD}[{SPACES}]+){{0,{SEARCH_MAX_WORDS - 1}}}(?:{WORD}[{SPACES}]*)?"

#: The searches these limits allow, as the API's schema says.
SEARCH_SCHEMA = {
    "type": "string",
    "maxLength": SEARCH_MAX_CHARACTERS,
    "pattern": f"^{WORDS}$",
    "description": f"Words to search for: at most {SEARCH_MAX_WORDS} words and "
    f"{SEARCH_MAX_CHARACTERS} characters.",
}


class NegotiationScopedFilterSet(django_filters.FilterSet):
    """Filters every dataset understands: negotiation, date range and free text.

    A range keeps an entry whose approximate date overlaps it: a January of month precision
    is kept by a 15–20 January range (pages mark it as possibly in range).
    """

    negotiation = django_filters.ModelChoiceFilter(
        queryset=Negotiation.objects.all(),
        to_field_name="slug",
        method="filter_negotiation",
        label="Negotiation",
        empty_label="All negotiations",
    )
    date_from = DayFilter(
        field_name="date", method="filter_date_from", label="From", widget=DateInput
    )
    date_to = DayFilter(field_name="date", method="filter_date_to", label="To", widget=DateInput)
    q = extend_schema_field(SEARCH_SCHEMA)(
        django_filters.CharFilter(
            method="filter_text",
            label="Search",
            max_length=SEARCH_MAX_CHARACTERS,
            validators=[bounded_search],
            # Counted as given: a search one space too long is refused, as the schema says.
            strip=False,
        )
    )

    #: Fields searched by the free-text filter; each dataset names its own.
    text_fields = ()
    #: Searched fields that are identifiers, not words (a URL, a slug): matched as written.
    identifier_fields = ()
    #: Where the negotiation and the date are, seen from the filtered model (terms reach
    #: them through their proposal).
    negotiation_path = "negotiation"
    #: An ApproximateDateField's name: every dated record keeps its date's precision.
    date_path = "date"

    def __init__(self, data=None, *args, **kwargs):
        # A filter form sends every box, empty ones too: an empty value is one left out,
        # for every filter alike (pages, exports and the API).
        if isinstance(data, QueryDict):
            data = data.copy()
            for name in list(data):
                given = [value for value in data.getlist(name) if value != ""]
                if given:
                    data.setlist(name, given)
                else:
                    del data[name]
        super().__init__(data, *args, **kwargs)
        self.filters["q"].extra["help_text"] = search.syntax(self.queryset.db)
        for name in ("date_from", "date_to"):
            if name in self.filters:
                self.filters[name].field_name = self.date_path

    def filter_negotiation(self, queryset, name, value: Negotiation):
        # Rows that reach their negotiation some other way say how in their own method.
        return queryset.filter(**{self.negotiation_path: value})

    def filter_date_from(self, queryset, name, day):
        return queryset.filter(may_end_on_or_after(self.date_path, day))

    def filter_date_to(self, queryset, name, day):
        return queryset.filter(may_start_on_or_before(self.date_path, day))

    def filter_text(self, queryset, name, value):
        if not value.split():
            return queryset  # Spaces alone search for nothing, as an empty box does.
        return search.matching(queryset, self.text_fields, value, self.identifier_fields)

    def clean_range(self):
        """Refuse a range whose end comes before its start."""
        data = self.form.cleaned_data
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.form.add_error("date_to", "The end of the date range is before its start.")

    def clean_repeats(self):
        """Refuse a filter of one value given several times, rather than keep one of them."""
        if not isinstance(self.data, QueryDict):
            return
        for name, one_filter in self.filters.items():
            given = self.data.getlist(name)
            takes_one = not isinstance(one_filter, django_filters.MultipleChoiceFilter)
            if len(given) > 1 and takes_one and name not in self.form.errors:
                self.form.add_error(name, f"Give one value for {name}, not {len(given)}.")

    def is_valid(self):
        valid = super().is_valid()
        if valid:
            self.clean_range()
        self.clean_repeats()
        return valid and not self.form.errors


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


# --- Filters of the other exported datasets ------------------------------------------
# Each keeps the shared negotiation / date range / text filters and adds what its rows
# are about (an actor, a kind), so an export URL takes the same parameters as a page.


def actor_filter(label="Actor", **options):
    """An actor chosen by slug; unknown slugs make the filter set invalid."""
    return django_filters.ModelChoiceFilter(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        label=label,
        empty_label="Any actor",
        **options,
    )


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
    negotiation_path = "proposal__negotiation"
    date_path = "proposal__date"

    class Meta:
        model = ExchangeTerm
        fields = ["negotiation", "actor", "group", "category", "date_from", "date_to", "q"]


class OtherTermFilter(NegotiationScopedFilterSet):
    """Other terms (truce, withdrawal, aid, …) by kind; dated by their proposal."""

    kind = django_filters.MultipleChoiceFilter(choices=OtherTerm.Kind.choices)

    text_fields = ("description", "proposal__title")
    negotiation_path = "proposal__negotiation"
    date_path = "proposal__date"

    class Meta:
        model = OtherTerm
        fields = ["negotiation", "kind", "date_from", "date_to", "q"]


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


class ActorFilter(NegotiationScopedFilterSet):
    """Actors by the negotiation they take part in, and by kind. Actors carry no date."""

    date_from = None
    date_to = None
    kind = django_filters.MultipleChoiceFilter(choices=Actor.Kind.choices)

    text_fields = ("name", "description")

    class Meta:
        model = Actor
        fields = ["negotiation", "kind", "q"]

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
        person = OuterRef("pk")
        return queryset.filter(
            Exists(Statement.objects.filter(negotiation=value, speaker=person))
            | Exists(Attendance.objects.filter(round__negotiation=value, person=person))
            | Exists(Event.people.through.objects.filter(event__negotiation=value, person=person))
        )


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
    negotiation_path = "round__negotiation"
    date_path = "round__start"

    class Meta:
        model = Attendance
        fields = ["negotiation", "actor", "date_from", "date_to", "q"]


class StatusChangeFilter(NegotiationScopedFilterSet):
    """Each dated status of each proposal, by status."""

    status = django_filters.MultipleChoiceFilter(choices=Proposal.Status.choices)

    text_fields = ("note", "proposal__title")
    negotiation_path = "proposal__negotiation"

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
    negotiation_path = "proposal__negotiation"

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
    negotiation_path = "proposal__negotiation"
    date_path = "start"

    class Meta:
        model = Phase
        fields = ["negotiation", "date_from", "date_to", "q"]


class ProposalLinkFilter(NegotiationScopedFilterSet):
    """Links between proposals (implements, extends, mirrors, supersedes), by kind; dated by
    the linking proposal."""

    kind = django_filters.MultipleChoiceFilter(choices=ProposalLink.Kind.choices)

    text_fields = ("note", "proposal__title", "other__title")
    negotiation_path = "proposal__negotiation"
    date_path = "proposal__date"

    class Meta:
        model = ProposalLink
        fields = ["negotiation", "kind", "date_from", "date_to", "q"]


class RiskFilter(NegotiationScopedFilterSet):
    """Risks to the talks, by who named them."""

    actor = actor_filter("Named by", field_name="named_by")

    text_fields = ("description",)

    class Meta:
        model = Risk
        fields = ["negotiation", "actor", "date_from", "date_to", "q"]


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
