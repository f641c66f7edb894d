"""Where a page's time goes: database, or Python (ORM and templates), with a pyinstrument tree.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/profile.py --requests 30 status "timeline, first page"

Pages are those of the served benchmark (bench/serve.py), requested in-process through the
full middleware stack with DEBUG off, on the synthetic PostgreSQL database. For each page it
prints the mean time per request, the share spent waiting for the database, and the
pyinstrument call tree of the slowest paths.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="names (or parts of names) of pages to profile")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--tree", action="store_true", help="print the pyinstrument call tree")
    arguments = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from bench.serve import DEFAULT_DATABASE

    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE),
        DEBUG="0",
        SECRET_KEY="profiling-only",
        ALLOWED_HOSTS="127.0.0.1",
        CONN_MAX_AGE="60",
        SECURE_SSL_REDIRECT="0",  # plain HTTP, as in bench/serve.py
        PAGE_CACHE_SECONDS="0",  # profile the rendering, not the stored copy
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from pyinstrument import Profiler

    from bench.serve import page_addresses

    # With DEBUG off, pages name their static files from the collected manifest.
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client(SERVER_NAME="127.0.0.1")
    database_seconds = 0.0

    def timed(execute, sql, params, many, context):
        nonlocal database_seconds
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            database_seconds += time.perf_counter() - started

    pages = page_addresses()
    if arguments.pages:
        pages = [p for p in pages if any(word in p[0] for word in arguments.pages)]
    print(f"{'page':38} {'ms/request':>10} {'database':>9} {'queries':>8}")
    for name, address in pages:
        client.get(address)  # warm caches: templates, connection, content types
        database_seconds = 0.0
        with connection.execute_wrapper(timed):
            started = time.perf_counter()
            for _ in range(arguments.requests):
                fetch(client, address)
            elapsed = time.perf_counter() - started
        with connection.execute_wrapper(lambda execute, *args: count(execute, *args)):
            queries_before = count.calls
            client.get(address)
            queries = count.calls - queries_before
        share = database_seconds / elapsed
        print(f"{name:38} {elapsed / arguments.requests * 1000:10.1f} {share:9.0%} {queries:8d}")
        if arguments.tree:
            # Profiled apart from the timing above: the profiler slows pure Python down.
            profiler = Profiler(interval=0.001)
            with profiler:
                for _ in range(arguments.requests):
                    fetch(client, address)
            print(profiler.output_text(unicode=True, color=False))


def fetch(client, address):
    response = client.get(address)
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def count(execute, sql, params, many, context):
    count.calls += 1
    return execute(sql, params, many, context)


count.calls = 0


if __name__ == "__main__":
    main()
