"""A server-rendered time strip: events, proposals, truce periods and the periods agreements
were in force, placed on a date axis.

The template draws the SVG; this module only computes where each mark goes. Marks closer
than a few pixels in one lane merge into one, so the strip stays readable however many
entries fall on one day. Approximate dates are drawn as the span they stand for. A period
in force is a band from its start to its end (or today), with its extensions as ticks and
its suspensions as stretches of their own.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import CharField, Exists, OuterRef, Q, StringAgg, Subquery, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse

from ..fields import DatePrecision
from ..models import Milestone, OtherTerm, Proposal
from ..record_time import as_of
from .strip_axis import LABEL_WIDTH, PLOT_WIDTH, WIDTH, axis_ticks

LANE_HEIGHT = 36
AXIS_HEIGHT = 30
MERGE_DISTANCE = 14
#: The least drawn width of an extension's tick, so that one day stays visible and clickable.
TICK_WIDTH = 3
ONE_DAY = datetime.timedelta(days=1)

TRUCE_KINDS = {"truce", "truce_start", "truce_end"}
#: Steps after which an agreement still counts as in force (or suspended, to be resumed).
ONGOING = {
    Milestone.Kind.IN_FORCE,
    Milestone.Kind.EXTENDED,
    Milestone.Kind.SUSPENDED,
    Milestone.Kind.RESUMED,
}


@dataclass
class StripMark:
    """One mark (or several merged) in one lane."""

    x: float
    span_x: float
    span_width: float
    href: str
    labels: list = field(default_factory=list)
    #: What the mark counts: its entries, or what they count (violations alleged in a week).
    total: int = 1

    @property
    def count(self):
        return self.total

    @property
    def title(self):
        return "; ".join(self.labels)


@dataclass
class StripSpan:
    """A stretch of a band: an uncertain or unconfirmed part, a suspension, an extension."""

    x: float
    width: float
    label: str = ""
    href: str = ""


@dataclass
class StripBand:
    """One period an agreement was in force, from its start to its end or to today."""

    x: float
    width: float
    href: str
    label: str
    #: Parts drawn lighter: the span an approximate start or end stands for, and the time
    #: past a scheduled end that no recorded step confirms.
    shades: list = field(default_factory=list)
    suspensions: list = field(default_factory=list)
    extensions: list = field(default_factory=list)


@dataclass
class StripLane:
    name: str
    y: float
    marks: list
    bands: list = field(default_factory=list)


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
    weight: int = 1


@dataclass
class _Period:
    """From an entry into force to the ending after it, if any, with the steps between."""

    start: Milestone
    end: Milestone | None = None
    scheduled_end: object = None
    extensions: list = field(default_factory=list)
    #: [suspended, resumed or None] pairs.
    suspensions: list = field(default_factory=list)

    @property
    def proposal(self):
        return self.start.proposal


#: The columns of a step that the strip reads, in the order ``with_strip_steps`` writes them.
STEP_COLUMNS = (
    "pk",
    "kind",
    "date",
    "date_precision",
    "date_earliest",
    "scheduled_end",
    "scheduled_end_precision",
    "scheduled_end_earliest",
)


def with_strip_steps(proposals):
    """Proposals, each with ``truce`` (whether its terms include one) and its milestones
    written as text (``strip_steps``), in the one query that reads the proposals."""
    # As text, so that the agreements' steps cost no query of their own: the pages that
    # draw a strip have a fixed budget of queries.
    columns = []
    for column in STEP_COLUMNS:
        columns += [Value("|"), Cast(column, CharField())]
    steps = (
        Milestone.objects.filter(proposal=OuterRef("pk"))
        .order_by()
        .values("proposal")
        .annotate(all=StringAgg(_joined(columns[1:]), delimiter=Value(";")))
        .values("all")
    )
    truce = OtherTerm.objects.filter(proposal=OuterRef("pk"), kind=OtherTerm.Kind.TRUCE)
    return proposals.annotate(strip_steps=Subquery(steps[:1]), truce=Exists(truce))


def _joined(parts):
    """``Concat`` of the parts as a balanced tree: SQLite's parser overflows on a long chain."""
    if len(parts) == 1:
        return parts[0]
    middle = len(parts) // 2
    return Concat(_joined(parts[:middle]), _joined(parts[middle:]))


def agreements_within(first_day, last_day):
    """Agreements that took a step within these days or were in force (or suspended) when
    they began: what a strip of those days draws of agreements."""
    steps = Milestone.objects.filter(proposal=OuterRef("pk"))
    state_before = Milestone.latest_first(steps.filter(date__lt=first_day)).values("kind")[:1]
    return (
        Proposal.objects.filter(kind=Proposal.Kind.AGREEMENT)
        .alias(state_before=Subquery(state_before))
        .filter(
            Q(state_before__in=ONGOING) | Exists(steps.filter(date__range=(first_day, last_day)))
        )
    )


def steps_of(proposal):
    """The milestones ``with_strip_steps`` wrote as text, read back (not saved)."""
    steps = []
    for text in filter(None, (getattr(proposal, "strip_steps", None) or "").split(";")):
        values = dict(zip(STEP_COLUMNS, text.split("|"), strict=True))
        for name in ("date", "date_earliest", "scheduled_end", "scheduled_end_earliest"):
            values[name] = datetime.date.fromisoformat(values[name]) if values[name] else None
        values["pk"] = int(values["pk"])
        steps.append(Milestone(proposal=proposal, **values))
    return steps


def span_of(entries):
    """The first and last day that dated entries may stand for, or None without entries."""
    dates = [entry.approximate_date for entry in entries]
    if not dates:
        return None
    return min(_first_day(when) for when in dates), max(when.last_day for when in dates)


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


def _handover_item(handover, address):
    when = handover.approximate_date
    return _Item(
        _first_day(when),
        when.last_day,
        when.precision != "day",
        f"{when}: {handover.describe()}",
        f"{address(handover.proposal_id)}#{handover.anchor}",
    )


def _violation_items(violations):
    """One mark per week and accuser, counting what they alleged that week ("alleged by":
    an accusation, not a finding); violations no week holds are listed, not drawn."""
    if violations is None:
        return []
    return [
        _Item(
            monday,
            monday + datetime.timedelta(days=6),
            False,
            f"week of {monday.day} {monday:%b %Y}: {count} alleged by {accuser}",
            violations.address(monday, accuser),
            count,
        )
        for monday, counts in violations.weeks
        for accuser, count in counts
    ]


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


def _proposal_item(proposal, href, since=None):
    """A proposal where it was presented, else (not yet presented, or presented before the
    strip's first day ``since``) where it last changed."""
    when = proposal.approximate_date
    if when is not None and (since is None or when.last_day >= since):
        label = f"{when}: {proposal.get_kind_display()} {proposal.get_status_display()}"
        return _Item(
            _first_day(when), when.last_day, when.precision != "day", f"{label} — {proposal}", href
        )
    day = getattr(proposal, "last_activity", None)
    if day is None:
        return None
    label = f"as of {day.day} {day:%b %Y}: {proposal.get_status_display()} — {proposal}"
    return _Item(day, day, False, label, href)


#: Steps that show an agreement in force: with no period open (its entry into force not
#: recorded, or after it ended), each opens one.
OPENS = {Milestone.Kind.IN_FORCE, Milestone.Kind.RESUMED, Milestone.Kind.EXTENDED}


def _periods(steps):
    """Each period in force that the steps of agreements record, in date order."""
    periods, current = [], {}
    for step in Milestone.in_order(steps):
        period = current.get(step.proposal_id)
        if period is None and step.kind in OPENS:
            period = current[step.proposal_id] = _Period(step)
            periods.append(period)
        if period is None:
            continue  # announced, agreed or signed: not yet in force
        if step.kind == Milestone.Kind.EXTENDED:
            period.extensions.append(step)
            # Moved by a length alone: the earlier end no longer holds (as ``standing``).
            period.scheduled_end = None
        elif step.kind == Milestone.Kind.SUSPENDED:
            period.suspensions.append([step, None])
        elif step.kind == Milestone.Kind.RESUMED and period.suspensions:
            period.suspensions[-1][1] = period.suspensions[-1][1] or step
        elif step.kind in Milestone.ENDINGS:
            period.end = step
            del current[step.proposal_id]
        if step.scheduled_end is not None:
            period.scheduled_end = step.approximate_scheduled_end
    return periods


def _times(count, what):
    return f", {what} {count} time{'s' if count > 1 else ''}" if count else ""


def _band(period, x_of, today, address):
    """The band of one period, clipped to the strip; None when it falls outside."""
    proposal, start = period.proposal, period.start.approximate_date
    end = period.end.approximate_date if period.end else None
    # Still in force as far as the records go: through today.
    stop = end.last_day + ONE_DAY if end else today + ONE_DAY
    band = _stretch(_first_day(start), stop, x_of)
    if band is None:
        return None
    if end:
        until = f"ended {end}"
    elif period.scheduled_end:
        until = f"scheduled to end {period.scheduled_end}"
    else:
        until = "no end recorded"
    page = address(proposal.pk)
    begins = {
        Milestone.Kind.IN_FORCE: f"in force from {start}",
        Milestone.Kind.RESUMED: f"in force again from {start} (resumed)",
    }.get(period.start.kind, f"in force by {start} (extended; no entry into force recorded)")
    label = (
        f"{begins}, {until}"
        + _times(len(period.extensions), "extended")
        + _times(len(period.suspensions), "suspended")
        + f" — {proposal}"
    )
    shades = [_stretch(_first_day(start), start.last_day + ONE_DAY, x_of)] if _vague(start) else []
    if end and _vague(end):
        shades.append(_stretch(_first_day(end), stop, x_of))
    if not end and period.scheduled_end and period.scheduled_end.last_day < today:
        # In force by the records past its scheduled end: what followed is not recorded.
        shades.append(_stretch(period.scheduled_end.last_day + ONE_DAY, stop, x_of))
    return StripBand(
        band.x,
        band.width,
        page,
        label,
        [shade for shade in shades if shade],
        _suspensions(period, f"{page}#", stop, x_of),
        _extensions(period, f"{page}#", x_of),
    )


def _suspensions(period, page, stop, x_of):
    """Each suspension: from its day to the resumption, else to the band's end."""
    stretches = []
    for suspended, resumed in period.suspensions:
        again = _first_day(resumed.approximate_date) if resumed else stop
        stretch = _stretch(_first_day(suspended.approximate_date), again, x_of)
        if stretch:
            until = f"resumed {resumed.approximate_date}" if resumed else "not resumed"
            stretch.label = f"suspended {suspended.approximate_date}, {until} — {period.proposal}"
            stretch.href = f"{page}{suspended.anchor}"
            stretches.append(stretch)
    return stretches


def _extensions(period, page, x_of):
    """Each extension: a tick over the day (or the span) it is dated by."""
    ticks = []
    for step in period.extensions:
        when = step.approximate_date
        tick = _stretch(_first_day(when), when.last_day + ONE_DAY, x_of)
        if tick:
            tick.width = max(tick.width, TICK_WIDTH)
            new_end = f", to end {step.approximate_scheduled_end}" if step.scheduled_end else ""
            tick.label = f"extended {when}{new_end} — {period.proposal}"
            tick.href = f"{page}{step.anchor}"
            ticks.append(tick)
    return ticks


def _vague(when):
    return when.precision != DatePrecision.DAY


def _stretch(first, stop, x_of):
    """The drawn part of the days from ``first`` up to ``stop`` (excluded), or None."""
    left, right = x_of(first, clip=True), x_of(stop, clip=True)
    if right <= left:
        return None
    return StripSpan(round(left, 1), round(right - left, 1))


def _address_of(route):
    """pk -> the route's address, from one reverse() rather than one per mark (a measured
    part of drawing a strip of 200 proposals)."""
    placeholder = 918273645
    head, tail = reverse(route, args=[placeholder]).split(str(placeholder))
    return lambda pk: f"{head}{pk}{tail}"


def build_strip(
    events,
    proposals,
    event_href,
    *,
    within=None,
    today=None,
    handovers=(),
    violations=None,
):
    """The strip for these events and proposals (``with_strip_steps``: agreements bring their
    periods in force), handovers carried out and violations alleged (``AllegedViolations``),
    or None when there is nothing to place.

    ``event_href(event)`` says where an event's mark links to; ``within`` (first, last day)
    bounds the strip, else it spans everything placed. A period still in force runs to
    ``today`` (by default the day the page shows).
    """
    today = today or as_of.shown_day() or datetime.date.today()
    proposals = list(proposals)
    events = list(events)
    event_items = [_event_item(e, event_href) for e in events if e.kind not in TRUCE_KINDS]
    truce_items = _truce_items([e for e in events if e.kind in TRUCE_KINDS], event_href)
    address = _address_of("proposal-detail")
    handover_items = [_handover_item(h, address) for h in handovers if h.is_carried_out]
    violation_items = _violation_items(violations)
    since = within[0] if within else None
    proposal_items = [
        item
        for item in (_proposal_item(p, address(p.pk), since) for p in proposals)
        if item is not None
    ]
    periods = _periods(
        step
        for p in proposals
        if p.kind == Proposal.Kind.AGREEMENT
        for step in steps_of(p)
        if step.date <= today
    )
    if within is not None:
        first_day, last_day = within
    elif event_items or truce_items or proposal_items or periods:
        placed = event_items + truce_items + proposal_items + handover_items + violation_items
        first_day, last_day = _extent(placed, periods, today)
    else:
        return None
    last_day += ONE_DAY
    padding = datetime.timedelta(days=max(3, (last_day - first_day).days // 30))
    shown_from, shown_to = first_day, last_day - ONE_DAY
    first_day, last_day = first_day - padding, last_day + padding
    total_days = (last_day - first_day).days

    def x_of(day, clip=False):
        if clip:
            day = min(max(day, first_day), last_day)
        return LABEL_WIDTH + PLOT_WIDTH * (day - first_day).days / total_days

    def drawn(items):
        return [item for item in items if item.end >= first_day and item.start < last_day]

    event_items, truce_items, proposal_items, handover_items, violation_items = map(
        drawn, (event_items, truce_items, proposal_items, handover_items, violation_items)
    )
    bands = {True: [], False: []}
    for period in periods:
        band = _band(period, x_of, today, address)
        if band is not None:
            bands[period.proposal.truce].append(band)
    if not (event_items or truce_items or proposal_items or bands[True] or bands[False]):
        return None
    named_lanes = [
        ("Events", event_items, []),
        ("Proposals", proposal_items, []),
        ("Truces", truce_items, bands[True]),
    ]
    if bands[False]:
        named_lanes.append(("In force", [], bands[False]))
    if handover_items:
        named_lanes.append(("Handovers", handover_items, []))
    if violation_items:
        named_lanes.append(("Alleged violations", violation_items, []))
    # Those no week holds are counted in the panel below, not drawn: the strip says so.
    undrawn = sum(count for _, count in violations.vaguer) if violations is not None else 0
    lanes = [
        StripLane(name, LANE_HEIGHT * index + LANE_HEIGHT / 2, _place(marks, x_of), lane_bands)
        for index, (name, marks, lane_bands) in enumerate(named_lanes)
    ]
    axis_y = LANE_HEIGHT * len(lanes) + 4
    description = (
        f"From {shown_from.day} {shown_from:%b %Y} to {shown_to.day} {shown_to:%b %Y}: "
        f"events {len(event_items)}, proposals {len(proposal_items)}, "
        f"truce periods {len(truce_items) + len(bands[True])}"
        + (f", periods in force {len(bands[False])}" if bands[False] else "")
        + (f", handovers {len(handover_items)}" if handover_items else "")
        + (
            f", violations alleged {sum(item.weight for item in violation_items)}"
            if violation_items
            else ""
        )
        + (f", violations alleged but dated too loosely to draw {undrawn}" if undrawn else "")
        + "."
    )
    return TimelineStrip(
        width=WIDTH,
        height=int(axis_y + AXIS_HEIGHT),
        axis_y=axis_y,
        lanes=lanes,
        ticks=axis_ticks(first_day, last_day, x_of),
        first_day=first_day,
        last_day=last_day,
        description=description,
    )


def _extent(items, periods, today):
    """The first and last day of what is placed; a period still in force lasts to today."""
    starts = [item.start for item in items]
    starts += [_first_day(period.start.approximate_date) for period in periods]
    ends = [item.end for item in items]
    ends += [period.end.approximate_date.last_day if period.end else today for period in periods]
    return min(starts), max(ends)


def _place(items, x_of):
    marks = []
    for item in sorted(items, key=lambda item: (item.start, item.end)):
        x = x_of(item.start, clip=True)
        span_end = x_of(item.end + ONE_DAY, clip=True)
        if marks and x - marks[-1].x < MERGE_DISTANCE:
            mark = marks[-1]
            mark.labels.append(item.label)
            mark.total += item.weight
            if item.approximate:
                mark.span_width = max(mark.span_width, span_end - mark.span_x)
            continue
        width = span_end - x if item.approximate else 0
        marks.append(
            StripMark(
                round(x, 1), round(x, 1), round(width, 1), item.href, [item.label], item.weight
            )
        )
    for mark in marks:
        mark.span_width = round(mark.span_width, 1)
    return marks
