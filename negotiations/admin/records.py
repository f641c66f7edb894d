"""What the talks record besides proposals: statements, events, positions, figures, risks."""

from django.contrib import admin

from ..models import Event, Figure, Position, Risk, Statement
from .base import TrackerAdmin
from .forms import dated
from .inlines import CitationInline, FigureBreakdownInline


@admin.register(Statement)
class StatementAdmin(TrackerAdmin):
    list_display = ["speaker_label", "on_behalf_of", "approximate_date", "is_direct_quote"]
    list_filter = ["is_direct_quote", "negotiation"]
    search_fields = ["text", "speaker__name", "speaker_description"]
    autocomplete_fields = ["speaker", "possibly_spoken_by", "on_behalf_of", "outlet"]
    fields = [
        "negotiation",
        ("speaker", "speaker_description", "possibly_spoken_by"),
        "on_behalf_of",
        dated("date"),
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
        dated("date"),
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
    list_filter = ["issue__topic", "negotiation"]
    search_fields = ["stance", "detail", "issue__name"]
    autocomplete_fields = ["actor", "issue"]
    fields = [
        "negotiation",
        "actor",
        "issue",
        "stance",
        "detail",
        dated("date"),
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
        ("value_qualifier", "value_min", "value_max", "value_words"),
        ("attributed_to", "attribution"),
        dated("date"),
        "part_of",
        "note",
    ]
    inlines = [FigureBreakdownInline, CitationInline]


@admin.register(Risk)
class RiskAdmin(TrackerAdmin):
    list_display = ["description", "named_by", "approximate_date"]
    autocomplete_fields = ["named_by"]
    fields = ["negotiation", "description", "named_by", dated("date")]
    inlines = [CitationInline]
