"""Synthetic records of what happened: rounds and who attended, statements, events,
positions, figures, risks and corrections."""

import datetime

from django.contrib.contenttypes.models import ContentType

from negotiations.fields import DatePrecision, Qualifier
from negotiations.models import (
    Attendance,
    Correction,
    Event,
    Figure,
    Issue,
    Position,
    Risk,
    Round,
    Statement,
)

from .vocabulary import (
    BACKGROUND_EVENTS,
    CITIES,
    POSITION_STANCES,
)


class RecordBuilder:
    """Part of ``SyntheticTracker``: what happened and what was said."""

    def build_rounds(self):
        rounds, attendances = [], []
        for talks in self.talks:
            talks.rounds = []
            for number in range(1, max(1, talks.events // 150) + 1):
                start, precision = self.approximate(
                    self.day_between(talks.start, talks.end),
                    self.random.choice([DatePrecision.DAY] * 5 + [DatePrecision.WEEK]),
                )
                end = start + datetime.timedelta(days=self.random.randint(1, 5))
                venue = self.random.choice(CITIES)
                talks.rounds.append(
                    Round(
                        negotiation=talks.negotiation,
                        title=f"Round {number} in {venue}",
                        venue=venue,
                        start=start,
                        start_precision=precision,
                        end=end if self.random.random() < 0.7 else None,
                        outcome=self.random.choice(["", "No agreement; talks to resume."]),
                    )
                )
            rounds += talks.rounds
        self.insert(rounds)
        for talks in self.talks:
            for round_ in talks.rounds:
                self.cite(talks, round_, round_.start)
                for actor in talks.cast[: self.random.randint(2, len(talks.cast))]:
                    person = self.random.choice(self.people_of.get(actor.pk, [None]))
                    attendances.append(
                        Attendance(
                            round=round_,
                            actor=actor,
                            person=person if self.random.random() < 0.6 else None,
                            description=f"{actor.name} delegation",
                        )
                    )
        self.insert(attendances)
        self.attendances = attendances

    def cite_milestones_negotiations_and_attendances(self):
        # Last of all: citing draws from the main random stream, which the rest of the data
        # of a seed was made from before milestones existed.
        for milestone in self.milestones:
            self.cite(milestone.talks, milestone, milestone.date)
        for talks in self.talks:
            self.cite(talks, talks.negotiation, talks.start)
        by_negotiation = {talks.negotiation.pk: talks for talks in self.talks}
        for attendance in self.attendances:
            round_ = attendance.round
            self.cite(by_negotiation[round_.negotiation_id], attendance, round_.start)

    def build_statements(self):
        statements = []
        for talks in self.talks:
            talks.statements = []
            cast = len(talks.cast)
            for number in range(max(cast, talks.events // 10)):
                # Every party and mediator speaks at least once, first in its own words.
                actor = talks.cast[number] if number < cast else self.random.choice(talks.cast)
                speaker = self.random.choice([*self.people_of.get(actor.pk, []), None])
                day, precision = self.approximate(
                    self.day_between(talks.start, talks.end),
                    self.random.choice([DatePrecision.DAY] * 8 + [DatePrecision.WEEK]),
                )
                outlet = self.random.choice([*self.outlets, None, None])
                talks.statements.append(
                    Statement(
                        negotiation=talks.negotiation,
                        speaker=speaker,
                        on_behalf_of=actor,
                        speaker_description="" if speaker else f"a {actor.name} official",
                        date=day,
                        date_precision=precision,
                        outlet=outlet,
                        text=self.random.choice(
                            [
                                f"Talks with the {talks.group.name} are progressing.",
                                "We will not accept a deal that leaves our people behind.",
                                f"A counter-proposal could soon go to {talks.state.name}.",
                                "The gaps between the parties remain wide.",
                            ]
                        ),
                        is_direct_quote=number < cast or self.random.random() < 0.5,
                    )
                )
            statements += talks.statements
        self.insert(statements)
        for talks in self.talks:
            for statement in talks.statements:
                self.cite(talks, statement, statement.date)

    def build_events(self):
        for talks in self.talks:
            events = []
            dated = [proposal for proposal in talks.proposals if proposal.date]
            for proposal in dated[: talks.events // 3]:
                events.append(
                    self.event(
                        talks,
                        Event.Kind.PROPOSAL_PRESENTED,
                        f"{proposal.title} presented",
                        proposal.date,
                        proposal.date_precision,
                        proposal=proposal,
                    )
                )
            for statement in talks.statements[: talks.events // 3]:
                events.append(
                    self.event(
                        talks,
                        Event.Kind.STATEMENT,
                        f"{statement.speaker_label} speaks for {statement.on_behalf_of.name}",
                        statement.date,
                        statement.date_precision,
                        statement=statement,
                    )
                )
            for round_ in talks.rounds[: talks.events // 6]:
                events.append(
                    self.event(
                        talks,
                        Event.Kind.MEETING,
                        f"{round_.title} opens",
                        round_.start,
                        round_.start_precision,
                        round=round_,
                    )
                )
            while len(events) < talks.events:
                kind, title = self.random.choice(BACKGROUND_EVENTS)
                day, precision = self.approximate(self.day_between(talks.start, talks.end))
                title = title.format(
                    mediator=self.random.choice(talks.mediators).name,
                    party=self.random.choice(talks.parties).name,
                    city=self.random.choice(CITIES),
                )
                events.append(self.event(talks, kind, title, day, precision))
            self.insert(events)

            participants, people = [], []
            for event in events:
                self.cite(talks, event, event.date)
                actors = self.random.sample(talks.cast, self.random.choice([1, 1, 2, 2, 3]))
                participants += [(event.pk, actor.pk) for actor in actors]
                if self.random.random() < 0.3:
                    person = self.random.choice(self.people_of.get(actors[0].pk, [None]))
                    if person:
                        people.append((event.pk, person.pk))
            self.insert_rows(Event.participants.through, ["event_id", "actor_id"], participants)
            self.insert_rows(Event.people.through, ["event_id", "person_id"], people)

    def event(self, talks, kind, title, day, precision, **links):
        summary = ""
        if self.random.random() < 0.6:
            summary = (
                f"{title}, according to reports from {self.random.choice(CITIES)}. "
                "Mediators describe the atmosphere as cautious."
            )
        return Event(
            negotiation=talks.negotiation,
            kind=kind,
            title=title[:300],
            summary=summary,
            date=day,
            date_precision=precision,
            date_note="Resolved from a relative date." if precision == "week" else "",
            place=self.random.choice([*CITIES, ""]),
            **links,
        )

    def build_positions_figures_risks(self):
        positions, figures, risks = [], [], []
        issues = {
            (talks.negotiation.pk, key): Issue(
                negotiation=talks.negotiation, name=key[0], slug=key[1], topic=key[2]
            )
            for talks in self.talks
            for key in POSITION_STANCES
        }
        self.insert(list(issues.values()))
        for talks in self.talks:
            cast = len(talks.cast)
            for number in range(max(cast, talks.events // 50)):
                # Every party and mediator holds at least one stance.
                actor = talks.cast[number] if number < cast else self.random.choice(talks.cast)
                issue = self.random.choice(list(POSITION_STANCES))
                undated = self.random.random() < 0.1
                day, precision = self.approximate(self.day_between(talks.start, talks.end))
                positions.append(
                    Position(
                        negotiation=talks.negotiation,
                        actor=actor,
                        issue=issues[talks.negotiation.pk, issue],
                        stance=self.random.choice(POSITION_STANCES[issue]),
                        date=None if undated else day,
                        date_precision=DatePrecision.DAY if undated else precision,
                        date_note="Before the talks began." if undated else "",
                    )
                )
            talks.figures = []
            for _ in range(max(1, talks.events // 100)):
                low, high, qualifier = self.quantity(1000, 50000)
                day, precision = self.approximate(self.day_between(talks.start, talks.end))
                talks.figures.append(
                    Figure(
                        negotiation=talks.negotiation,
                        counts=f"people killed in {talks.state.name} since the war began",
                        value_min=low,
                        value_max=high,
                        value_qualifier=qualifier,
                        attributed_to=self.random.choice([*self.organisations, None]),
                        attribution="Health ministry tally",
                        date=day,
                        date_precision=precision,
                    )
                )
            figures += talks.figures
            for _ in range(max(1, talks.events // 200)):
                day, precision = self.approximate(self.day_between(talks.start, talks.end))
                risks.append(
                    Risk(
                        negotiation=talks.negotiation,
                        description=f"An offensive near {self.random.choice(CITIES)} could "
                        "derail the talks.",
                        named_by=self.random.choice(talks.mediators),
                        date=day,
                        date_precision=precision,
                    )
                )
        self.insert(positions)
        self.insert(figures)
        self.insert(risks)

        breakdowns = []
        for talks in self.talks:
            for figure in talks.figures:
                total = figure.value_min or figure.value_max
                for share, counts in [(3, "children"), (4, "women")][: self.random.randint(0, 2)]:
                    value = total * share // 10
                    breakdowns.append(
                        Figure(
                            negotiation=talks.negotiation,
                            counts=f"{counts} among them",
                            value_min=value,
                            value_max=value,
                            value_qualifier=Qualifier.ABOUT,
                            attributed_to=figure.attributed_to,
                            attribution=figure.attribution,
                            date=figure.date,
                            date_precision=figure.date_precision,
                            part_of=figure,
                        )
                    )
        self.insert(breakdowns)
        by_negotiation = {talks.negotiation.pk: talks for talks in self.talks}
        for record in [*positions, *figures, *breakdowns, *risks]:
            self.cite(by_negotiation[record.negotiation_id], record, record.date)

    def build_corrections(self):
        """Public corrections of one event in two hundred, recorded a few days after it."""
        kind = ContentType.objects.get_for_model(Event).pk
        events = Event.objects.filter(negotiation__in=[talks.negotiation for talks in self.talks])
        rows = [
            (
                kind,
                pk,
                datetime.datetime.combine(
                    day + datetime.timedelta(days=3), datetime.time(12), datetime.UTC
                ),
                "Its date, corrected from a later report.",
            )
            for pk, day in events.order_by("pk").values_list("pk", "date")[::200]
        ]
        self.insert_rows(Correction, ["content_type_id", "object_id", "corrected_at", "note"], rows)
