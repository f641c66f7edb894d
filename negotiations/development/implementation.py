"""Synthetic implementation records: what became of each agreement once signed, its
handovers week after week, what each side says of its terms, its deadlines, and the
violations both sides allege."""

import datetime
from dataclasses import dataclass, field

from negotiations.fields import DatePrecision, Qualifier
from negotiations.models import (
    Deadline,
    ExchangeCategory,
    ExchangeTerm,
    Handover,
    ImplementationStatement,
    Milestone,
    OtherTerm,
    Proposal,
    Violation,
)

from .vocabulary import (
    CITIES,
    DELAY_REASONS,
    FAMILY_NAMES,
    GIVEN_NAMES,
    VAGUE_COUNTS,
    VIOLATIONS_ALLEGED,
)

Status = ImplementationStatement.Status
#: How far a term has come, as a side tells it, by the share of the handover weeks gone.
PROGRESS = [Status.NOT_STARTED, Status.BEGUN, Status.PARTLY_DONE, Status.PARTLY_DONE, Status.DONE]
#: What the other side says on a day it disagrees.
DISPUTED = {
    Status.NOT_STARTED: Status.STALLED,
    Status.BEGUN: Status.NOT_STARTED,
    Status.PARTLY_DONE: Status.STALLED,
    Status.DONE: Status.PARTLY_DONE,
}


@dataclass
class AgreementInForce:
    """One synthetic agreement once signed: its talks, the days it took effect and ended,
    and its terms (read back with their keys)."""

    talks: object
    agreement: Proposal
    signed: datetime.date
    in_force: datetime.date
    until: datetime.date
    exchange_terms: list = field(default_factory=list)
    other_terms: list = field(default_factory=list)

    @property
    def terms(self):
        return [*self.exchange_terms, *self.other_terms]

    def other_term(self, *kinds):
        return next((term for term in self.other_terms if term.kind in kinds), None)


class ImplementationBuilder:
    """Part of ``SyntheticTracker``: what became of the agreements. Draws from its own
    stream (``self.aftermath``), citing too, so that the rest of a seed's data stays as it
    was before these records existed."""

    def build_implementation(self):
        agreements = self.agreements_in_force()
        handovers, statements, deadlines, violations = [], [], [], []
        for signed in agreements:
            handovers += self.handovers(signed)
            statements += self.implementation_statements(signed)
            deadlines += self.deadlines(signed)
        for talks in self.talks:
            violations += self.violations(
                talks, [signed for signed in agreements if signed.talks is talks]
            )
        self.insert(handovers)
        self.insert_rows(
            Handover.categories.through,
            ("handover_id", "exchangecategory_id"),
            [(handover.pk, code) for handover in handovers for code in handover.category_list],
        )
        self.insert(statements)
        self.insert(deadlines)
        self.insert(violations)
        for handover in handovers:
            # Its words name its categories: read from the list, not a query per handover.
            categories = [ExchangeCategory(code=code) for code in handover.category_list]
            handover._prefetched_objects_cache = {"categories": categories}
        for record in [*handovers, *statements, *violations]:
            self.cite(record.talks, record, record.date, stream=self.aftermath)
        for deadline in deadlines:
            self.cite(deadline.talks, deadline, deadline.due, stream=self.aftermath)

    def agreements_in_force(self):
        """The agreements signed or in force, from their milestones, with their terms."""
        steps = {}
        for milestone in self.milestones:
            steps.setdefault(milestone.proposal.pk, []).append(milestone)
        agreements = []
        for talks in self.talks:
            for proposal in talks.proposals:
                taken = steps.get(proposal.pk, [])
                started = [
                    step
                    for step in taken
                    if step.kind in (Milestone.Kind.SIGNED, Milestone.Kind.IN_FORCE)
                ]
                if not started:
                    continue
                in_force = next(
                    (step for step in taken if step.kind == Milestone.Kind.IN_FORCE), started[0]
                )
                ends = [step.scheduled_end or step.date for step in taken]
                agreements.append(
                    AgreementInForce(
                        talks=talks,
                        agreement=proposal,
                        signed=min(step.date for step in started),
                        in_force=in_force.date,
                        # Within the talks, whose sources end a fortnight after them.
                        until=min(max(ends), talks.end),
                    )
                )
        by_pk = {signed.agreement.pk: signed for signed in agreements}
        exchange = ExchangeTerm.objects.filter(proposal__in=list(by_pk)).order_by("pk")
        # Each handover reads its term's phase, parties and categories: none a query more.
        exchange = exchange.select_related("phase", "releasing_party", "receiving_party")
        for term in exchange.prefetch_related("categories"):
            by_pk[term.proposal_id].exchange_terms.append(term)
        for term in OtherTerm.objects.filter(proposal__in=list(by_pk)).order_by("pk"):
            by_pk[term.proposal_id].other_terms.append(term)
        return agreements

    # --- small helpers, on the implementation stream -------------------------------------

    def on_day(self, day, *precisions):
        """``day`` at one of ``precisions`` (a day most often), where that precision keeps it."""
        precision = self.aftermath.choice(precisions or [DatePrecision.DAY])
        return self.approximate(day, precision)

    def counted(self, low, high, *, none=0.0):
        """(minimum, maximum, qualifier, words) in every form a source gives a number, the
        source's words alone too; all empty now and then (``none``)."""
        if self.aftermath.random() < none:
            return None, None, Qualifier.EXACT, ""
        qualifier = self.aftermath.choice(
            [Qualifier.EXACT] * 4 + [Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.UP_TO]
            + [Qualifier.IN_WORDS]
        )  # fmt: skip
        value = self.aftermath.randint(low, high)
        if qualifier == Qualifier.IN_WORDS:
            return None, None, qualifier, self.aftermath.choice(VAGUE_COUNTS)
        if qualifier == Qualifier.AT_LEAST:
            return value, None, qualifier, ""
        if qualifier == Qualifier.UP_TO:
            return None, value, qualifier, ""
        if qualifier == Qualifier.ABOUT and self.aftermath.random() < 0.3:
            return value, value + self.aftermath.randint(1, max(1, value // 2)), qualifier, ""
        return value, value, qualifier, ""

    def named_people(self, how_many):
        names = {
            f"{self.aftermath.choice(GIVEN_NAMES)} {self.aftermath.choice(FAMILY_NAMES)}"
            for _ in range(how_many)
        }
        return "\n".join(sorted(names))

    # --- handovers -----------------------------------------------------------------------

    def handovers(self, signed):
        """A batch a week from the day it took effect, for months (within the talks): most
        carried out, some delayed or refused with why, a few remains."""
        talks, rng = signed.talks, self.aftermath
        weeks = rng.randint(8, 26)
        handovers = []
        for week in range(weeks):
            day = signed.in_force + datetime.timedelta(weeks=week, days=rng.randint(0, 2))
            if day > talks.end:
                break
            term = rng.choice([*signed.exchange_terms, None]) if signed.exchange_terms else None
            handovers.append(self.handover(signed, term, day, week))
        return handovers

    def handover(self, signed, term, day, week):
        talks, rng = signed.talks, self.aftermath
        group = term.group if term else rng.choice(ExchangeTerm.Group.values[:2])
        hostages = group == ExchangeTerm.Group.HOSTAGES
        releasing = (term.releasing_party if term else None) or (
            talks.group if hostages else talks.state
        )
        receiving = rng.choice(
            [term.receiving_party if term else None, talks.facilitator, None, None]
        )
        outcome = rng.choice(
            [Handover.Outcome.CARRIED_OUT] * 8 + [Handover.Outcome.DELAYED] * 2
            + [Handover.Outcome.REFUSED]
        )  # fmt: skip
        date, precision = self.on_day(day, *[DatePrecision.DAY] * 6, DatePrecision.WEEK)
        handover = Handover(
            proposal=signed.agreement,
            exchange_term=term,
            phase=term.phase if term else self.phase_of_week(signed.agreement, week),
            outcome=outcome,
            date=date,
            date_precision=precision,
            releasing_party=releasing,
            receiving_party=receiving,
            group=group,
            place=rng.choice([*CITIES, ""]),
        )
        (
            handover.count_min,
            handover.count_max,
            handover.count_qualifier,
            handover.count_words,
        ) = self.counted(1, 12 if hostages else 300, none=0.1)
        handover.category_list = sorted(
            {category.code for category in term.categories.all()} if term else set()
        )
        if hostages and rng.random() < 0.2:
            handover.alive = Handover.Alive.REMAINS
        elif rng.random() < 0.7:
            handover.alive = Handover.Alive.LIVING
        if hostages and rng.random() < 0.4:
            handover.persons_named = self.named_people(rng.randint(1, 4))
        if outcome != Handover.Outcome.CARRIED_OUT:
            handover.reason = rng.choice(DELAY_REASONS)
            # Most often the side that held them back says why; now and then no one does.
            handover.reason_given_by = rng.choice(
                [releasing, releasing, releasing, rng.choice(talks.mediators), None]
            )
        if handover.count is None and not handover.persons_named:
            handover.description = f"The batch due in week {week + 1}"
        handover.talks = talks
        return handover

    def phase_of_week(self, agreement, week):
        """The phase a week of the agreement falls in, by the phases' lengths in weeks."""
        elapsed = 0
        for phase in agreement.phase_list:
            elapsed += phase.duration_max or 0
            if week < elapsed:
                return phase
        return None

    # --- statements ----------------------------------------------------------------------

    def implementation_statements(self, signed):
        """Each side's word on some terms every few weeks, now and then disagreeing on the
        same day (always on the agreement's first term, at the last word), and a few
        readings of the tracker's editors."""
        talks, rng = signed.talks, self.aftermath
        span = max(1, (signed.until - signed.in_force).days)
        statements = []
        terms = signed.terms[: rng.randint(2, 6)]
        for number, term in enumerate(terms):
            days = sorted(
                {
                    signed.in_force + datetime.timedelta(days=rng.randint(0, span))
                    for _ in range(rng.randint(1, 4))
                }
            )
            for index, day in enumerate(days):
                progress = PROGRESS[min(len(PROGRESS) - 1, index * len(PROGRESS) // len(days))]
                contested = (number == 0 and index == len(days) - 1) or rng.random() < 0.3
                sides = [(talks.state, progress), (talks.group, progress)]
                if contested:
                    sides[1] = (talks.group, DISPUTED.get(progress, Status.REVERSED))
                for actor, status in sides:
                    said_on = day
                    if not contested:  # agreeing sides speak a few days apart
                        said_on += datetime.timedelta(days=rng.randint(0, 5))
                    statements.append(
                        self.implementation_statement(signed, term, said_on, status, actor)
                    )
                if rng.random() < 0.1:
                    mediator = rng.choice(talks.mediators)
                    statements.append(
                        self.implementation_statement(signed, term, day, progress, mediator)
                    )
            if number == 0 or rng.random() < 0.15:
                statements.append(
                    self.implementation_statement(signed, term, days[-1], progress, None)
                )
        return statements

    def implementation_statement(self, signed, term, day, status, actor):
        """``actor``'s word on ``term`` on ``day``; the editors' reading without one."""
        rng = self.aftermath
        date, precision = self.on_day(min(day, signed.talks.end))
        statement = ImplementationStatement(
            proposal=signed.agreement,
            date=date,
            date_precision=precision,
            status=status,
            asserted_by=actor,
            is_editors_reading=actor is None,
        )
        if isinstance(term, ExchangeTerm):
            statement.exchange_term = term
        else:
            statement.other_term = term
        if actor is None:
            statement.claim = "Our reading of the reports from both sides and the mediators."
        else:
            if rng.random() < 0.3:
                statement.asserter_description = f"a {actor.name} official"
            statement.claim = rng.choice(
                [
                    "The other side is holding this back.",
                    "It is proceeding as agreed.",
                    "Work on it has not started.",
                    "",
                ]
            )
        statement.talks = signed.talks
        return statement

    # --- deadlines -----------------------------------------------------------------------

    def deadlines(self, signed):
        """Releases due by term, each phase's end and the talks on the next, the truce's end,
        a withdrawal and an aid target: some met (late or not), some passed without it."""
        rng, agreement = self.aftermath, signed.agreement
        due = []
        for number, term in enumerate(signed.exchange_terms[:4]):
            due.append((Deadline.Kind.RELEASE, {"exchange_term": term}, 7 * (number + 1), ""))
        elapsed = 0
        for phase in agreement.phase_list:
            elapsed += 7 * (phase.duration_max or 1)
            due.append((Deadline.Kind.PHASE_END, {"phase": phase}, elapsed, ""))
            if phase.number == 1 and len(agreement.phase_list) > 1:
                talks_due = min(16, elapsed - 1)
                due.append((Deadline.Kind.NEXT_PHASE_TALKS, {"phase": phase}, talks_due, ""))
        withdrawal = signed.other_term(OtherTerm.Kind.WITHDRAWAL)
        if withdrawal is not None:
            due.append((Deadline.Kind.WITHDRAWAL, {"other_term": withdrawal}, 10, ""))
        due.append((Deadline.Kind.TRUCE_END, {}, (signed.until - signed.in_force).days, ""))
        aid = signed.other_term(OtherTerm.Kind.AID)
        due.append(
            (Deadline.Kind.OTHER, {"other_term": aid}, 3, "Aid convoys through the crossings")
        )
        deadlines = []
        for kind, parts, days, description in due:
            day = min(signed.in_force + datetime.timedelta(days=days), signed.talks.end)
            date, precision = self.on_day(day, *[DatePrecision.DAY] * 5, DatePrecision.WEEK)
            deadline = Deadline(
                proposal=agreement,
                kind=kind,
                due=date,
                due_precision=precision,
                description=description,
                **parts,
            )
            if rng.random() < 0.6:  # met, on time or up to a fortnight late
                deadline.met_on = day + datetime.timedelta(days=rng.randint(-2, 14))
            deadline.talks = signed.talks
            deadlines.append(deadline)
        return deadlines

    # --- violations ----------------------------------------------------------------------

    def violations(self, talks, agreements):
        """Hundreds alleged by both sides (fewer in a data set of few events: about one per
        two events), from the first agreement to the end of the talks: most of the agreement
        then in force, some of one of its terms; a share confirmed or denied by a mediator, a
        monitor or the accused."""
        rng = self.aftermath
        if not agreements:
            return []
        agreements = sorted(agreements, key=lambda signed: signed.in_force)
        first = agreements[0].in_force
        span = max(0, (talks.end - first).days)
        violations = []
        events_each = self.event_count // self.negotiation_count
        for _ in range(min(rng.randint(200, 400), max(5, events_each // 2))):
            day = first + datetime.timedelta(days=rng.randint(0, span))
            accuser, accused = rng.choice([talks.parties, talks.parties[::-1]])
            side = "state" if accuser is talks.state else "group"
            kind, words = rng.choice(VIOLATIONS_ALLEGED[side])
            date, precision = self.on_day(
                day,
                *[DatePrecision.DAY] * 16,
                DatePrecision.WEEK,
                DatePrecision.MONTH,
                DatePrecision.ON_OR_BEFORE,
            )
            violation = Violation(
                negotiation=talks.negotiation,
                accused_by=accuser,
                accuser_description=rng.choice(["", "", f"{accuser.name} military spokesperson"]),
                accused=accused if rng.random() < 0.9 else None,
                kind=kind,
                date=date,
                date_precision=precision,
                place=rng.choice([*CITIES, ""]),
                description=f"{accuser.name} says {words} near {rng.choice(CITIES)}.",
            )
            self.breached(violation, agreements, day)
            (
                violation.killed_min,
                violation.killed_max,
                violation.killed_qualifier,
                violation.killed_words,
            ) = self.counted(0, 12, none=0.6)
            (
                violation.wounded_min,
                violation.wounded_max,
                violation.wounded_qualifier,
                violation.wounded_words,
            ) = self.counted(1, 40, none=0.5)
            chance = rng.random()
            if chance < 0.3:
                violation.verification = rng.choice(
                    [Violation.Verification.CONFIRMED, Violation.Verification.DENIED]
                )
                violation.verified_by = rng.choice(
                    [*talks.mediators, talks.facilitator, *self.organisations, accused]
                )
                if rng.random() < 0.8:
                    violation.verified_on = day + datetime.timedelta(days=rng.randint(1, 20))
            violation.talks = talks
            violations.append(violation)
        return violations

    def breached(self, violation, agreements, day):
        """The agreement in force on ``day`` (the latest to take effect), now and then one of
        its terms: the truce, the withdrawal, aid, or an exchange for a withheld release."""
        rng = self.aftermath
        taken = [signed for signed in agreements if signed.in_force <= day]
        if not taken or rng.random() < 0.2:
            return
        signed = taken[-1]
        violation.proposal = signed.agreement
        if rng.random() < 0.3:
            if violation.kind == Violation.Kind.RELEASE_WITHHELD and signed.exchange_terms:
                violation.exchange_term = rng.choice(signed.exchange_terms)
            else:
                violation.other_term = signed.other_term(
                    OtherTerm.Kind.TRUCE, OtherTerm.Kind.WITHDRAWAL, OtherTerm.Kind.AID
                )
