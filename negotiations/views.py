"""Public pages: thin views that pick a queryset and render one template each."""

from django.db.models import Count, Max
from django.shortcuts import get_object_or_404, render

from .models import Citation, Event, Negotiation, Source


def home(request):
    """Every negotiation the tracker follows, with its latest activity."""
    negotiations = Negotiation.objects.annotate(
        event_count=Count("events", distinct=True), last_activity=Max("events__date")
    ).order_by("-last_activity", "title")
    return render(request, "negotiations/home.html", {"negotiations": negotiations})


def timeline(request, slug):
    """One negotiation's events in date order, each with who took part and its sources."""
    negotiation = get_object_or_404(Negotiation, slug=slug)
    events = Event.objects.for_timeline(negotiation)
    return render(
        request,
        "negotiations/timeline.html",
        {"negotiation": negotiation, "events": events},
    )


def source_detail(request, pk):
    """A cited document and every passage the tracker takes from it."""
    source = get_object_or_404(Source, pk=pk)
    citations = (
        Citation.objects.filter(source=source)
        .select_related("content_type")
        .prefetch_related("record")
        .order_by("content_type__model", "object_id", "pk")
    )
    return render(
        request, "negotiations/source_detail.html", {"source": source, "citations": citations}
    )
