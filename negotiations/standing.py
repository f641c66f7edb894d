"""Where a proposal or agreement stands on a day, computed from its milestones, phases,
terms and status: the one answer every page, feed, export and the API give.

Nothing here is typed by an editor: "in force since 19 Jan 2025, phase 1 of 3, scheduled to
end 1 Mar 2025" follows from the records. A computed end is said to be computed, and is
computed only from a day-precise start and an exact duration.
"""

import datetime
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from .fields import ApproximateDate, DatePrecision, Qualifier
from .models import Milestone, OtherTerm, Phase, Proposal

#: How each standing reads.
STATE_WORDS = {
    "announced": "announced",
    "agreed": "agreed, not yet signed",
    "signed": "signed, not yet in force",
    "in_force": "in force",
    "suspended": "suspended",
    "completed": "completed",
    "expired": "expired",
    "terminated": "terminated",
    "collapsed": "collapsed",
    "superseded": "superseded",
}
#: Every code a standing may have: a milestone's, "superseded", or a proposal's status.
STANDING_CODES = [
    *STATE_WORDS,
    *(status for status in Proposal.Status.values if status not in STATE_WORDS),
]

STATUS_WORDS = dict(Proposal.Status.choices)

DAYS_IN = {Phase.Unit.DAYS: 1, Phase.Unit.WEEKS: 7}


#: Standings of an agreement whose terms are being carried out (or owed) now.
CARRIED_OUT_NOW = ("in_force", "suspended")
#: What ``standing_of`` reads of a proposal: prefetched, they cost it no query.
READ_FOR_STANDING = ("milestones", "phases", "other_terms")


@dataclass(frozen=True)
class ScheduledEnd:
    """When the agreement (or its current phase) is due to end, and how that is known."""

    date: ApproximateDate
    #: The milestone that set it, or None when computed.
    set_by: Milestone | None = None
    #: How it was computed ("42 days of phase 1 from 19 Jan 2025"), when it was.
    computed_from: str = ""

    def __str__(self):
        text = f"scheduled to end {self.date.on}"
        return f"{text} (computed: {self.computed_from})" if self.computed_from else text


@dataclass(frozen=True)
class Standing:
    """A proposal's state on ``on``: its latest milestone up to that day, else its status."""

    on: datetime.date
    code: str
    #: The milestone that decides it; None for a proposal standing by its status alone.
    latest: Milestone | None = None
    in_force_since: Milestone | None = None
    extensions: list = field(default_factory=list)
    phase: Phase | None = None
    phase_count: int = 0
    scheduled_end: ScheduledEnd | None = None
    #: The proposal that superseded it, when one did.
    superseded_by: Proposal | None = None
    #: The day the status-only standing is dated by (when presented), if any.
    dated: ApproximateDate | None = None
    #: Whether its status, not a step, decides it (dated by the record of the status).
    by_status: bool = False

    @property
    def state(self):
        """The standing in words: "in force", "signed, not yet in force", "rejected"."""
        return STATE_WORDS.get(self.code) or STATUS_WORDS.get(self.code, "status not recorded")

    @property
    def is_in_force(self):
        return self.code == "in_force"

    @property
    def is_carried_out_now(self):
        """In force, or suspended: its terms are still being carried out or owed."""
        return self.code in CARRIED_OUT_NOW

    @property
    def has_ended(self):
        return self.latest is not None and self.latest.kind in Milestone.ENDINGS

    @property
    def end_has_passed(self):
        """In force by the records, yet its scheduled end is behind ``on``: the sources
        recorded here say nothing of what followed."""
        return (
            self.is_in_force
            and self.scheduled_end is not None
            and self.scheduled_end.date.last_day < self.on
        )

    @property
    def since(self):
        """When the current standing began, as a date, where the records date it."""
        if self.is_in_force and self.in_force_since is not None:
            return self.in_force_since.approximate_date
        if self.latest is not None:
            return self.latest.approximate_date
        return self.dated

    @property
    def when(self):
        """Since when, in words after the state: " since 19 Jan 2025", " on 21 Feb 2022",
        ", as of 19 Mar 2024" (a status as recorded then); "" when nothing dates it."""
        if self.since is None or self.superseded_by is not None:
            return ""
        if self.is_in_force:
            return f" {self.since.since}"
        if self.by_status and self.code != Proposal.Status.PRESENTED:
            return f", as of {self.since}"
        return f" {self.since.on}"

    @property
    def sentence(self):
        """The standing in one sentence: "In force since 19 Jan 2025, phase 1 of 3,
        scheduled to end on 1 Mar 2025; extended 2 times." """
        text = self.state.capitalize() + self.when
        if self.superseded_by is not None:
            text = f"Superseded by “{self.superseded_by.title}”"
        if self.phase is not None:
            text += f", phase {self.phase.number} of {self.phase_count}"
        if self.scheduled_end is not None and not self.has_ended:
            text += f", {self.scheduled_end}"
        if self.extensions:
            count = len(self.extensions)
            text += f"; extended {'once' if count == 1 else f'{count} times'}"
        return f"{text}."


def recorded_standing(proposal):
    """The standing a proposal read ``with_standing()`` carries: its code and since when
    (when it last entered into force, for one in force), without phase or scheduled end;
    dated as ``standing_of`` dates it."""
    code = proposal.standing
    since = None
    if code == "in_force" and proposal.standing_in_force_since is not None:
        since = _annotated_date(proposal, "standing_in_force_since")
    elif proposal.standing_since is not None:
        since = _annotated_date(proposal, "standing_since")
    elif code == proposal.status and proposal.latest_status_change_date is not None:
        if proposal.latest_status_change_status == proposal.status:
            since = _annotated_date(proposal, "latest_status_change_date")
        elif proposal.status == Proposal.Status.PRESENTED:
            since = proposal.approximate_date
    elif code == Proposal.Status.PRESENTED:
        since = proposal.approximate_date
    if code == "superseded":
        since = None
    by_status = proposal.standing_since is None and code == proposal.status
    return Standing(on=datetime.date.today(), code=code, dated=since, by_status=by_status)


def _annotated_date(proposal, name):
    """The date ``with_standing`` annotated as ``name`` (``_precision``, ``_earliest``)."""
    return ApproximateDate(
        getattr(proposal, name),
        getattr(proposal, f"{name}_precision"),
        getattr(proposal, f"{name}_earliest"),
    )


def standing_of(proposal, on=None, superseded_by=None, read=None):
    """The proposal's standing on ``on`` (today by default).

    Reads ``READ_FOR_STANDING`` through ``.all()``, so prefetched lists cost no query, or
    from ``read`` (an ``implementation.AgreementRecords``); ``superseded_by`` is the proposal
    superseding it, if the caller read one.
    """
    on = on or datetime.date.today()
    if superseded_by is not None:
        return Standing(on=on, code="superseded", superseded_by=superseded_by)
    read = read or _Prefetched(proposal)
    steps = Milestone.in_order(step for step in read.milestones if step.date <= on)
    if not steps:
        return Standing(
            on=on, code=proposal.status, dated=_status_dated(proposal, on), by_status=True
        )
    latest = steps[-1]
    code = Milestone.STANDING_AFTER[latest.kind]
    # The latest time it entered into force (it may have again, after it ended).
    in_force = [step for step in steps if step.kind == Milestone.Kind.IN_FORCE]
    since = in_force[-1] if in_force else None
    phases = sorted(read.phases, key=lambda phase: phase.number)
    phase = _current_phase(phases, on) if code == "in_force" else None
    # The steps since it last entered into force (all of them if it never did).
    current = steps[steps.index(since) :] if since is not None else steps
    return Standing(
        on=on,
        code=code,
        latest=latest,
        in_force_since=since,
        extensions=[step for step in current if step.kind == Milestone.Kind.EXTENDED],
        phase=phase,
        phase_count=len(phases),
        scheduled_end=_scheduled_end(read.other_terms, current, since, phase),
    )


class _Prefetched:
    """What ``standing_of`` reads of a proposal, through its (prefetched) relations."""

    def __init__(self, proposal):
        self.milestones = proposal.milestones.all()
        self.phases = proposal.phases.all()
        self.other_terms = proposal.other_terms.all()


def _status_dated(proposal, on):
    """Since when the proposal has its status: its latest status change saying so, or the
    day it was presented for "presented"; None when no record dates it."""
    changes = [
        change
        for change in proposal.status_changes.all()
        if change.date is not None and change.date <= on
    ]
    latest = max(changes, key=lambda change: change.approximate_date.sort_key, default=None)
    if latest is not None and latest.status == proposal.status:
        return latest.approximate_date
    if proposal.status == Proposal.Status.PRESENTED:
        return proposal.approximate_date
    return None


def _current_phase(phases, on):
    """The latest-starting phase whose recorded dates contain ``on``; None if none is dated."""
    running = [
        phase
        for phase in phases
        if phase.start is not None
        and phase.start <= on
        and (phase.end is None or phase.approximate_end.last_day >= on)
    ]
    return max(running, key=lambda phase: phase.start, default=None)


def _scheduled_end(other_terms, steps, since, phase):
    """The end the latest step set or extended; else one computed from an exact duration."""
    end, moved = None, False
    for step in steps:
        if step.kind in Milestone.ENDINGS:
            end = None
        elif step.scheduled_end is not None:
            end = ScheduledEnd(step.approximate_scheduled_end, set_by=step)
        elif step.kind == Milestone.Kind.EXTENDED:
            # Moved by a length the records may not give: the earlier end no longer holds.
            end, moved = (_extended(end, step) if end is not None else None), True
    if end is not None or moved or (steps and steps[-1].kind in Milestone.ENDINGS):
        return end
    if phase is not None:
        return _computed_end(
            phase.approximate_start, phase.duration, phase.duration_unit, f"phase {phase.number}"
        )
    if since is None:
        return None
    for term in other_terms:
        if term.kind == OtherTerm.Kind.TRUCE and term.phase_id is None:
            return _computed_end(since.approximate_date, term.amount, term.unit, "the truce")
    return None


def _is_exact(quantity):
    return (
        quantity is not None
        and quantity.qualifier == Qualifier.EXACT
        and quantity.minimum is not None
        and quantity.minimum == quantity.maximum
    )


def _extended(end, step):
    """The scheduled end moved by an extension of an exact length, from an end known to the
    day; None when either is not exact (the sources then do not say when it is due)."""
    if not _is_exact(step.length) or end.date.precision != DatePrecision.DAY:
        return None
    amount, unit = step.length.minimum, step.length_unit
    if unit == Phase.Unit.MONTHS:
        moved = end.date.date + relativedelta(months=amount)
    else:
        moved = end.date.date + datetime.timedelta(days=amount * DAYS_IN[unit])
    return ScheduledEnd(
        ApproximateDate(moved, DatePrecision.DAY),
        computed_from=f"{end.date} extended by {amount} {step.get_length_unit_display()} "
        f"{step.approximate_date.on}",
    )


def _computed_end(start, duration, unit, what):
    """``start`` plus an exact number of days or weeks, counting the first day as day 1."""
    if start is None or start.precision != DatePrecision.DAY or not _is_exact(duration):
        return None
    if unit not in DAYS_IN:
        return None
    days = duration.minimum * DAYS_IN[unit]
    end = start.date + datetime.timedelta(days=days - 1)
    return ScheduledEnd(
        ApproximateDate(end, DatePrecision.DAY),
        computed_from=f"{days} days of {what} from {start}",
    )
