"""Synthetic talks' cast: actors, their people and memberships, the negotiations and who
takes part in them, the sources that report them, and the identifiers other datasets give
them."""

import datetime
from dataclasses import dataclass, field

from negotiations.models import (
    Actor,
    ActorAlias,
    ExternalIdentifier,
    Membership,
    Negotiation,
    Participation,
    Person,
    Source,
)

from .vocabulary import (
    ARCHIVE_PREFIX,
    CITIES,
    FAMILY_NAMES,
    FIRST_DAY,
    GIVEN_NAMES,
    GROUP_OFFICES,
    LAST_DAY,
    NAME_ENDS,
    NAME_STARTS,
    SLUG_PREFIX,
    SOURCE_KINDS,
    STATE_OFFICES,
)


@dataclass
class Talks:
    """One synthetic negotiation while it is being built: its cast and its calendar."""

    negotiation: Negotiation
    state: Actor
    group: Actor
    mediators: list
    facilitator: Actor
    start: datetime.date
    end: datetime.date
    events: int
    people: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    source_days: list = field(default_factory=list)

    @property
    def parties(self):
        return [self.state, self.group]

    @property
    def cast(self):
        return [self.state, self.group, *self.mediators]


class CastBuilder:
    """Part of ``SyntheticTracker``: who negotiates, and the sources that report it."""

    def place_names(self, count):
        names = [start + end for start in NAME_STARTS for end in NAME_ENDS]
        self.random.shuffle(names)
        while len(names) < count:  # more than 250 places: number the rest
            names.append(f"{names[len(names) % 250]} {len(names) // 250 + 1}")
        return names[:count]

    def build_actors(self):
        count = self.negotiation_count
        places = self.place_names(count * 2 + 6)
        states = [
            Actor(name=name, slug=f"{SLUG_PREFIX}{name.lower().replace(' ', '-')}", kind="state")
            for name in places[: count + 6]
        ]
        groups = [
            Actor(
                name=f"{name} Liberation Front",
                slug=f"{SLUG_PREFIX}{name.lower().replace(' ', '-')}-front",
                kind=Actor.Kind.ARMED_GROUP,
                description=f"Armed movement active in {name}.",
            )
            for name in places[count + 6 :]
        ]
        others = [
            Actor(
                name=f"{name} {kind.label.title()}",
                slug=f"{SLUG_PREFIX}{name.lower()}-{kind.value.replace('_', '-')}",
                kind=kind,
            )
            for name, kind in [
                ("Concord", Actor.Kind.INTERNATIONAL_ORGANISATION),
                ("Meridian", Actor.Kind.INTERNATIONAL_ORGANISATION),
                ("Harbour", Actor.Kind.NEWS_ORGANISATION),
                ("Lantern", Actor.Kind.NEWS_ORGANISATION),
                ("Beacon", Actor.Kind.MEDIA_OUTLET),
                ("Signal", Actor.Kind.MEDIA_OUTLET),
            ]
        ]
        self.insert([*states, *groups, *others])
        offices = [
            Actor(
                name=f"{state.name} intelligence service",
                slug=f"{state.slug}-intelligence",
                kind=Actor.Kind.GOVERNMENT_BODY,
                part_of=state,
            )
            for state in states
        ]
        self.insert(offices)
        # Each armed group also goes by the name of its movement.
        self.insert([ActorAlias(actor=group, name=f"{group.name} movement") for group in groups])
        self.states, self.groups = states, groups
        self.organisations = [a for a in others if a.kind == Actor.Kind.INTERNATIONAL_ORGANISATION]
        self.news = [a for a in others if a.kind == Actor.Kind.NEWS_ORGANISATION]
        self.outlets = [a for a in others if a.kind == Actor.Kind.MEDIA_OUTLET]

        people = []
        for actor in [*states, *groups, *self.organisations]:
            titles = STATE_OFFICES if actor.kind == "state" else GROUP_OFFICES
            for title in titles:
                named = self.random.random() < 0.8
                name = (
                    f"{self.random.choice(GIVEN_NAMES)} {self.random.choice(FAMILY_NAMES)}"
                    if named
                    else ""
                )
                people.append(Person(name=name, title=f"{actor.name} {title}", affiliation=actor))
        self.insert(people)
        self.people_of = {}
        for person in people:
            self.people_of.setdefault(person.affiliation_id, []).append(person)

    def build_negotiations(self):
        count = self.negotiation_count
        # Uneven sizes, as in life: the largest talks hold about a quarter of all events.
        weights = [1 / (index + 1) for index in range(count)]
        sizes = [int(self.event_count * weight / sum(weights)) for weight in weights]
        sizes[0] += self.event_count - sum(sizes)
        self.talks = []
        for index in range(count):
            state, group = self.states[index], self.groups[index]
            mediators = self.random.sample(self.states[count:], self.random.choice([1, 2, 2, 3]))
            start = self.day_between(FIRST_DAY, LAST_DAY - datetime.timedelta(days=800))
            end = min(LAST_DAY, start + datetime.timedelta(days=self.random.randint(400, 2500)))
            negotiation = Negotiation(
                title=f"{state.name}–{group.name} truce and exchange talks",
                slug=f"{SLUG_PREFIX}{index + 1:03d}-{state.slug.removeprefix(SLUG_PREFIX)}",
                summary=(
                    f"Synthetic talks on a truce between {state.name} and the {group.name} and "
                    f"an exchange of hostages for prisoners, mediated by "
                    f"{' and '.join(m.name for m in mediators)}."
                ),
                stage=self.random.choice(Negotiation.Stage.values),
                start=start,
            )
            if negotiation.stage in (Negotiation.Stage.CONCLUDED, Negotiation.Stage.COLLAPSED):
                negotiation.end = end
            self.talks.append(
                Talks(
                    negotiation=negotiation,
                    state=state,
                    group=group,
                    mediators=mediators,
                    facilitator=self.random.choice(self.organisations),
                    start=start,
                    end=end,
                    events=sizes[index],
                )
            )
        self.insert([talks.negotiation for talks in self.talks])

        participations = []
        for talks in self.talks:
            roles = [(talks.state, "party"), (talks.group, "party")]
            roles += [(mediator, "mediator") for mediator in talks.mediators]
            roles.append((talks.facilitator, "facilitator"))
            if self.random.random() < 0.3:
                roles.append((self.random.choice(talks.mediators), "guarantor"))
            talks.participations = [
                Participation(negotiation=talks.negotiation, actor=actor, role=role)
                for actor, role in roles
            ]
            participations += talks.participations
        self.insert(participations)

    def build_sources(self):
        sources = []
        for talks in self.talks:
            count = max(3, talks.events // 8)
            last = talks.end + datetime.timedelta(days=14)
            days = sorted(self.day_between(talks.start, last) for _ in range(count))
            for number, day in enumerate(days, start=1):
                kind = self.random.choice(SOURCE_KINDS)
                publisher = self.random.choice([*self.news, *self.outlets, None])
                city = self.random.choice(CITIES)
                sources.append(
                    Source(
                        title=f"{talks.state.name} talks report {number}",
                        headline=f"Talks on {talks.state.name} truce continue in {city}",
                        kind=kind,
                        publisher=publisher.name if publisher else "",
                        url=(
                            f"https://news.example.org/{talks.negotiation.slug}/{number}"
                            if self.random.random() < 0.7
                            else ""
                        ),
                        archive_reference=f"{ARCHIVE_PREFIX}{talks.negotiation.slug}/{number}",
                        published_on=day,
                        dateline=f"{city}, {day:%d %B %Y}" if self.random.random() < 0.5 else "",
                    )
                )
            talks.sources = sources[len(sources) - count :]
            talks.source_days = days
        self.insert(sources)
        # Roles and people are cited records too: by a source of talks they take part in.
        for talks in self.talks:
            for participation in talks.participations:
                self.cite(talks, participation, talks.start)
        cited_people = set()
        for talks in self.talks:
            for actor in talks.cast:
                for person in self.people_of.get(actor.pk, []):
                    if person.pk not in cited_people:
                        cited_people.add(person.pk)
                        self.cite(talks, person, talks.start)

    def build_memberships(self):
        """Each mediator a member of its talks' facilitating organisation, since years before,
        and each armed group on the side of the next talks' group while its talks last; each
        cited (last: citing draws from the main random stream)."""
        memberships, joined = [], set()
        for index, talks in enumerate(self.talks):
            for mediator in talks.mediators:
                if (mediator.pk, talks.facilitator.pk) not in joined:
                    joined.add((mediator.pk, talks.facilitator.pk))
                    since = talks.start.replace(year=talks.start.year - 5, month=1, day=1)
                    membership = Membership(
                        member=mediator,
                        group=talks.facilitator,
                        since=since,
                        since_precision="year",
                    )
                    memberships.append((talks, membership))
            ally = self.talks[(index + 1) % len(self.talks)].group
            if ally != talks.group:
                ended = talks.negotiation.end
                membership = Membership(
                    member=talks.group,
                    group=ally,
                    relation=Membership.Relation.ON_THE_SIDE_OF,
                    since=talks.start.replace(day=1),
                    since_precision="month",
                    until=ended.replace(month=1, day=1) if ended else None,
                    until_precision="year" if ended else "day",
                )
                memberships.append((talks, membership))
        self.insert([membership for _, membership in memberships])
        for talks, membership in memberships:
            self.cite(talks, membership, talks.start)

    def build_identifiers(self):
        """Identifiers of each talks' state (a Wikidata QID), armed group (a UCDP actor id),
        first named person of the state, negotiation (a UCDP conflict id) and first
        proposal (a PA-X id), each cited (after the memberships: citing draws from the main
        random stream)."""
        Scheme = ExternalIdentifier.Scheme
        identified = []
        for index, talks in enumerate(self.talks, start=1):
            records = [
                ExternalIdentifier(
                    scheme=Scheme.WIKIDATA, value=f"Q{9000 + index}", actor=talks.state
                ),
                ExternalIdentifier(
                    scheme=Scheme.UCDP_ACTOR, value=str(9000 + index), actor=talks.group
                ),
                ExternalIdentifier(
                    scheme=Scheme.UCDP_CONFLICT,
                    value=str(9000 + index),
                    negotiation=talks.negotiation,
                ),
            ]
            people = self.people_of.get(talks.state.pk, [])
            if people:
                records.append(
                    ExternalIdentifier(
                        scheme=Scheme.WIKIDATA, value=f"Q{8000 + index}", person=people[0]
                    )
                )
            if getattr(talks, "proposals", None):
                records.append(
                    ExternalIdentifier(
                        scheme=Scheme.PAX_AGREEMENT,
                        value=str(9000 + index),
                        proposal=talks.proposals[0],
                    )
                )
            identified += [(talks, record) for record in records]
        self.insert([record for _, record in identified])
        for talks, record in identified:
            self.cite(talks, record, talks.start)
