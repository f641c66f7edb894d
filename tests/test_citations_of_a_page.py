"""A page loads the citations of every record it shows, of whatever kind, in one query."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import (
    Actor,
    Citation,
    Event,
    Figure,
    Negotiation,
    Position,
    Proposal,
    Risk,
    Source,
    Statement,
    StatusChange,
)

from .builders import cite, issue_of
from .query_counts import ready_to_count

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 3, 18)


@pytest.fixture
def records():
    """One record of each of several kinds, each citing its own sources, and one citing none."""
    negotiation = Negotiation.objects.create(title="Talks", slug="talks", stage="active")
    actor = Actor.objects.create(name="Qatar", slug="qatar", kind="state")
    proposal = Proposal.objects.create(
        negotiation=negotiation, kind="proposal", title="Framework", status="presented", date=DAY
    )
    made = {
        "event": Event.objects.create(
            negotiation=negotiation, kind="meeting", title="Meeting", date=DAY
        ),
        "proposal": proposal,
        "status change": StatusChange.objects.create(
            proposal=proposal, status="presented", date=DAY
        ),
        "statement": Statement.objects.create(
            negotiation=negotiation,
            on_behalf_of=actor,
            speaker_description="a mediator",
            text="…",
            date=DAY,
        ),
        "position": Position.objects.create(
            negotiation=negotiation,
            actor=actor,
            issue=issue_of(negotiation, "aid", "humanitarian_aid"),
            stance="more aid",
        ),
        "figure": Figure.objects.create(
            negotiation=negotiation, counts="trucks", value_min=1, value_max=1, date=DAY
        ),
    }
    for index, record in enumerate(made.values()):
        for number in range(2):
            source = Source.objects.create(
                title=f"Report {index}.{number}", kind="news_report", published_on=DAY
            )
            cite(record, source, passage=f"passage {index}.{number}")
    made["uncited risk"] = Risk.objects.create(
        negotiation=negotiation, description="Talks may collapse", date=DAY
    )
    return made


def fresh(records):
    """The same records loaded anew, with nothing prefetched."""
    return [type(record).objects.get(pk=record.pk) for record in records.values()]


def test_it_loads_the_citations_of_records_of_every_kind_in_one_query(records):
    shown = fresh(records)
    ready_to_count()
    with CaptureQueriesContext(connection) as queries:
        Citation.objects.attach_to(shown)
        for record in shown:
            for citation in record.citations.all():
                citation.source.title  # noqa: B018 (reads the source loaded with it)
    assert len(queries) == 1, [q["sql"] for q in queries.captured_queries]


def test_it_gives_each_record_exactly_its_own_citations(records):
    shown = fresh(records)
    Citation.objects.attach_to(shown)
    for record in shown:
        expected = set(
            Citation.objects.filter(
                content_type=ContentType.objects.get_for_model(record), object_id=record.pk
            ).values_list("pk", flat=True)
        )
        assert {citation.pk for citation in record.citations.all()} == expected
        assert len(expected) == (0 if isinstance(record, Risk) else 2)


def test_it_gives_a_record_without_citations_an_empty_list_without_querying(records):
    risk = Risk.objects.get(pk=records["uncited risk"].pk)
    ContentType.objects.get_for_model(risk)  # cached once per process
    Citation.objects.attach_to([risk])
    with CaptureQueriesContext(connection) as queries:
        assert list(risk.citations.all()) == []
    assert len(queries) == 0


def test_it_accepts_absent_records_and_no_records(records):
    event = Event.objects.get(pk=records["event"].pk)
    ContentType.objects.get_for_model(event)  # cached once per process
    with CaptureQueriesContext(connection) as queries:
        Citation.objects.attach_to([])
        Citation.objects.attach_to([None])
    assert len(queries) == 0
    assert Citation.objects.attach_to([None, event]) == [event]
    assert len(event.citations.all()) == 2


def test_it_keeps_records_of_two_kinds_with_the_same_id_apart(records):
    event = records["event"]
    risk = Risk.objects.create(
        pk=9000, negotiation=event.negotiation, description="Talks may stall", date=DAY
    )
    same_id = Event.objects.create(
        pk=9000, negotiation=event.negotiation, kind="visit", title="Visit", date=DAY
    )
    cite(same_id, Source.objects.get(title="Report 0.0"), passage="the visit")
    shown = [Risk.objects.get(pk=9000), Event.objects.get(pk=9000)]
    Citation.objects.attach_to(shown)
    assert list(shown[0].citations.all()) == []
    assert [citation.passage for citation in shown[1].citations.all()] == ["the visit"]
    assert risk.pk == same_id.pk
