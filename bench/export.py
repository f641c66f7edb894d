"""Benchmark: our streaming CSV export against PostgreSQL's own COPY, on the same rows.

    .venv/bin/python bench/export.py [--rows 1000000] [--database-url URL] [--reseed]

Seeds a PostgreSQL database with N exchange terms through ``manage.py generate_synthetic``
(20 negotiations, their proposals, sources and citations, a thousand events), then
measures in one run:

* our endpoint, /export/exchange-terms.csv, called through the WSGI application with
  its body fully consumed, in a fresh Python process so that its peak RSS is its own;
* ``COPY (SELECT the same columns in the same order) TO STDOUT WITH CSV`` through psycopg;

and prints rows/s of each, their ratio and our peak RSS. Targets: ratio >= 0.5 and
peak RSS < 150 MB at 1,000,000 rows. Figures are recorded in bench/README.md.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/tracker_export_bench"
PATHS = {"csv": "/export/exchange-terms.csv", "json": "/export/exchange-terms.json"}


def configure_django(database_url):
    """Production settings (DEBUG off) on the benchmark database."""
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "0"
    os.environ["DEVELOPMENT_DATA"] = "1"  # generate_synthetic, with DEBUG off
    os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    os.environ["SECURE_SSL_REDIRECT"] = "0"  # plain HTTP on loopback
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()


# --- Seeding ---------------------------------------------------------------------------


def seed(rows):
    """N synthetic exchange terms (``manage.py generate_synthetic``), unless already there."""
    from django.core.management import call_command

    from negotiations.models import ExchangeTerm

    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    if ExchangeTerm.objects.count() == rows:
        print(f"Reusing the {rows:,} exchange terms already seeded.")
        return
    started = time.perf_counter()
    # It replaces earlier synthetic data, and refuses a database holding real records.
    call_command("generate_synthetic", exchange_terms=rows, events=1000, verbosity=0)
    print(f"Seeded {rows:,} exchange terms in {time.perf_counter() - started:.1f} s.")


# --- Measurements ----------------------------------------------------------------------


def measure_endpoint(file_format):
    """Consume our response through the WSGI app; report rows, time and peak RSS."""
    from wsgiref.util import setup_testing_defaults

    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    environ = {"PATH_INFO": PATHS[file_format], "QUERY_STRING": "", "REQUEST_METHOD": "GET"}
    setup_testing_defaults(environ)
    status = []
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    body = application(environ, lambda code, headers: status.append(code))
    size = lines = 0
    try:
        for chunk in body:
            size += len(chunk)
            lines += chunk.count(b"\n")
    finally:
        body.close()
    seconds = time.perf_counter() - started
    return {
        "status": status[0],
        # One header line in CSV; the opening and closing lines in JSON.
        "rows": lines - (1 if file_format == "csv" else 2),
        "bytes": size,
        "seconds": seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_mb": rss_before / 1024,
    }


COPY_SQL = """
COPY (
    SELECT t.id, n.slug, t.proposal_id, p.title, p.date, p.date_precision, p.date_earliest,
           a.slug, t."group", t.count_min, t.count_max, t.count_qualifier,
           t.ratio_min, t.ratio_max, t.ratio_qualifier, ph.number, t.description, t.updated_at,
           categories.codes, cited.source_ids, cited.source_urls
    FROM negotiations_exchangeterm t
    JOIN negotiations_proposal p ON p.id = t.proposal_id
    JOIN negotiations_negotiation n ON n.id = p.negotiation_id
    LEFT JOIN negotiations_actor a ON a.id = t.releasing_party_id
    LEFT JOIN negotiations_phase ph ON ph.id = t.phase_id
    LEFT JOIN (
        SELECT exchangeterm_id,
               string_agg(exchangecategory_id, ';' ORDER BY exchangecategory_id) AS codes
        FROM negotiations_exchangeterm_categories
        GROUP BY exchangeterm_id
    ) AS categories ON categories.exchangeterm_id = t.id
    LEFT JOIN (
        SELECT object_id,
               string_agg(source_id::text, ';' ORDER BY source_id) AS source_ids,
               string_agg(url, ';' ORDER BY source_id) AS source_urls
        FROM (
            SELECT DISTINCT c.object_id, c.source_id, s.url
            FROM negotiations_citation c JOIN negotiations_source s ON s.id = c.source_id
            WHERE c.content_type_id = {proposal_type}
        ) AS distinct_citations
        GROUP BY object_id
    ) AS cited ON cited.object_id = t.proposal_id
    ORDER BY p.date ASC NULLS LAST, t.proposal_id, ph.number, t.id
) TO STDOUT WITH (FORMAT csv, HEADER)
"""


def measure_copy(database_url):
    """PostgreSQL writing the same columns, in the same order, as CSV through psycopg."""
    import psycopg
    from django.contrib.contenttypes.models import ContentType

    from negotiations.models import Proposal

    proposal_type = ContentType.objects.get_for_model(Proposal).pk
    size = lines = 0
    with psycopg.connect(database_url) as connection, connection.cursor() as cursor:
        started = time.perf_counter()
        with cursor.copy(COPY_SQL.format(proposal_type=int(proposal_type))) as copy:
            for chunk in copy:
                size += len(chunk)
                lines += bytes(chunk).count(b"\n")
        seconds = time.perf_counter() - started
    return {"rows": lines - 1, "bytes": size, "seconds": seconds}


def endpoint_in_fresh_process(file_format, database_url):
    child = subprocess.run(
        [sys.executable, __file__, "--endpoint-only", file_format, "--database-url", database_url],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument(
        "--json", action="store_true", help="also measure the JSON export (Python, slower)"
    )
    parser.add_argument("--endpoint-only", choices=sorted(PATHS), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    configure_django(arguments.database_url)

    if arguments.endpoint_only:
        print(json.dumps(measure_endpoint(arguments.endpoint_only)))
        return

    seed(arguments.rows)
    ours = endpoint_in_fresh_process("csv", arguments.database_url)
    copy = measure_copy(arguments.database_url)

    assert ours["status"].startswith("200"), ours
    assert ours["rows"] == copy["rows"] == arguments.rows, (ours["rows"], copy["rows"])
    ours_rate = ours["rows"] / ours["seconds"]
    copy_rate = copy["rows"] / copy["seconds"]
    print(f"rows                 {arguments.rows:,} exchange terms")
    print(
        f"our CSV endpoint     {ours_rate:,.0f} rows/s  ({ours['seconds']:.2f} s, "
        f"{ours['bytes'] / 1e6:,.1f} MB)"
    )
    print(
        f"PostgreSQL COPY      {copy_rate:,.0f} rows/s  ({copy['seconds']:.2f} s, "
        f"{copy['bytes'] / 1e6:,.1f} MB)"
    )
    print(f"ratio (ours / COPY)  {ours_rate / copy_rate:.2f}   (target >= 0.5)")
    print(
        f"our peak RSS         {ours['peak_rss_mb']:.0f} MB   (target < 150 MB; "
        f"{ours['rss_before_mb']:.0f} MB before the request)"
    )
    if arguments.json:
        document = endpoint_in_fresh_process("json", arguments.database_url)
        assert document["rows"] == arguments.rows, document["rows"]
        json_rate = document["rows"] / document["seconds"]
        print(
            f"our JSON endpoint    {json_rate:,.0f} rows/s  ({document['seconds']:.2f} s, "
            f"ratio to COPY {json_rate / copy_rate:.2f}, peak RSS "
            f"{document['peak_rss_mb']:.0f} MB)"
        )


if __name__ == "__main__":
    main()
