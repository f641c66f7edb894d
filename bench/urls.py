"""The tracker's routes plus /bench/floor/, the cheapest page the framework can serve."""

from django.http import HttpResponse
from django.template import engines
from django.urls import include, path

# Trivial, but a real template through the real engine and the full middleware stack.
FLOOR_TEMPLATE = engines["django"].from_string(
    "<!doctype html><title>Floor</title><p>{{ message }}</p>"
)


def floor(request):
    """What any page costs before it does any work of its own."""
    return HttpResponse(FLOOR_TEMPLATE.render({"message": "Nothing to see."}, request))


def bytes_floor(request):
    """The floor with a page's length (64 KiB): what sending a page's bytes costs."""
    message = "Nothing to see. " * 4096
    return HttpResponse(FLOOR_TEMPLATE.render({"message": message}, request))


urlpatterns = [
    path("bench/floor/", floor, name="bench-floor"),
    path("bench/bytes-floor/", bytes_floor, name="bench-bytes-floor"),
    path("", include("tracker.urls")),
]
