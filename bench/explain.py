"""Query plans of the pages as they really run, on the synthetic PostgreSQL database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench .venv/bin/python bench/explain.py
    make explain

Each page of the served benchmark is requested once through Django's test client; every SQL
statement it sends is then run again under EXPLAIN (ANALYZE, BUFFERS). The script prints each
plan and a summary: which indexes serve each query, and any sequential scan of a large table
(the sign of a missing index). No planner settings are changed.
"""

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LARGE_TABLE_ROWS = 10_000


def main():
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.serve import page_addresses

    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to the synthetic PostgreSQL database (see bench/README.md).")
    with connection.cursor() as cursor:
        # As bench/serve.py does: plans as they are once autovacuum has caught up.
        cursor.execute("VACUUM ANALYZE")
        cursor.execute(
            "SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE n_live_tup >= %s",
            [LARGE_TABLE_ROWS],
        )
        large_tables = dict(cursor.fetchall())
    client = Client(SERVER_NAME="127.0.0.1")
    summary = []
    for name, address in page_addresses():
        if name == "floor":
            continue
        with CaptureQueriesContext(connection) as captured:
            response = client.get(address)
            if response.streaming:
                b"".join(response.streaming_content)
        print(f"\n=== {name}: GET {address} -> {response.status_code}, {len(captured)} queries")
        for number, query in enumerate(captured.captured_queries, start=1):
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            # Long IN (...) lists of prefetches would drown the plans; keep lines readable.
            readable = "\n".join(
                line if len(line) <= 240 else line[:240] + " …" for line in plan.splitlines()
            )
            indexes = sorted(
                set(re.findall(r"(?:Index|Index Only) Scan(?: Backward)? using (\S+)", plan))
            )
            seq_scans = sorted(
                {table for table in re.findall(r"Seq Scan on (\S+)", plan) if table in large_tables}
            )
            elapsed = float(re.search(r"Execution Time: ([\d.]+) ms", plan).group(1))
            summary.append((name, number, elapsed, indexes, seq_scans))
            print(f"\n-- query {number}: {sql[:300]}{' …' if len(sql) > 300 else ''}")
            print(readable)

    print("\n=== Summary (execution time of each query as EXPLAIN ANALYZE measured it)")
    print(
        f"Large tables (>= {LARGE_TABLE_ROWS:,} rows): "
        + ", ".join(f"{table} {rows:,}" for table, rows in sorted(large_tables.items()))
    )
    for name, number, elapsed, indexes, seq_scans in summary:
        scans = f" SEQ SCAN of {', '.join(seq_scans)}" if seq_scans else ""
        print(f"{name:38} q{number:<2} {elapsed:8.2f} ms  {', '.join(indexes) or '-'}{scans}")


if __name__ == "__main__":
    main()
