"""Deadlines as iCalendar feeds (RFC 5545), of one negotiation or of all, for calendar
clients to subscribe to: each deadline an all-day event over every day its due date may
be, with a UID that never changes as the record is edited and a SEQUENCE that goes up with
each save, so that clients update the event rather than add another. Besides those editors
record, each agreement in force (or suspended) whose record gives a scheduled end has it
as an event too, which moves when an extension moves the end."""

import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEntry

from .feeds import tag_uri
from .implementation import ScheduledDeadline
from .models import Deadline, Negotiation, Proposal
from .standing import standing_of

PRODUCT = "-//Ceasefire Negotiation Tracker//Deadlines//EN"


def deadlines_calendar(request, slug=None):
    """The deadlines of the negotiation ``slug`` (of every negotiation without one)."""
    deadlines = Deadline.objects.select_related("proposal__negotiation", "phase").in_order()
    agreements = Proposal.objects.filter(kind=Proposal.Kind.AGREEMENT)
    name = "Ceasefire Negotiation Tracker: deadlines"
    if slug is not None:
        negotiation = get_object_or_404(Negotiation, slug=slug)
        deadlines = deadlines.filter(proposal__negotiation=negotiation)
        agreements = agreements.filter(negotiation=negotiation)
        name = f"{negotiation.title}: deadlines"
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for deadline in deadlines:
        calendar.add_component(calendar_entry(request, deadline, stamp))
    for scheduled in scheduled_ends(agreements, timezone.localdate()):
        calendar.add_component(scheduled_end_entry(request, scheduled, stamp))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    return response


def calendar_entry(request, deadline, stamp):
    """One deadline as a VEVENT: the days it may fall on, what is due under which agreement,
    and when the step came, once it has."""
    due = deadline.approximate_due
    agreement = deadline.proposal
    entry = CalendarEntry()
    entry.add("uid", tag_uri(f"deadline/{deadline.pk}"))
    entry.add("sequence", deadline.version)
    entry.add("dtstamp", stamp)
    entry.add("last-modified", deadline.updated_at)
    entry.add("summary", f"{deadline.title} ({agreement.title})")
    # All-day, from the first day the due date may be to the day after its last (exclusive).
    entry.add("dtstart", due.first_day or due.date)
    entry.add("dtend", due.last_day + datetime.timedelta(days=1))
    lines = [f"Due {due.phrased()}, under {agreement.title} ({agreement.negotiation.title})."]
    if deadline.approximate_met_on is not None:
        lines.append(f"The step came {deadline.approximate_met_on.phrased()}.")
    entry.add("description", " ".join(lines))
    entry.add(
        "url", request.build_absolute_uri(f"{agreement.get_absolute_url()}#{deadline.anchor}")
    )
    return entry


def scheduled_ends(agreements, today):
    """The scheduled end of each of ``agreements`` in force or suspended on ``today`` whose
    record gives one (``ScheduledDeadline``), in four queries however many there are."""
    agreements = agreements.select_related("negotiation").prefetch_related(
        "milestones", "phases", "other_terms"
    )
    for agreement in agreements.order_by("pk"):
        standing = standing_of(agreement, on=today)
        if standing.code in ("in_force", "suspended") and standing.scheduled_end is not None:
            yield ScheduledDeadline(agreement, standing.scheduled_end, today)


def scheduled_end_entry(request, scheduled, stamp):
    """An agreement's scheduled end as a VEVENT: one UID per agreement, so that an extension
    moves the event; its SEQUENCE, the versions of the records it follows from added up,
    goes up with every edit of them."""
    agreement, due = scheduled.agreement, scheduled.approximate_due
    entry = CalendarEntry()
    entry.add("uid", tag_uri(f"scheduled-end/{agreement.pk}"))
    basis = [*agreement.milestones.all(), *agreement.phases.all(), *agreement.other_terms.all()]
    entry.add("sequence", agreement.version + sum(record.version for record in basis))
    entry.add("dtstamp", stamp)
    entry.add("last-modified", max(record.updated_at for record in [agreement, *basis]))
    entry.add("summary", f"Scheduled end of {agreement.title}")
    entry.add("dtstart", due.first_day or due.date)
    entry.add("dtend", due.last_day + datetime.timedelta(days=1))
    entry.add(
        "description",
        f"Scheduled to end {due.phrased()} ({scheduled.derived_from}), by the record of "
        f"{agreement.title} ({agreement.negotiation.title}).",
    )
    entry.add(
        "url", request.build_absolute_uri(f"{agreement.get_absolute_url()}#{scheduled.anchor}")
    )
    return entry
