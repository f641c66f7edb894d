"""Negotiations, their issues, who takes part in them, and their rounds and who attended."""

from django.contrib import admin

from ..models import Attendance, Issue, Negotiation, Participation, Round
from .base import TrackerAdmin
from .forms import IssueForm, SluggedForm, dated
from .inlines import (
    AttendanceInline,
    CitationInline,
    IdentifierInline,
    IssueInline,
    OptionalCitationInline,
    ParticipationInline,
)


@admin.register(Negotiation)
class NegotiationAdmin(TrackerAdmin):
    list_display = ["title", "stage", "approximate_start", "approximate_end"]
    form = SluggedForm
    search_fields = ["title"]
    fields = ["title", "slug", "summary", "stage", dated("start"), dated("end")]
    inlines = [ParticipationInline, IssueInline, IdentifierInline, OptionalCitationInline]


@admin.register(Issue)
class IssueAdmin(TrackerAdmin):
    list_display = ["name", "topic", "negotiation"]
    list_filter = ["topic", "negotiation"]
    search_fields = ["name", "slug", "negotiation__title"]
    form = IssueForm
    fields = ["negotiation", "name", "slug", "topic", "description"]


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
        dated("start"),
        dated("end"),
        "outcome",
    ]
    inlines = [AttendanceInline, CitationInline]


@admin.register(Attendance)
class AttendanceAdmin(TrackerAdmin):
    list_display = ["__str__", "actor", "round"]
    autocomplete_fields = ["actor", "person"]
