"""Top-level URL routes: the public pages of the negotiations app and the admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("negotiations.urls")),
]
