"""Proposals, counter-proposals and agreements, who made and received them, and their status
history."""

import operator
from functools import reduce

from django.apps import apps as global_apps
from django.db import models
from django.db.models import (
    Case,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    StringAgg,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from ..fields import (
    ApproximateDateField,
    approximate_date_constraints,
    chronological,
)
from .actors import Actor
from .base import CitedModel, page_address
from .corrections import latest_correction
from .negotiations import Negotiation
from .packed import packed, packed_row, packed_together, unpacked


def _model_built_on_proposals(name):
    """``Milestone``, ``ProposalLink`` or a term, from the app registry: ``models.lifecycle``
    and ``models.terms`` build on this module (their records belong to a proposal), so this
    one does not import them."""
    return global_apps.get_model("negotiations", name)


class ProposalQuerySet(models.QuerySet):
    """Queries the proposal pages share."""

    def with_terms(self):
        """Proposals with their parties, terms, status history and chain, in fixed queries
        (their citations: ``Citation.objects.attach_to``)."""
        return self._with_terms_and_status_history().prefetch_related(
            "addressed_to",
            "mediators",
            # Undated (not yet presented) responses last, on every database.
            Prefetch(
                "responses",
                queryset=Proposal.objects.order_by(*chronological()),
            ),
        )

    def with_lifecycle(self):
        """Proposals with their terms, phases, milestones and status history, in fixed
        queries (their actors: ``Proposal.actors_by_role``; related proposals: ``related_to``)."""
        return self._with_terms_and_status_history().prefetch_related("phases", "milestones")

    def _with_terms_and_status_history(self):
        return self.select_related("negotiation", "proposed_by", "responds_to").prefetch_related(
            Prefetch(
                "exchange_terms",
                queryset=_model_built_on_proposals("ExchangeTerm")
                .objects.select_related("releasing_party", "receiving_party", "phase")
                .with_category_codes(),
            ),
            Prefetch(
                "other_terms",
                queryset=_model_built_on_proposals("OtherTerm")
                .objects.select_related("phase")
                .with_evacuee_codes(),
            ),
            "status_changes",
        )

    def related_to(self, proposal):
        """Proposals answering ``proposal`` or linked to it either way, each with
        ``kinds_to`` (how it stands to the proposal: "implements", …) and ``kinds_from``
        (how the proposal stands to it), comma-separated; undated ones last."""
        ProposalLink = _model_built_on_proposals("ProposalLink")
        toward = ProposalLink.objects.filter(proposal=OuterRef("pk"), other=proposal)
        backward = ProposalLink.objects.filter(proposal=proposal, other=OuterRef("pk"))
        return (
            self.filter(Q(responds_to=proposal) | Exists(toward) | Exists(backward))
            .annotate(
                kinds_to=_kinds(toward, "proposal"),
                kinds_from=_kinds(backward, "other"),
            )
            .order_by(*chronological())
        )

    def latest_first(self):
        """Most recently active first: by the latest status change, else the date presented."""
        # Each proposal's latest change is read from the (proposal, date) index, not
        # aggregated over every status change of every proposal.
        latest_change = (
            StatusChange.objects.filter(proposal=OuterRef("pk"))
            .order_by(*chronological(newest_first=True))
            .values("date")
        )
        return self.annotate(last_activity=Coalesce(Subquery(latest_change[:1]), "date")).order_by(
            F("last_activity").desc(nulls_last=True), "-pk"
        )

    def with_standing(self, on=None):
        """Each proposal with ``standing``, the code of where it stands on ``on`` (today by
        default): "superseded" when a proposal supersedes it, else what its latest step up
        to that day made it (``Milestone.STANDING_AFTER``), else its status; and
        ``standing_since`` (``_precision``, ``_earliest``), that step's date,
        ``standing_in_force_since``, when it last entered into force, and its
        ``latest_status_change_`` status and date."""
        Milestone = _model_built_on_proposals("Milestone")
        ProposalLink = _model_built_on_proposals("ProposalLink")
        on = on or timezone.localdate()
        latest = Milestone.latest_first(
            Milestone.objects.filter(proposal=OuterRef("pk"), date__lte=on)
        )[:1]
        # When it last entered into force: "in force since" that day, through extensions.
        entered = Milestone.latest_first(
            Milestone.objects.filter(
                proposal=OuterRef("pk"), date__lte=on, kind=Milestone.Kind.IN_FORCE
            )
        )[:1]
        # Since when it has its status, where no step decides its standing.
        changed = StatusChange.objects.filter(proposal=OuterRef("pk"), date__lte=on).order_by(
            *chronological(newest_first=True)
        )[:1]
        step_standing = Case(
            *(When(kind=kind, then=Value(code)) for kind, code in Milestone.STANDING_AFTER.items())
        )
        superseded = ProposalLink.objects.filter(
            other=OuterRef("pk"), kind=ProposalLink.Kind.SUPERSEDES
        )
        return self.annotate(
            standing=Case(
                When(Exists(superseded), then=Value("superseded")),
                default=Coalesce(
                    Subquery(latest.annotate(code=step_standing).values("code")), F("status")
                ),
                output_field=models.CharField(),
            ),
            **{
                f"standing_since{part}": Subquery(latest.values(f"date{part}"))
                for part in ("", "_precision", "_earliest")
            },
            **{
                f"standing_in_force_since{part}": Subquery(entered.values(f"date{part}"))
                for part in ("", "_precision", "_earliest")
            },
            **{
                f"latest_status_change_{part}": Subquery(changed.values(part))
                for part in ("status", "date", "date_precision", "date_earliest")
            },
        )

    def with_latest_status_change(self):
        """Each proposal with its latest status change packed (``latest_status_change``: read
        it with ``StatusChange.unpacked``)."""
        newest = StatusChange.objects.filter(proposal=OuterRef("pk"))
        newest = newest.order_by(*chronological(newest_first=True))
        return self.annotate(latest_status_change=packed_row(newest))

    def with_packed(self, *relations, where=None, corrected=()):
        """Each proposal (matching ``where``, a Q) with the rows of its ``relations`` packed
        into ``packed`` (read by ``packed_parts``), with what their ``packed_extras`` add, and
        those of ``corrected`` with their latest public correction (for a page that shows it)."""
        packs = {}
        for name in relations:
            model = Proposal._meta.get_field(name).related_model
            extras = latest_correction(model) if name in corrected else {}
            extras |= model.packed_extras() if hasattr(model, "packed_extras") else {}
            packs[name] = packed(
                model.objects.filter(proposal=OuterRef("pk")), "proposal", **extras
            )
        # All in one JSON text, so that ``where`` is worked out once a row, not once a relation.
        together = packed_together(**packs)
        return self.annotate(packed=together if where is None else Case(When(where, then=together)))

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
        """Proposals an actor made, received, passed on as a mediator, signed, endorsed,
        witnessed or guarantees."""
        return self.filter(reduce(operator.or_, _roles_of(actor).values(), Q(proposed_by=actor)))

    def marked_for(self, actor):
        """Each proposal with a flag per role the actor had in it (``addressed_to_actor``,
        ``mediators_actor``, ``signatories_actor``, …), without loading every list."""
        return self.annotate(**{f"{role}_actor": found for role, found in _roles_of(actor).items()})


def _kinds(links, outer):
    """The kinds of the links in ``links``, comma-separated: a subquery grouped by the
    ``outer`` column, which the outer query's row fixes."""
    kinds = links.order_by().values(outer)
    return Coalesce(
        Subquery(kinds.annotate(all=StringAgg("kind", delimiter=Value(","))).values("all")[:1]),
        Value(""),
        output_field=models.CharField(),
    )


#: The lists of actors a proposal names, in the order an actor's page says its roles.
ROLES = ("mediators", "addressed_to", "signatories", "endorsers", "witnesses", "guarantors")


def _roles_of(actor):
    """Whether a proposal names ``actor`` in each of its lists of actors, and as a side that
    releases or receives people under one of its exchange terms: an EXISTS each."""
    roles = {
        role: Exists(
            getattr(Proposal, role).through.objects.filter(proposal=OuterRef("pk"), actor=actor)
        )
        for role in ROLES
    }
    terms = Proposal._meta.get_field("exchange_terms").related_model.objects
    sides = Q(releasing_party=actor) | Q(receiving_party=actor)
    roles["terms"] = Exists(terms.filter(sides, proposal=OuterRef("pk")))
    return roles


class DurationUnit(models.TextChoices):
    """The units of a length of time: a phase's, an extension's."""

    DAYS = "days", "days"
    WEEKS = "weeks", "weeks"
    MONTHS = "months", "months"


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

    class CeasefireClass(models.TextChoices):
        UNILATERAL = "unilateral", "unilateral (declared by one side)"
        BILATERAL = "bilateral", "bilateral"
        MULTILATERAL = "multilateral", "multilateral"

    class Form(models.TextChoices):
        WRITTEN = "written", "written"
        VERBAL = "verbal", "verbal"

    class Purpose(models.TextChoices):
        HUMANITARIAN = "humanitarian", "humanitarian pause"
        PRELIMINARY = "preliminary", "preliminary to talks"
        DEFINITIVE = "definitive", "definitive (to end the conflict)"

    class Coverage(models.TextChoices):
        WHOLE = "whole", "the whole territory in conflict"
        NAMED_AREAS = "named_areas", "named areas only"

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
        help_text="Leave empty when it is not recorded; tick below if the sources do not say.",
    )
    # An empty role reads "not recorded"; these say the sources themselves leave it open.
    proposer_unstated = models.BooleanField("the sources do not say who proposed it", default=False)
    addressees_unstated = models.BooleanField(
        "the sources do not say to whom it was put", default=False
    )
    mediators_unstated = models.BooleanField(
        "the sources do not say whether it passed through a mediator", default=False
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
    signatories = models.ManyToManyField(
        Actor, related_name="agreements_signed", blank=True, help_text="Who signed it."
    )
    guarantors = models.ManyToManyField(
        Actor,
        related_name="agreements_guaranteed",
        blank=True,
        help_text="Who guarantees that the parties keep it, if the sources say.",
    )
    endorsers = models.ManyToManyField(
        Actor,
        related_name="agreements_endorsed",
        blank=True,
        help_text="Who endorsed it without signing it, if the sources say.",
    )
    witnesses = models.ManyToManyField(
        Actor,
        related_name="agreements_witnessed",
        blank=True,
        help_text="Who signed it as a witness, if the sources say.",
    )
    # How ceasefire research codes a ceasefire (ETH/PRIO civil-conflict ceasefire data);
    # empty where the sources do not say. How it ended follows from its milestones.
    ceasefire_class = models.CharField(
        "class", max_length=12, choices=CeasefireClass.choices, blank=True
    )
    form = models.CharField(max_length=8, choices=Form.choices, blank=True)
    purpose = models.CharField(max_length=14, choices=Purpose.choices, blank=True)
    coverage = models.CharField(max_length=12, choices=Coverage.choices, blank=True)
    covered_areas = models.CharField(
        max_length=300, blank=True, help_text="The areas it covers, as the sources name them."
    )
    note = models.TextField(
        "what the sources leave open",
        blank=True,
        help_text="Questions the sources raise and do not answer; shown as open questions.",
    )
    editors_note = models.TextField(
        "editors' note",
        blank=True,
        help_text="Anything else the editors want readers to know; shown as their note.",
    )

    # Each side's role is part of what was recorded on a day (``as_recorded``).
    _history_m2m_fields = list(ROLES)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = chronological()
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
                violation_error_code="responds_to",
                violation_error_message="A counter-proposal must respond to another proposal.",
            ),
            models.CheckConstraint(
                condition=Q(coverage="named_areas", covered_areas__gt="")
                | (~Q(coverage="named_areas") & Q(covered_areas="")),
                name="proposal_named_areas_are_named",
                violation_error_code="covered_areas",
                violation_error_message="Name the areas covered; only for coverage of named areas.",
            ),
            *approximate_date_constraints("date", "proposal"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_address("proposal-detail", self.pk)

    # In the feeds (``negotiations.feeds``): its title, where it shows, its negotiation and
    # its words.
    def feed_title(self):
        return f"{self.get_kind_display().capitalize()}: {self.title}"

    def feed_address(self):
        return self.get_absolute_url()

    def feed_negotiation(self):
        return self.negotiation

    def feed_summary(self):
        return self.summary or self.note

    def actors_by_role(self, others=()):
        """The actors it was put to, passed through, signed by and guaranteed by, and those
        who acted in its milestones (``acted_in``: their ids, comma-separated), in one query
        with the actors of ids ``others`` that its page shows too.

        Returns a dict: role (``addressed_to``, ``mediators``, ``signatories``,
        ``guarantors``, ``endorsers``, ``witnesses``, ``milestones``, and ``others``) to a
        list of actors.
        """
        Milestone = _model_built_on_proposals("Milestone")
        roles = {
            role: getattr(Proposal, role).through.objects.filter(proposal=self) for role in ROLES
        }
        acted = Milestone.actors.through.objects.filter(
            milestone__proposal=self, actor=OuterRef("pk")
        )
        flags = {role: Exists(links.filter(actor=OuterRef("pk"))) for role, links in roles.items()}
        acted_in = (
            acted.order_by()
            .values("actor")
            .annotate(ids=StringAgg(Cast("milestone_id", models.TextField()), delimiter=Value(",")))
        )
        named = reduce(operator.or_, flags.values(), Exists(acted))
        actors = list(
            Actor.objects.annotate(**flags, acted_in=Subquery(acted_in.values("ids")[:1])).filter(
                named | Q(pk__in=others) if others else named
            )
        )
        found = {role: [actor for actor in actors if getattr(actor, role)] for role in roles}
        found["milestones"] = [actor for actor in actors if actor.acted_in]
        found["others"] = [actor for actor in actors if actor.pk in others]
        return found

    #: How an actor's page says each role (``marked_for``) it had in a proposal.
    ROLE_WORDS = {
        "mediators_actor": "passed on",
        "addressed_to_actor": "addressed to it",
        "signatories_actor": "signed",
        "endorsers_actor": "endorsed",
        "witnesses_actor": "witnessed",
        "guarantors_actor": "guarantees",
        "terms_actor": "releases or receives under its terms",
    }

    def roles_of(self, actor):
        """What ``actor`` did with it, in words, from ``marked_for(actor)``'s flags."""
        words = ["proposed"] if self.proposed_by_id == actor.pk else []
        return words + [word for flag, word in self.ROLE_WORDS.items() if getattr(self, flag)]

    @property
    def is_awaited(self):
        """Announced as coming but not yet presented: its terms and addressees are still
        expected, not known."""
        return self.status == self.Status.EXPECTED

    @property
    def is_joint_text(self):
        """An agreement is the parties' joint text: no one of them proposed it."""
        return self.kind == self.Kind.AGREEMENT

    @property
    def proposer_words(self):
        """What stands for a proposer the record does not name, the same on every page:
        an agreement is no one party's, else "not stated by the sources" or "not recorded"."""
        return "no one party (a joint text)" if self.is_joint_text else self.absent["proposed_by"]

    @property
    def absent(self):
        """How each empty role reads: "not stated by the sources" where an editor marked it
        so, else "not recorded" (an empty field is no claim about the sources)."""
        return {
            role: "not stated by the sources" if unstated else "not recorded"
            for role, unstated in (
                ("proposed_by", self.proposer_unstated),
                ("addressed_to", self.addressees_unstated),
                ("mediators", self.mediators_unstated),
            )
        }

    @property
    def terms_recorded(self):
        """Whether any term is recorded (uses prefetched terms when present)."""
        return bool(self.exchange_terms.all()) or bool(self.other_terms.all())

    def domain_errors(self):
        # A counter-proposal answering nothing is refused by its constraint, beside
        # ``responds_to``. A response to itself is checked here as well as by its
        # constraint: a form leaves the id out of what it validates, so a constraint on
        # ``pk`` never reaches the editor.
        if self.responds_to_id is None:
            return {}
        if self.pk is not None and self.responds_to_id == self.pk:
            return {"responds_to": "A proposal cannot respond to itself."}
        if self.responds_to.negotiation_id != self.negotiation_id:
            return {
                "responds_to": "A proposal can only respond to a proposal in the same negotiation."
            }
        return {}

    #: Statuses a proposal can have once signed or in force.
    AGREED_STATUSES = frozenset({Status.ACCEPTED, Status.SUPERSEDED})

    def milestone_disagreement(self, milestones):
        """Why ``status`` disagrees with ``milestones`` (a signature or an entry into force
        means it was accepted), or None."""
        agreed = [step for step in milestones if step.kind in ("signed", "in_force")]
        if not agreed or self.status in self.AGREED_STATUSES:
            return None
        first = min(agreed, key=lambda step: step.date)
        return (
            f"It was {first.get_kind_display()} on {first.approximate_date}, so its status "
            f"is “accepted” (or “superseded”), not “{self.get_status_display()}”."
        )

    def status_disagreement(self, changes):
        """Why ``status`` disagrees with the latest of ``changes`` (status changes), or None."""
        dated = [change for change in changes if change.date is not None]
        if not dated:
            return None
        latest = max(dated, key=lambda change: change.date)
        if latest.status == self.status:
            return None
        return (
            f"The latest status change ({latest.approximate_date}) says "
            f"“{latest.get_status_display()}” but the proposal's status is "
            f"“{self.get_status_display()}”: make them agree."
        )


class ShownOnItsProposal:
    """In the feeds (``negotiations.feeds``), a record shown on its proposal's page: where it
    shows, its negotiation and its words (its title is its own)."""

    def feed_address(self):
        return f"{self.proposal.get_absolute_url()}#{self.anchor}"

    def feed_negotiation(self):
        return self.proposal.negotiation

    def feed_summary(self):
        return self.note


class StatusChange(ShownOnItsProposal, CitedModel):
    """A proposal's status as of a date, so its history stays readable."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=20, choices=Proposal.Status.choices)
    date = ApproximateDateField("as of")
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = chronological()
        indexes = [
            # A proposal's latest change (ProposalQuerySet.latest_first), and the changes
            # within a span of dates (active_between).
            models.Index(fields=["proposal", "date"], name="statuschange_proposal_date"),
            models.Index(fields=["date"], name="statuschange_date"),
        ]
        constraints = approximate_date_constraints("date", "statuschange")

    def __str__(self):
        return f"{self.get_status_display()} ({self.approximate_date})"

    @classmethod
    def unpacked(cls, proposal):
        """The latest status change ``with_latest_status_change`` packed, or None."""
        changes = unpacked(cls, proposal.latest_status_change, proposal=proposal)
        return changes[0] if changes else None

    @property
    def anchor(self):
        """The id of this change's entry on its proposal's page."""
        return f"status-change-{self.pk}"

    def feed_title(self):
        as_of = self.approximate_date.phrased("as of")
        return f"{self.proposal.title}: {self.get_status_display()} {as_of}"
