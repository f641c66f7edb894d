"""A server-rendered time strip: events, proposals, truce periods and the periods agreements
were in force, placed on a date axis.

The template draws the SVG; this module only computes where each mark goes. Marks closer
than a few pixels in one lane merge into one, so the strip stays readable however many
entries fall on one day. Approximate dates are drawn as the span they stand for.
"""

import datetime
import math
from dataclasses import dataclass, field

from django.urls import reverse

from .fields import ApproximateDate

WIDTH = 960
LABEL_WIDTH = 96
RIGHT_MARGIN = 16
LANE_HEIGHT = 36
AXIS_HEIGHT = 30
MERGE_DISTANCE = 14

TRUCE_KINDS = {"truce", "truce_start", "truce_end"}


@dataclass
class StripMark:
    """One mark (or several merged) in one lane."""

    x: float
    span_x: float
    span_width: float
    href: str
    labels: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.labels)

    @property
    def title(self):
        return "; ".join(self.labels)


@dataclass
class StripLane:
    name: str
    y: float
    marks: list


@dataclass
class TimelineStrip:
    """Everything the template needs to draw the strip."""

    width: int
    height: int
    axis_y: float
    lanes: list
    ticks: list
    first_day: datetime.date
    last_day: datetime.date
    description: str


@dataclass
class _Item:
    start: datetime.date
    end: datetime.date
    approximate: bool
    label: str
    href: str


def _first_day(when):
    """Where a mark starts: "on or before" a report with no earliest day is drawn up to the
    report only, not across every day before it."""
    return when.first_day or when.last_day


def _event_item(event, href):
    when = event.approximate_date
    return _Item(
        _first_day(when),
        when.last_day,
        when.precision != "day",
        f"{when}: {event.title}",
        href(event),
    )


def _truce_items(events, href):
    """Truce periods: a truce entry spans its own dates; a start runs to the next end."""
    items, open_start = [], None
    for event in events:
        if event.kind == "truce":
            items.append(_event_item(event, href))
        elif event.kind == "truce_start":
            open_start = event
        elif event.kind == "truce_end":
            start = open_start or event
            item = _event_item(start, href)
            item.end, item.approximate = event.approximate_date.last_day, True
            item.label = f"{start.approximate_date} – {event.approximate_date}: truce"
            items.append(item)
            open_start = None
    if open_start is not None:
        items.append(_event_item(open_start, href))
    return items


def _proposal_item(proposal, href):
    when = proposal.approximate_date
    if when is not None:
        label = f"{when}: {proposal.get_kind_display()} {proposal.get_status_display()}"
        return _Item(
            _first_day(when), when.last_day, when.precision != "day", f"{label} — {proposal}", href
        )
    day = getattr(proposal, "last_activity", None)
    if day is None:
        return None
    label = f"as of {day.day} {day:%b %Y}: {proposal.get_status_display()} — {proposal}"
    return _Item(day, day, False, label, href)


def _annotated_date(proposal, name):
    return ApproximateDate(
        getattr(proposal, f"{name}_date"),
        getattr(proposal, f"{name}_date_precision"),
        getattr(proposal, f"{name}_date_earliest"),
    )


def _force_item(proposal, href):
    """The latest period an agreement was in force (``with_time_in_force()``): from its
    entry into force to the milestone that ended it, else to its scheduled end, else open."""
    if getattr(proposal, "in_force_date", None) is None:
        return None
    start = _annotated_date(proposal, "in_force")
    if proposal.ended_date is not None:
        end = _annotated_date(proposal, "ended")
        until = f"ended {end}"
    elif proposal.scheduled_end_date is not None:
        end = _annotated_date(proposal, "scheduled_end")
        until = f"scheduled to end {end}"
    else:
        end, until = None, "no end recorded"
    extended = proposal.extension_count
    label = f"in force from {start}, {until}"
    if extended:
        label += f", extended {extended} time{'s' if extended > 1 else ''}"
    return _Item(
        _first_day(start),
        end.last_day if end else None,
        start.precision != "day" or end is None or end.precision != "day",
        f"{label} — {proposal}",
        href,
    )


def _address_of(route):
    """pk -> the route's address, from one reverse() rather than one per mark (a measured
    part of drawing a strip of 200 proposals)."""
    placeholder = 918273645
    head, tail = reverse(route, args=[placeholder]).split(str(placeholder))
    return lambda pk: f"{head}{pk}{tail}"


def _ticks(first_day, last_day, x_of):
    months = (last_day.year - first_day.year) * 12 + last_day.month - first_day.month + 1
    step = max(1, math.ceil(months / 8))
    ticks, year, month = [], first_day.year, first_day.month
    for index in range(months + 1):
        day = datetime.date(year, month, 1)
        if day >= first_day and day <= last_day and index % step == 0:
            label = f"{day:%b %Y}" if step < 12 else f"{day:%Y}"
            ticks.append((round(x_of(day), 1), label))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def build_strip(events, proposals, event_href):
    """The strip for these events and proposals, or None when there is nothing to place.

    ``event_href(event)`` says where an event's mark links to.
    """
    events = list(events)
    event_items = [_event_item(e, event_href) for e in events if e.kind not in TRUCE_KINDS]
    truce_items = _truce_items([e for e in events if e.kind in TRUCE_KINDS], event_href)
    proposals = list(proposals)
    proposal_address = _address_of("proposal-detail")
    proposal_items = [
        item
        for item in (_proposal_item(p, proposal_address(p.pk)) for p in proposals)
        if item is not None
    ]
    force_items = [
        item
        for item in (_force_item(p, proposal_address(p.pk)) for p in proposals)
        if item is not None
    ]
    everything = event_items + truce_items + proposal_items + force_items
    if not everything:
        return None
    first_day = min(item.start for item in everything)
    last_day = max(item.end or item.start for item in everything) + datetime.timedelta(days=1)
    for item in force_items:
        # Still in force as far as the records go: drawn to the strip's last day.
        item.end = item.end or last_day - datetime.timedelta(days=1)
    padding = datetime.timedelta(days=max(3, (last_day - first_day).days // 30))
    first_day, last_day = first_day - padding, last_day + padding
    plot_width = WIDTH - LABEL_WIDTH - RIGHT_MARGIN
    total_days = (last_day - first_day).days

    def x_of(day):
        return LABEL_WIDTH + plot_width * (day - first_day).days / total_days

    lanes = []
    named_lanes = [("Events", event_items), ("Proposals", proposal_items), ("Truces", truce_items)]
    if force_items:
        named_lanes.append(("In force", force_items))
    for name, items in named_lanes:
        y = LANE_HEIGHT * len(lanes) + LANE_HEIGHT / 2
        lanes.append(StripLane(name, y, _place(items, x_of)))
    axis_y = LANE_HEIGHT * len(lanes) + 4
    shown_from = first_day + padding
    shown_to = last_day - padding - datetime.timedelta(days=1)
    description = (
        f"From {shown_from.day} {shown_from:%b %Y} to {shown_to.day} {shown_to:%b %Y}: "
        f"events {len(event_items)}, proposals {len(proposal_items)}, "
        f"truce periods {len(truce_items)}"
        + (f", periods in force {len(force_items)}." if force_items else ".")
    )
    return TimelineStrip(
        width=WIDTH,
        height=int(axis_y + AXIS_HEIGHT),
        axis_y=axis_y,
        lanes=lanes,
        ticks=_ticks(first_day, last_day, x_of),
        first_day=first_day,
        last_day=last_day,
        description=description,
    )


def _place(items, x_of):
    marks = []
    for item in sorted(items, key=lambda item: (item.start, item.end)):
        x = x_of(item.start)
        span_end = x_of(item.end + datetime.timedelta(days=1))
        if marks and x - marks[-1].x < MERGE_DISTANCE:
            mark = marks[-1]
            mark.labels.append(item.label)
            if item.approximate:
                mark.span_width = max(mark.span_width, span_end - mark.span_x)
            continue
        width = span_end - x if item.approximate else 0
        marks.append(StripMark(round(x, 1), round(x, 1), round(width, 1), item.href, [item.label]))
    for mark in marks:
        mark.span_width = round(mark.span_width, 1)
    return marks
