"""Sources, the citations resting on them, and published corrections."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ..models import Citation, Correction, Source
from .base import TrackerAdmin
from .forms import dated


@admin.register(Source)
class SourceAdmin(TrackerAdmin):
    list_display = ["title", "kind", "publisher", "approximate_published_on"]
    list_filter = ["kind"]
    search_fields = ["title", "headline", "publisher", "url"]
    date_hierarchy = "published_on"
    fields = [
        "title",
        "headline",
        "kind",
        "publisher",
        "url",
        "archive_reference",
        dated("published_on"),
        "dateline",
    ]


@admin.register(Citation)
class CitationAdmin(TrackerAdmin):
    list_display = ["source", "content_type", "object_id", "passage"]
    list_filter = ["content_type"]
    search_fields = ["passage", "source__title"]
    autocomplete_fields = ["source"]


@admin.register(Correction)
class CorrectionAdmin(SimpleHistoryAdmin):
    """Published corrections. Editors make one by ticking "This save corrects an error" when
    they save a record; here a note can be mended."""

    list_display = ["corrected_at", "content_type", "object_id", "note"]
    list_filter = ["content_type"]
    search_fields = ["note"]
    date_hierarchy = "corrected_at"

    def get_readonly_fields(self, request, obj=None):
        # Which save a correction is of is fixed by that save: the changes page finds it so.
        if obj is not None:
            return ["content_type", "object_id", "corrected_at"]
        return []
