"""What one page of a timeline shows, assembled without HTTP: a page of events, the
agreement steps (signed, in force, extended, ended) dated among them, how many events match,
and the strip."""

from dataclasses import dataclass

from django.db.models import Q
from django.template.defaultfilters import pluralize

from ..filters import (
    HandoverFilter,
    ImplementationStatementFilter,
    MilestoneFilter,
    ViolationFilter,
)
from ..forms import TIMELINE_ENTRIES, event_cursor
from ..implementation import AllegedViolations
from ..models import (
    Actor,
    Citation,
    Event,
    Handover,
    ImplementationStatement,
    Milestone,
    Negotiation,
    Person,
    Proposal,
    Violation,
    event_position,
    latest_correction,
)
from ..models.packed import unpacked
from .strip import agreements_within, build_strip, span_of, with_strip_steps

PAGE_SIZE = 50
#: The timeline counts matches up to this many; beyond it, it says "more than".
COUNT_LIMIT = 1000
#: Records of what became of agreements listed among the events, each with the filter set
#: that reads the timeline's dates and words for it.
IMPLEMENTATION_KINDS = (
    (Handover, HandoverFilter),
    (ImplementationStatement, ImplementationStatementFilter),
    (Violation, ViolationFilter),
)


def timeline_negotiations():
    """Negotiations as their timeline looks them up: with whether each holds any record of
    what became of its agreements, of each kind, so as to ask nothing of a kind it has none of."""
    return Negotiation.objects.holding(*(model for model, _ in IMPLEMENTATION_KINDS))


#: On one day: events first, then agreement steps, then what became of agreements.
ENTRY_ORDER = {kind: order for order, (kind, _) in enumerate(TIMELINE_ENTRIES)}


@dataclass
class TimelinePage:
    """Events and agreement steps in date order, with the cursors to the pages around them."""

    events: list
    steps: list
    #: Whether more steps fall within these dates than a page lists.
    more_steps: bool
    #: Handovers, implementation statements and violations alleged within these dates.
    implementation: list
    #: Whether more of them fall within these dates than a page lists.
    more_implementation: bool
    #: Events and steps together, in date order.
    entries: list
    match_count: int
    more_matches: bool
    older_cursor: str | None
    newer_cursor: str | None
    #: Anchors of the entries kept because their week, month or year overlaps the dates asked.
    possibly_in_range: set
    strip: object
    #: Whether events are listed (a reader may ask for other kinds of entry alone).
    lists_events: bool = True

    @property
    def summary(self):
        """The sentence above the entries: how many events match, which this page shows, and
        the agreement steps listed among them."""
        count, shown = self.match_count, len(self.events)
        if not self.lists_events:
            words = "Events are not listed (see the entries chosen above)"
        elif self.more_matches:
            words = f"More than {count:,} events match"
        else:
            words = f"{count} event{pluralize(count)} match{pluralize(count, 'es,')}"
        if self.lists_events and (self.more_matches or count > shown):
            first, last = self.events[0].approximate_date, self.events[-1].approximate_date
            words += f"; showing {shown}, {first.phrased('from')} {last.phrased('to')}"
        words += "."
        if self.steps:
            listed = len(self.steps)
            words += " Also listed: "
            words += f"the first {listed} of more" if self.more_steps else str(listed)
            words += f" agreement step{pluralize(listed)} (signed, in force, extended, ended) "
            words += "from the proposals’ records"
            if self.older_cursor or self.newer_cursor:
                words += ", dated within these events"
            if self.more_steps:
                words += "; the milestones CSV holds them all"
            words += "."
        if self.implementation:
            listed = len(self.implementation)
            words += " Also listed: "
            words += f"the first {listed} of more" if self.more_implementation else str(listed)
            words += f" record{pluralize(listed)} of what became of agreements (handovers, "
            words += "implementation statements, violations alleged)"
            if self.older_cursor or self.newer_cursor:
                words += ", dated within these events"
            words += "."
        return words

    @classmethod
    def build(cls, negotiation, filters, *, shown=frozenset(ENTRY_ORDER), after=None, before=None):
        """The page of a valid ``EventFilter`` after or before a cursor (neither: the first),
        listing the kinds of entry ``shown`` (``timeline_kind`` values)."""
        events, older, has_newer, match_count = [], None, False, 0
        if "event" in shown:
            events, older, has_newer = (
                filters.qs.annotate(**latest_correction(Event))
                .with_count_up_to(COUNT_LIMIT)
                .keyset_page(after=after, before=before, size=PAGE_SIZE)
            )
            # Counted with the events; apart only for a page with none.
            match_count = events[0].match_count if events else filters.qs.count_up_to(COUNT_LIMIT)
        has_older = older is not None
        chosen = filters.form.cleaned_data
        # Pages meet without a gap or an overlap: a page holds the steps (and implementation
        # records) after the day of the entry just older than it, up to the day of its own
        # last entry. The first and the last pages are open toward older and newer ones.
        window = {
            "after": older,
            "until": event_position(events[-1]) if events and has_newer else None,
        }
        steps = agreement_steps(negotiation, filters, **window) if "step" in shown else []
        more_steps, steps = len(steps) > PAGE_SIZE, steps[:PAGE_SIZE]
        implementation, more_implementation = implementation_records(
            negotiation, filters, shown, **window
        )
        entries = sorted(
            events + steps + implementation,
            key=lambda entry: (
                *entry.approximate_date.sort_key,
                ENTRY_ORDER[entry.timeline_kind],
                entry.pk,
            ),
        )
        Citation.objects.attach_to(entries)
        name_who_took_part(events, steps)
        return cls(
            events=events,
            steps=steps,
            more_steps=more_steps,
            implementation=implementation,
            more_implementation=more_implementation,
            entries=entries,
            match_count=min(match_count, COUNT_LIMIT),
            more_matches=match_count > COUNT_LIMIT,
            older_cursor=event_cursor(events[0]) if events and has_older else None,
            newer_cursor=event_cursor(events[-1]) if events and has_newer else None,
            possibly_in_range={
                entry.anchor
                for entry in entries
                if not entry.approximate_date.lies_within(chosen["date_from"], chosen["date_to"])
            },
            strip=strip_of(negotiation, events, entries, implementation),
            lists_events="event" in shown,
        )


def name_who_took_part(events, steps):
    """Give each event its people and actors (``people_listed``, ``participants_listed``) and
    each step who acted (``acting``): one query for the actors of both."""
    actors = list(Actor.objects.acting_in(events, steps)) if events or steps else []
    took_part = [(actor, set(actor.event_ids.split(","))) for actor in actors]
    acted = [(actor, set(actor.step_ids.split(","))) for actor in actors]
    for event in events:
        event.people_listed = unpacked(Person, event.packed_people)
        event.participants_listed = [actor for actor, ids in took_part if str(event.pk) in ids]
    for step in steps:
        step.acting = [actor for actor, ids in acted if str(step.pk) in ids]


def agreement_steps(negotiation, filters, *, after=None, until=None):
    """The agreement steps sorted after the position ``after`` up to ``until`` (None: open; the
    id in a position is an event's, so steps compare by day and rank only) that the timeline's
    filters keep: by negotiation, an actor who acted, the date range and the words; one more
    than a page lists, to tell whether there are more."""
    data = filters.data.copy()
    data.pop("kind", None)  # the steps' own kinds are not the events'
    if negotiation is not None:
        data.pop("negotiation", None)
    steps = MilestoneFilter(data, queryset=Milestone.objects.for_timeline(negotiation))
    if not steps.is_valid():  # the event filters accepted the same values
        return []
    steps = steps.qs.annotate(**latest_correction(Milestone))
    return list(dated_within(steps, after, until)[: PAGE_SIZE + 1])


def implementation_records(negotiation, filters, shown, *, after=None, until=None):
    """Handovers, implementation statements and violations alleged (those of their kinds
    ``shown``) within the same window as the agreement steps that the timeline's filters
    keep: by an actor involved in them, the dates and the words; up to a page of each, and
    whether there are more."""
    chosen = filters.form.cleaned_data
    data = filters.data.copy()
    # The timeline's actor is anyone involved (``involving``), not each filter set's own.
    for name in ("kind", "actor", *(("negotiation",) if negotiation is not None else ())):
        data.pop(name, None)
    found, more = [], False
    for model, filter_set in IMPLEMENTATION_KINDS:
        if model.timeline_kind not in shown or (negotiation and not negotiation.holds(model)):
            continue
        records = filter_set(data, queryset=model.objects.for_timeline(negotiation))
        if not records.is_valid():  # the event filters accepted the same values
            continue
        records = records.qs.annotate(**latest_correction(model))
        if chosen.get("actor") is not None:
            records = records.involving(chosen["actor"])
        page = list(dated_within(records, after, until)[: PAGE_SIZE + 1])
        more = more or len(page) > PAGE_SIZE
        found += page[:PAGE_SIZE]
    return found, more


def dated_within(records, after=None, until=None):
    """``records`` sorted after the position ``after`` up to ``until`` (None: open); the id in
    a position is an event's, so other records compare by day and rank only."""
    if after is not None:
        day, rank, _ = after
        records = records.filter(
            Q(date_order_day__gt=day) | Q(date_order_day=day, date_order_rank__gt=rank)
        )
    if until is not None:
        day, rank, _ = until
        records = records.filter(
            Q(date_order_day__lt=day) | Q(date_order_day=day, date_order_rank__lte=rank)
        )
    return records


def strip_of(negotiation, events, entries, implementation=()):
    """The strip of a page: its events and handovers, with the proposals and agreements of
    the days its entries span; None without entries."""
    span = span_of(entries)
    if span is None:
        return None
    return build_strip(
        events,
        proposals_in_span(negotiation, span),
        lambda event: f"#{event.anchor}",
        within=span,
        handovers=[record for record in implementation if record.timeline_kind == "handover"],
        violations=AllegedViolations.of(
            [record for record in implementation if record.timeline_kind == "violation"]
        ),
    )


def proposals_in_span(negotiation, span):
    """Proposals active within the (first, last) days a page covers, and the agreements in
    force or taking a step in them, with their steps: for its strip, in one query."""
    proposals = Proposal.objects.all()
    if negotiation is not None:
        proposals = proposals.filter(negotiation=negotiation)
    active = proposals.active_between(*span).values("pk")[:PAGE_SIZE]
    agreements = agreements_within(*span).values("pk")
    return with_strip_steps(
        proposals.filter(Q(pk__in=active) | Q(pk__in=agreements))
    ).latest_first()
