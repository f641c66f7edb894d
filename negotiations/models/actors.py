"""Actors (states, groups, offices, outlets), the coalitions and sides they belong to over
time, and the people who speak or act for them."""

import datetime
import operator
from functools import reduce

from django.db import models
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Q,
    StringAgg,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Lower

from ..fields import (
    ApproximateDateField,
    approximate_date_constraints,
    chronological,
    may_end_on_or_after,
    may_start_on_or_before,
)
from .base import CitedModel, DomainModel, page_address

#: Between an actor's aliases as its query reads them: no name holds a line break.
ALIAS_SEPARATOR = "\n"


def _ids(links, key):
    """The ids ``key`` of ``links`` (tied to an actor), comma-separated: "" for none."""
    ids = links.order_by().values("actor")
    ids = ids.annotate(ids=StringAgg(Cast(key, models.TextField()), delimiter=Value(",")))
    return Coalesce(Subquery(ids.values("ids")[:1]), Value(""), output_field=models.TextField())


class ActorQuerySet(models.QuerySet):
    """Queries on actors."""

    def acting_in(self, events=(), steps=()):
        """Actors who took part in ``events`` or acted in ``steps`` (agreement steps), each
        with the ids of those (``event_ids``, ``step_ids``, comma-separated), in one query."""
        from . import Event, Milestone

        took_part = Event.participants.through.objects.filter(
            actor=OuterRef("pk"), event__in=[event.pk for event in events]
        )
        acted = Milestone.actors.through.objects.filter(
            actor=OuterRef("pk"), milestone__in=[step.pk for step in steps]
        )
        return self.filter(Exists(took_part) | Exists(acted)).annotate(
            event_ids=_ids(took_part, "event"), step_ids=_ids(acted, "milestone")
        )

    def with_other_names(self):
        """Each actor with its aliases (``other_names``) in the query that reads it."""
        names = (
            ActorAlias.objects.filter(actor=OuterRef("pk"))
            .order_by()
            .values("actor")
            .annotate(names=StringAgg("name", Value(ALIAS_SEPARATOR)))
            .values("names")
        )
        return self.annotate(alias_names=Subquery(names))

    def listed(self):
        """As the actors page lists them: by name, each with what it belongs to, its other
        names and its identifiers in other datasets."""
        return (
            self.select_related("part_of")
            .with_other_names()
            .prefetch_related("identifiers")
            .order_by("name", "pk")
        )

    def in_negotiation(self, negotiation):
        """Actors with a role in the negotiation, taking part in one of its events, acting
        in a step of one of its agreements, named by one of its proposals (made,
        received, passed on, signed, endorsed, witnessed or guaranteed it), or by what
        became of its agreements (releasing, receiving, claiming, alleging, verifying)."""
        from . import (
            ROLES,
            Event,
            Handover,
            ImplementationStatement,
            Milestone,
            Participation,
            Proposal,
            Violation,
        )

        lists = [
            Participation.objects.filter(negotiation=negotiation),
            Event.participants.through.objects.filter(event__negotiation=negotiation),
            Milestone.actors.through.objects.filter(milestone__proposal__negotiation=negotiation),
            *(
                getattr(Proposal, role).through.objects.filter(proposal__negotiation=negotiation)
                for role in ROLES
            ),
        ]
        proposers = Proposal.objects.filter(negotiation=negotiation).values("proposed_by_id")
        handovers = Handover.objects.filter(proposal__negotiation=negotiation)
        violations = Violation.objects.filter(negotiation=negotiation)
        named = [
            handovers.values("releasing_party_id"),
            handovers.values("receiving_party_id"),
            ImplementationStatement.objects.filter(proposal__negotiation=negotiation).values(
                "asserted_by_id"
            ),
            violations.values("accused_by_id"),
            violations.values("accused_id"),
            violations.values("verified_by_id"),
        ]
        # IN, not EXISTS: PostgreSQL reads each list once into a hash. Three correlated
        # EXISTS made it walk the negotiation's events once per actor (1.1 s at 100,000).
        return self.filter(
            reduce(
                operator.or_,
                (Q(pk__in=rows.values("actor_id")) for rows in lists),
                Q(pk__in=proposers) | reduce(operator.or_, (Q(pk__in=ids) for ids in named)),
            )
        )


class Actor(DomainModel):
    """A state, armed group, organisation or office that takes part in or speaks on talks."""

    class Kind(models.TextChoices):
        STATE = "state", "state"
        ARMED_GROUP = "armed_group", "armed group"
        GOVERNMENT_BODY = "government_body", "government body or office"
        INTERNATIONAL_ORGANISATION = "international_organisation", "international organisation"
        NEWS_ORGANISATION = "news_organisation", "news organisation"
        MEDIA_OUTLET = "media_outlet", "media outlet"
        OTHER = "other", "other"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    description = models.TextField(blank=True)
    part_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parts",
        help_text="The state, movement or organisation this one belongs to, if the source says.",
    )

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(part_of=F("pk")),
                name="actor_not_part_of_itself",
                violation_error_message="An actor cannot be part of itself.",
                violation_error_code="part_of",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_address("actor-detail", self.slug)

    @property
    def other_names(self):
        """Its aliases, in name order (from ``with_other_names()`` when the query read them)."""
        if "alias_names" in self.__dict__:
            return sorted(filter(None, (self.alias_names or "").split(ALIAS_SEPARATOR)))
        if self.pk is None:
            return []
        return [alias.name for alias in self.aliases.all()]

    def domain_errors(self):
        # The constraint names the record's own id, which a form leaves out of validation.
        if self.pk and self.part_of_id == self.pk:
            return {"part_of": "An actor cannot be part of itself."}
        return {}

    def memberships_both_ways(self):
        """(the coalitions and sides it belongs or belonged to, the actors that belong or
        belonged to it): memberships with both their actors, read in one query, each list by
        relation, then the other actor's name, then since when."""
        both = list(
            Membership.objects.filter(Q(member=self) | Q(group=self))
            .select_related("member", "group")
            .order_by(*BY_START)
        )
        # sorted() keeps the order by start among memberships of one relation and actor.
        memberships = sorted(
            (membership for membership in both if membership.member_id == self.pk),
            key=lambda membership: (membership.relation, membership.group.name),
        )
        members = sorted(
            (membership for membership in both if membership.group_id == self.pk),
            key=lambda membership: (membership.relation, membership.member.name),
        )
        return memberships, members


class ActorAlias(DomainModel):
    """Another name an actor goes by ("Ansar Allah" for the Houthis): searched, shown on its
    page and read by the drafter."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["actor", "name"]
        verbose_name_plural = "actor aliases"
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="actoralias_name_unique",
                violation_error_code="name",
                violation_error_message="This name is already another name of an actor.",
            ),
        ]

    def __str__(self):
        return self.name

    def domain_errors(self):
        # An actor's own name is not an alias, and one actor's name is no other's alias.
        if Actor.objects.filter(name__iexact=self.name).exists():
            return {"name": "An actor is already called so: it cannot be another's alias."}
        return {}


class MembershipQuerySet(models.QuerySet):
    """Queries on memberships."""

    def on(self, day):
        """Memberships that may hold on ``day``: not begun after it and not ended before it,
        as far as their dates say (a date not stated rules nothing out)."""
        return self.filter(
            Q(since__isnull=True) | may_start_on_or_before("since", day),
            Q(until__isnull=True) | may_end_on_or_after("until", day),
        )


#: Stands in for a date not stated in the unique index, where two empty dates never match.
NOT_STATED = Value(datetime.date.min)
#: Memberships by when they began, as their dates mean it; a start not stated last.
BY_START = chronological("since")


class Membership(CitedModel):
    """An actor's belonging to a coalition, alliance or contact group, or its standing on one
    side of a conflict, over the time the sources give: an actor may hold several at once.

    ``Actor.part_of`` is structural belonging instead (a ministry is part of its state)."""

    class Relation(models.TextChoices):
        MEMBER_OF = "member_of", "member of"
        ON_THE_SIDE_OF = "on_the_side_of", "on the side of"

    member = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="memberships")
    group = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="members_over_time",
        help_text="The coalition, alliance or contact group, or the party whose side it is on.",
    )
    relation = models.CharField(max_length=20, choices=Relation.choices, default=Relation.MEMBER_OF)
    since = ApproximateDateField(
        "since", required=False, help_text="Only as a source gives it; empty when none does."
    )
    until = ApproximateDateField(
        "until", required=False, help_text="When it left or stopped; empty when no source says."
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["member", "group", *BY_START]
        constraints = [
            models.CheckConstraint(
                condition=~Q(member=F("group")),
                name="membership_not_of_itself",
                violation_error_message="An actor cannot be a member of itself or on its own side.",
                violation_error_code="group",
            ),
            models.CheckConstraint(
                # As for rounds and negotiations: an end known to its week, month or year only
                # is recorded by its first day, which may come before a start within it.
                condition=Q(until__isnull=True)
                | Q(since__isnull=True)
                | ~Q(until_precision="day")
                | Q(until__gte=F("since")),
                name="membership_ends_after_it_begins",
                violation_error_message="A membership cannot end before it began.",
                violation_error_code="until",
            ),
            models.CheckConstraint(
                condition=Q(relation__in=["member_of", "on_the_side_of"]),
                name="membership_relation_known",
            ),
            models.UniqueConstraint(
                "member",
                "group",
                "relation",
                *(
                    Coalesce(name, NOT_STATED)
                    for name in ("since", "since_earliest", "until", "until_earliest")
                ),
                "since_precision",
                "until_precision",
                name="membership_unique",
                violation_error_message="This membership is already recorded.",
            ),
            *approximate_date_constraints("since", "membership"),
            *approximate_date_constraints("until", "membership"),
        ]

    name_reads = ("member", "group")

    def __str__(self):
        return f"{self.member} {self.get_relation_display()} {self.group}"

    @property
    def period(self):
        """Its dates in words, at their precision: "since Mar 2014, until 2016", "since
        2019", "dates not stated"."""
        since, until = self.approximate_since, self.approximate_until
        if since and until:
            return f"{since.since}, {until.phrased('until')}"
        if since:
            return since.since
        if until:
            return f"start not stated, {until.phrased('until')}"
        return "dates not stated"


class Person(CitedModel):
    """A named individual, or an official the source names only by office."""

    name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Only a name the source gives; leave empty for an official named by office.",
    )
    title = models.CharField(
        max_length=200, help_text="Office or role as the source gives it, e.g. “Qatari premier”."
    )
    affiliation = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="people", null=True, blank=True
    )

    class Meta:
        ordering = ["name", "title"]
        verbose_name_plural = "people"

    def __str__(self):
        if self.name:
            return f"{self.name}, {self.title}"
        return self.title
