"""Top-level URL routes: the public pages of the negotiations app and the admin."""

from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.http import require_http_methods

from negotiations.admin.releases import release_page
from negotiations.api.views import unknown_address

urlpatterns = [
    path(
        "admin/releases/",
        admin.site.admin_view(require_http_methods(["GET", "POST"])(release_page)),
        name="admin-releases",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include("negotiations.api.urls")),
    # Any other address under /api/ ending in a slash (others are sent to one that does)
    # answers as the API does: a 404 in JSON, not the site's page.
    re_path(r"^api/(?:[\s\S]*/)?$", unknown_address),
    path("", include("negotiations.urls")),
]
