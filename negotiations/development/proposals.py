"""Synthetic proposals: chains of counter-proposals, their terms and phases, and the
agreements among them with their signatories, milestones and links."""

import datetime

from negotiations.fields import DatePrecision, Qualifier
from negotiations.models import (
    ExchangeCategory,
    ExchangeTerm,
    Milestone,
    OtherTerm,
    Phase,
    Proposal,
    ProposalLink,
    StatusChange,
)

from .vocabulary import (
    CITIES,
    VAGUE_COUNTS,
)


class ProposalBuilder:
    """Part of ``SyntheticTracker``: what is proposed and agreed."""

    def exchange_terms_per_proposal(self, proposals):
        if self.exchange_term_count is None:
            return [self.random.randint(1, 4) for _ in proposals]
        share, remainder = divmod(self.exchange_term_count, max(1, len(proposals)))
        return [share + (1 if index < remainder else 0) for index in range(len(proposals))]

    def build_proposals(self):
        """Chains: a proposal or framework, then counter-proposals each answering the last."""
        levels = []  # levels[n]: proposals answering one in levels[n - 1]
        for talks in self.talks:
            talks.proposals = []
            for chain in range(max(1, talks.events // 50)):
                day = self.day_between(talks.start, talks.end - datetime.timedelta(days=160))
                chain_length = self.random.choice([1, 2, 2, 3, 3, 4, 5])
                if chain == 0:  # even the smallest talks have a proposal and its counter
                    chain_length = max(2, chain_length)
                for step in range(chain_length):
                    by, to = talks.parties if step % 2 == 0 else reversed(talks.parties)
                    kind = Proposal.Kind.COUNTER_PROPOSAL if step else Proposal.Kind.PROPOSAL
                    if step == 0 and self.random.random() < 0.2:
                        kind, by = Proposal.Kind.FRAMEWORK, self.random.choice(talks.mediators)
                    last = step == chain_length - 1
                    # Every talks' first chain ends in an agreement, to give it a lifecycle.
                    if last and step and (self.random.random() < 0.15 or chain == 0):
                        kind = Proposal.Kind.AGREEMENT
                    status = (
                        self.random.choice(
                            [
                                Proposal.Status.PRESENTED,
                                Proposal.Status.UNDER_CONSIDERATION,
                                Proposal.Status.REJECTED,
                                Proposal.Status.WITHDRAWN,
                                Proposal.Status.EXPECTED,
                            ]
                        )
                        if last
                        else Proposal.Status.COUNTERED
                    )
                    if kind == Proposal.Kind.AGREEMENT:
                        status = Proposal.Status.ACCEPTED
                    date, precision = (None, DatePrecision.DAY)
                    if status != Proposal.Status.EXPECTED:
                        date, precision = self.approximate(day)
                    proposal = Proposal(
                        negotiation=talks.negotiation,
                        kind=kind,
                        title=(
                            f"{by.name} {kind.label}: {self.random.randint(2, 12)}-week truce, "
                            f"{self.random.randint(5, 120)} hostages"
                        ),
                        summary=f"Put to {to.name} through {talks.mediators[0].name}.",
                        proposed_by=by if self.random.random() < 0.9 else None,
                        date=date,
                        date_precision=precision,
                        status=status,
                        note="" if date else "Expected; not yet presented.",
                    )
                    proposal.addressee = to
                    proposal.previous = talks.proposals[-1] if step else None
                    proposal.day = day
                    talks.proposals.append(proposal)
                    if len(levels) <= step:
                        levels.append([])
                    levels[step].append(proposal)
                    day += datetime.timedelta(days=self.random.randint(3, 30))
        # Insert chain by chain depth, so that each answer's target already has its key.
        for level in levels:
            for proposal in level:
                proposal.responds_to = proposal.previous
            self.insert(level)

        addressed, mediated, status_changes, other_terms = [], [], [], []
        proposals = [proposal for talks in self.talks for proposal in talks.proposals]
        self.build_phases(proposals)
        self.build_agreements()
        for talks in self.talks:
            for proposal in talks.proposals:
                self.cite(talks, proposal, proposal.date)
                addressed.append((proposal.pk, proposal.addressee.pk))
                for mediator in talks.mediators[: self.random.randint(0, len(talks.mediators))]:
                    mediated.append((proposal.pk, mediator.pk))
                if proposal.date:
                    status_changes.append(
                        StatusChange(
                            proposal=proposal,
                            status=Proposal.Status.PRESENTED,
                            date=proposal.date,
                            date_precision=proposal.date_precision,
                        )
                    )
                    if proposal.status != Proposal.Status.PRESENTED:
                        later, precision = self.approximate(
                            proposal.day + datetime.timedelta(days=self.random.randint(2, 20)),
                            DatePrecision.DAY,
                        )
                        status_changes.append(
                            StatusChange(
                                proposal=proposal,
                                status=proposal.status,
                                date=later,
                                date_precision=precision,
                                note="As reported at the time.",
                            )
                        )
                other_terms += self.other_terms(proposal)
        self.insert_rows(Proposal.addressed_to.through, ["proposal_id", "actor_id"], addressed)
        self.insert_rows(Proposal.mediators.through, ["proposal_id", "actor_id"], mediated)
        self.insert(status_changes)
        by_negotiation = {talks.negotiation.pk: talks for talks in self.talks}
        for change in status_changes:
            self.cite(by_negotiation[change.proposal.negotiation_id], change, change.date)
        self.insert(other_terms)

        batch = []
        parties = {talks.negotiation.pk: talks for talks in self.talks}
        for proposal, count in zip(
            proposals, self.exchange_terms_per_proposal(proposals), strict=True
        ):
            talks = parties[proposal.negotiation_id]
            for number in range(count):
                batch.append(self.exchange_term(proposal, talks, number))
            # A set number of terms (for the export benchmark) is that many, swaps or not.
            if self.exchange_term_count is None and self.lifecycle.random() < 0.1:
                batch += self.prisoner_of_war_swap(proposal, talks)
            if len(batch) >= self.batch_size * 10:
                self.insert_exchange_terms(batch)
                batch = []
        self.insert_exchange_terms(batch)

    def prisoner_of_war_swap(self, proposal, talks):
        """Prisoners of war released both ways, counted on both sides, one count now and
        then only in words; from the lifecycle stream, not to move the main one."""
        terms = []
        for releasing, receiving in ((talks.state, talks.group), (talks.group, talks.state)):
            term = ExchangeTerm(
                proposal=proposal,
                releasing_party=releasing,
                receiving_party=receiving,
                group=ExchangeTerm.Group.PRISONERS_OF_WAR,
            )
            if releasing is talks.group and self.lifecycle.random() < 0.5:
                term.count_qualifier = Qualifier.IN_WORDS
                term.count_words = self.lifecycle.choice(VAGUE_COUNTS)
            else:
                count = self.lifecycle.randint(10, 400)
                term.count_min = term.count_max = count
            term.category_list = [ExchangeCategory.Code.SOLDIERS]
            terms.append(term)
        return terms

    def insert_exchange_terms(self, terms):
        """The terms, then the categories each names."""
        self.insert(terms)
        self.insert_rows(
            ExchangeTerm.categories.through,
            ("exchangeterm_id", "exchangecategory_id"),
            [(term.pk, code) for term in terms for code in term.category_list],
        )

    def build_phases(self, proposals):
        """Two or three phases for some proposals, each a number of weeks long."""
        phases = []
        for proposal in proposals:
            proposal.phase_list = []
            if self.lifecycle.random() < 0.4:
                for number in range(1, self.lifecycle.randint(2, 3) + 1):
                    weeks = self.lifecycle.randint(2, 8)
                    phase = Phase(
                        proposal=proposal,
                        number=number,
                        duration_min=weeks,
                        duration_max=weeks,
                        duration_qualifier=Qualifier.EXACT,
                        duration_unit=Phase.Unit.WEEKS,
                        condition_to_advance=(
                            "Talks on the next phase to conclude" if number == 1 else ""
                        ),
                    )
                    proposal.phase_list.append(phase)
                    phases.append(phase)
        self.insert(phases)

    def build_agreements(self):
        """Agreements get signatories, guarantors, dated milestones and links to earlier ones."""
        signed, guaranteed, milestones, acting, links = [], [], [], [], []
        for talks in self.talks:
            agreements = [
                proposal
                for proposal in talks.proposals
                if proposal.kind == Proposal.Kind.AGREEMENT and proposal.date
            ]
            for number, agreement in enumerate(agreements):
                parties = {agreement.addressee.pk, talks.state.pk, talks.group.pk}
                signed += [(agreement.pk, party) for party in sorted(parties)]
                guaranteed += [(agreement.pk, mediator.pk) for mediator in talks.mediators]
                day = agreement.day
                steps = [(Milestone.Kind.SIGNED, day, None)]
                in_force = day + datetime.timedelta(days=self.lifecycle.randint(0, 3))
                end = in_force + datetime.timedelta(weeks=self.lifecycle.randint(1, 8))
                steps.append((Milestone.Kind.IN_FORCE, in_force, end))
                for _ in range(self.lifecycle.randint(0, 2)):
                    end += datetime.timedelta(weeks=self.lifecycle.randint(1, 4))
                    steps.append((Milestone.Kind.EXTENDED, end - datetime.timedelta(weeks=1), end))
                if self.lifecycle.random() < 0.6:
                    steps.append((self.lifecycle.choice(sorted(Milestone.ENDINGS)), end, None))
                for kind, on, scheduled_end in steps:
                    milestone = Milestone(
                        proposal=agreement,
                        kind=kind,
                        date=on,
                        scheduled_end=scheduled_end,
                        place=self.lifecycle.choice(CITIES)
                        if kind == Milestone.Kind.SIGNED
                        else "",
                    )
                    milestone.talks = talks
                    milestone.signers = sorted(parties) if kind == Milestone.Kind.SIGNED else []
                    milestones.append(milestone)
                if number:
                    kind = self.lifecycle.choice(
                        [ProposalLink.Kind.IMPLEMENTS, ProposalLink.Kind.EXTENDS]
                    )
                    links.append(
                        ProposalLink(proposal=agreement, kind=kind, other=agreements[number - 1])
                    )
                elif talks.proposals[0] is not agreement:
                    links.append(
                        ProposalLink(
                            proposal=agreement,
                            kind=ProposalLink.Kind.SUPERSEDES,
                            other=talks.proposals[0],
                        )
                    )
        self.insert_rows(Proposal.signatories.through, ["proposal_id", "actor_id"], signed)
        self.insert_rows(Proposal.guarantors.through, ["proposal_id", "actor_id"], guaranteed)
        self.insert(milestones)
        for milestone in milestones:
            acting += [(milestone.pk, actor) for actor in milestone.signers]
        self.insert_rows(Milestone.actors.through, ["milestone_id", "actor_id"], acting)
        self.insert(links)
        self.milestones = milestones

    def exchange_term(self, proposal, talks, number):
        in_a_phase = self.random.random() >= 0.5
        phases = proposal.phase_list
        phase = phases[min(number // 2, len(phases) - 1)] if in_a_phase and phases else None
        # As many draws as before categories were a list: none, or one, and now and then
        # children beside women (from the lifecycle stream, not to move the main one).
        category = self.random.choice([None, *ExchangeCategory.Code.values])
        categories = [category] if category else []
        if category == ExchangeCategory.Code.WOMEN and self.lifecycle.random() < 0.5:
            categories.append(ExchangeCategory.Code.CHILDREN)
        if number % 2 == 0:
            low, high, qualifier = self.quantity(1, 150)
            term = ExchangeTerm(
                proposal=proposal,
                releasing_party=talks.group,
                group=ExchangeTerm.Group.HOSTAGES,
                count_min=low,
                count_max=high,
                count_qualifier=qualifier,
                phase=phase,
                description="Release of hostages" if self.random.random() < 0.5 else "",
            )
            term.category_list = categories
            return term
        term = ExchangeTerm(
            proposal=proposal,
            releasing_party=talks.state if self.random.random() < 0.95 else None,
            group=ExchangeTerm.Group.PRISONERS,
            phase=phase,
        )
        term.category_list = categories
        if self.lifecycle.random() < 0.5:
            term.receiving_party = talks.group
            term.affiliation = f"{talks.group.name} members"
        chance = self.random.random()
        if chance < 0.5:
            term.ratio_min, term.ratio_max, term.ratio_qualifier = self.quantity(3, 50)
            term.ratio_per = self.lifecycle.choice(
                [ExchangeTerm.RatioPer.HOSTAGE] * 3 + list(ExchangeTerm.RatioPer.values)
            )
            if self.lifecycle.random() < 0.2:
                term.condition = "the previous group of hostages has been released"
        elif chance < 0.6:
            # A count the source gives only in words, with no bound it does not state.
            term.count_qualifier = Qualifier.IN_WORDS
            term.count_words = self.random.choice(VAGUE_COUNTS)
        else:
            term.count_min, term.count_max, term.count_qualifier = self.quantity(10, 3000)
        return term

    def other_terms(self, proposal):
        terms = []
        for kind in self.random.sample(OtherTerm.Kind.values, self.random.randint(1, 3)):
            term = OtherTerm(proposal=proposal, kind=kind)
            if kind == OtherTerm.Kind.WITHDRAWAL:
                term.withdrawal_extent = self.random.choice(OtherTerm.WithdrawalExtent.values)
            elif kind == OtherTerm.Kind.TRUCE:
                term.amount_min, term.amount_max, term.amount_qualifier = self.quantity(1, 12)
                term.unit = self.random.choice([OtherTerm.Unit.DAYS, OtherTerm.Unit.WEEKS])
            elif kind == OtherTerm.Kind.AID:
                term.amount_min, term.amount_max, term.amount_qualifier = self.quantity(50, 600)
                term.unit = OtherTerm.Unit.TRUCKS_PER_DAY
            elif kind == OtherTerm.Kind.PHASES:
                term.amount_min = term.amount_max = self.random.randint(2, 3)
                term.unit = OtherTerm.Unit.PHASES
            else:
                term.description = f"{kind.replace('_', ' ').capitalize()} as drafted"
            if self.random.random() < 0.3:
                number = self.random.randint(1, 3)
                if proposal.phase_list:
                    term.phase = proposal.phase_list[min(number, len(proposal.phase_list)) - 1]
            terms.append(term)
        return terms
