"""Atom feeds of what is recorded, newest record first: events, proposals, status changes,
agreement steps, and what became of agreements (handovers, implementation statements,
deadlines, alleged violations), of one negotiation or of all; each entry links to its page
and names its sources, and says so when its latest save was a public correction. Built on
Django's syndication framework."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Min, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .models import (
    NEGOTIATION_PATHS,
    Citation,
    Deadline,
    Event,
    Handover,
    ImplementationStatement,
    Milestone,
    Negotiation,
    Proposal,
    StatusChange,
    Violation,
    latest_correction,
)

#: How many of the latest recorded entries a feed holds.
FEED_SIZE = 50

#: Who the feeds say wrote them (RFC 4287 requires an author on the feed or every entry).
AUTHOR_NAME = "Ceasefire Negotiation Tracker editors"

#: The tagging entity's authority when FEED_TAG_AUTHORITY is unset: never a request's host,
#: so that ids do not depend on the address a reader used.
DEFAULT_TAG_AUTHORITY = "ceasefire-tracker.example"

#: The date of tag: URIs (RFC 4151) when FEED_TAG_AUTHORITY names none. It is part of every
#: id: changing it would make every entry a new one to feed readers.
TAG_DATE = "2024"


def tag_uri(specific):
    """A tag: URI (RFC 4151) naming ``specific``, the same whatever its edits or the host."""
    # FEED_TAG_AUTHORITY is a domain or email address the publisher holds, with the date it
    # held it from when that is not TAG_DATE ("example.org,2026-05").
    entity = getattr(settings, "FEED_TAG_AUTHORITY", "") or DEFAULT_TAG_AUTHORITY
    if "," not in entity:
        entity = f"{entity},{TAG_DATE}"
    return f"tag:{entity}:{specific}"


def first_recorded(model):
    """Annotation for rows of ``model``: when it was first recorded (``recorded_at``), read
    in the query that reads the rows."""
    # The earliest save time its versions keep: a fixture's first version, written when it
    # was seeded, keeps the fixture's time. A record with no version (loaded raw, inserted in
    # bulk) is known from its last save only.
    first = (
        model.history.filter(id=OuterRef("pk"))
        .order_by()
        .values("id")
        .annotate(first=Min("updated_at"))
        .values("first")
    )
    return {"recorded_at": Coalesce(Subquery(first), "updated_at")}


def latest_records(negotiation=None):
    """The latest recorded events, proposals, status changes, agreement steps and records
    of what became of agreements, newest record first, with their sources: one query per
    kind (the handovers' categories in theirs) and one for all citations."""
    kinds = [
        Event.objects.select_related("negotiation"),
        Proposal.objects.select_related("negotiation"),
        StatusChange.objects.select_related("proposal__negotiation"),
        Milestone.objects.select_related("proposal__negotiation"),
        Handover.objects.select_related(
            "proposal__negotiation", "releasing_party", "receiving_party", "reason_given_by"
        ).with_category_codes(),
        ImplementationStatement.objects.select_related("proposal__negotiation", "asserted_by"),
        Deadline.objects.select_related("proposal__negotiation", "phase"),
        Violation.objects.select_related("negotiation", "accused_by", "accused", "verified_by"),
    ]
    kinds = [
        queryset.annotate(**latest_correction(queryset.model), **first_recorded(queryset.model))
        for queryset in kinds
    ]
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
    title = record.feed_title()
    return f"Corrected: {title}" if is_correction(record) else title


class TrackerFeed(Feed):
    """What was recorded lately, in every negotiation."""

    feed_type = Atom1Feed
    title = "Ceasefire Negotiation Tracker: latest records"
    subtitle = (
        "Events, proposals, status changes, agreement steps, handovers, implementation "
        "statements, deadlines and alleged violations, newest record first."
    )
    author_name = AUTHOR_NAME

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # The author is the tracker itself: its address is the home page the reader reached.
        feed.feed["author_link"] = request.build_absolute_uri(reverse("home"))
        return feed

    def feed_guid(self):
        return tag_uri("feed")

    def link(self):
        return reverse("timeline-all")

    def items(self, negotiation=None):
        return latest_records(negotiation)

    def item_title(self, record):
        return entry_title(record)

    def item_link(self, record):
        return record.feed_address()

    def item_guid(self, record):
        # The record's kind and id: its page address changes with its date and the host.
        return tag_uri(f"{record._meta.model_name}/{record.pk}")

    def item_updateddate(self, record):
        return record.updated_at

    def item_pubdate(self, record):
        return record.recorded_at

    def item_categories(self, record):
        return [record.feed_negotiation().title]

    def item_description(self, record):
        # An Atom summary is HTML to feed readers: the stored text is escaped, never markup.
        summary = record.feed_summary()
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

    def feed_guid(self, negotiation):
        return tag_uri(f"negotiation/{negotiation.pk}/feed")

    def link(self, negotiation):
        return negotiation.get_absolute_url()

    def items(self, negotiation):
        return latest_records(negotiation)
