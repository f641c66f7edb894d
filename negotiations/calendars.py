"""Deadlines as iCalendar feeds (RFC 5545), of one negotiation or of all, for calendar
clients to subscribe to: each deadline an all-day event over every day its due date may
be, with a UID that never changes as the record is edited and a SEQUENCE that goes up with
each save, so that clients update the event rather than add another."""

import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEntry

from .feeds import tag_uri
from .models import Deadline, Negotiation

PRODUCT = "-//Ceasefire Negotiation Tracker//Deadlines//EN"


def deadlines_calendar(request, slug=None):
    """The deadlines of the negotiation ``slug`` (of every negotiation without one)."""
    deadlines = Deadline.objects.select_related("proposal__negotiation", "phase").in_order()
    name = "Ceasefire Negotiation Tracker: deadlines"
    if slug is not None:
        negotiation = get_object_or_404(Negotiation, slug=slug)
        deadlines = deadlines.filter(proposal__negotiation=negotiation)
        name = f"{negotiation.title}: deadlines"
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for deadline in deadlines:
        calendar.add_component(calendar_entry(request, deadline, stamp))
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
