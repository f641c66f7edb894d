"""Served benchmark: gunicorn (2 workers) on loopback, driven by wrk, against the framework floor.

    .venv/bin/python bench/serve.py                 # or: make bench
    .venv/bin/python bench/serve.py --duration 10   # a quicker, noisier run
    .venv/bin/python bench/serve.py --cold          # every page rendered, none stored

On PostgreSQL with the synthetic data set (generated first when the database lacks it), it
measures requests/s and p50/p99 latency of a bare "floor" view of the same app and of every
public page that exists, and prints each page's throughput as a ratio to the floor. It exits
non-zero when any request fails (a non-2xx answer, a socket error or a timeout), never
because a page is slow: timings on a shared machine are for reading, not asserting.
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/tracker_bench"
HOST = "127.0.0.1"
#: Shares of the floor each public page should reach: stored, any page; rendered on every
#: request, status and timeline pages, then every other page.
STORED_TARGET = 0.6
RENDERED_TARGETS = {"status": 0.1, "timeline": 0.1}
RENDERED_TARGET = 0.05
#: Pages that are not the tracker's public pages: no target.
NOT_PAGES = ("floor", "bytes floor", "export")

# wrk calls done() once at the end; it prints the figures we need as one JSON line.
WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
"""


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8104")))
    parser.add_argument("--duration", type=int, default=30, help="seconds of load per page")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--negotiations", type=int, default=20)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--only", nargs="*", help="measure only pages whose name contains one of these"
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="serve with PAGE_CACHE_SECONDS=0: every request renders its page",
    )
    return parser.parse_args()


def environment(arguments):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": arguments.database_url,
        # As deployed: DEBUG off, persistent database connections.
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": HOST,
        "CONN_MAX_AGE": "60",
        # Plain HTTP on loopback: the production profile would redirect every request to https.
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "ERROR",
        **({"PAGE_CACHE_SECONDS": "0"} if arguments.cold else {}),
    }


def manage(env, *command):
    subprocess.run([BIN / "python", ROOT / "manage.py", *command], env=env, cwd=ROOT, check=True)


def prepare_database(arguments, env):
    """Migrate, collect static files, generate the synthetic data set if it is missing, vacuum."""
    if "postgres" not in arguments.database_url:
        sys.exit("The served benchmark runs on PostgreSQL: pass --database-url postgres://...")
    manage(env, "ensure_database")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    from negotiations.models import Event, Negotiation

    synthetic = Event.objects.filter(negotiation__slug__startswith="synthetic-")
    if (
        synthetic.count() != arguments.events
        or Negotiation.objects.count() != arguments.negotiations
    ):
        print(f"Generating {arguments.events:,} synthetic events (once; kept for later runs)")
        manage(
            env,
            "generate_synthetic",
            f"--negotiations={arguments.negotiations}",
            f"--events={arguments.events}",
            "--seed=1",
        )
    from django.db import connection

    # Autovacuum may be off (it is on this machine's server): without a vacuum, index-only
    # scans still visit every row, and without statistics the planner guesses.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


# A negotiation's events CSV is megabytes: fifty at once on two workers would queue past the
# load generator's timeout, which says nothing of the pages. bench/export.py measures exports.
DOWNLOAD_CONNECTIONS = 4


def page_addresses():
    """(name, path) of every page to measure that exists in this version of the tracker."""
    from django.db.models import Count
    from django.urls import NoReverseMatch, reverse

    from negotiations.models import Event, Negotiation, Proposal

    negotiation = Negotiation.objects.annotate(size=Count("events")).order_by("-size").first()
    slug = negotiation.slug
    actor = negotiation.participations.filter(role="party").order_by("actor__slug").first().actor
    counter = (
        Proposal.objects.filter(negotiation=negotiation, kind="counter_proposal")
        .annotate(terms=Count("exchange_terms"))
        .order_by("-terms", "pk")
        .first()
    )
    filtered = f"actor={actor.slug}&kind=meeting&kind=military"
    # Two words of one of the generator's titles ("Aid convoy reaches {city}").
    searched = "q=aid+convoy"
    events = Event.objects.filter(negotiation=negotiation).order_by("date", "pk")
    filtered_events = events.filter(participants=actor, kind__in=["meeting", "military"])

    def late_cursor(queryset):
        """The paging parameter of a page about nine tenths of the way through."""
        try:
            from negotiations.forms import event_cursor
        except ImportError:
            return None
        event = queryset[int(queryset.count() * 0.9)]
        return f"after={event_cursor(event)}"

    candidates = [
        ("floor", lambda: reverse("bench-floor")),
        # As cheap, but as long as a page: what sending the bytes costs.
        ("bytes floor, 64 KiB", lambda: reverse("bench-bytes-floor")),
        ("home", lambda: reverse("home")),
        ("status", lambda: reverse("negotiation-status", args=[slug])),
        ("timeline, first page", lambda: reverse("timeline", args=[slug])),
        (
            "timeline, late page",
            lambda: page(reverse("timeline", args=[slug]), late_cursor(events)),
        ),
        ("timeline filtered, first page", lambda: f"{reverse('timeline', args=[slug])}?{filtered}"),
        (
            "timeline filtered, late page",
            lambda: page(
                f"{reverse('timeline', args=[slug])}?{filtered}", late_cursor(filtered_events)
            ),
        ),
        ("timeline searched, first page", lambda: f"{reverse('timeline', args=[slug])}?{searched}"),
        (
            "proposal comparison",
            lambda: reverse("proposal-compare", args=[counter.responds_to_id, counter.pk]),
        ),
        ("actor page", lambda: reverse("actor-detail", args=[actor.slug])),
        (
            f"export, events CSV ({DOWNLOAD_CONNECTIONS} connections)",
            lambda: reverse("export-dataset", args=["events", "csv"]) + f"?negotiation={slug}",
        ),
    ]
    found = []
    for name, build in candidates:
        try:
            address = build()
        except NoReverseMatch:
            continue
        if address:
            found.append((name, address))
    return found


def page(address, parameters):
    if parameters is None:
        return None
    return f"{address}{'&' if '?' in address else '?'}{parameters}"


def start_gunicorn(arguments, env):
    with socket.socket() as probe:
        if probe.connect_ex((HOST, arguments.port)) == 0:
            sys.exit(f"Port {arguments.port} is already in use; pass --port.")
    server = subprocess.Popen(
        [
            BIN / "gunicorn",
            "tracker.wsgi",
            "--workers=2",
            f"--bind={HOST}:{arguments.port}",
            "--log-level=warning",
            "--timeout=60",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://{HOST}:{arguments.port}/bench/floor/", timeout=5)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not answer within 30 s")


def ensure_wrk():
    """wrk from Debian's packages; installed when missing and we may, else None."""
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Debian's wrk")
        quiet = {
            "stdout": subprocess.DEVNULL,
            "env": {**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        }
        installed = subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], **quiet)
        if installed.returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], **quiet)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], **quiet)
    return shutil.which("wrk")


def load_with_wrk(wrk, url, duration, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_REPORT)
    try:
        finished = subprocess.run(
            [
                wrk,
                "--threads=2",
                f"--connections={connections}",
                f"--duration={duration}s",
                "--timeout=20s",
                f"--script={script.name}",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=duration + 60,
        )
    finally:
        os.unlink(script.name)
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    seconds = report["duration_us"] / 1e6
    errors = sum(report[kind] for kind in ("connect", "read", "write", "status", "timeout"))
    return {
        "requests": report["requests"],
        "rps": report["requests"] / seconds,
        "p50_ms": report["p50_us"] / 1000,
        "p99_ms": report["p99_us"] / 1000,
        "errors": errors,
        "error_detail": {k: report[k] for k in ("connect", "read", "write", "status", "timeout")},
    }


def load_with_python(url, duration, connections):
    """Fallback load generator: one thread per connection, a new connection per request."""
    host_port, path = url.removeprefix("http://").split("/", 1)
    host, port = host_port.split(":")
    latencies, errors = [], []
    deadline = time.monotonic() + duration
    lock = threading.Lock()

    def client():
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                connection = http.client.HTTPConnection(host, int(port), timeout=20)
                connection.request("GET", "/" + path)
                response = connection.getresponse()
                response.read()
                connection.close()
                failed = not 200 <= response.status < 400
            except OSError:
                failed = True
            with lock:
                (errors if failed else latencies).append(time.monotonic() - started)

    threads = [threading.Thread(target=client) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    ordered = sorted(latencies) or [0.0]
    return {
        "requests": len(latencies) + len(errors),
        "rps": (len(latencies) + len(errors)) / seconds,
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        "errors": len(errors),
        "error_detail": {},
    }


def drain(base):
    """Wait until the workers have answered every request still queued from the last run.

    Sync workers keep serving connections accepted before the load generator stopped; one
    more request, queued behind them, returns only once they are done, so they do not eat
    into the next page's measurement.
    """
    urllib.request.urlopen(f"{base}/bench/floor/", timeout=600).read()


def check_pages(base, pages):
    """Every page answers 200 once before any load; returns its size in bytes."""
    sizes = {}
    for name, address in pages:
        try:
            with urllib.request.urlopen(base + address, timeout=60) as response:
                sizes[name] = len(response.read())
        except OSError as error:
            sys.exit(f"{name} ({address}) does not answer 200 before load: {error}")
    return sizes


def main():
    arguments = parse_arguments()
    env = environment(arguments)
    os.environ.update({k: env[k] for k in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    prepare_database(arguments, env)
    pages = page_addresses()
    if arguments.only:
        pages = [p for p in pages if p[0] == "floor" or any(w in p[0] for w in arguments.only)]
    wrk = ensure_wrk()
    generator = "wrk" if wrk else "Python threads (wrk unavailable)"

    server = start_gunicorn(arguments, env)
    base = f"http://{HOST}:{arguments.port}"
    results = []
    try:
        sizes = check_pages(base, pages)
        print(
            f"Load: {generator}, {arguments.connections} connections, {arguments.duration} s "
            f"per page; gunicorn 2 sync workers on {base}; {os.cpu_count()} CPUs"
        )
        from django.conf import settings

        stored = env.get("PAGE_CACHE_SECONDS") or str(settings.PAGE_CACHE_SECONDS)
        print(
            "Pages: rendered on every request (PAGE_CACHE_SECONDS=0)"
            if stored == "0"
            else f"Pages: stored per version of what they show (PAGE_CACHE_SECONDS={stored})"
        )
        # The floor is measured first and last, so drift on a shared machine shows.
        for name, address in [*pages, ("floor (again)", pages[0][1])]:
            url = base + address
            connections = (
                DOWNLOAD_CONNECTIONS if name.startswith("export") else arguments.connections
            )
            # A short warm-up fills the workers' template and connection caches.
            warm = min(3, arguments.duration)
            if wrk:
                load_with_wrk(wrk, url, warm, 4)
                drain(base)
                result = load_with_wrk(wrk, url, arguments.duration, connections)
            else:
                load_with_python(url, warm, 4)
                drain(base)
                result = load_with_python(url, arguments.duration, connections)
            drain(base)
            result.update(
                name=name,
                path=address,
                bytes=sizes.get(name, sizes.get("floor")),
                page_cache_seconds=int(stored),
            )
            results.append(result)
            print(f"  measured {name}: {result['rps']:.1f} req/s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)

    report(results, arguments)
    failed = [r for r in results if r["errors"]]
    for result in failed:
        print(f"ERRORS on {result['name']}: {result['errors']} {result['error_detail']}")
    return 1 if failed else 0


def report(results, arguments):
    floors = [r["rps"] for r in results if r["name"] in ("floor", "floor (again)")]
    floor = statistics.mean(floors)
    print()
    print(f"Floor: {floors[0]:.1f} req/s first, {floors[-1]:.1f} req/s last; ratios use the mean.")
    columns = ("req/s", "ratio", "p50 ms", "p99 ms", "errors", "KiB")
    header = f"{'page':38} " + " ".join(f"{column:>8}" for column in columns)
    print(header)
    print("-" * len(header))
    for r in results:
        r["ratio"] = r["rps"] / floor
        print(
            f"{r['name']:38} {r['rps']:8.1f} {r['ratio']:8.2f} {r['p50_ms']:8.1f} "
            f"{r['p99_ms']:8.1f} {r['errors']:8d} {r['bytes'] / 1024:8.1f}"
        )
    by_name = {r["name"]: r for r in results}
    print()
    for r in results:
        if r["name"].startswith(NOT_PAGES):
            continue
        if r["page_cache_seconds"]:
            target = STORED_TARGET
        else:
            target = next(
                (t for prefix, t in RENDERED_TARGETS.items() if r["name"].startswith(prefix)),
                RENDERED_TARGET,
            )
        verdict = "meets" if r["ratio"] >= target else "MISSES"
        print(f"{r['name']}: {r['ratio']:.2f} of floor {verdict} the {target} target")
    for kind in ("timeline", "timeline filtered"):
        first, late = by_name.get(f"{kind}, first page"), by_name.get(f"{kind}, late page")
        if first and late:
            gap = late["rps"] / max(first["rps"], 1e-9) - 1
            verdict = "within" if abs(gap) <= 0.10 or gap > 0 else "OUTSIDE"
            print(f"{kind}: late page {gap:+.0%} vs first page, {verdict} the 10% target")
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.exit(main())
