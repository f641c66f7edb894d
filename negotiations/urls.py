"""Public pages of the tracker."""

from django.urls import path

from . import export_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("timeline/", views.timeline, name="timeline-all"),
    path("negotiations/<slug:slug>/", views.negotiation_status, name="negotiation-status"),
    path("negotiations/<slug:slug>/timeline/", views.timeline, name="timeline"),
    path("negotiations/<slug:slug>/proposals/", views.proposal_list, name="proposal-list"),
    path("negotiations/<slug:slug>/positions/", views.positions, name="positions"),
    path("proposals/<int:pk>/", views.proposal_detail, name="proposal-detail"),
    path(
        "proposals/<int:pk>/compare/<int:other_pk>/",
        views.proposal_compare,
        name="proposal-compare",
    ),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
    path("export/", export_views.export_dictionary, name="export"),
    path(
        "export/<slug:dataset>.<slug:file_format>",
        export_views.export_dataset,
        name="export-dataset",
    ),
]
