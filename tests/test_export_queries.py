"""An export costs the same few queries whatever its size, bounded by chunks, not rows."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from negotiations.exports import tables
from negotiations.exports.datasets import DATASETS
from negotiations.models import Actor, Citation, Event, ExchangeTerm, Proposal, Source

from .export_helpers import csv_rows, json_document
from .query_counts import ready_to_count

# The tests add to the one Doha copy loaded for the module, each in a transaction rolled back
# (the one outside a transaction loads its own).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def add_events(negotiation, count):
    """``count`` more events, each with two participants and two cited sources."""
    actors = list(Actor.objects.filter(slug__in=["israel", "hamas"]))
    sources = [
        Source.objects.create(
            title=f"Report {n}",
            kind="news_report",
            published_on="2024-03-20",
            url=f"https://news.example/{n}",
        )
        for n in range(2)
    ]
    events = Event.objects.bulk_create(
        Event(negotiation=negotiation, kind="meeting", title=f"Meeting {n}", date="2024-03-20")
        for n in range(count)
    )
    content_type = ContentType.objects.get_for_model(Event)
    Citation.objects.bulk_create(
        Citation(source=source, content_type=content_type, object_id=event.pk)
        for event in events
        for source in sources
    )
    Event.participants.through.objects.bulk_create(
        Event.participants.through(event=event, actor=actor) for event in events for actor in actors
    )


def add_exchange_terms(count):
    proposal = Proposal.objects.get(exchange_terms__group="hostages")
    ExchangeTerm.objects.bulk_create(
        ExchangeTerm(proposal=proposal, group="hostages", count_min=n, count_max=n)
        for n in range(count)
    )


@pytest.mark.parametrize("file_format", ["csv", "json"])
@pytest.mark.parametrize("extra", [0, 400])
def test_an_event_export_costs_the_same_queries_at_any_size(
    client, doha, django_assert_max_num_queries, file_format, extra
):
    add_events(doha, extra)
    ContentType.objects.clear_cache()
    # Filter validation (negotiation, actor) + rows + participants + sources + content type.
    with django_assert_max_num_queries(6):
        response = client.get(
            f"/export/events.{file_format}", {"negotiation": doha.slug, "actor": "israel"}
        )
        content = b"".join(response.streaming_content)
    assert content.count(b"Meeting ") == extra


@pytest.mark.parametrize("extra", [0, 600])
def test_an_exchange_term_export_costs_the_same_queries_at_any_size(
    client, doha, django_assert_max_num_queries, extra
):
    add_exchange_terms(extra)
    with django_assert_max_num_queries(4):
        _, rows = csv_rows(client.get("/export/exchange-terms.csv"))
    assert len(rows) == 2 + extra


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_every_dataset_export_costs_a_fixed_number_of_queries(
    client, doha, django_assert_max_num_queries, dataset
):
    lists = len(DATASETS[dataset].lists)
    ready_to_count()
    with django_assert_max_num_queries(2 + lists):
        json_document(client.get(f"/export/{dataset}.json", {"negotiation": doha.slug}))


def test_longer_exports_add_queries_per_chunk_not_per_row(
    client, doha, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(tables, "CHUNK_SIZE", 100)
    add_events(doha, 450)  # 461 events: five chunks of at most 100 rows
    ContentType.objects.get_for_model(Event)
    # One query for the rows (SQLite reads on in chunks, PostgreSQL through one cursor),
    # then per chunk one for participants and one for sources.
    with django_assert_num_queries(1 + 5 * 2):
        rows = json_document(client.get("/export/events.json"))["rows"]
    assert len(rows) == 461
    assert len({row["id"] for row in rows}) == 461
    meeting = next(row for row in rows if row["title"] == "Meeting 7")
    assert meeting["source_urls"] == ["https://news.example/0", "https://news.example/1"]
    assert meeting["participants"] == ["hamas", "israel"]


def test_on_postgresql_a_csv_export_is_one_copy_statement(client, doha, django_assert_num_queries):
    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL's; other databases write the CSV in Python")
    add_events(doha, 450)
    ContentType.objects.get_for_model(Event)
    with django_assert_num_queries(1) as captured:
        _, rows = csv_rows(client.get("/export/events.csv"))
    assert captured.captured_queries[0]["sql"].startswith("COPY (")
    assert len(rows) == 461
    meeting = next(row for row in rows if row["title"] == "Meeting 7")
    assert meeting["source_urls"] == "https://news.example/0;https://news.example/1"
    assert meeting["participants"] == "hamas;israel"


# Outside a transaction, as in production: an abandoned COPY is cancelled on the server.
@pytest.mark.django_db(transaction=True)
def test_a_download_abandoned_half_way_leaves_the_database_usable(client, doha):
    add_events(doha, 800)
    response = client.get("/export/events.csv")
    parts = iter(response.streaming_content)
    next(parts)
    next(parts)
    response.close()
    assert Event.objects.count() == 811
    _, rows = csv_rows(client.get("/export/events.csv"))
    assert len(rows) == 811
