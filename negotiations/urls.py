"""Public pages of the tracker: read-only, so each answers GET and HEAD and nothing else."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from . import calendars, feeds, views
from .exports import views as export_views


def read_only(view):
    """Any method but GET and HEAD gets 405, with or without a CSRF token: these pages post
    nothing, so there is no token to check and nothing a forged request could change."""
    return csrf_exempt(require_safe(view))


urlpatterns = [
    path("", read_only(views.home), name="home"),
    path("timeline/", read_only(views.timeline), name="timeline-all"),
    path(
        "negotiations/<slug:slug>/", read_only(views.negotiation_status), name="negotiation-status"
    ),
    path("negotiations/<slug:slug>/timeline/", read_only(views.timeline), name="timeline"),
    path(
        "negotiations/<slug:slug>/proposals/", read_only(views.proposal_list), name="proposal-list"
    ),
    path("negotiations/<slug:slug>/positions/", read_only(views.positions), name="positions"),
    path("negotiations/<slug:slug>/rounds/", read_only(views.rounds), name="rounds"),
    path(
        "negotiations/<slug:slug>/changes/",
        read_only(views.negotiation_changes),
        name="negotiation-changes",
    ),
    path("proposals/<int:pk>/", read_only(views.proposal_detail), name="proposal-detail"),
    path(
        "proposals/<int:pk>/compare/<int:other_pk>/",
        read_only(views.proposal_compare),
        name="proposal-compare",
    ),
    path("actors/", read_only(views.actor_list), name="actor-list"),
    path("actors/<slug:slug>/", read_only(views.actor_detail), name="actor-detail"),
    path("sources/<int:pk>/", read_only(views.source_detail), name="source-detail"),
    path("feed/", read_only(feeds.TrackerFeed()), name="feed"),
    path(
        "negotiations/<slug:slug>/feed/",
        read_only(feeds.NegotiationFeed()),
        name="negotiation-feed",
    ),
    path("deadlines.ics", read_only(calendars.deadlines_calendar), name="deadlines-calendar"),
    path(
        "negotiations/<slug:slug>/deadlines.ics",
        read_only(calendars.deadlines_calendar),
        name="negotiation-deadlines-calendar",
    ),
    path("export/", read_only(export_views.export_dictionary), name="export"),
    path(
        "export/<slug:dataset>.<slug:file_format>",
        read_only(export_views.export_dataset),
        name="export-dataset",
    ),
    path(
        "export/releases/<str:name>/<str:file>",
        read_only(export_views.release_file),
        name="release-file",
    ),
]
