"""Public pages of the tracker."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("negotiations/<slug:slug>/timeline/", views.timeline, name="timeline"),
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
]
