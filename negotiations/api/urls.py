"""Routes of the API, version 1, under /api/v1/."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import views


class Router(DefaultRouter):
    """The library's router, with the API's root view and without format suffixes: the API
    answers JSON only."""

    APIRootView = views.Root
    include_format_suffixes = False


# Names apart from the pages' own ("proposal-detail" is a page).
router = Router()
router.register("negotiations", views.NegotiationViewSet, basename="api-negotiation")
router.register("proposals", views.ProposalViewSet, basename="api-proposal")
router.register("events", views.EventViewSet, basename="api-event")
router.register("statements", views.StatementViewSet, basename="api-statement")
router.register("positions", views.PositionViewSet, basename="api-position")
router.register("figures", views.FigureViewSet, basename="api-figure")
router.register("rounds", views.RoundViewSet, basename="api-round")
router.register("attendances", views.AttendanceViewSet, basename="api-attendance")
router.register("people", views.PersonViewSet, basename="api-person")
router.register("handovers", views.HandoverViewSet, basename="api-handover")
router.register(
    "implementation-statements",
    views.ImplementationStatementViewSet,
    basename="api-implementation-statement",
)
router.register("violations", views.ViolationViewSet, basename="api-violation")
router.register("deadlines", views.DeadlineViewSet, basename="api-deadline")
router.register("actors", views.ActorViewSet, basename="api-actor")
router.register("sources", views.SourceViewSet, basename="api-source")

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="api-schema"),
    # The split view serves its script as a file of its own: no inline script, so the
    # documentation runs under the site's Content Security Policy.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    *router.urls,
]
