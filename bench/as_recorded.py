"""What showing a page as recorded on a day (``?as_of=``) costs against today's page.

    .venv/bin/python bench/as_recorded.py --events 20000 --requests 20

On a PostgreSQL database of synthetic records (AS_OF_BENCH_DATABASE_URL, generated on first
use) whose every record is given its first version, it requests each page that can be shown
as recorded, in-process with DEBUG off and no stored pages: today's page, then the same page
``as_of`` today (the same records, read through the history's views). It prints the mean
time of each and their ratio; today's page is the floor.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/tracker_as_of_bench"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=20)
    arguments = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="tracker.settings",
        DATABASE_URL=os.environ.get("AS_OF_BENCH_DATABASE_URL", DEFAULT_DATABASE),
        DEBUG="0",
        DEVELOPMENT_DATA="1",  # generate_synthetic, with DEBUG off
        SECRET_KEY="benchmark-only",
        ALLOWED_HOSTS="127.0.0.1",
        CONN_MAX_AGE="60",
        SECURE_SSL_REDIRECT="0",
        PAGE_CACHE_SECONDS="0",  # the rendering, not the stored copy
    )
    import django

    django.setup()
    from django.apps import apps
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.utils import timezone

    from negotiations.models import Event, Negotiation, Proposal
    from negotiations.record_time.history import record_current_memberships

    call_command("ensure_database")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if Event.objects.count() != arguments.events:
        print(f"Generating {arguments.events:,} synthetic events with their first versions")
        call_command("generate_synthetic", negotiations=3, events=arguments.events, seed=1)
        call_command("populate_history", "--auto", verbosity=0)
        record_current_memberships(apps)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    negotiation = Negotiation.objects.annotate(size=Count("events")).order_by("-size").first()
    proposal = (
        Proposal.objects.filter(negotiation=negotiation)
        .annotate(terms=Count("exchange_terms"))
        .order_by("-terms", "pk")
        .first()
    )
    pages = {
        "status": f"/negotiations/{negotiation.slug}/",
        "timeline, first page": f"/negotiations/{negotiation.slug}/timeline/",
        "positions": f"/negotiations/{negotiation.slug}/positions/",
        "proposal": f"/proposals/{proposal.pk}/",
    }
    today = timezone.localdate().isoformat()
    client = Client(SERVER_NAME="127.0.0.1")

    def mean_ms(address):
        response = client.get(address)  # warm: templates, connection, content types
        assert response.status_code == 200, (address, response.status_code)
        started = time.perf_counter()
        for _ in range(arguments.requests):
            client.get(address)
        return (time.perf_counter() - started) * 1000 / arguments.requests

    print(f"{Event.objects.count():,} events; {arguments.requests} requests a page")
    print(f"{'page':24} {'today ms':>9} {'as_of ms':>9} {'ratio':>6}")
    for name, address in pages.items():
        live = mean_ms(address)
        recorded = mean_ms(f"{address}?as_of={today}")
        print(f"{name:24} {live:9.1f} {recorded:9.1f} {recorded / live:6.2f}")


if __name__ == "__main__":
    main()
