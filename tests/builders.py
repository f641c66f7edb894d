"""Builders for page tests: many extra rows, so query counts are shown not to grow with data."""

import datetime

from django.contrib.contenttypes.models import ContentType

from negotiations.fields import Qualifier, approximate_quantities
from negotiations.models import (
    Actor,
    ActorAlias,
    Citation,
    Correction,
    Deadline,
    Event,
    ExchangeTerm,
    ExternalIdentifier,
    Figure,
    Handover,
    ImplementationStatement,
    Issue,
    Membership,
    Milestone,
    OtherTerm,
    Phase,
    Position,
    Proposal,
    ProposalLink,
    Risk,
    Source,
    Statement,
    StatusChange,
    Violation,
)


def values_an_editor_could_save(record, values):
    """``values`` written over ``record`` as an editor could save them: a quantity given only
    in words is "in words only", a hostage release takes no per-hostage ratio at all, only
    a ceasefire covering named areas names them, only a batch delayed or refused has a
    reason, the editors' reading names no speaker, and only an ACLED actor's name is free
    text among identifiers."""
    if isinstance(record, ExchangeTerm) and record.group != ExchangeTerm.Group.PRISONERS:
        values.pop("ratio_words", None)
    if isinstance(record, Handover) and record.is_carried_out:
        values.pop("reason", None)
    if isinstance(record, ImplementationStatement) and record.is_editors_reading:
        values.pop("asserter_description", None)
    if isinstance(record, ExternalIdentifier) and values.get("value"):
        values["scheme"] = ExternalIdentifier.Scheme.ACLED_ACTOR
    if isinstance(record, Proposal) and values.get("covered_areas"):
        values["coverage"] = Proposal.Coverage.NAMED_AREAS
    for name in (quantity.name for quantity in approximate_quantities(type(record))):
        words = values.get(f"{name}_words")
        no_bound = getattr(record, f"{name}_min") is None and getattr(record, f"{name}_max") is None
        if words and no_bound:
            values[f"{name}_qualifier"] = Qualifier.IN_WORDS
    return values


def issue_of(negotiation, slug, topic="other"):
    """The negotiation's issue at ``slug``, added (named as the slug) when it has none."""
    return Issue.objects.get_or_create(
        negotiation=negotiation,
        slug=slug,
        defaults={"name": slug.replace("-", " "), "topic": topic},
    )[0]


def cite(record, source, passage=""):
    return Citation.objects.create(
        source=source,
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        passage=passage,
    )


def add_many_rows(negotiation, count=30, source=None):
    """Add ``count`` of every kind of record a page shows, each cited, to one negotiation.

    Each record cites ``source`` when given, else a new source of its own.
    """
    qatar = Actor.objects.get(slug="qatar")
    hamas = Actor.objects.get(slug="hamas")
    israel = Actor.objects.get(slug="israel")
    withdrawal = issue_of(negotiation, "withdrawal")
    start = datetime.date(2024, 4, 1)
    previous = Proposal.objects.filter(negotiation=negotiation).order_by("pk").first()
    for index in range(count):
        day = start + datetime.timedelta(days=index)
        cited = source or Source.objects.create(
            title=f"Extra report {index}", kind="news_report", published_on=day
        )
        event = Event.objects.create(
            negotiation=negotiation, kind="meeting", title=f"Extra meeting {index}", date=day
        )
        event.participants.set([qatar, hamas])
        cite(event, cited, "a passage")
        proposal = Proposal.objects.create(
            negotiation=negotiation,
            kind="counter_proposal",
            title=f"Extra counter-proposal {index}",
            proposed_by=israel,
            date=day,
            status="presented",
            responds_to=previous,
        )
        proposal.addressed_to.set([hamas])
        proposal.mediators.set([qatar])
        cite(proposal, cited)
        ExchangeTerm.objects.create(
            proposal=proposal, group="hostages", count_min=40, count_max=40, releasing_party=hamas
        )
        OtherTerm.objects.create(
            proposal=proposal, kind="truce", amount_min=6, amount_max=6, unit="weeks"
        )
        change = StatusChange.objects.create(proposal=proposal, status="presented", date=day)
        cite(change, cited)
        statement = Statement.objects.create(
            negotiation=negotiation,
            on_behalf_of=qatar,
            speaker_description="a Qatari official",
            date=day,
            text=f"Extra remark {index}",
            is_direct_quote=True,
        )
        cite(statement, cited)
        position = Position.objects.create(
            negotiation=negotiation,
            actor=hamas,
            issue=withdrawal,
            stance=f"stance {index}",
            date=day,
        )
        cite(position, cited)
        figure = Figure.objects.create(
            negotiation=negotiation,
            counts=f"extra count {index}",
            value_min=index,
            value_max=index,
            date=day,
            attributed_to=qatar,
        )
        part = Figure.objects.create(
            negotiation=negotiation,
            counts=f"part of extra count {index}",
            value_min=0,
            value_max=0,
            date=day,
            part_of=figure,
        )
        cite(figure, cited)
        cite(part, cited)
        risk = Risk.objects.create(
            negotiation=negotiation, description=f"Extra risk {index}", named_by=qatar, date=day
        )
        cite(risk, cited)
        previous = proposal


def lifecycle_records(negotiation):
    """A phase, a milestone, a link between two proposals of ``negotiation``, a public
    correction, an alias, two identifiers in other datasets, a membership, a handover, an
    implementation statement, a deadline and an alleged violation: kinds of record the Doha
    article gives none of."""
    first, second = Proposal.objects.filter(negotiation=negotiation).order_by("pk")[:2]
    Correction.objects.create(
        record=second,
        corrected_at=datetime.datetime(2024, 3, 20, tzinfo=datetime.UTC),
        note="Its status",
    )
    Phase.objects.create(proposal=first, number=1)
    Milestone.objects.create(proposal=first, kind="announced", date=datetime.date(2024, 3, 19))
    ProposalLink.objects.create(proposal=second, kind="supersedes", other=first)
    # Another name of Hamas (its name in full), which the article does not give.
    ActorAlias.objects.create(
        actor=Actor.objects.get(slug="hamas"), name="Islamic Resistance Movement"
    )
    # Identifiers in other datasets (illustrative values), which the article does not give.
    ExternalIdentifier.objects.create(
        actor=Actor.objects.get(slug="hamas"), scheme="wikidata", value="Q38799"
    )
    ExternalIdentifier.objects.create(negotiation=negotiation, scheme="ucdp_conflict", value="234")
    # Hezbollah on the side of Hamas, which the article does not say either.
    Membership.objects.create(
        member=Actor.objects.get(slug="hezbollah"),
        group=Actor.objects.get(slug="hamas"),
        relation=Membership.Relation.ON_THE_SIDE_OF,
    )
    hamas, israel = Actor.objects.get(slug="hamas"), Actor.objects.get(slug="israel")
    term = first.exchange_terms.first() or ExchangeTerm.objects.create(
        proposal=first, group="hostages", description="hostages"
    )
    Handover.objects.create(
        proposal=first,
        exchange_term=term,
        group="hostages",
        date=datetime.date(2024, 3, 25),
        count_min=3,
        count_max=3,
        releasing_party=hamas,
    )
    ImplementationStatement.objects.create(
        proposal=first,
        exchange_term=term,
        date=datetime.date(2024, 3, 26),
        status="begun",
        asserted_by=israel,
    )
    Deadline.objects.create(proposal=first, kind="release", due=datetime.date(2024, 3, 30))
    Violation.objects.create(
        negotiation=negotiation,
        proposal=first,
        accused_by=israel,
        accused=hamas,
        kind="fire",
        date=datetime.date(2024, 3, 27),
        description="Fire at troops",
    )


def in_date_order(records):
    """Records as a reader expects them listed: by what their dates mean (the earliest day
    each may be, the more precise first), then in the order they were added."""
    return sorted(records, key=lambda record: (*record.approximate_date.sort_key, record.pk))
