"""Actors (states, groups, offices, outlets) and the people who speak or act for them."""

import operator
from functools import reduce

from django.db import models
from django.db.models import (
    F,
    OuterRef,
    Q,
    StringAgg,
    Subquery,
    Value,
)
from django.db.models.functions import Lower

from .base import CitedModel, DomainModel, page_address

#: Between an actor's aliases as its query reads them: no name holds a line break.
ALIAS_SEPARATOR = "\n"


class ActorQuerySet(models.QuerySet):
    """Queries on actors."""

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

    def in_negotiation(self, negotiation):
        """Actors with a role in the negotiation, taking part in one of its events, acting
        in a step of one of its agreements or named by one of its proposals (made,
        received, passed on, signed, endorsed, witnessed or guaranteed it)."""
        from . import Event, Milestone, Participation, Proposal
        from .proposals import ROLES

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
        # IN, not EXISTS: PostgreSQL reads each list once into a hash. Three correlated
        # EXISTS made it walk the negotiation's events once per actor (1.1 s at 100,000).
        return self.filter(
            reduce(
                operator.or_,
                (Q(pk__in=rows.values("actor_id")) for rows in lists),
                Q(pk__in=proposers),
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
