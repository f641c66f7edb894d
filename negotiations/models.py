"""The negotiation domain: who proposed what, to whom, through whom, when, and on what source.

Every factual record cites one or more sources through :class:`Citation`. Dates and
numbers keep the precision the source gives them (see ``negotiations.fields``).
"""

import re
import secrets
from dataclasses import dataclass

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.core.exceptions import ValidationError
from django.db import connection, connections, models, transaction
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, RowNumber
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .fields import (
    ApproximateDate,
    ApproximateDateField,
    ApproximateQuantityField,
    approximate_value_errors,
)

_ROUTE_PREFIXES = {}


# Hyphens, dashes, minus and slash join words in names ("Russia–Ukraine talks"): in a slug
# they part them, where slugify alone would run the words together ("russiaukraine").
_WORD_JOINERS = re.compile(r"[\u2010-\u2015\u2212/]")


def slug_for(name):
    """The slug of a name for page addresses: "Russia–Ukraine talks" is russia-ukraine-talks."""
    return slugify(_WORD_JOINERS.sub(" ", name))


def page_address(route, key):
    """``reverse(route, args=[key])`` for a page whose address ends in one slug or id.

    Pages link hundreds of records; each route is reversed once per URLconf and script
    prefix and the key appended, instead of resolving the route again for every link.
    """
    place = (route, get_urlconf(), get_script_prefix())
    prefix = _ROUTE_PREFIXES.get(place)
    if prefix is None:
        prefix = _ROUTE_PREFIXES[place] = reverse(route, args=[0]).removesuffix("0/")
    return f"{prefix}{key}/"


def citations_with_sources():
    """Prefetch a record's citations together with the sources they cite, in one query."""
    return Prefetch("citations", queryset=Citation.objects.select_related("source"))


class StaleRecordError(Exception):
    """Someone saved the record after this copy of it was loaded; saving would undo their work."""

    def __init__(self, record, loaded_version):
        self.record = record
        self.loaded_version = loaded_version
        super().__init__(
            f"{record._meta.verbose_name} {record.pk} was saved by someone else "
            f"after version {loaded_version} was loaded"
        )


class DomainModel(models.Model):
    """Common base: full edit history, optimistic locking, validation of approximate values."""

    history = HistoricalRecords(inherit=True)
    # A default rather than auto_now, so that fixtures and bulk inserts get a value too.
    updated_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    version = models.PositiveIntegerField(
        default=1,
        editable=False,
        help_text="Goes up by one on every save; a save from an older version is refused.",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "updated_at", "version"}
        if self._state.adding or kwargs.get("force_insert"):
            super().save(*args, **kwargs)
            return
        using = kwargs.get("using") or self._state.db
        with transaction.atomic(using=using):
            # The data version's row first, as every writer takes it first (page_cache).
            DataVersion.objects.using(using).bump()
            # UPDATE ... WHERE version = n: of two saves from the same version, only the
            # first matches a row; the second finds none and is refused, never overwrites.
            claimed = (
                type(self)
                ._base_manager.using(using)
                .filter(pk=self.pk, version=self.version)
                .update(version=F("version") + 1)
            )
            if not claimed and type(self)._base_manager.using(using).filter(pk=self.pk).exists():
                raise StaleRecordError(self, self.version)
            if claimed:
                self.version += 1
            super().save(*args, **kwargs)

    def changes_since(self, version):
        """What saves after ``version`` changed, per simple-history: (who, when, changes)."""
        records = list(
            self.history.filter(version__gte=version)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        if not records:
            return None, None, []
        latest = records[-1]
        base = records[0] if records[0].version == version else None
        changes = []
        if base is not None and base is not latest:
            delta = latest.diff_against(base, excluded_fields=["version", "updated_at"])
            for change in delta.changes:
                field = self._meta.get_field(change.field)
                changes.append((str(field.verbose_name), change.old, change.new))
        return latest.history_user, latest.history_date, changes

    def clean(self):
        super().clean()
        errors = approximate_value_errors(self)
        errors.update(self.domain_errors())
        if errors:
            raise ValidationError(errors)

    def domain_errors(self):
        """Field-keyed messages for invariants particular to this model."""
        return {}


class CitedModel(DomainModel):
    """A factual record: it cites the sources it rests on."""

    citations = GenericRelation("Citation")

    class Meta:
        abstract = True


# --- Sources -------------------------------------------------------------------------


class SourceQuerySet(models.QuerySet):
    """Queries on cited documents."""

    def cited_in(self, negotiation):
        """Sources cited by any record of one negotiation, newest first."""
        citations = Citation.objects.of_records_in(negotiation)
        return self.filter(Exists(citations.filter(source=OuterRef("pk"))))


class Source(DomainModel):
    """A cited document, and what kind of document it is."""

    class Kind(models.TextChoices):
        NEWS_REPORT = "news_report", "news report"
        WIRE_REPORT = "wire_report", "wire report"
        OFFICIAL_STATEMENT = "official_statement", "official statement"
        PARTY_AFFILIATED_MEDIA = "party_affiliated_media", "party-affiliated media"
        INTERVIEW = "interview", "interview"
        DOCUMENT = "document", "document"
        OTHER = "other", "other"

    title = models.CharField(
        max_length=300, help_text="How the tracker refers to it; the headline if it has one."
    )
    headline = models.CharField(max_length=300, blank=True, help_text="As published, if known.")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    publisher = models.CharField(max_length=200, blank=True, help_text="Leave empty if unknown.")
    url = models.URLField("URL", max_length=500, blank=True, help_text="Leave empty if unknown.")
    archive_reference = models.CharField(
        max_length=300, blank=True, help_text="Where the tracker keeps its copy of the text."
    )
    published_on = models.DateField()
    dateline = models.CharField(
        max_length=200,
        blank=True,
        help_text="Place and day the report speaks from; relative dates resolve from here.",
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url="") | Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="source_url_is_http",
                violation_error_message="A source URL must start with http:// or https://.",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.published_on:%d %b %Y})"

    def get_absolute_url(self):
        return page_address("source-detail", self.pk)

    def domain_errors(self):
        if self.url and not self.url.startswith(("http://", "https://")):
            return {"url": "A source URL must start with http:// or https://."}
        return {}


class CitationQuerySet(models.QuerySet):
    """Queries on citations."""

    def of_records_in(self, negotiation):
        """Citations of the records that belong to one negotiation (not of people or actors,
        which belong to none)."""
        scoped = {
            model: model.objects.filter(negotiation=negotiation)
            for model in (Event, Statement, Proposal, Position, Figure, Risk, Round, Participation)
        }
        scoped[StatusChange] = StatusChange.objects.filter(proposal__negotiation=negotiation)
        content_types = ContentType.objects.get_for_models(*scoped)
        cited = Q()
        for model, records in scoped.items():
            cited |= Q(content_type=content_types[model], object_id__in=records.values("pk"))
        return self.filter(cited)

    def attach_to(self, records):
        """Fill each record's ``citations`` (with sources) from one query, whatever its kind."""
        records = [record for record in records if record is not None]
        prefetch_related_objects(
            records, Prefetch("citations", queryset=self.select_related("source"))
        )
        return records

    def with_records(self):
        """The citations (a list) with the records they support: one query per kind of record,
        but one for people, rounds and risks together, which show only their own words."""
        citations = list(self.select_related("content_type"))
        content_types = ContentType.objects.get_for_models(*WORDS_ONLY_KINDS)
        words_only = {content_types[model].pk: model for model in WORDS_ONLY_KINDS}
        prefetch_related_objects(
            [c for c in citations if c.content_type_id not in words_only],
            GenericPrefetch(
                "record",
                [
                    Participation.objects.select_related("actor", "negotiation"),
                    Proposal.objects.all(),
                    StatusChange.objects.all(),
                    Statement.objects.select_related("speaker"),
                    Event.objects.all(),
                    Position.objects.select_related("actor"),
                    Figure.objects.all(),
                ],
            ),
        )
        wanted = {}
        for citation in citations:
            if citation.content_type_id in words_only:
                wanted.setdefault(citation.content_type_id, set()).add(citation.object_id)
        if not wanted:
            return citations
        # Every table gives the same four columns: its kind, the id and up to two fields.
        branches = []
        for kind, ids in wanted.items():
            fields = WORDS_ONLY_KINDS[words_only[kind]]
            words = [F(name) for name in fields] + [Value("")] * (2 - len(fields))
            branches.append(
                words_only[kind]
                .objects.filter(pk__in=ids)
                .annotate(
                    kind=Value(kind),
                    record_id=F("pk"),
                    first_words=words[0],
                    second_words=words[1],
                )
                .values_list("kind", "record_id", "first_words", "second_words")
                .order_by()
            )
        records = {}
        for kind, pk, *words in branches[0].union(*branches[1:], all=True).order_by():
            model = words_only[kind]
            fields = WORDS_ONLY_KINDS[model]
            record = model.from_db(self.db, ["id", *fields], [pk, *words[: len(fields)]])
            records[kind, pk] = record
        for citation in citations:
            if (citation.content_type_id, citation.object_id) in records:
                citation.record = records[citation.content_type_id, citation.object_id]
        return citations


class Citation(models.Model):
    """One record resting on one source, optionally with the passage it rests on."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    passage = models.TextField(blank=True, help_text="The words of the source, quoted exactly.")
    history = HistoricalRecords()

    objects = CitationQuerySet.as_manager()

    class Meta:
        ordering = ["source__published_on", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.source.title}: {self.passage[:60]}" if self.passage else self.source.title


# --- Actors and people ---------------------------------------------------------------


class ActorQuerySet(models.QuerySet):
    """Queries on actors."""

    def in_negotiation(self, negotiation):
        """Actors with a role in the negotiation or taking part in one of its events."""
        role = Participation.objects.filter(negotiation=negotiation, actor=OuterRef("pk"))
        taking_part = Event.participants.through.objects.filter(
            event__negotiation=negotiation, actor=OuterRef("pk")
        )
        return self.filter(Exists(role) | Exists(taking_part))


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
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return page_address("actor-detail", self.slug)

    def domain_errors(self):
        if self.pk and self.part_of_id == self.pk:
            return {"part_of": "An actor cannot be part of itself."}
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


# --- Negotiations --------------------------------------------------------------------


class NegotiationQuerySet(models.QuerySet):
    """Queries on negotiations."""

    def with_activity(self):
        """Each negotiation with ``event_count`` and ``last_activity`` (its latest event's date,
        with ``last_activity_precision``), most recently active first; eventless ones last.

        Subqueries per negotiation rather than one aggregate over every event: the latest
        date is read backwards from the (negotiation, date, id) index, the count from it too.
        """
        events = Event.objects.filter(negotiation=OuterRef("pk")).order_by()
        latest = events.order_by("-date", "-pk")[:1]
        return self.annotate(
            event_count=Coalesce(
                Subquery(events.values("negotiation").annotate(n=Count("*")).values("n")), 0
            ),
            last_activity=Subquery(latest.values("date")),
            last_activity_precision=Subquery(latest.values("date_precision")),
        ).order_by(F("last_activity").desc(nulls_last=True), "title")


class Negotiation(DomainModel):
    """A set of talks between parties, followed over time."""

    class Stage(models.TextChoices):
        EXPLORATORY = "exploratory", "exploratory contacts"
        ACTIVE = "active", "active talks"
        TECHNICAL = "technical", "technical talks on details"
        STALLED = "stalled", "stalled"
        AGREEMENT = "agreement", "agreement reached"
        IMPLEMENTATION = "implementation", "agreement being implemented"
        COLLAPSED = "collapsed", "collapsed"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.TextField(blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices)
    actors = models.ManyToManyField(Actor, through="Participation", related_name="negotiations")

    objects = NegotiationQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_address("negotiation-status", self.slug)

    @property
    def approximate_last_activity(self):
        """The latest event's date at its precision (``with_activity()`` annotates it)."""
        if getattr(self, "last_activity", None) is None:
            return None
        return ApproximateDate(self.last_activity, self.last_activity_precision)


class Participation(CitedModel):
    """The role an actor plays in one negotiation (Qatar mediates here, a party elsewhere)."""

    class Role(models.TextChoices):
        PARTY = "party", "party"
        MEDIATOR = "mediator", "mediator"
        FACILITATOR = "facilitator", "facilitator"
        GUARANTOR = "guarantor", "guarantor"

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="participations"
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        ordering = ["negotiation", "role", "actor__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["negotiation", "actor", "role"],
                name="participation_unique_role",
                violation_error_message="This actor already has this role in this negotiation.",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["party", "mediator", "facilitator", "guarantor"]),
                name="participation_role_known",
            ),
        ]

    def __str__(self):
        return f"{self.actor} — {self.get_role_display()} in {self.negotiation}"


# --- Rounds of talks -----------------------------------------------------------------


class Round(CitedModel):
    """A round of talks: where, when, who attended for whom, and what it produced."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="rounds")
    title = models.CharField(max_length=200)
    venue = models.CharField(max_length=200)
    start = ApproximateDateField("started")
    end = ApproximateDateField("ended", required=False)
    outcome = models.TextField(blank=True, help_text="What the round produced, per the sources.")

    class Meta:
        ordering = ["start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")),
                name="round_ends_after_it_starts",
                violation_error_message="A round cannot end before it starts.",
            ),
        ]

    def __str__(self):
        return self.title

    def domain_errors(self):
        if self.start and self.end and self.end < self.start:
            return {"end": "A round cannot end before it starts."}
        return {}


class Attendance(DomainModel):
    """Who attended a round for whom; an unnamed delegation is described, not invented."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="attendances")
    actor = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="attendances", help_text="For whom."
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="attendances", null=True, blank=True
    )
    description = models.CharField(
        max_length=200, blank=True, help_text="As the source puts it, e.g. “Egyptian officials”."
    )

    class Meta:
        ordering = ["round", "actor__name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(description=""),
                name="attendance_names_someone",
                violation_error_message="Name the person or describe who attended.",
            ),
        ]

    def __str__(self):
        return str(self.person) if self.person else self.description

    def domain_errors(self):
        if self.person_id is None and not self.description:
            return {"description": "Name the person or describe who attended."}
        return {}


# --- Proposals and their terms -------------------------------------------------------


class ProposalQuerySet(models.QuerySet):
    """Queries the proposal pages share."""

    def with_terms(self):
        """Proposals with their parties, terms, status history and chain, in fixed queries
        (their citations: ``Citation.objects.attach_to``)."""
        return self.select_related("negotiation", "proposed_by", "responds_to").prefetch_related(
            "addressed_to",
            "mediators",
            Prefetch(
                "exchange_terms", queryset=ExchangeTerm.objects.select_related("releasing_party")
            ),
            "other_terms",
            "status_changes",
            # Undated (not yet presented) responses last, on every database.
            Prefetch(
                "responses",
                queryset=Proposal.objects.order_by(F("date").asc(nulls_last=True), "pk"),
            ),
        )

    def latest_first(self):
        """Most recently active first: by the latest status change, else the date presented."""
        # Each proposal's latest change is read from the (proposal, date) index, not
        # aggregated over every status change of every proposal.
        latest_change = (
            StatusChange.objects.filter(proposal=OuterRef("pk")).order_by("-date").values("date")
        )
        return self.annotate(last_activity=Coalesce(Subquery(latest_change[:1]), "date")).order_by(
            F("last_activity").desc(nulls_last=True), "-pk"
        )

    def active_between(self, first_day, last_day):
        """Proposals whose latest activity falls between two dates, most recent first.

        Only proposals presented or changed in the span can qualify; finding those first
        through the date indexes keeps the cost to the span, not to every proposal.
        """
        span = (first_day, last_day)
        changed = StatusChange.objects.filter(date__range=span).values("proposal")
        return (
            self.filter(Q(date__range=span) | Q(pk__in=changed))
            .latest_first()
            .filter(last_activity__range=span)
        )

    def involving(self, actor):
        """Proposals an actor made, received or passed on as a mediator."""
        received, mediated = _received_and_mediated_by(actor)
        return self.filter(Q(proposed_by=actor) | received | mediated)

    def marked_for(self, actor):
        """Each proposal with ``addressed_to_actor`` and ``mediated_by_actor``: what the actor
        had to do with it, without loading every addressee and mediator."""
        received, mediated = _received_and_mediated_by(actor)
        return self.annotate(addressed_to_actor=received, mediated_by_actor=mediated)


def _received_and_mediated_by(actor):
    """Whether a proposal was put to ``actor``, and whether it passed through it: two EXISTS."""
    received = Proposal.addressed_to.through.objects.filter(proposal=OuterRef("pk"), actor=actor)
    mediated = Proposal.mediators.through.objects.filter(proposal=OuterRef("pk"), actor=actor)
    return Exists(received), Exists(mediated)


class Proposal(CitedModel):
    """A proposal, counter-proposal, framework or agreement, and whom it was put to."""

    class Kind(models.TextChoices):
        PROPOSAL = "proposal", "proposal"
        COUNTER_PROPOSAL = "counter_proposal", "counter-proposal"
        FRAMEWORK = "framework", "framework"
        AGREEMENT = "agreement", "agreement"

    class Status(models.TextChoices):
        EXPECTED = "expected", "expected to be presented"
        DRAFTED = "drafted", "drafted"
        PRESENTED = "presented", "presented"
        UNDER_CONSIDERATION = "under_consideration", "under consideration"
        ACCEPTED = "accepted", "accepted"
        REJECTED = "rejected", "rejected"
        COUNTERED = "countered", "countered"
        SUPERSEDED = "superseded", "superseded"
        WITHDRAWN = "withdrawn", "withdrawn"

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    proposed_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="proposals_made",
        null=True,
        blank=True,
        help_text="Leave empty when the sources do not say who drafted it.",
    )
    addressed_to = models.ManyToManyField(Actor, related_name="proposals_received", blank=True)
    mediators = models.ManyToManyField(
        Actor,
        related_name="proposals_mediated",
        blank=True,
        help_text="Through whom it was passed, if the sources say.",
    )
    date = ApproximateDateField(
        "presented", required=False, help_text="When it was put forward; empty if not yet."
    )
    status = models.CharField(max_length=20, choices=Status.choices)
    responds_to = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        related_name="responses",
        null=True,
        blank=True,
        help_text="The proposal this one answers (required for a counter-proposal).",
    )
    note = models.TextField(blank=True, help_text="What the sources leave open.")

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        indexes = [models.Index(fields=["negotiation", "date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(responds_to__isnull=True) | ~Q(responds_to=F("pk")),
                name="proposal_not_responding_to_itself",
                violation_error_message="A proposal cannot respond to itself.",
            ),
            models.CheckConstraint(
                condition=~Q(kind="counter_proposal") | Q(responds_to__isnull=False),
                name="counter_proposal_responds_to_a_proposal",
                violation_error_message="A counter-proposal must respond to another proposal.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_address("proposal-detail", self.pk)

    def addressees_and_mediators(self):
        """The actors it was put to and those it passed through, as two lists, in one query."""
        received = Proposal.addressed_to.through.objects.filter(proposal=self, actor=OuterRef("pk"))
        mediated = Proposal.mediators.through.objects.filter(proposal=self, actor=OuterRef("pk"))
        actors = list(
            Actor.objects.annotate(received=Exists(received), mediated=Exists(mediated)).filter(
                Q(received=True) | Q(mediated=True)
            )
        )
        return [a for a in actors if a.received], [a for a in actors if a.mediated]

    @property
    def terms_recorded(self):
        """Whether any term is recorded (uses prefetched terms when present)."""
        return bool(self.exchange_terms.all()) or bool(self.other_terms.all())

    def domain_errors(self):
        errors = {}
        if self.responds_to_id is not None:
            if self.pk is not None and self.responds_to_id == self.pk:
                errors["responds_to"] = "A proposal cannot respond to itself."
            elif self.responds_to.negotiation_id != self.negotiation_id:
                errors["responds_to"] = (
                    "A proposal can only respond to a proposal in the same negotiation."
                )
        elif self.kind == self.Kind.COUNTER_PROPOSAL:
            errors["responds_to"] = "A counter-proposal must respond to another proposal."
        return errors


class StatusChange(CitedModel):
    """A proposal's status as of a date, so its history stays readable."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=20, choices=Proposal.Status.choices)
    date = ApproximateDateField("as of")
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["date", "pk"]
        indexes = [
            # A proposal's latest change (ProposalQuerySet.latest_first), and the changes
            # within a span of dates (active_between).
            models.Index(fields=["proposal", "date"], name="statuschange_proposal_date"),
            models.Index(fields=["date"], name="statuschange_date"),
        ]

    def __str__(self):
        return f"{self.get_status_display()} ({self.approximate_date})"


class ExchangeTerm(DomainModel):
    """Who releases whom under a proposal: how many, which category, what ratio, which phase."""

    class Group(models.TextChoices):
        HOSTAGES = "hostages", "hostages"
        PRISONERS = "prisoners", "prisoners"

    class Category(models.TextChoices):
        UNSPECIFIED = "unspecified", "not specified"
        WOMEN = "women", "women"
        CHILDREN = "children", "children"
        ELDERLY = "elderly", "elderly"
        SICK = "sick", "sick or wounded"
        SOLDIERS = "soldiers", "soldiers"
        CIVILIANS = "civilians", "civilians"
        REMAINS = "remains", "remains of the dead"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="exchange_terms")
    releasing_party = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="exchange_terms", null=True, blank=True
    )
    group = models.CharField("released group", max_length=10, choices=Group.choices)
    category = models.CharField(max_length=12, choices=Category.choices, default="unspecified")
    count = ApproximateQuantityField("number released", required=False)
    ratio = ApproximateQuantityField(
        "prisoners per hostage",
        required=False,
        help_text="For prisoner releases set per hostage freed, e.g. 20 to 50.",
    )
    phase = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["proposal", "phase", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(group="prisoners")
                | Q(ratio_min__isnull=True, ratio_max__isnull=True, ratio_words=""),
                name="exchangeterm_ratio_only_for_prisoners",
                violation_error_message="Only a prisoner release has a per-hostage ratio.",
            ),
            models.CheckConstraint(
                condition=Q(count_min__isnull=False)
                | Q(count_max__isnull=False)
                | ~Q(count_words="")
                | Q(ratio_min__isnull=False)
                | Q(ratio_max__isnull=False)
                | ~Q(ratio_words="")
                | ~Q(description=""),
                name="exchangeterm_says_something",
                violation_error_message="Give a number, a ratio or a description.",
            ),
            models.CheckConstraint(
                condition=Q(phase__isnull=True) | Q(phase__gte=1),
                name="exchangeterm_phase_from_one",
                violation_error_message="Phases are numbered from 1.",
            ),
        ]

    def __str__(self):
        return f"{self.get_group_display()} released by {self.releasing_party or 'unstated party'}"

    def domain_errors(self):
        errors = {}
        if self.group != self.Group.PRISONERS and self.ratio is not None:
            errors["ratio_min"] = "Only a prisoner release has a per-hostage ratio."
        if self.count is None and self.ratio is None and not self.description:
            errors["description"] = "Give a number, a ratio or a description."
        return errors


class OtherTerm(DomainModel):
    """A non-exchange term: truce length, withdrawal, aid, return of the displaced, and so on."""

    class Kind(models.TextChoices):
        TRUCE = "truce", "truce"
        WITHDRAWAL = "withdrawal", "withdrawal"
        AID = "aid", "humanitarian aid"
        RETURN_OF_DISPLACED = "return_of_displaced", "return of the displaced"
        END_OF_MILITARY_OPERATIONS = "end_of_operations", "end of military operations"
        PHASES = "phases", "phasing"
        OTHER = "other", "other"

    class WithdrawalExtent(models.TextChoices):
        NONE = "none", "no withdrawal"
        PARTIAL = "partial", "partial withdrawal"
        COMPLETE = "complete", "complete withdrawal"

    class Unit(models.TextChoices):
        DAYS = "days", "days"
        WEEKS = "weeks", "weeks"
        MONTHS = "months", "months"
        TRUCKS_PER_DAY = "trucks_per_day", "trucks per day"
        PHASES = "phases", "phases"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="other_terms")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount = ApproximateQuantityField(required=False)
    unit = models.CharField(max_length=20, choices=Unit.choices, blank=True)
    withdrawal_extent = models.CharField(
        max_length=10, choices=WithdrawalExtent.choices, blank=True
    )
    phase = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["proposal", "phase", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind="withdrawal", withdrawal_extent__in=["none", "partial", "complete"]
                )
                | (~Q(kind="withdrawal") & Q(withdrawal_extent="")),
                name="otherterm_withdrawal_extent_only_for_withdrawal",
                violation_error_message="A withdrawal needs its extent; other terms have none.",
            ),
            models.CheckConstraint(
                condition=(Q(amount_min__isnull=True) & Q(amount_max__isnull=True)) | ~Q(unit=""),
                name="otherterm_amount_has_unit",
                violation_error_message="An amount needs a unit.",
            ),
            models.CheckConstraint(
                condition=Q(phase__isnull=True) | Q(phase__gte=1),
                name="otherterm_phase_from_one",
                violation_error_message="Phases are numbered from 1.",
            ),
        ]

    def __str__(self):
        return self.describe()

    def describe(self):
        """The term in plain words, e.g. "6-week truce" or "partial withdrawal"."""
        if self.kind == self.Kind.WITHDRAWAL:
            text = self.get_withdrawal_extent_display()
        elif self.amount is not None and self.unit in {self.Unit.DAYS, self.Unit.WEEKS}:
            text = f"{self.amount}-{self.unit.removesuffix('s')} {self.get_kind_display()}"
        elif self.amount is not None:
            text = f"{self.get_kind_display()}: {self.amount} {self.get_unit_display()}"
        else:
            text = self.get_kind_display()
        return f"{text} ({self.description})" if self.description else text

    def domain_errors(self):
        errors = {}
        if self.kind == self.Kind.WITHDRAWAL and not self.withdrawal_extent:
            errors["withdrawal_extent"] = "Say how far the withdrawal goes."
        if self.kind != self.Kind.WITHDRAWAL and self.withdrawal_extent:
            errors["withdrawal_extent"] = "Only a withdrawal term has an extent."
        if self.amount is not None and not self.unit:
            errors["unit"] = "An amount needs a unit."
        return errors


# --- What happened and what was said -------------------------------------------------


class StatementQuerySet(models.QuerySet):
    """Queries on what was said."""

    def mediator_quotes(self, negotiation):
        """Direct quotes of the negotiation's mediators (or their offices), newest first."""
        mediating = Participation.objects.filter(
            negotiation=negotiation, role=Participation.Role.MEDIATOR
        ).filter(Q(actor=OuterRef("on_behalf_of")) | Q(actor=OuterRef("on_behalf_of__part_of")))
        return (
            self.filter(negotiation=negotiation, is_direct_quote=True)
            .filter(Exists(mediating))
            .select_related("speaker", "on_behalf_of", "outlet")
            .order_by("-date", "pk")
        )


class Statement(CitedModel):
    """Something said: by whom, for whom, when, where, in quotation or paraphrase."""

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="statements"
    )
    speaker = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="statements", null=True, blank=True
    )
    on_behalf_of = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements")
    speaker_description = models.CharField(
        max_length=200,
        blank=True,
        help_text="For an unnamed speaker, as the source says: “a Hamas official”.",
    )
    date = ApproximateDateField()
    date_note = models.CharField(max_length=300, blank=True)
    outlet = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="statements_aired",
        null=True,
        blank=True,
        help_text="Where it was said, if through a media outlet (e.g. a TV station).",
    )
    text = models.TextField()
    is_direct_quote = models.BooleanField(
        default=False, help_text="Ticked: the text is quoted exactly. Unticked: a paraphrase."
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        # The latest statements of a negotiation (status page quotes, statement lists).
        indexes = [models.Index(fields=["negotiation", "date"], name="statement_negotiation_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(speaker__isnull=False) | ~Q(speaker_description=""),
                name="statement_has_a_speaker",
                violation_error_message="Name the speaker or describe them as the source does.",
            ),
        ]

    def __str__(self):
        return f"{self.speaker_label}, {self.approximate_date}"

    @property
    def speaker_label(self):
        """Who spoke, as precisely as the source allows."""
        return str(self.speaker) if self.speaker else self.speaker_description

    def domain_errors(self):
        if self.speaker_id is None and not self.speaker_description:
            return {"speaker_description": "Name the speaker or describe them as the source does."}
        return {}


class EventQuerySet(models.QuerySet):
    """Queries the event pages share."""

    def for_timeline(self, negotiation=None):
        """Events in date order with all a timeline entry shows, in a fixed number of queries."""
        events = self
        if negotiation is not None:
            events = events.filter(negotiation=negotiation)
        return (
            events.select_related("negotiation", "proposal", "round", "statement")
            .prefetch_related(
                "participants",
                "people",
                Prefetch("citations", queryset=Citation.objects.select_related("source")),
            )
            .order_by("date", "pk")
        )

    def with_participant(self, actor):
        """Events an actor took part in, each once (a subquery, not a join)."""
        taking_part = Event.participants.through.objects.filter(event=OuterRef("pk"), actor=actor)
        return self.filter(Exists(taking_part))

    def latest_with_participant(self, actor, limit, negotiation_ids=()):
        """The latest ``limit`` events an actor took part in, newest first; with
        ``negotiation_ids``, only those in these negotiations.

        Each negotiation is read from its newest event back (index on negotiation, date, id)
        and stops at ``limit`` matches: a party or mediator takes part in many of its talks'
        events, so few rows are read. Walking all events by date instead reads every later
        event of other talks first (45,000 rows for a party of one large negotiation).
        """
        taking_part = self.with_participant(actor)
        negotiation_ids = sorted(set(negotiation_ids))
        if not negotiation_ids:
            return taking_part.recent(limit)
        if (
            len(negotiation_ids) == 1
            or not connection.features.supports_slicing_ordering_in_compound
        ):
            return taking_part.filter(negotiation_id__in=negotiation_ids).recent(limit)
        first, *others = (
            taking_part.filter(negotiation_id=pk).recent(limit) for pk in negotiation_ids
        )
        return first.union(*others, all=True).order_by("-date", "-pk")[:limit]

    def keyset_page(self, *, after=None, before=None, size=50):
        """One page in (date, id) order after or before a cursor, without OFFSET.

        Returns the events and whether older and newer entries exist beyond them.
        """
        # The plain date bound repeats what the (date, id) condition implies, so that the
        # index scan starts at the cursor instead of reading every earlier entry.
        if before is not None:
            date, pk = before
            rows = list(
                self.filter(date__lte=date)
                .filter(Q(date__lt=date) | Q(date=date, pk__lt=pk))
                .order_by("-date", "-pk")[: size + 1]
            )
            return rows[:size][::-1], len(rows) > size, True
        events = self
        if after is not None:
            date, pk = after
            events = events.filter(date__gte=date).filter(
                Q(date__gt=date) | Q(date=date, pk__gt=pk)
            )
        rows = list(events.order_by("date", "pk")[: size + 1])
        return rows[:size], after is not None, len(rows) > size

    def count_up_to(self, limit):
        """How many events match, counting no further than ``limit`` + 1, so that the cost
        stays flat however many match: a result above ``limit`` means "more than limit"."""
        return self.order_by()[: limit + 1].count()

    def recent(self, limit):
        """The latest events, newest first."""
        return self.order_by("-date", "-pk")[:limit]


class Event(CitedModel):
    """Something that happened: a meeting, a visit, a statement, a proposal, a development."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "meeting"
        VISIT = "visit", "visit"
        STATEMENT = "statement", "statement"
        PROPOSAL_PRESENTED = "proposal_presented", "proposal presented"
        RESPONSE = "response", "response"
        MILITARY = "military", "military development"
        HUMANITARIAN = "humanitarian", "humanitarian development"
        TRUCE_START = "truce_start", "truce start"
        TRUCE_END = "truce_end", "truce end"
        TRUCE = "truce", "truce"
        CONTEXT = "context", "context"

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300, help_text="What happened, in one line.")
    summary = models.TextField(blank=True)
    date = ApproximateDateField()
    date_note = models.CharField(
        max_length=300, blank=True, help_text="How the date was resolved, or what is uncertain."
    )
    place = models.CharField(max_length=200, blank=True)
    participants = models.ManyToManyField(Actor, related_name="events", blank=True)
    people = models.ManyToManyField(Person, related_name="events", blank=True)
    round = models.ForeignKey(
        Round, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    proposal = models.ForeignKey(
        Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    statement = models.ForeignKey(
        Statement, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        indexes = [
            models.Index(fields=["negotiation", "date", "id"]),
            models.Index(fields=["kind", "date"]),
            models.Index(fields=["date", "id"]),
            # The timeline filtered by kind within one negotiation, in (date, id) order.
            models.Index(
                fields=["negotiation", "kind", "date", "id"], name="event_negotiation_kind_date"
            ),
        ]

    def __str__(self):
        return f"{self.approximate_date}: {self.title}"


class PositionQuerySet(models.QuerySet):
    """Queries on stances."""

    def for_page(self):
        return self.select_related("actor", "negotiation").prefetch_related(
            citations_with_sources()
        )

    def latest_per_actor_and_issue(self, size):
        """Each actor's ``size`` latest stances on each issue (an undated stance counts as
        earliest), each with ``stance_count``: how many stances the actor has on it in all."""
        pair = [F("negotiation"), F("actor"), F("issue")]
        newest_first = [F("date").desc(nulls_last=True), F("pk").desc()]
        return (
            self.alias(recency=Window(RowNumber(), partition_by=pair, order_by=newest_first))
            .annotate(stance_count=Window(Count("pk"), partition_by=pair))
            .filter(recency__lte=size)
        )

    def current(self):
        """Each actor's latest stance on each issue (an undated stance counts as earliest)."""
        same = Position.objects.filter(
            negotiation=OuterRef("negotiation"), actor=OuterRef("actor"), issue=OuterRef("issue")
        )
        later = same.filter(
            Q(date__gt=OuterRef("date")) | Q(date=OuterRef("date"), pk__gt=OuterRef("pk"))
        )
        after_undated = same.filter(Q(date__isnull=False) | Q(pk__gt=OuterRef("pk")))
        return self.exclude(Exists(later)).exclude(Q(date__isnull=True) & Exists(after_undated))


class Position(CitedModel):
    """An actor's stance on one issue as of a date; a change of stance is a new position."""

    class Issue(models.TextChoices):
        WITHDRAWAL = "withdrawal", "Israeli withdrawal from Gaza"
        TRUCE_LENGTH = "truce_length", "length of the truce"
        END_OF_WAR = "end_of_war", "end of the war"
        PRISONER_RATIO = "prisoner_ratio", "prisoners per hostage"
        HOSTAGE_RELEASE = "hostage_release", "release of hostages"
        RAFAH_OPERATION = "rafah_operation", "military operation in Rafah"
        AID = "aid", "humanitarian aid"
        OTHER = "other", "other"

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="positions")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="positions")
    issue = models.CharField(max_length=20, choices=Issue.choices)
    stance = models.CharField(max_length=200, help_text="The stance in a few words.")
    detail = models.TextField(blank=True)
    date = ApproximateDateField("as of", required=False)
    date_note = models.CharField(
        max_length=300, blank=True, help_text="E.g. “before 18 Mar 2024” when only that is known."
    )

    objects = PositionQuerySet.as_manager()

    class Meta:
        ordering = ["issue", "actor__name", F("date").asc(nulls_first=True), "pk"]
        # Each actor's latest stance on each issue (PositionQuerySet.current).
        indexes = [
            models.Index(
                fields=["negotiation", "actor", "issue", "date"], name="position_latest_stance"
            )
        ]

    def __str__(self):
        return f"{self.actor} on {self.get_issue_display()}: {self.stance}"


class FigureQuerySet(models.QuerySet):
    """Queries on key figures."""

    def as_tree(self, limit=None):
        """The newest top-level figures (``limit`` of them, or all), each with ``parts``: its
        breakdown to any depth; in one query. See :class:`FigureTree`."""
        figures = list(self.select_related("attributed_to"))
        by_pk = {figure.pk: figure for figure in figures}
        for figure in figures:
            figure.parts = []
        roots = []
        for figure in figures:
            parent = by_pk.get(figure.part_of_id)
            (parent.parts if parent else roots).append(figure)
        roots.sort(key=lambda figure: (-figure.date.toordinal(), figure.pk))
        top_level_count = len(roots)
        roots = roots[:limit]
        shown, pending = [], list(roots)
        while pending:
            figure = pending.pop()
            shown.append(figure)
            pending.extend(figure.parts)
        return FigureTree(roots, shown, top_level_count)


@dataclass
class FigureTree:
    """The figures a page shows: ``roots`` with their ``parts``, every figure of the tree in
    ``shown`` (to load their citations), and how many top-level figures there are in all."""

    roots: list
    shown: list
    top_level_count: int


class Figure(CitedModel):
    """A key number: what it counts, who says so, as of when; breakdowns are figures within it."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="figures")
    counts = models.CharField(max_length=300, help_text="What the number counts.")
    value = ApproximateQuantityField("value")
    attributed_to = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="figures", null=True, blank=True
    )
    attribution = models.CharField(
        max_length=300, blank=True, help_text="Who says so, in the source's words."
    )
    date = ApproximateDateField("as of")
    part_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="breakdown",
        help_text="The larger figure this one breaks down.",
    )
    note = models.CharField(max_length=300, blank=True)

    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["part_of_id", "pk"]
        # The latest figures of a negotiation.
        indexes = [models.Index(fields=["negotiation", "date"], name="figure_negotiation_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(part_of__isnull=True) | ~Q(part_of=F("pk")),
                name="figure_not_part_of_itself",
                violation_error_message="A figure cannot break itself down.",
            ),
        ]

    def __str__(self):
        return f"{self.value} {self.counts}"

    def domain_errors(self):
        if self.pk and self.part_of_id == self.pk:
            return {"part_of": "A figure cannot break itself down."}
        return {}


class Risk(CitedModel):
    """A danger to the talks that a source names, and who names it."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="risks")
    description = models.TextField()
    named_by = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="risks_named", null=True, blank=True
    )
    date = ApproximateDateField("named on")

    class Meta:
        ordering = ["-date", "pk"]
        indexes = [models.Index(fields=["negotiation", "date"], name="risk_negotiation_date")]

    def __str__(self):
        return self.description[:80]


#: Cited kinds a source page shows by their own words only: the fields that say them.
WORDS_ONLY_KINDS = {Person: ("name", "title"), Round: ("title",), Risk: ("description",)}


# --- Data version --------------------------------------------------------------------


class DataVersionQuerySet(models.QuerySet):
    """The one row naming the current state of the tracker's data (see ``page_cache``)."""

    ROW = 1

    def current(self):
        """The current data version token, one small query (the row is made if missing)."""
        connection = connections[self.db]
        for mark in _version_replaced_marks(connection):
            # What is read now may be stored under this token: the next write replaces it.
            mark.read_since = True
        # Plain SQL: it runs on every page served from the store, where compiling the
        # ORM query cost about as much as the database answering it.
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT token FROM {connection.ops.quote_name(self.model._meta.db_table)} "
                "WHERE id = %s",
                [self.ROW],
            )
            row = cursor.fetchone()
        return row[0] if row is not None else self._replace()

    def bump(self):
        """Give the data a new version token, never reused.

        Inside a transaction this also holds the row's lock until commit, so writers that
        bump before their first other write queue here instead of deadlocking elsewhere;
        and it replaces the token once, unless it was read since: PostgreSQL keeps every
        version of a row updated within one transaction, so a bump for each of many records
        written at once would take quadratic time.
        """
        connection = connections[self.db]
        if not connection.in_atomic_block:
            self._replace()
        elif all(mark.read_since for mark in _version_replaced_marks(connection)):
            self._replace()
            transaction.on_commit(VersionReplaced(), using=self.db)

    def _replace(self):
        token = secrets.token_hex(16)
        # An upsert: the row may be missing (a test database's flush deletes it).
        self.bulk_create(
            [DataVersion(pk=self.ROW, token=token)],
            update_conflicts=True,
            unique_fields=["id"],
            update_fields=["token"],
        )
        return token


class VersionReplaced:
    """Marks, among a transaction's on-commit callbacks, that it has replaced the version.

    Django drops the mark with a rolled-back savepoint, as the database drops the bump.
    """

    read_since = False

    def __call__(self):
        """Nothing to do at commit."""


def _version_replaced_marks(connection):
    return [
        callback
        for _savepoints, callback, _robust in connection.run_on_commit
        if isinstance(callback, VersionReplaced)
    ]


class DataVersion(models.Model):
    """A random token that changes with every write to the tracker's data, never reused.

    Random rather than a counter: a rolled-back transaction cannot make a page rendered
    from its uncommitted data look current later.
    """

    token = models.CharField(max_length=32)

    objects = DataVersionQuerySet.as_manager()

    def __str__(self):
        return self.token
