"""Synthetic negotiations at scale, for measuring pages and exports against realistic volumes.

Records go through the real models with ``bulk_create`` in batches, so every column default
and database constraint applies; plain link rows and citations, whose keys nothing needs
back, go through PostgreSQL's COPY (constraints and triggers still run).

The data is internally consistent: a counter-proposal answers a proposal of its own
negotiation and comes after it, a statement's speaker belongs to the actor it speaks for,
a source is published on or after what it reports, and approximate dates sit on the day
their precision demands (a Monday, the 1st, 1 January).

Synthetic rows are recognisable: negotiations and actors have slugs starting with
``synthetic-``, people belong to synthetic actors, and sources keep their copy under
``synthetic/``. The same seed and sizes always give the same content.

Bulk inserts bypass ``save()``, so no edit history is written for synthetic rows.
"""

import bisect
import datetime
import random
import time
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Q

from tracker.page_store.invalidation import everything_changed

from .drafting.models import ArticleDraft, DraftRecord
from .fields import ApproximateDate, DatePrecision, Qualifier
from .models import (
    Actor,
    ActorAlias,
    Attendance,
    Citation,
    Correction,
    Event,
    ExchangeCategory,
    ExchangeTerm,
    Figure,
    Issue,
    IssueTopic,
    Membership,
    Milestone,
    Negotiation,
    OtherTerm,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalLink,
    Risk,
    Round,
    Source,
    Statement,
    StatusChange,
)

SLUG_PREFIX = "synthetic-"
ARCHIVE_PREFIX = "synthetic/"
BATCH_SIZE = 5000
FIRST_DAY = datetime.date(2012, 1, 2)
LAST_DAY = datetime.date(2025, 12, 31)

# Invented names only: synthetic data must never read as a claim about real states or people.
NAME_STARTS = [
    "Ar", "Bel", "Cor", "Dal", "Es", "Fen", "Gal", "Hol", "Ist", "Jor", "Kal", "Lor", "Mar",
    "Nor", "Ost", "Pel", "Quar", "Ros", "Sel", "Tar", "Ul", "Ver", "Wes", "Yar", "Zan",
]  # fmt: skip
NAME_ENDS = ["avia", "onia", "esh", "ara", "istan", "land", "ovia", "eria", "ania", "mark"]
GIVEN_NAMES = [
    "Amara", "Bruno", "Chidi", "Dana", "Elif", "Farid", "Greta", "Hana", "Idris", "Jonas",
    "Kemal", "Lena", "Malik", "Nadia", "Omar", "Petra", "Rami", "Sara", "Tomas", "Yusuf",
]  # fmt: skip
FAMILY_NAMES = [
    "Adler", "Bakri", "Castell", "Darwish", "Eriksen", "Fahmi", "Gorani", "Haddad", "Ilves",
    "Jabari", "Kovac", "Lindqvist", "Mansour", "Novak", "Osman", "Petrov", "Qasim", "Rahal",
]  # fmt: skip
CITIES = ["Port Ansel", "Varenna", "Kestrel Bay", "Oldmere", "Saltgrove", "Tessaly", "Brimhold"]
STATE_OFFICES = ["foreign minister", "government spokesperson", "intelligence chief"]
GROUP_OFFICES = ["political bureau chief", "spokesperson"]
SOURCE_KINDS = [
    Source.Kind.NEWS_REPORT,
    Source.Kind.NEWS_REPORT,
    Source.Kind.WIRE_REPORT,
    Source.Kind.OFFICIAL_STATEMENT,
    Source.Kind.PARTY_AFFILIATED_MEDIA,
    Source.Kind.INTERVIEW,
    Source.Kind.DOCUMENT,
]
BACKGROUND_EVENTS = [
    (Event.Kind.VISIT, "{mediator} envoy visits {city}"),
    (Event.Kind.MILITARY, "Fighting intensifies near {city}"),
    (Event.Kind.MILITARY, "{party} announces a new operation near {city}"),
    (Event.Kind.HUMANITARIAN, "Aid convoy reaches {city}"),
    (Event.Kind.HUMANITARIAN, "Relief agencies warn of shortages in {city}"),
    (Event.Kind.CONTEXT, "{party} cabinet debates the talks"),
    (Event.Kind.MEETING, "{mediator} and {party} officials meet in {city}"),
    (Event.Kind.TRUCE_START, "Truce takes effect around {city}"),
    (Event.Kind.TRUCE_END, "Truce around {city} ends"),
]
#: Each negotiation's issues, (name, slug, shared topic), and the stances held on each.
POSITION_STANCES = {
    ("withdrawal of forces", "withdrawal", IssueTopic.WITHDRAWAL): [
        "complete withdrawal",
        "phased withdrawal",
        "no withdrawal",
    ],
    ("length of the truce", "truce-length", IssueTopic.CEASEFIRE_LENGTH): [
        "six-week truce",
        "permanent ceasefire",
        "short pause only",
    ],
    ("end of the war", "end-of-war", IssueTopic.END_OF_WAR): [
        "end of the war first",
        "no end before goals are met",
    ],
    ("prisoners per hostage", "prisoner-ratio", IssueTopic.EXCHANGE_RATIO): [
        "at least 30 per hostage",
        "no more than 10 per hostage",
    ],
    ("release of hostages", "hostage-release", IssueTopic.RELEASES): ["all at once", "in phases"],
    ("humanitarian aid", "aid", IssueTopic.HUMANITARIAN_AID): [
        "500 trucks a day",
        "inspections before entry",
    ],
}
VAGUE_COUNTS = ["several hundred", "hundreds", "dozens", "a few"]
PRECISIONS = [DatePrecision.DAY] * 16 + [DatePrecision.WEEK] * 2 + [DatePrecision.MONTH, "year"]
# A few facts reported undated: "on or before" the day drawn.
PRECISIONS += [DatePrecision.ON_OR_BEFORE]


def holds_real_data():
    """Whether the database holds records the generator did not make (e.g. the Doha fixture)."""
    return (
        Negotiation.objects.exclude(slug__startswith=SLUG_PREFIX).exists()
        or Actor.objects.exclude(slug__startswith=SLUG_PREFIX).exists()
        or Person.objects.exclude(affiliation__slug__startswith=SLUG_PREFIX).exists()
        or Source.objects.exclude(archive_reference__startswith=ARCHIVE_PREFIX).exists()
    )


def _delete_rows(queryset):
    """DELETE the queryset's rows in one statement, without per-row signals or history rows."""
    subquery, params = queryset.values("pk").query.sql_with_params()
    meta = queryset.model._meta
    table, column = connection.ops.quote_name(meta.db_table), meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE {connection.ops.quote_name(column)} IN ({subquery})",
            params,
        )


def delete_synthetic_data():
    """Remove every synthetic row and nothing else; foreign keys are checked at commit."""
    negotiations = Negotiation.objects.filter(slug__startswith=SLUG_PREFIX).values("pk")
    actors = Actor.objects.filter(slug__startswith=SLUG_PREFIX).values("pk")
    sources = Source.objects.filter(archive_reference__startswith=ARCHIVE_PREFIX).values("pk")
    in_negotiation = {"negotiation__in": negotiations}
    of_proposal = {"proposal__negotiation__in": negotiations}
    querysets = [
        DraftRecord.objects.filter(article__negotiation__in=negotiations),
        ArticleDraft.objects.filter(**in_negotiation),
        Citation.objects.filter(source__in=sources),
        Event.participants.through.objects.filter(event__negotiation__in=negotiations),
        Event.people.through.objects.filter(event__negotiation__in=negotiations),
        Correction.objects.filter(
            content_type=ContentType.objects.get_for_model(Event),
            object_id__in=Event.objects.filter(**in_negotiation).values("pk"),
        ),
        Event.objects.filter(**in_negotiation),
        Proposal.addressed_to.through.objects.filter(**of_proposal),
        Proposal.mediators.through.objects.filter(**of_proposal),
        Proposal.signatories.through.objects.filter(**of_proposal),
        Proposal.guarantors.through.objects.filter(**of_proposal),
        Proposal.endorsers.through.objects.filter(**of_proposal),
        Proposal.witnesses.through.objects.filter(**of_proposal),
        Milestone.actors.through.objects.filter(milestone__proposal__negotiation__in=negotiations),
        Milestone.objects.filter(**of_proposal),
        ProposalLink.objects.filter(**of_proposal),
        StatusChange.objects.filter(**of_proposal),
        ExchangeTerm.categories.through.objects.filter(
            exchangeterm__proposal__negotiation__in=negotiations
        ),
        ExchangeTerm.objects.filter(**of_proposal),
        OtherTerm.evacuees.through.objects.filter(
            otherterm__proposal__negotiation__in=negotiations
        ),
        OtherTerm.objects.filter(**of_proposal),
        Phase.objects.filter(**of_proposal),
        Proposal.objects.filter(**in_negotiation),
        Statement.objects.filter(**in_negotiation),
        Position.objects.filter(**in_negotiation),
        Issue.objects.filter(**in_negotiation),
        Figure.objects.filter(**in_negotiation),
        Risk.objects.filter(**in_negotiation),
        Attendance.objects.filter(round__negotiation__in=negotiations),
        Round.objects.filter(**in_negotiation),
        Participation.objects.filter(**in_negotiation),
        Negotiation.objects.filter(slug__startswith=SLUG_PREFIX),
        Person.objects.filter(affiliation__in=actors),
        ActorAlias.objects.filter(actor__in=actors),
        Membership.objects.filter(Q(member__in=actors) | Q(group__in=actors)),
        Actor.objects.filter(slug__startswith=SLUG_PREFIX),
        Source.objects.filter(archive_reference__startswith=ARCHIVE_PREFIX),
    ]
    with transaction.atomic():
        everything_changed()  # bulk deletes and TRUNCATE send no signals
        if connection.vendor == "postgresql" and not holds_real_data():
            # Nothing but synthetic rows: emptying the tables is much faster than deleting.
            tables = ", ".join(
                connection.ops.quote_name(queryset.model._meta.db_table) for queryset in querysets
            )
            with connection.cursor() as cursor:
                # TRUNCATE refuses tables with foreign-key checks still pending in this
                # transaction (e.g. a test that generated data before): run them first.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute(f"TRUNCATE {tables}")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            return
        for queryset in querysets:
            _delete_rows(queryset)


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


class SyntheticTracker:
    """Builds a deterministic synthetic data set; ``generate()`` writes it and returns counts."""

    def __init__(
        self, *, negotiations, events, exchange_terms=None, seed=1, batch_size=BATCH_SIZE, log=None
    ):
        self.negotiation_count = max(1, negotiations)
        self.event_count = max(0, events)
        self.exchange_term_count = exchange_terms
        self.random = random.Random(seed)
        # Phases, milestones and links draw from their own stream, so that adding them left
        # the rest of the data of each seed as it was.
        self.lifecycle = random.Random(f"lifecycle-{seed}")
        self.seed = seed
        self.batch_size = batch_size
        self.log = log or (lambda message: None)
        self.counts = {}
        self.content_types = {}
        self.citations = []
        self.milestones = []
        self.attendances = []

    # --- small helpers ------------------------------------------------------------

    def insert(self, objects):
        """Bulk insert in batches and count; returns the objects with their primary keys."""
        if not objects:
            return objects
        model = type(objects[0])
        model.objects.bulk_create(objects, batch_size=self.batch_size)
        self.count(model, len(objects))
        return objects

    def insert_rows(self, model, columns, rows):
        """Insert rows of plain values whose keys are not needed back (links, citations).

        On PostgreSQL through COPY, which skips building a model instance and an INSERT
        statement per row (most of the generator's time); constraints and triggers still run.
        """
        if not rows:
            return
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            table = quote(model._meta.db_table)
            names = ", ".join(quote(model._meta.get_field(name).column) for name in columns)
            with (
                connection.cursor() as cursor,
                cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            instances = [model(**dict(zip(columns, row, strict=True))) for row in rows]
            model.objects.bulk_create(instances, batch_size=self.batch_size)
        self.count(model, len(rows))

    def count(self, model, rows):
        label = model._meta.verbose_name_plural
        self.counts[label] = self.counts.get(label, 0) + rows

    def day_between(self, start, end):
        return start + datetime.timedelta(days=self.random.randint(0, max(0, (end - start).days)))

    def approximate(self, day, precision=None):
        """``day`` moved to where its precision records it, with the precision."""
        precision = precision or self.random.choice(PRECISIONS)
        return ApproximateDate.containing(day, precision).date, precision

    def quantity(self, low, high):
        """(minimum, maximum, qualifier) in every form a source gives a number."""
        value = self.random.randint(low, high)
        qualifier = self.random.choice(
            [Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.UP_TO]
        )
        if qualifier == Qualifier.AT_LEAST:
            return value, None, qualifier
        if qualifier == Qualifier.UP_TO:
            return None, value, qualifier
        if self.random.random() < 0.3:
            return value, value + self.random.randint(1, max(1, value // 2)), qualifier
        return value, value, qualifier

    def cite(self, talks, record, day):
        """Cite one to two sources published on or after ``day`` (up to a fortnight later)."""
        model = type(record)
        if model not in self.content_types:
            self.content_types[model] = ContentType.objects.get_for_model(model).pk
        first = bisect.bisect_left(talks.source_days, day or talks.start)
        last = bisect.bisect_right(
            talks.source_days, (day or talks.start) + datetime.timedelta(days=14)
        )
        first = min(first, len(talks.sources) - 1)
        candidates = talks.sources[first : max(last, first + 1)]
        for source in self.random.sample(
            candidates, min(len(candidates), self.random.choice([1, 1, 1, 2]))
        ):
            passage = "" if self.random.random() < 0.5 else f"{record} — as {source.title} reports."
            self.citations.append((source.pk, self.content_types[model], record.pk, passage[:500]))
        if len(self.citations) >= self.batch_size * 5:
            self.flush_citations()

    def flush_citations(self):
        self.insert_rows(
            Citation, ["source_id", "content_type_id", "object_id", "passage"], self.citations
        )
        self.citations = []

    # --- the cast -------------------------------------------------------------------

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

    # --- what happened --------------------------------------------------------------

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

    # --- all together ---------------------------------------------------------------

    def generate(self):
        """Write the whole data set in one transaction; returns {plural name: rows}."""
        started = time.monotonic()
        with transaction.atomic():
            everything_changed()  # bulk writes (bulk_create, COPY) send no signals
            steps = [
                self.build_actors,
                self.build_negotiations,
                self.build_sources,
                self.build_rounds,
                self.build_proposals,
                self.build_statements,
                self.build_events,
                self.build_positions_figures_risks,
                self.build_corrections,
                self.cite_milestones_negotiations_and_attendances,
                self.build_memberships,
                self.flush_citations,
            ]
            for step in steps:
                step()
                self.log(f"{step.__name__}: {time.monotonic() - started:.1f} s")
        if connection.vendor == "postgresql":
            # Fresh statistics, so the planner sees the new volumes at once.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return self.counts
