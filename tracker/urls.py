"""Top-level URL routes: the public pages of the negotiations app and the admin."""

from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import require_http_methods

from negotiations.admin import release_page

urlpatterns = [
    path(
        "admin/releases/",
        admin.site.admin_view(require_http_methods(["GET", "POST"])(release_page)),
        name="admin-releases",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include("negotiations.api.urls")),
    path("", include("negotiations.urls")),
]
