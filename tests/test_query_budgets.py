"""Every public page and export costs a fixed number of queries, whatever the volume of data.

Each URL is requested against a synthetic data set of 10 events and again of 1,000 events:
the two query counts must be equal and within the budget (10 unless a line says why more).
To cover a new page or export, add a line to ``BUDGETS``; a route without one fails
``test_every_public_route_has_a_query_budget``.

Pages are measured as their views render them, with the page store off: a reader who is not
signed in pays one more query (the versions of what the page shows) on a miss, and only
that one on a hit (``tests/test_page_store.py``).
"""

import datetime
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver

from negotiations.exports.datasets import DATASETS
from negotiations.fields import chronological
from negotiations.forms import event_cursor
from negotiations.models import (
    Actor,
    Attendance,
    Citation,
    CitedModel,
    Deadline,
    Event,
    ExchangeTerm,
    Figure,
    Handover,
    ImplementationStatement,
    Membership,
    Milestone,
    Negotiation,
    Person,
    Position,
    Proposal,
    Round,
    Source,
    Statement,
    Violation,
)

from .query_counts import ready_to_count

# The tests read counts measured once per module (``measured``); the mark makes pytest-django
# set up the test database for them.
pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
SMALL, LARGE = 10, 1000

# (route name, URL with {placeholders} filled from the data set by ``url_parts``, budget)
BUDGETS = [
    ("home", "/", MAX_QUERIES),
    # The agreement in force comes with all its implementation and standing read (steps,
    # phases, terms, handovers, statements, deadlines), packed into the proposals' query;
    # the negotiation's identifiers into that of its participations.
    ("negotiation-status", "/negotiations/{negotiation}/", MAX_QUERIES),
    # A timeline without a filter by kind of event also lists handovers, implementation
    # statements and violations alleged, a query each: within the budget, as its events come
    # with their people and the count of matches, and their actors with its steps' in one.
    ("timeline", "/negotiations/{negotiation}/timeline/", MAX_QUERIES),
    (
        "timeline",
        "/negotiations/{negotiation}/timeline/?after={late_cursor}",
        MAX_QUERIES,
    ),
    ("timeline", "/negotiations/{negotiation}/timeline/?{filters}", MAX_QUERIES),
    (
        "timeline",
        "/negotiations/{negotiation}/timeline/?{filters}&before={late_match_cursor}",
        MAX_QUERIES,
    ),
    ("timeline-all", "/timeline/", MAX_QUERIES),
    ("timeline-all", "/timeline/?before={late_match_cursor}&{filters}", MAX_QUERIES),
    ("proposal-list", "/negotiations/{negotiation}/proposals/", MAX_QUERIES),
    ("positions", "/negotiations/{negotiation}/positions/", MAX_QUERIES),
    ("rounds", "/negotiations/{negotiation}/rounds/", MAX_QUERIES),
    # One query for each of the 17 kinds of record a negotiation holds (their edit history),
    # then one per kind of record the changes name.
    ("negotiation-changes", "/negotiations/{negotiation}/changes/?from=2000-01-01", 25),
    # What became of an agreement's terms (handovers, statements, deadlines), its events and
    # its identifiers in other datasets come packed into the proposal's query.
    ("proposal-detail", "/proposals/{proposal}/", MAX_QUERIES),
    ("proposal-compare", "/proposals/{other_proposal}/compare/{proposal}/", MAX_QUERIES),
    # The coalitions and sides the actor belongs to and its members come in one query; its
    # identifiers in other datasets and its roles in negotiations with the actor itself.
    ("actor-detail", "/actors/{actor}/", MAX_QUERIES),
    ("actor-list", "/actors/", MAX_QUERIES),
    ("actor-list", "/actors/?kind=state&q=a&page=1", MAX_QUERIES),
    # The records it supports, of every kind, come packed into the citations' query.
    ("source-detail", "/sources/{source}/", MAX_QUERIES),
    ("export", "/export/", MAX_QUERIES),
    *(
        ("export-dataset", f"/export/{dataset}.{file_format}?{{export_filters}}", MAX_QUERIES)
        for dataset in DATASETS
        for file_format in ("csv", "json")
    ),
    ("export-dataset", "/export/events.csv", MAX_QUERIES),
    ("feed", "/feed/", MAX_QUERIES),
    ("negotiation-feed", "/negotiations/{negotiation}/feed/", MAX_QUERIES),
    ("deadlines-calendar", "/deadlines.ics", MAX_QUERIES),
    (
        "negotiation-deadlines-calendar",
        "/negotiations/{negotiation}/deadlines.ics",
        MAX_QUERIES,
    ),
    # The schema lists the slugs a filter takes (actors, negotiations, issues, …): one query
    # per list, whatever their length.
    ("api-schema", "/api/v1/openapi.json", 20),
    ("api-root", "/api/v1/", 0),
    ("api-docs", "/api/v1/docs/", 0),
    ("api-negotiation-list", "/api/v1/negotiations/", MAX_QUERIES),
    ("api-negotiation-detail", "/api/v1/negotiations/{negotiation}/", MAX_QUERIES),
    # A proposal nests its terms, phases, lifecycle steps and statuses, each with citations,
    # its lists of actors and its identifiers in other datasets: one query each.
    ("api-proposal-list", "/api/v1/proposals/?negotiation={negotiation}", 21),
    ("api-proposal-detail", "/api/v1/proposals/{proposal}/", 20),
    ("api-event-list", "/api/v1/events/?{filters}", MAX_QUERIES),
    ("api-event-detail", "/api/v1/events/{event}/", MAX_QUERIES),
    ("api-statement-list", "/api/v1/statements/?negotiation={negotiation}", MAX_QUERIES),
    ("api-statement-detail", "/api/v1/statements/{statement}/", MAX_QUERIES),
    ("api-position-list", "/api/v1/positions/?negotiation={negotiation}", MAX_QUERIES),
    ("api-position-detail", "/api/v1/positions/{position}/", MAX_QUERIES),
    ("api-figure-list", "/api/v1/figures/?negotiation={negotiation}", MAX_QUERIES),
    ("api-figure-detail", "/api/v1/figures/{figure}/", MAX_QUERIES),
    ("api-actor-list", "/api/v1/actors/", MAX_QUERIES),
    ("api-actor-detail", "/api/v1/actors/{actor}/", MAX_QUERIES),
    ("api-source-list", "/api/v1/sources/?negotiation={negotiation}", MAX_QUERIES),
    ("api-source-detail", "/api/v1/sources/{source}/", MAX_QUERIES),
    ("api-round-list", "/api/v1/rounds/?negotiation={negotiation}", MAX_QUERIES),
    ("api-round-detail", "/api/v1/rounds/{round}/", MAX_QUERIES),
    ("api-attendance-list", "/api/v1/attendances/?negotiation={negotiation}", MAX_QUERIES),
    ("api-attendance-detail", "/api/v1/attendances/{attendance}/", MAX_QUERIES),
    ("api-person-list", "/api/v1/people/?negotiation={negotiation}", MAX_QUERIES),
    ("api-person-detail", "/api/v1/people/{person}/", MAX_QUERIES),
    ("api-handover-list", "/api/v1/handovers/?negotiation={negotiation}", MAX_QUERIES),
    ("api-handover-detail", "/api/v1/handovers/{handover}/", MAX_QUERIES),
    (
        "api-implementation-statement-list",
        "/api/v1/implementation-statements/?negotiation={negotiation}",
        MAX_QUERIES,
    ),
    (
        "api-implementation-statement-detail",
        "/api/v1/implementation-statements/{implementation_statement}/",
        MAX_QUERIES,
    ),
    ("api-violation-list", "/api/v1/violations/?negotiation={negotiation}", MAX_QUERIES),
    ("api-violation-detail", "/api/v1/violations/{violation}/", MAX_QUERIES),
    ("api-deadline-list", "/api/v1/deadlines/?negotiation={negotiation}", MAX_QUERIES),
    ("api-deadline-detail", "/api/v1/deadlines/{deadline}/", MAX_QUERIES),
]

# Routes that are not public pages of the data: a release's files are read from disk, with
# no query at all (tests/test_releases.py).
NOT_BUDGETED = {"release-file"}


def generate(events):
    call_command("generate_synthetic", negotiations=3, events=events, seed=1, stdout=io.StringIO())


def worst_case_source():
    """The most cited source, made to be cited by every kind of record too (as the Doha
    article is): its page reads records of every kind, packed into one query."""
    source = Source.objects.annotate(uses=Count("citations")).order_by("-uses", "pk").first()
    for model in CitedModel.kinds():
        record = model.objects.order_by("pk").first()
        Citation.objects.get_or_create(
            source=source,
            content_type=ContentType.objects.get_for_model(model),
            object_id=record.pk,
        )
    return source


def a_step_on_every_day_with_events():
    """An agreement step, with who acted, on every day a negotiation has events, so that
    every timeline page lists steps whatever the data set's size."""
    actor = Actor.objects.order_by("pk").first()
    for negotiation in Negotiation.objects.all():
        proposal = Proposal.objects.filter(negotiation=negotiation).order_by("pk").first()
        days = Event.objects.filter(negotiation=negotiation).values_list("date", flat=True)
        steps = Milestone.objects.bulk_create(
            Milestone(proposal=proposal, kind="announced", date=day) for day in set(days)
        )
        Milestone.actors.through.objects.bulk_create(
            Milestone.actors.through(milestone=step, actor=actor) for step in steps
        )


def memberships_per_ten_events(events):
    """Each party in one coalition more, and one actor more on its side, per ten events, so
    that an actor's page lists more memberships in the larger data set.

    Uncited but for the one ``worst_case_source`` cites: citations spread over the sources
    would change which source is the most cited between the two data sets."""
    actors = list(Actor.objects.order_by("pk"))
    parties = Actor.objects.filter(participations__role="party").distinct()
    memberships = []
    for party in parties:
        others = [actor for actor in actors if actor != party]
        for number in range(events // 10):
            other = others[number % len(others)]
            # A later start for each time round the other actors: no two rows are the same.
            since = {"since": datetime.date(2000 + number // len(others), 1, 1)}
            since["since_precision"] = "year"
            memberships += [
                Membership(member=party, group=other, **since),
                Membership(member=other, group=party, relation="on_the_side_of", **since),
            ]
    Membership.objects.bulk_create(memberships)


def implementation_per_ten_events(events):
    """A handover (naming a category), an implementation statement, an alleged violation
    and a deadline under each negotiation's first proposal per ten events, so that their
    lists and the feeds hold more of them in the larger data set. Uncited, as memberships
    are (``memberships_per_ten_events``)."""
    actor = Actor.objects.order_by("pk").first()
    handovers, statements, violations, deadlines = [], [], [], []
    for negotiation in Negotiation.objects.all():
        # An agreement in force, whatever the data set's size: the status page opens with it,
        # and it looks for one among the latest proposals.
        proposal = Proposal.objects.filter(negotiation=negotiation).latest_first().first()
        Proposal.objects.filter(pk=proposal.pk).update(kind="agreement")
        Milestone.objects.create(
            proposal=proposal, kind="in_force", date=datetime.date(2023, 12, 31)
        )
        term = proposal.exchange_terms.order_by("pk").first() or ExchangeTerm.objects.create(
            proposal=proposal, group="hostages", description="hostages"
        )
        for number in range(events // 10):
            day = datetime.date(2024, 1, 1) + datetime.timedelta(days=number)
            handovers.append(
                Handover(
                    proposal=proposal,
                    exchange_term=term,
                    group="hostages",
                    date=day,
                    count_min=number + 1,
                    count_max=number + 1,
                    releasing_party=actor,
                )
            )
            statements.append(
                ImplementationStatement(
                    proposal=proposal,
                    exchange_term=term,
                    date=day,
                    status="begun",
                    asserted_by=actor,
                )
            )
            violations.append(
                Violation(
                    negotiation=negotiation,
                    proposal=proposal,
                    accused_by=actor,
                    accused=actor,
                    kind="fire",
                    date=day,
                    description="Fire",
                )
            )
            deadlines.append(Deadline(proposal=proposal, kind="release", due=day))
    Handover.categories.through.objects.bulk_create(
        Handover.categories.through(handover=handover, exchangecategory_id="women")
        for handover in Handover.objects.bulk_create(handovers)
    )
    ImplementationStatement.objects.bulk_create(statements)
    Violation.objects.bulk_create(violations)
    Deadline.objects.bulk_create(deadlines)


def url_parts():
    """Values for the URL placeholders: the busiest records of the current data set."""
    negotiation = Negotiation.objects.annotate(size=Count("events")).order_by("-size").first()
    # A counter-proposal with everything its page shows: status history, events, terms.
    counter = (
        Proposal.objects.filter(negotiation=negotiation, responds_to__isnull=False)
        .filter(status_changes__isnull=False, events__isnull=False)
        .order_by("pk")
        .first()
    )
    source = worst_case_source()
    party = negotiation.participations.filter(role="party").order_by("actor__slug").first()
    events = Event.objects.filter(negotiation=negotiation).order_by(*chronological())
    late = events[max(0, events.count() * 9 // 10 - 1)]  # a page of entries follows it
    # Filters that match several events, so that filtered pages have entries to show: the
    # participant and kind of event with most matches.
    busiest = (
        Event.participants.through.objects.filter(event__negotiation=negotiation)
        .values("actor__slug", "event__kind")
        .annotate(n=Count("pk"))
        .order_by("-n", "actor__slug", "event__kind")
        .first()
    )
    actor, kind = busiest["actor__slug"], busiest["event__kind"]
    last_match = events.filter(participants__slug=actor, kind=kind).last()
    return {
        "negotiation": negotiation.slug,
        "late_cursor": event_cursor(late),
        "filters": f"actor={actor}&kind={kind}",
        "export_filters": f"negotiation={negotiation.slug}",
        # Just after the last match, so that the page before it holds at least that one.
        "late_match_cursor": f"{last_match.date.isoformat()}_{last_match.pk + 1}",
        "source": source.pk,
        "actor": party.actor.slug,
        "proposal": counter.pk,
        "other_proposal": counter.responds_to_id,
        "event": late.pk,
        **{
            name: model.objects.filter(negotiation=negotiation).order_by("pk").first().pk
            for name, model in (
                ("statement", Statement),
                ("position", Position),
                ("figure", Figure),
                ("round", Round),
            )
        },
        "attendance": Attendance.objects.filter(round__negotiation=negotiation)
        .order_by("pk")
        .first()
        .pk,
        "person": Person.objects.filter(attendances__round__negotiation=negotiation)
        .order_by("pk")
        .first()
        .pk,
        "violation": Violation.objects.filter(negotiation=negotiation).order_by("pk").first().pk,
        **{
            name: model.objects.filter(proposal__negotiation=negotiation).order_by("pk").first().pk
            for name, model in (
                ("handover", Handover),
                ("implementation_statement", ImplementationStatement),
                ("deadline", Deadline),
            )
        },
    }


def queries_to_render(client, url):
    """The status of ``url`` and the queries it took, a streamed body read to its end (what
    is asked once per process or connection asked before: ``ready_to_count``)."""
    ready_to_count()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    return response.status_code, len(queries)


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    """Status and query count of every budgeted URL on 10 events, then on 1,000.

    Each data set is generated once for all URLs, in a transaction rolled back afterwards,
    so the test database is left as it was found.
    """
    found = {}
    with (
        django_db_blocker.unblock(),
        override_settings(PAGE_CACHE_SECONDS=0),
        transaction.atomic(),
    ):
        client = Client()
        for events in (SMALL, LARGE):
            # They name the actors the generator replaces.
            Membership.objects.all().delete()
            generate(events)
            a_step_on_every_day_with_events()
            memberships_per_ten_events(events)
            implementation_per_ten_events(events)
            parts = url_parts()
            for _, url, _ in BUDGETS:
                found.setdefault(url, []).append(queries_to_render(client, url.format(**parts)))
        transaction.set_rollback(True)
    return found


@pytest.mark.parametrize(("name", "url", "budget"), BUDGETS, ids=[b[1] for b in BUDGETS])
def test_a_page_costs_the_same_queries_with_10_and_1000_events(measured, name, url, budget):
    (small_status, small), (large_status, large) = measured[url]
    assert (small_status, large_status) == (200, 200), url
    assert small == large, f"{name}: {small} queries with {SMALL} events, {large} with {LARGE}"
    assert large <= budget, f"{name}: {large} queries, budget {budget}"


def public_route_names(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin" or str(pattern.pattern).startswith("admin"):
                continue
            yield from public_route_names(pattern)
        # Staff pages beside the admin's (its releases page) are not public either.
        elif (
            isinstance(pattern, URLPattern)
            and pattern.name
            and not str(pattern.pattern).startswith("admin")
        ):
            yield pattern.name


def test_every_public_route_has_a_query_budget():
    budgeted = {name for name, _, _ in BUDGETS}
    missing = set(public_route_names()) - budgeted - NOT_BUDGETED
    assert not missing, f"add these routes to BUDGETS: {sorted(missing)}"
