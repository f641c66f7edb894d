"""Every public page and export costs a fixed number of queries, whatever the volume of data.

Each URL is requested against a synthetic data set of 10 events and again of 1,000 events:
the two query counts must be equal and within the budget. To cover a new page or export,
add a line to ``BUDGETS``; a route that has no line fails ``test_every_public_route_...``.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver

from negotiations.models import Negotiation, Proposal, Source

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
SMALL, LARGE = 10, 1000

# (route name, URL with {placeholders} filled from the data set by ``url_parts``)
BUDGETS = [
    ("home", "/"),
    ("timeline", "/negotiations/{negotiation}/timeline/"),
    ("source-detail", "/sources/{source}/"),
]

# Routes that are not public pages of the data (none yet).
NOT_BUDGETED = set()


def generate(events):
    call_command("generate_synthetic", negotiations=3, events=events, seed=1, stdout=io.StringIO())


def url_parts():
    """Values for the URL placeholders: the busiest records of the current data set."""
    negotiation = Negotiation.objects.annotate(size=Count("events")).order_by("-size").first()
    counter = Proposal.objects.filter(negotiation=negotiation, responds_to__isnull=False).first()
    source = Source.objects.annotate(uses=Count("citations")).order_by("-uses", "pk").first()
    party = negotiation.participations.filter(role="party").order_by("actor__slug").first()
    return {
        "negotiation": negotiation.slug,
        "source": source.pk,
        "actor": party.actor.slug,
        "proposal": counter.pk,
        "other_proposal": counter.responds_to_id,
    }


def queries_to_render(client, url_template):
    url = url_template.format(**url_parts())
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize(("name", "url"), BUDGETS, ids=[name for name, _ in BUDGETS])
def test_a_page_costs_the_same_queries_with_10_and_1000_events(client, name, url):
    generate(SMALL)
    small = queries_to_render(client, url)
    generate(LARGE)
    large = queries_to_render(client, url)
    assert small == large, f"{name}: {small} queries with {SMALL} events, {large} with {LARGE}"
    assert large <= MAX_QUERIES, f"{name}: {large} queries, budget {MAX_QUERIES}"


def public_route_names(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin" or str(pattern.pattern).startswith("admin"):
                continue
            yield from public_route_names(pattern)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield pattern.name


def test_every_public_route_has_a_query_budget():
    budgeted = {name for name, _ in BUDGETS}
    missing = set(public_route_names()) - budgeted - NOT_BUDGETED
    assert not missing, f"add these routes to BUDGETS: {sorted(missing)}"
