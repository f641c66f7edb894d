"""Where an agreement stands on a day, computed from its milestones, phases and terms.

Nothing here is typed by an editor: "in force since 19 Jan 2025, phase 1 of 3, scheduled to
end 1 Mar 2025" follows from the records. A computed end is said to be computed, and is
computed only from a day-precise start and an exact duration.
"""

import datetime
from dataclasses import dataclass, field

from .fields import ApproximateDate, DatePrecision, Qualifier
from .models import Milestone, OtherTerm, Phase

#: What an agreement is after each kind of milestone.
STATE_AFTER = {
    Milestone.Kind.ANNOUNCED: "announced",
    Milestone.Kind.SIGNED: "signed, not yet in force",
    Milestone.Kind.IN_FORCE: "in force",
    Milestone.Kind.EXTENDED: "in force",
    Milestone.Kind.RESUMED: "in force",
    Milestone.Kind.SUSPENDED: "suspended",
    Milestone.Kind.EXPIRED: "expired",
    Milestone.Kind.TERMINATED: "terminated",
    Milestone.Kind.COLLAPSED: "collapsed",
}
DAYS_IN = {Phase.Unit.DAYS: 1, Phase.Unit.WEEKS: 7}


@dataclass(frozen=True)
class ScheduledEnd:
    """When the agreement (or its current phase) is due to end, and how that is known."""

    date: ApproximateDate
    #: The milestone that set it, or None when computed.
    set_by: Milestone | None = None
    #: How it was computed ("42 days of phase 1 from 19 Jan 2025"), when it was.
    computed_from: str = ""


@dataclass(frozen=True)
class Standing:
    """An agreement's state on ``on``: the latest milestone up to that day decides it."""

    on: datetime.date
    state: str
    latest: Milestone
    in_force_since: Milestone | None
    extensions: list = field(default_factory=list)
    phase: Phase | None = None
    phase_count: int = 0
    scheduled_end: ScheduledEnd | None = None

    @property
    def is_in_force(self):
        return self.state == "in force"

    @property
    def has_ended(self):
        return self.latest.kind in Milestone.ENDINGS

    @property
    def end_has_passed(self):
        """In force by the records, yet its scheduled end is behind ``on``: the sources
        recorded here say nothing of what followed."""
        return (
            self.is_in_force
            and self.scheduled_end is not None
            and self.scheduled_end.date.last_day < self.on
        )


def standing_of(proposal, on=None):
    """The proposal's standing on ``on`` (today by default), or None without milestones.

    Reads ``milestones``, ``phases`` and ``other_terms`` through ``.all()``, so prefetched
    lists cost no query.
    """
    on = on or datetime.date.today()
    steps = sorted(
        (step for step in proposal.milestones.all() if step.date <= on),
        key=lambda step: (step.date, step.pk),
    )
    if not steps:
        return None
    latest = steps[-1]
    in_force = [step for step in steps if step.kind == Milestone.Kind.IN_FORCE]
    phases = sorted(proposal.phases.all(), key=lambda phase: phase.number)
    phase = _current_phase(phases, on) if STATE_AFTER[latest.kind] == "in force" else None
    return Standing(
        on=on,
        state=STATE_AFTER[latest.kind],
        latest=latest,
        in_force_since=in_force[0] if in_force else None,
        extensions=[step for step in steps if step.kind == Milestone.Kind.EXTENDED],
        phase=phase,
        phase_count=len(phases),
        scheduled_end=_scheduled_end(proposal, steps, in_force, phase),
    )


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


def _scheduled_end(proposal, steps, in_force, phase):
    """The latest end a milestone set; else one computed from an exact duration."""
    for step in reversed(steps):
        if step.scheduled_end is not None:
            return ScheduledEnd(step.approximate_scheduled_end, set_by=step)
        if step.kind in Milestone.ENDINGS:
            return None
    if phase is not None:
        return _computed_end(
            phase.approximate_start, phase.duration, phase.duration_unit, f"phase {phase.number}"
        )
    if not in_force:
        return None
    for term in proposal.other_terms.all():
        if term.kind == OtherTerm.Kind.TRUCE and term.phase_id is None:
            return _computed_end(in_force[0].approximate_date, term.amount, term.unit, "the truce")
    return None


def _computed_end(start, duration, unit, what):
    """``start`` plus an exact number of days or weeks, counting the first day as day 1."""
    exact = (
        duration is not None
        and duration.qualifier == Qualifier.EXACT
        and duration.minimum is not None
        and duration.minimum == duration.maximum
    )
    if start is None or start.precision != DatePrecision.DAY or not exact or unit not in DAYS_IN:
        return None
    days = duration.minimum * DAYS_IN[unit]
    end = start.date + datetime.timedelta(days=days - 1)
    return ScheduledEnd(
        ApproximateDate(end, DatePrecision.DAY),
        computed_from=f"{days} days of {what} from {start}",
    )
