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
from icalendar import Calendar, Timezone, TimezoneStandard
from icalendar import Event as CalendarEntry

from .feeds import tag_uri
from .implementation import ScheduledDeadline
from .models import Deadline, Negotiation, Proposal
from .standing import READ_FOR_STANDING, standing_of

PRODUCT = "-//Ceasefire Negotiation Tracker//Deadlines//EN"


def deadlines_calendar(request, slug=None):
    """The deadlines of the negotiation ``slug`` (of every negotiation without one)."""
    deadlines = Deadline.objects.select_related("proposal__negotiation", "phase")
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
    if not calendar.subcomponents:
        # RFC 5545 asks a calendar for one component at least, and some clients refuse one
        # without: with no deadline yet, it holds the time zone its times would be in.
        calendar.add_component(utc_zone())
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    return response


def utc_zone():
    """UTC as an iCalendar time zone (VTIMEZONE)."""
    zone = Timezone()
    zone.add("tzid", "UTC")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", datetime.timedelta(0))
    standard.add("tzoffsetto", datetime.timedelta(0))
    standard.add("tzname", "UTC")
    zone.add_component(standard)
    return zone


def calendar_entry(request, deadline, stamp):
    """One deadline as a VEVENT: the days it may fall on, what is due under which agreement,
    and when the step came, once it has."""
    due = deadline.approximate_due
    agreement = deadline.proposal
    lines = [f"Due {due.phrased()}, under {agreement.title} ({agreement.negotiation.title})."]
    if deadline.approximate_met_on is not None:
        lines.append(f"The step came {deadline.approximate_met_on.phrased()}.")
    return all_day_entry(
        due,
        request.build_absolute_uri(f"{agreement.get_absolute_url()}#{deadline.anchor}"),
        uid=f"deadline/{deadline.pk}",
        sequence=deadline.version,
        modified=deadline.updated_at,
        summary=f"{deadline.title} ({agreement.title})",
        description=" ".join(lines),
        stamp=stamp,
    )


def all_day_entry(due, url, *, uid, sequence, modified, summary, description, stamp):
    """A VEVENT over every day the approximate date ``due`` may be (from its first day to the
    day after its last, exclusive), with its UID (a ``tag:`` URI of ``uid``) and address."""
    entry = CalendarEntry()
    entry.add("uid", tag_uri(uid))
    entry.add("sequence", sequence)
    entry.add("dtstamp", stamp)
    entry.add("last-modified", modified)
    entry.add("summary", summary)
    entry.add("dtstart", due.first_day or due.date)
    entry.add("dtend", due.last_day + datetime.timedelta(days=1))
    entry.add("description", description)
    entry.add("url", url)
    return entry


def scheduled_ends(agreements, today):
    """The scheduled end of each of ``agreements`` in force or suspended on ``today`` whose
    record gives one (``ScheduledDeadline``), in four queries however many there are."""
    agreements = agreements.select_related("negotiation").prefetch_related(*READ_FOR_STANDING)
    for agreement in agreements.order_by("pk"):
        standing = standing_of(agreement, on=today)
        if standing.is_carried_out_now and standing.scheduled_end is not None:
            yield ScheduledDeadline(agreement, standing.scheduled_end, today)


def scheduled_end_entry(request, scheduled, stamp):
    """An agreement's scheduled end as a VEVENT: one UID per agreement, so that an extension
    moves the event; its SEQUENCE, the versions of the records it follows from added up,
    goes up with every edit of them."""
    agreement = scheduled.agreement
    basis = [*agreement.milestones.all(), *agreement.phases.all(), *agreement.other_terms.all()]
    return all_day_entry(
        scheduled.approximate_due,
        request.build_absolute_uri(f"{agreement.get_absolute_url()}#{scheduled.anchor}"),
        uid=f"scheduled-end/{agreement.pk}",
        sequence=agreement.version + sum(record.version for record in basis),
        modified=max(record.updated_at for record in [agreement, *basis]),
        summary=f"Scheduled end of {agreement.title}",
        description=f"Scheduled to end {scheduled.approximate_due.phrased()} "
        f"({scheduled.derived_from}), by the record of {agreement.title} "
        f"({agreement.negotiation.title}).",
        stamp=stamp,
    )
