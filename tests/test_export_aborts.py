"""A download that fails after it began is never a short file that looks whole: served by
gunicorn, the connection is aborted, so a real HTTP client sees an incomplete transfer."""

import contextlib
import http.client
import shutil
import sqlite3
import subprocess
import time

import psycopg
import pytest
from django.db import connection

from negotiations.models import Event

from .app_server import begin_get, database_url_for_servers, gunicorn

pytestmark = pytest.mark.django_db(transaction=True)

#: Enough JSON (about 20 MB) that the server is still reading rows when the client pauses:
#: more than the socket buffers between them hold. Few rows with long summaries, as rows
#: cost time to create and bytes are what fill the buffers.
MANY_EVENTS = 5_000
LONG = "of the negotiators " * 200


def wait_for(condition, what, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def started_download(port, path):
    """A GET whose status and headers have arrived, its body not yet read."""
    response = begin_get(port, path)
    assert response.status == 200
    return response


def assert_incomplete(response):
    with pytest.raises(http.client.IncompleteRead):
        while response.read(64 * 1024):
            pass


@contextlib.contextmanager
def events_locked():
    """Hold the events table locked; yields a function that, once the server waits for the
    lock, terminates the server's database connection and releases the lock."""
    with (
        psycopg.connect(database_url_for_servers()) as locker,
        psycopg.connect(database_url_for_servers(), autocommit=True) as watcher,
    ):
        locker.execute(f"LOCK TABLE {Event._meta.db_table} IN ACCESS EXCLUSIVE MODE")
        waiting = []

        def server_waits():
            # Each query in autocommit reads the activity afresh (not a snapshot).
            waiting[:] = watcher.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"
            ).fetchall()
            return bool(waiting)

        def cut_the_server_off():
            wait_for(server_waits, "the export to wait for its rows")
            watcher.execute("SELECT pg_terminate_backend(%s)", waiting[0])
            locker.rollback()

        yield cut_the_server_off


@pytest.mark.skipif(connection.vendor != "postgresql", reason="terminates a PostgreSQL backend")
@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_on_postgresql_a_database_lost_mid_download_aborts_it(doha, tmp_path, file_format):
    log = tmp_path / "gunicorn.log"
    # The rows wait behind a lock, so the download has begun and not yet ended when the
    # server's database connection is cut.
    with gunicorn(database_url_for_servers(), log) as port, events_locked() as cut_the_server_off:
        response = started_download(port, f"/export/events.{file_format}")
        cut_the_server_off()
        assert_incomplete(response)
    assert "failed after it began" in log.read_text()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="damages a SQLite database file")
def test_on_sqlite_a_database_failing_mid_download_aborts_it(doha, tmp_path):
    Event.objects.bulk_create(
        Event(
            negotiation=doha, kind="meeting", title=f"Meeting {n}", summary=LONG, date="2024-03-20"
        )
        for n in range(MANY_EVENTS)
    )
    served = tmp_path / "served.sqlite3"
    connection.cursor().execute("VACUUM INTO %s", [str(served)])
    log = tmp_path / "gunicorn.log"
    with gunicorn(f"sqlite:///{served}", log) as port:
        response = started_download(port, "/export/events.json")
        assert response.read(64 * 1024)
        time.sleep(0.5)  # the server fills the buffers between us, then waits
        with open(served, "r+b") as database:
            database.truncate(sqlite3.connect(served).execute("PRAGMA page_size").fetchone()[0])
        assert_incomplete(response)
    assert "failed after it began" in log.read_text()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.skipif(connection.vendor != "postgresql", reason="terminates a PostgreSQL backend")
def test_curl_exits_with_an_error_on_an_aborted_download(doha, tmp_path):
    log = tmp_path / "gunicorn.log"
    with gunicorn(database_url_for_servers(), log) as port, events_locked() as cut_the_server_off:
        address = f"http://127.0.0.1:{port}/export/events.csv"
        curl = subprocess.Popen(
            ["curl", "-sS", "-o", str(tmp_path / "events.csv"), address],
            stderr=subprocess.PIPE,
            text=True,
        )
        cut_the_server_off()
        _, errors = curl.communicate(timeout=60)
    assert curl.returncode == 18, errors  # "partial file": the transfer ended early
