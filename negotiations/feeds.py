"""Atom feeds of what is recorded, newest record first: events, proposals, status changes
and agreement steps, of one negotiation or of all; each entry links to its page and names
its sources, and says so when its latest save was a public correction. Built on Django's
syndication framework."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .models import (
    NEGOTIATION_PATHS,
    Citation,
    Event,
    Milestone,
    Negotiation,
    Proposal,
    StatusChange,
    latest_correction,
)

#: How many of the latest recorded entries a feed holds.
FEED_SIZE = 50


def latest_records(negotiation=None):
    """The latest recorded events, proposals, status changes and agreement steps, newest
    record first, with their sources: one query per kind and one for all citations."""
    kinds = [
        Event.objects.select_related("negotiation"),
        Proposal.objects.select_related("negotiation"),
        StatusChange.objects.select_related("proposal__negotiation"),
        Milestone.objects.select_related("proposal__negotiation"),
    ]
    kinds = [queryset.annotate(**latest_correction(queryset.model)) for queryset in kinds]
    records = []
    for queryset in kinds:
        if negotiation is not None:
            queryset = queryset.filter(**{NEGOTIATION_PATHS[queryset.model]: negotiation})
        records += queryset.order_by("-updated_at", "-pk")[:FEED_SIZE]
    records.sort(key=lambda record: record.updated_at, reverse=True)
    return Citation.objects.attach_to(records[:FEED_SIZE])


def is_correction(record):
    """Whether the record's latest save was a public correction (a save after it would have
    been recorded later)."""
    return record.corrected_at is not None and record.corrected_at >= record.updated_at


def entry_title(record):
    title = recorded_title(record)
    return f"Corrected: {title}" if is_correction(record) else title


def recorded_title(record):
    if isinstance(record, Event):
        return f"{record.approximate_date}: {record.title}"
    if isinstance(record, Proposal):
        return f"{record.get_kind_display().capitalize()}: {record.title}"
    if isinstance(record, StatusChange):
        return (
            f"{record.proposal.title}: {record.get_status_display()} "
            f"as of {record.approximate_date}"
        )
    return f"{record.proposal.title}: {record.get_kind_display()} on {record.approximate_date}"


def entry_address(record):
    """Where an entry shows: an event on its timeline, a status change or an agreement step
    on its proposal's page; each address is the entry's own (Atom takes it as its id)."""
    if isinstance(record, Event | Proposal):
        return record.get_absolute_url()
    return f"{record.proposal.get_absolute_url()}#{record.anchor}"


def negotiation_of(record):
    return (
        record.negotiation if isinstance(record, Event | Proposal) else record.proposal.negotiation
    )


class TrackerFeed(Feed):
    """What was recorded lately, in every negotiation."""

    feed_type = Atom1Feed
    title = "Ceasefire Negotiation Tracker: latest records"
    subtitle = "Events, proposals, status changes and agreement steps, newest record first."

    def link(self):
        return reverse("timeline-all")

    def items(self, negotiation=None):
        return latest_records(negotiation)

    def item_title(self, record):
        return entry_title(record)

    def item_link(self, record):
        return entry_address(record)

    def item_updateddate(self, record):
        return record.updated_at

    def item_pubdate(self, record):
        return record.updated_at

    def item_categories(self, record):
        return [negotiation_of(record).title]

    def item_description(self, record):
        # An Atom summary is HTML to feed readers: the stored text is escaped, never markup.
        summary = getattr(record, "summary", "") or getattr(record, "note", "")
        sources = "; ".join(dict.fromkeys(c.source.title for c in record.citations.all()))
        text = f"{summary} Sources: {sources or 'none recorded'}.".strip()
        if is_correction(record):
            day = record.corrected_at
            text = f"Corrected on {day.day} {day:%b %Y}: {record.correction_note} {text}"
        return escape(text)


class NegotiationFeed(TrackerFeed):
    """What was recorded lately in one negotiation."""

    def get_object(self, request, slug):
        return get_object_or_404(Negotiation, slug=slug)

    def title(self, negotiation):
        return f"{negotiation.title}: latest records"

    def link(self, negotiation):
        return negotiation.get_absolute_url()

    def items(self, negotiation):
        return latest_records(negotiation)
