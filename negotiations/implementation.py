"""What became of an agreement's terms, read together: per phase and per term, what was
promised against what was carried out, the latest word on each term and who says it, and
the deadlines, with those passed without their step."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Case, Count, Q, Value, When
from django.db.models.functions import TruncWeek

from .fields import ApproximateDate, DatePrecision, Total
from .models import (
    Deadline,
    ExchangeTerm,
    Handover,
    ImplementationStatement,
    Milestone,
    OtherTerm,
    Phase,
    Violation,
)
from .models.packed import chronologically, packed_parts, unpacked


@dataclass
class TermLedger:
    """One term, the handovers carried out under it and what is said of how far it is done."""

    term: object
    handovers: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    #: Violations of the term one side alleges.
    violations: list = field(default_factory=list)
    #: The phase of handovers carried out under no term the record names.
    unnamed_terms_phase: object = None
    #: For a term in no phase, the handovers carried out under its phases' terms of the same
    #: group and releasing side (``under_its_phases``): the whole exchange phase by phase.
    under_phases: list = field(default_factory=list)

    @property
    def phase(self):
        return self.term.phase if self.term is not None else self.unnamed_terms_phase

    @property
    def promised(self):
        """How many the term provides for (an exchange term's number), or None."""
        return getattr(self.term, "count", None)

    @property
    def carried_out(self):
        return [handover for handover in self.handovers if handover.is_carried_out]

    @property
    def not_carried_out(self):
        """Batches delayed or refused."""
        return [handover for handover in self.handovers if not handover.is_carried_out]

    @property
    def released(self):
        """The total released alive (or not said to be remains)."""
        living = [h.count for h in self.carried_out if h.alive != Handover.Alive.REMAINS]
        return Total.of(living)

    @property
    def remains(self):
        return Total.of(h.count for h in self.carried_out if h.alive == Handover.Alive.REMAINS)

    @property
    def exceeds_promise(self):
        """More carried out than the term provides: the term or a count may be wrong."""
        total = Total.of(handover.count for handover in self.carried_out)
        return total.exceeds(self.promised)

    @property
    def latest(self):
        """The statements of the latest day any source speaks of the term: all of them, so
        that parties who disagree on that day are shown side by side."""
        said = [statement for statement in self.statements if not statement.is_editors_reading]
        if not said:
            return []
        latest_day = max(statement.approximate_date.sort_key for statement in said)
        return [s for s in said if s.approximate_date.sort_key == latest_day]

    @property
    def is_contested(self):
        return len({statement.status for statement in self.latest}) > 1

    @property
    def editors_reading(self):
        """The tracker editors' latest reading, shown as theirs beside the sources'."""
        readings = [statement for statement in self.statements if statement.is_editors_reading]
        return readings[-1] if readings else None

    def under_its_phases(self, ledgers):
        """Keep, of ``ledgers``, the handovers carried out under terms in a phase that
        release the same group as this term in no phase does (and the same side, if named)."""
        group = getattr(self.term, "group", None)
        if group is None or self.term.phase_id is not None:
            return
        side = self.term.releasing_party_id
        self.under_phases = [
            handover
            for ledger in ledgers
            if getattr(ledger.term, "group", None) == group
            and ledger.term.phase_id is not None
            and side in (None, ledger.term.releasing_party_id)
            for handover in ledger.carried_out
        ]

    def summary(self):
        """ "33 to be released: 25 released in 7 handovers, 8 remains returned"."""
        carried_out = self.carried_out
        parts = []
        if carried_out:
            released, remains = self.released, self.remains
            if released.parts:
                parts.append(f"{released} released in {handovers_counted(carried_out)}")
            if remains.parts:
                parts.append(f"{remains} remains returned")
                if not released.parts:
                    parts[-1] += f" in {handovers_counted(carried_out)}"
        elif self.under_phases:
            under = Total.of(handover.count for handover in self.under_phases)
            parts.append(
                f"none recorded under this term itself; {under} released in "
                f"{handovers_counted(self.under_phases)} under its phases' terms"
            )
        else:
            parts.append("none carried out yet")
        if self.not_carried_out:
            outcomes = sorted({h.get_outcome_display() for h in self.not_carried_out})
            parts.append(f"{len(self.not_carried_out)} {' or '.join(outcomes)}")
        head = f"{self.promised} to be released" if self.promised is not None else None
        return f"{head}: {', '.join(parts)}" if head else ", ".join(parts)


def handovers_counted(handovers):
    return f"{len(handovers)} handover{'s' if len(handovers) != 1 else ''}"


@dataclass
class PhaseLedger:
    """A phase (None for terms in no phase) and its terms' ledgers."""

    phase: object
    terms: list

    @property
    def promised(self):
        return Total.of(ledger.promised for ledger in self.terms if ledger.promised is not None)

    @property
    def handovers(self):
        return [handover for ledger in self.terms for handover in ledger.carried_out]

    @property
    def released(self):
        return Total.of(handover.count for handover in self.handovers)

    @property
    def title(self):
        return f"Phase {self.phase.number}" if self.phase is not None else "Terms in no phase"


@dataclass(frozen=True)
class ScheduledDeadline:
    """An agreement's scheduled end as its record gives it (a step sets it, or a stated
    duration computes it): a deadline no editor typed, listed with those they did."""

    agreement: object
    #: The standing's ``ScheduledEnd``.
    end: object
    today: datetime.date
    anchor = "scheduled-end"
    approximate_met_on = None
    met_on = None

    @property
    def title(self):
        return "scheduled end"

    @property
    def approximate_due(self):
        return self.end.date

    @property
    def overdue(self):
        """Its every possible day is past while the record still has it in force."""
        return self.end.date.last_day < self.today

    @property
    def derived_from(self):
        """How the record gives it: "computed: 6 weeks of phase 1 from 19 Jan 2025"."""
        if self.end.computed_from:
            return f"computed: {self.end.computed_from}"
        return f"set by its step of {self.end.set_by.approximate_date}"

    @property
    def basis(self):
        """The record it follows from, whose sources it rests on."""
        return self.end.set_by or self.agreement

    @property
    def citations(self):
        return self.basis.citations


#: What ``AgreementRecords`` reads, packed into the agreement's row: give these to
#: ``ProposalQuerySet.with_packed``.
PACKED_RECORDS = {
    "milestones": Milestone,
    "phases": Phase,
    "exchange_terms": ExchangeTerm,
    "other_terms": OtherTerm,
    "handovers": Handover,
    "implementation_statements": ImplementationStatement,
    "deadlines": Deadline,
    "violations": Violation,
}
#: The date each packed kind is in the order of (its model's ordering), if any.
DATED_BY = {
    "milestones": "date",
    "handovers": "date",
    "implementation_statements": "date",
    "deadlines": "due",
    "violations": "date",
}
#: What became of an agreement's terms, of ``PACKED_RECORDS``: for a page that reads its steps,
#: phases and terms otherwise (``with_lifecycle``).
IMPLEMENTATION_RECORDS = ("handovers", "implementation_statements", "deadlines", "violations")
#: Who each packed record names, by the keys it names them with.
NAMED_ACTORS = {
    "exchange_terms": ("releasing_party", "receiving_party"),
    "handovers": ("releasing_party", "receiving_party", "reason_given_by"),
    "implementation_statements": ("asserted_by",),
    "violations": ("accused_by", "accused", "verified_by"),
}


@dataclass
class AgreementRecords:
    """An agreement's steps, phases and terms and what became of them, unpacked from its row
    as ``Implementation.build`` and ``standing_of`` read them, without a query."""

    milestones: list = field(default_factory=list)
    phases: list = field(default_factory=list)
    exchange_terms: list = field(default_factory=list)
    other_terms: list = field(default_factory=list)
    handovers: list = field(default_factory=list)
    implementation_statements: list = field(default_factory=list)
    deadlines: list = field(default_factory=list)
    violations: list = field(default_factory=list)

    @classmethod
    def unpack(cls, agreement, relations=tuple(PACKED_RECORDS), phases=None):
        """Its records of ``relations`` as ``with_packed(*relations)`` wrote them (the others
        empty), each with its phase, of ``phases`` where they are not packed too."""
        texts = packed_parts(agreement.packed)
        found = {
            name: unpacked(PACKED_RECORDS[name], texts.get(name), proposal=agreement)
            for name in relations
        }
        found.setdefault("phases", list(phases or []))
        phases = {phase.pk: phase for phase in found["phases"]}
        for name in ("exchange_terms", "other_terms", "handovers", "deadlines"):
            for record in found.get(name, []):
                record.phase = phases.get(record.phase_id)
        # In the order of the models' (and so of their prefetches and queries).
        for name, dated_by in DATED_BY.items():
            if name in found:
                found[name] = chronologically(found[name], dated_by)
        found["phases"].sort(key=lambda phase: phase.number)
        return cls(**found)

    @property
    def actor_ids(self):
        """The actors its records name, to be read with others (``name_actors``)."""
        return {
            getattr(record, f"{key}_id")
            for name, keys in NAMED_ACTORS.items()
            for record in getattr(self, name)
            for key in keys
        } - {None}

    def name_actors(self, actors):
        """Give each record the actors it names, from ``actors`` (by id)."""
        for name, keys in NAMED_ACTORS.items():
            for record in getattr(self, name):
                for key in keys:
                    setattr(record, key, actors.get(getattr(record, f"{key}_id")))


@dataclass
class Implementation:
    """An agreement's implementation: its phases' ledgers, its deadlines and which of them
    passed, on ``today``, without their step."""

    agreement: object
    phases: list
    deadlines: list
    today: datetime.date
    handovers: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    #: Every violation alleged of it, and those alleged of no term it shows.
    violations: list = field(default_factory=list)
    violations_of_no_term: list = field(default_factory=list)
    #: The agreement's scheduled end (a ``ScheduledDeadline``), when its record gives one.
    scheduled_end: ScheduledDeadline | None = None

    @property
    def is_empty(self):
        return (
            not (self.handovers or self.statements or self.deadlines or self.scheduled_end)
            and not self.violations
        )

    @property
    def records(self):
        """Every record it shows, for their citations."""
        basis = [self.scheduled_end.basis] if self.scheduled_end else []
        return [*self.handovers, *self.statements, *self.deadlines, *self.violations, *basis]

    @property
    def all_deadlines(self):
        """The deadlines editors recorded and the scheduled end, by the day each is due."""
        found = [*self.deadlines, *([self.scheduled_end] if self.scheduled_end else [])]
        return sorted(found, key=lambda deadline: deadline.approximate_due.sort_key)

    @property
    def overdue(self):
        return [deadline for deadline in self.all_deadlines if deadline.overdue]

    @property
    def upcoming(self):
        """Deadlines whose step has not come and whose days are not all past."""
        return [d for d in self.all_deadlines if d.met_on is None and not d.overdue]

    @property
    def next(self):
        return self.upcoming[0] if self.upcoming else None

    @property
    def terms(self):
        return [ledger for phase in self.phases for ledger in phase.terms]

    @property
    def contested(self):
        return [ledger for ledger in self.terms if ledger.is_contested]

    @classmethod
    def build(cls, agreement, today, *, terms=None, records=None, scheduled_end=None):
        """Read in four queries, and two for its terms unless given (``terms``: as
        ``with_terms`` reads them), or from ``records`` (``AgreementRecords``) in none."""
        if terms is None and records is not None:
            terms = (records.exchange_terms, records.other_terms)
        if terms is None:
            terms = (
                ExchangeTerm.objects.filter(proposal=agreement)
                .select_related("phase", "releasing_party", "receiving_party")
                .with_category_codes(),
                OtherTerm.objects.filter(proposal=agreement)
                .select_related("phase")
                .with_evacuee_codes(),
            )
        exchange_terms, other_terms = (list(kind) for kind in terms)
        if records is not None:
            handovers, statements = records.handovers, records.implementation_statements
            deadlines, violations = records.deadlines, records.violations
        else:
            handovers, statements, deadlines, violations = _records_of(agreement)
        for deadline in deadlines:
            # What the page says of it: passed on ``today`` without its step.
            deadline.overdue = deadline.is_overdue(today)
        ledgers = {("exchange", term.pk): TermLedger(term) for term in exchange_terms}
        ledgers.update({("other", term.pk): TermLedger(term) for term in other_terms})
        for handover in handovers:
            key = handover.term_key or ("no term", handover.phase_id)
            if key not in ledgers:
                # Carried out under no term the record names: one line per phase for them.
                ledgers[key] = TermLedger(None, unnamed_terms_phase=handover.phase)
            ledgers[key].handovers.append(handover)
        for statement in statements:
            # A term of another agreement (written past validation) still shows its word.
            if statement.term_key not in ledgers:
                ledgers[statement.term_key] = TermLedger(statement.term)
            ledgers[statement.term_key].statements.append(statement)
        of_no_term = []
        for violation in violations:
            if violation.term_key in ledgers:
                ledgers[violation.term_key].violations.append(violation)
            else:
                of_no_term.append(violation)
        for ledger in ledgers.values():
            ledger.under_its_phases(ledgers.values())
        by_phase = {}
        for ledger in ledgers.values():
            by_phase.setdefault(ledger.phase, []).append(ledger)
        phases = [
            PhaseLedger(phase, terms)
            for phase, terms in sorted(
                by_phase.items(), key=lambda item: (item[0] is None, getattr(item[0], "number", 0))
            )
        ]
        return cls(
            agreement,
            phases,
            deadlines,
            today,
            handovers=handovers,
            statements=statements,
            violations=violations,
            violations_of_no_term=of_no_term,
            scheduled_end=(
                ScheduledDeadline(agreement, scheduled_end, today) if scheduled_end else None
            ),
        )


def _records_of(agreement):
    """Its handovers, implementation statements, deadlines and violations, a query each."""
    handovers = list(
        Handover.objects.filter(proposal=agreement)
        .select_related("releasing_party", "receiving_party", "reason_given_by", "phase")
        .with_category_codes()
    )
    statements = list(
        ImplementationStatement.objects.filter(proposal=agreement).select_related("asserted_by")
    )
    deadlines = list(Deadline.objects.filter(proposal=agreement).select_related("phase"))
    violations = list(
        Violation.objects.filter(proposal=agreement).select_related(
            "accused_by", "accused", "verified_by"
        )
    )
    return handovers, statements, deadlines, violations


#: Violations dated less precisely than a week are counted apart: no week holds them.
WEEKLY_PRECISIONS = (DatePrecision.DAY, DatePrecision.WEEK)
WEEKLY = Q(date_precision__in=WEEKLY_PRECISIONS)


@dataclass
class AllegedViolations:
    """Violations alleged in a negotiation, counted per week and accuser: ``weeks`` is
    ``[(Monday, [(accuser, count), …]), …]`` in date order; ``vaguer`` counts, per accuser,
    those dated too loosely for a week (to the month, or on or before a day)."""

    weeks: list
    vaguer: list
    #: Where each week's mark of an accuser links: the first such entry on the page, or the
    #: status page's panel of them.
    entries: dict = field(default_factory=dict)

    def address(self, monday, accuser):
        return f"#{self.entries[monday, accuser]}" if self.entries else "#violations"

    @classmethod
    def of(cls, violations):
        """Counted from ``violations`` already read (a timeline's), each week's mark linking
        to its first entry."""
        weeks, vaguer, entries = {}, {}, {}
        for violation in violations:
            accuser = violation.accused_by.name
            if violation.date_precision in WEEKLY_PRECISIONS:
                monday = ApproximateDate.week_of(violation.date).date
                counts = weeks.setdefault(monday, {})
                counts[accuser] = counts.get(accuser, 0) + 1
                entries.setdefault((monday, accuser), violation.anchor)
            else:
                vaguer[accuser] = vaguer.get(accuser, 0) + 1
        return cls(
            [(monday, sorted(counts.items())) for monday, counts in sorted(weeks.items())],
            sorted(vaguer.items()),
            entries,
        )

    @property
    def total(self):
        weekly = sum(count for _, counts in self.weeks for _, count in counts)
        return weekly + sum(count for _, count in self.vaguer)

    @classmethod
    def count(cls, negotiation):
        """In one query, grouped by accuser, week and whether a week holds the date."""
        rows = (
            Violation.objects.filter(negotiation=negotiation)
            .annotate(
                weekly=Case(When(WEEKLY, then=Value(True)), default=Value(False)),
                week=Case(When(WEEKLY, then=TruncWeek("date")), default=Value(None)),
            )
            .values("weekly", "week", "accused_by__name")
            .annotate(alleged=Count("pk"))
            .order_by("week", "accused_by__name")
        )
        weeks, vaguer = {}, []
        for row in rows:
            if row["weekly"]:
                week = _day(row["week"])
                weeks.setdefault(week, []).append((row["accused_by__name"], row["alleged"]))
            else:
                vaguer.append((row["accused_by__name"], row["alleged"]))
        return cls(sorted(weeks.items()), vaguer)


def _day(value):
    # TruncWeek gives a datetime on some backends for a date column.
    return value.date() if isinstance(value, datetime.datetime) else value


__all__ = [
    "IMPLEMENTATION_RECORDS",
    "PACKED_RECORDS",
    "AgreementRecords",
    "AllegedViolations",
    "Implementation",
    "PhaseLedger",
    "TermLedger",
]
