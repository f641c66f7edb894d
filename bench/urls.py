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


urlpatterns = [
    path("bench/floor/", floor, name="bench-floor"),
    path("", include("tracker.urls")),
]
