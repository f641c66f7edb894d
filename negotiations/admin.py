"""Staff editing: every domain record, with its citations and terms on the same page."""

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Actor,
    Attendance,
    Citation,
    Event,
    ExchangeTerm,
    Figure,
    Negotiation,
    OtherTerm,
    Participation,
    Person,
    Position,
    Proposal,
    Risk,
    Round,
    Source,
    Statement,
    StatusChange,
)


class CitationInline(GenericTabularInline):
    model = Citation
    extra = 1
    min_num = 1
    autocomplete_fields = ["source"]
    verbose_name_plural = "citations (every fact rests on at least one source)"


class ExchangeTermInline(admin.StackedInline):
    model = ExchangeTerm
    extra = 0
    autocomplete_fields = ["releasing_party"]
    fields = [
        ("releasing_party", "group", "category", "phase"),
        ("count_qualifier", "count_min", "count_max"),
        ("ratio_qualifier", "ratio_min", "ratio_max"),
        "description",
    ]


class OtherTermInline(admin.TabularInline):
    model = OtherTerm
    extra = 0
    fields = [
        "kind",
        "withdrawal_extent",
        "amount_qualifier",
        "amount_min",
        "amount_max",
        "unit",
        "phase",
        "description",
    ]


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["status", "date", "date_precision", "note"]


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["actor"]


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["actor", "person"]


class FigureBreakdownInline(admin.TabularInline):
    model = Figure
    fk_name = "part_of"
    extra = 0
    verbose_name = "breakdown figure"
    verbose_name_plural = "breakdown (figures within this one)"
    fields = [
        "counts",
        "value_qualifier",
        "value_min",
        "value_max",
        "attribution",
        "date",
        "date_precision",
        "negotiation",
    ]


class TrackerAdmin(SimpleHistoryAdmin):
    """Shared defaults: history on every record, list pages that stay readable."""

    list_per_page = 50
    save_on_top = True


@admin.register(Source)
class SourceAdmin(TrackerAdmin):
    list_display = ["title", "kind", "publisher", "published_on"]
    list_filter = ["kind"]
    search_fields = ["title", "headline", "publisher", "url"]
    date_hierarchy = "published_on"


@admin.register(Citation)
class CitationAdmin(TrackerAdmin):
    list_display = ["source", "content_type", "object_id", "passage"]
    list_filter = ["content_type"]
    search_fields = ["passage", "source__title"]
    autocomplete_fields = ["source"]


@admin.register(Actor)
class ActorAdmin(TrackerAdmin):
    list_display = ["name", "kind", "part_of"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["part_of"]


@admin.register(Person)
class PersonAdmin(TrackerAdmin):
    list_display = ["__str__", "affiliation"]
    search_fields = ["name", "title", "affiliation__name"]
    autocomplete_fields = ["affiliation"]
    inlines = [CitationInline]


@admin.register(Negotiation)
class NegotiationAdmin(TrackerAdmin):
    list_display = ["title", "stage"]
    prepopulated_fields = {"slug": ["title"]}
    search_fields = ["title"]
    inlines = [ParticipationInline]


@admin.register(Participation)
class ParticipationAdmin(TrackerAdmin):
    list_display = ["actor", "role", "negotiation"]
    list_filter = ["role", "negotiation"]
    autocomplete_fields = ["actor"]
    inlines = [CitationInline]


@admin.register(Round)
class RoundAdmin(TrackerAdmin):
    list_display = ["title", "venue", "approximate_start", "negotiation"]
    list_filter = ["negotiation"]
    search_fields = ["title", "venue"]
    fields = [
        "negotiation",
        "title",
        "venue",
        ("start", "start_precision"),
        ("end", "end_precision"),
        "outcome",
    ]
    inlines = [AttendanceInline, CitationInline]


@admin.register(Attendance)
class AttendanceAdmin(TrackerAdmin):
    list_display = ["__str__", "actor", "round"]
    autocomplete_fields = ["actor", "person"]


@admin.register(Proposal)
class ProposalAdmin(TrackerAdmin):
    list_display = ["title", "kind", "proposed_by", "approximate_date", "status", "negotiation"]
    list_filter = ["kind", "status", "negotiation"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["proposed_by", "addressed_to", "mediators", "responds_to"]
    fields = [
        "negotiation",
        ("kind", "status"),
        "title",
        "summary",
        "proposed_by",
        "addressed_to",
        "mediators",
        ("date", "date_precision"),
        "responds_to",
        "note",
    ]
    inlines = [ExchangeTermInline, OtherTermInline, StatusChangeInline, CitationInline]


@admin.register(ExchangeTerm)
class ExchangeTermAdmin(TrackerAdmin):
    list_display = ["__str__", "count", "ratio", "proposal"]
    list_filter = ["group", "category"]
    autocomplete_fields = ["proposal", "releasing_party"]
    fields = [ExchangeTermInline.fields[0], "proposal", *ExchangeTermInline.fields[1:]]


@admin.register(OtherTerm)
class OtherTermAdmin(TrackerAdmin):
    list_display = ["__str__", "kind", "proposal"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal"]


@admin.register(StatusChange)
class StatusChangeAdmin(TrackerAdmin):
    list_display = ["proposal", "status", "approximate_date"]
    autocomplete_fields = ["proposal"]
    inlines = [CitationInline]


@admin.register(Statement)
class StatementAdmin(TrackerAdmin):
    list_display = ["speaker_label", "on_behalf_of", "approximate_date", "is_direct_quote"]
    list_filter = ["is_direct_quote", "negotiation"]
    search_fields = ["text", "speaker__name", "speaker_description"]
    autocomplete_fields = ["speaker", "on_behalf_of", "outlet"]
    fields = [
        "negotiation",
        ("speaker", "speaker_description"),
        "on_behalf_of",
        ("date", "date_precision"),
        "date_note",
        "outlet",
        "text",
        "is_direct_quote",
    ]
    inlines = [CitationInline]


@admin.register(Event)
class EventAdmin(TrackerAdmin):
    list_display = ["title", "kind", "approximate_date", "negotiation"]
    list_filter = ["kind", "negotiation"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["participants", "people", "round", "proposal", "statement"]
    fields = [
        "negotiation",
        "kind",
        "title",
        "summary",
        ("date", "date_precision"),
        "date_note",
        "place",
        "participants",
        "people",
        "round",
        "proposal",
        "statement",
    ]
    inlines = [CitationInline]


@admin.register(Position)
class PositionAdmin(TrackerAdmin):
    list_display = ["actor", "issue", "stance", "approximate_date"]
    list_filter = ["issue", "negotiation"]
    search_fields = ["stance", "detail"]
    autocomplete_fields = ["actor"]
    fields = [
        "negotiation",
        "actor",
        "issue",
        "stance",
        "detail",
        ("date", "date_precision"),
        "date_note",
    ]
    inlines = [CitationInline]


@admin.register(Figure)
class FigureAdmin(TrackerAdmin):
    list_display = ["counts", "value", "attribution", "approximate_date"]
    list_filter = ["negotiation"]
    search_fields = ["counts", "attribution"]
    autocomplete_fields = ["attributed_to", "part_of"]
    fields = [
        "negotiation",
        "counts",
        ("value_qualifier", "value_min", "value_max"),
        ("attributed_to", "attribution"),
        ("date", "date_precision"),
        "part_of",
        "note",
    ]
    inlines = [FigureBreakdownInline, CitationInline]


@admin.register(Risk)
class RiskAdmin(TrackerAdmin):
    list_display = ["description", "named_by", "approximate_date"]
    autocomplete_fields = ["named_by"]
    fields = ["negotiation", "description", "named_by", ("date", "date_precision")]
    inlines = [CitationInline]
