"""What an agreement's implementation records cost its pages: the status page and the
agreement's page with 200 handovers and 2,000 alleged violations, against the same pages
with none.

    .venv/bin/python bench/implementation.py --events 20000 --requests 20

On its own PostgreSQL database (``--database-url``, default ``tracker_implementation_bench``),
created, migrated and given a synthetic data set on first use, it takes the largest
negotiation's agreement shown on its status page, keeps it in force and tops its records up
to the sizes asked for (copies of the generator's, cited like them), then requests each page
in-process with DEBUG off and no stored pages. The floor is the same page once that
negotiation's implementation records are deleted. Everything the script changes is rolled
back: the generated data set stays for the next run. It prints medians, queries and ratios;
it never fails on a time.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/tracker_implementation_bench"
#: Turns of loaded and floor requests.
ROUNDS = 4


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("IMPLEMENTATION_BENCH_DATABASE_URL", DEFAULT_DATABASE),
    )
    parser.add_argument("--negotiations", type=int, default=3)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--handovers", type=int, default=200)
    parser.add_argument("--violations", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=20)
    return parser.parse_args()


def set_up_django(arguments):
    if "postgres" not in arguments.database_url:
        sys.exit("This benchmark runs on PostgreSQL: pass --database-url postgres://...")
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",  # with the generator, DEBUG off
        DATABASE_URL=arguments.database_url,
        DEBUG="0",
        SECRET_KEY="benchmark-only",
        ALLOWED_HOSTS="127.0.0.1",
        CONN_MAX_AGE="60",
        SECURE_SSL_REDIRECT="0",
        PAGE_CACHE_SECONDS="0",  # the rendering, not the stored copy
        LOG_LEVEL="ERROR",
    )
    import django

    django.setup()


def prepare_database(arguments):
    """Create and migrate the database; generate the data set unless it is there already."""
    from django.core.management import call_command
    from django.db import connection

    from negotiations.models import Event, Negotiation

    call_command("ensure_database")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if (
        Event.objects.count() != arguments.events
        or Negotiation.objects.count() != arguments.negotiations
    ):
        print(f"Generating {arguments.events:,} synthetic events (once; kept for later runs)")
        call_command(
            "generate_synthetic",
            negotiations=arguments.negotiations,
            events=arguments.events,
            seed=1,
        )
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def agreement_in_force(negotiation):
    """The agreement the status page shows in force; the latest it lists, its endings
    deleted, where it shows none (the generator ends many agreements)."""
    from negotiations.models import Milestone
    from negotiations.pages.status import NegotiationStatus

    page = NegotiationStatus.build(negotiation.slug)
    if page.implementation is None:
        agreement = page.agreements[0]
        Milestone.objects.filter(proposal=agreement, kind__in=Milestone.ENDINGS).delete()
        page = NegotiationStatus.build(negotiation.slug)
    return page.implementation.agreement


def copies(model, templates, count, change):
    """``count`` unsaved copies of ``templates`` in turn, each passed through ``change``
    (copy, number) before it is kept."""
    fields = [
        field.attname
        for field in model._meta.concrete_fields
        if not field.primary_key and not field.generated
    ]
    made = []
    for number in range(count):
        template = templates[number % len(templates)]
        copy = model(**{name: getattr(template, name) for name in fields})
        copy.template = template
        change(copy, number)
        made.append(copy)
    return made


def cite_like_their_templates(records):
    """Each copy cites the sources its template cites."""
    from django.contrib.contenttypes.models import ContentType

    from negotiations.models import Citation

    if not records:
        return
    kind = ContentType.objects.get_for_model(type(records[0]))
    cited = {}
    for citation in Citation.objects.filter(
        content_type=kind, object_id__in={record.template.pk for record in records}
    ):
        cited.setdefault(citation.object_id, []).append(citation.source_id)
    Citation.objects.bulk_create(
        Citation(source_id=source, content_type=kind, object_id=record.pk, passage="")
        for record in records
        for source in cited.get(record.template.pk, [])
    )


def top_up(agreement, handovers, violations):
    """Handovers of ``agreement`` and violations of its negotiation, copied from the
    generator's, until there are ``handovers`` and ``violations``: handovers every other day
    from its entry into force, violations spread over the year after it."""
    from negotiations.fields import ApproximateDate
    from negotiations.models import Handover, Milestone, Violation

    started = min(
        step.date for step in agreement.milestones.filter(kind__in=["agreed", "signed", "in_force"])
    )
    terms = list(agreement.exchange_terms.order_by("pk"))
    have = list(Handover.objects.filter(proposal=agreement).order_by("pk"))
    templates = have or list(Handover.objects.order_by("pk")[:50])

    def handover(copy, number):
        copy.proposal = agreement
        term = terms[number % len(terms)] if terms else None
        copy.exchange_term = term
        copy.phase_id = term.phase_id if term else None
        copy.group = term.group if term else copy.group
        copy.date = started + datetime.timedelta(days=2 * (len(have) + number))
        copy.date_precision = "day"

    added = copies(Handover, templates, max(0, handovers - len(have)), handover)
    Handover.objects.bulk_create(added)
    cite_like_their_templates(added)

    negotiation = agreement.negotiation
    alleged = Violation.objects.filter(negotiation=negotiation)
    templates = list(alleged.order_by("pk")[:500])
    needed = max(0, violations - alleged.count())

    def violation(copy, number):
        day = started + datetime.timedelta(days=number * 365 // max(1, needed))
        copy.date = ApproximateDate.containing(day, copy.date_precision).date
        copy.date_earliest = None
        if copy.verified_on is not None:
            copy.verified_on = day + datetime.timedelta(days=3)
        # Of this agreement, where the template named one, and of none of its terms.
        copy.proposal = agreement if copy.proposal_id else None
        copy.exchange_term = copy.other_term = None

    added = copies(Violation, templates, needed, violation)
    Violation.objects.bulk_create(added)
    cite_like_their_templates(added)
    assert Handover.objects.filter(proposal=agreement).count() >= handovers
    assert Milestone.objects.filter(proposal=agreement, kind="in_force").exists()


def delete_implementation_records(negotiation):
    """The negotiation's handovers, statements, deadlines and violations, with their links
    and citations, in plain DELETEs: no history rows or signals for rows that come back
    when the floor's savepoint is rolled back (the ORM's delete took 40 s a turn)."""
    from django.contrib.contenttypes.models import ContentType

    from negotiations.models import (
        Citation,
        Deadline,
        Handover,
        ImplementationStatement,
        Violation,
    )

    records = [
        model.objects.filter(proposal__negotiation=negotiation)
        for model in (Handover, ImplementationStatement, Deadline)
    ]
    records.append(Violation.objects.filter(negotiation=negotiation))
    Handover.categories.through.objects.filter(handover__in=records[0]).delete()
    for rows in records:
        kind = ContentType.objects.get_for_model(rows.model)
        cited = Citation.objects.filter(content_type=kind, object_id__in=rows.values("pk"))
        cited._raw_delete(cited.db)
        rows._raw_delete(rows.db)


class Measured:
    """One page in one state: its times, and the queries of one request and their time."""

    def __init__(self):
        self.times, self.queries, self.in_database = [], None, None

    def request(self, client, address, requests):
        """Warm, count the queries once, then time ``requests`` more requests."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        response = client.get(address)
        assert response.status_code == 200, (address, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(address)
        # Read now: each request starts by emptying the connection's log of queries.
        self.queries = len(queries)
        self.in_database = sum(float(query["time"]) for query in queries.captured_queries) * 1000
        for _ in range(requests):
            started = time.perf_counter()
            client.get(address)
            self.times.append((time.perf_counter() - started) * 1000)

    @property
    def median(self):
        return statistics.median(self.times)


def main():
    arguments = parse_arguments()
    set_up_django(arguments)
    prepare_database(arguments)

    from django.db import connection, transaction
    from django.db.models import Count
    from django.test import Client

    from negotiations.models import Event, Handover, Negotiation, Violation

    def analyze():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    client = Client(SERVER_NAME="127.0.0.1")
    with transaction.atomic():
        negotiation = Negotiation.objects.annotate(size=Count("events")).order_by("-size").first()
        agreement = agreement_in_force(negotiation)
        top_up(agreement, arguments.handovers, arguments.violations)
        analyze()
        pages = {
            "status": f"/negotiations/{negotiation.slug}/",
            "agreement": agreement.get_absolute_url(),
        }
        print(
            f"{Event.objects.filter(negotiation=negotiation).count():,} events in "
            f"{negotiation.slug}; its agreement in force {agreement.pk}: "
            f"{Handover.objects.filter(proposal=agreement).count():,} handovers, "
            f"{Violation.objects.filter(negotiation=negotiation).count():,} violations alleged "
            f"in the negotiation; {arguments.requests} requests a page and state"
        )
        loaded = {name: Measured() for name in pages}
        floor = {name: Measured() for name in pages}
        # Loaded and floor in turn, a few requests at a time: a shared machine's load
        # drifts over minutes, and each side should meet the same drift.
        rounds = max(1, min(ROUNDS, arguments.requests))
        for number in range(rounds):
            share = arguments.requests // rounds + (number < arguments.requests % rounds)
            for name, address in pages.items():
                loaded[name].request(client, address, share)
            with transaction.atomic():
                delete_implementation_records(negotiation)
                analyze()
                for name, address in pages.items():
                    floor[name].request(client, address, share)
                transaction.set_rollback(True)
        transaction.set_rollback(True)

    print(
        f"{'page':10} {'ms':>7} {'queries':>8} {'db ms':>6} {'floor ms':>9} {'queries':>8} "
        f"{'db ms':>6} {'ratio':>6}"
    )
    for name in pages:
        page, bare = loaded[name], floor[name]
        print(
            f"{name:10} {page.median:7.1f} {page.queries:8} {page.in_database:6.1f} "
            f"{bare.median:9.1f} {bare.queries:8} {bare.in_database:6.1f} "
            f"{page.median / bare.median:6.2f}"
        )


if __name__ == "__main__":
    main()
