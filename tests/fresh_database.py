"""Databases for the test run: one migrated from nothing by ``manage.py migrate`` once per
run, each worker's test database a copy of it, and brand-new ones for manage.py to work on.

Copying the migrated database replaces the migrate pytest-django would run in every worker:
its documented recipe for a template database (overriding ``django_db_setup``).

``make test`` builds each pass's ahead of it, while the browser's packages install
(``python -m tests.fresh_database DIRECTORY``), and names it in ``MIGRATED_FROM_ZERO``: each
pass then starts with both workers at work, not one waiting for the other's migrate.
"""

import os
import shutil
import sqlite3
from contextlib import closing, contextmanager

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from filelock import FileLock
from psycopg import sql

from .manage_process import manage

#: How the URL of a database built ahead of the run starts, by the backend it is for.
BUILT_AHEAD_SCHEMES = {"postgresql": "postgres", "sqlite": "sqlite"}

#: SQLite test databases live in memory, as Django makes them; each worker process has its own.
IN_MEMORY = "file:memorydb_default?mode=memory&cache=shared"


def _server():
    settings_dict = connection.settings_dict
    return {
        "host": settings_dict["HOST"] or None,
        "port": settings_dict["PORT"] or None,
        "user": settings_dict["USER"] or None,
        "password": settings_dict["PASSWORD"] or None,
        "dbname": "postgres",
    }


def _postgres_url(name):
    settings_dict = connection.settings_dict
    credentials = settings_dict["USER"] or ""
    if settings_dict["PASSWORD"]:
        credentials += f":{settings_dict['PASSWORD']}"
    host = f"{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}"
    return f"postgres://{credentials}@{host}/{name}"


def _named(suffix):
    """A new database's name: on PostgreSQL after the configured test database's (Django's
    default: ``test_`` and the database's), so that two checkouts test side by side; on
    SQLite a file in a directory of the run's own."""
    if connection.vendor != "postgresql":
        return suffix
    configured = settings.DATABASES["default"]
    return f"{configured['TEST'].get('NAME') or 'test_' + configured['NAME']}_{suffix}"


def _drop(name):
    with psycopg.connect(**_server(), autocommit=True) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def new_database(directory, name, copy_of=None):
    """Make a database called ``name`` (on SQLite, a file in ``directory``), empty or a copy
    of ``copy_of``, a database this module made that nothing is connected to; its URL."""
    if connection.vendor != "postgresql":
        path = directory / f"{name}.sqlite3"
        path.unlink(missing_ok=True)
        if copy_of is not None:
            shutil.copyfile(copy_of.removeprefix("sqlite:///"), path)
        return f"sqlite:///{path}"
    template = sql.SQL("")
    if copy_of is not None:
        template = sql.SQL(" TEMPLATE {}").format(sql.Identifier(copy_of.rpartition("/")[2]))
    _drop(name)
    with psycopg.connect(**_server(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}{}").format(sql.Identifier(name), template))
    return _postgres_url(name)


@contextmanager
def fresh_database(tmp_path, copy_of=None):
    """Yield a DATABASE_URL for a new database of the test database's kind, empty or a copy
    of ``copy_of`` (``migrated_from_zero``); a PostgreSQL one is dropped afterwards."""
    # Named after this worker's test database on PostgreSQL, so that workers never share it.
    name = (
        f"{connection.settings_dict['NAME']}_fresh"
        if connection.vendor == "postgresql"
        else "fresh"
    )
    url = new_database(tmp_path, name, copy_of)
    try:
        yield url
    finally:
        if connection.vendor == "postgresql":
            _drop(url.rpartition("/")[2])


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests that cannot reach the database first, then pytest-django's order: one worker
    runs them while the other migrates the database both copy (``migrated_from_zero``)."""
    items.sort(key=lambda item: item.get_closest_marker("without_database") is None)


@pytest.fixture(scope="session")
def migrated_from_zero(tmp_path_factory, worker_id):
    """The URL of a new database that ``manage.py migrate`` built from nothing, as an
    operator's first migrate does: built once per test run, whichever worker asks first (the
    lock is pytest-xdist's recipe for that), and copied by every worker's test database and
    by tests that need a new database.

    It outlives the run (no worker knows it is the last to use it); the next run's first
    worker drops and builds it again."""
    built_ahead = os.environ.get("MIGRATED_FROM_ZERO", "")
    if built_ahead.startswith(f"{BUILT_AHEAD_SCHEMES[connection.vendor]}:"):
        return built_ahead
    run_directory = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        run_directory = run_directory.parent
    with FileLock(run_directory / "migrated_from_zero.lock"):
        built = run_directory / "migrated_from_zero.url"
        if not built.exists():
            built.write_text(migrated_from_nothing(run_directory))
    return built.read_text()


def migrated_from_nothing(directory):
    """The URL of a new database (on SQLite, in ``directory``) that ``manage.py migrate``
    built from nothing."""
    url = new_database(directory, _named("migrated"))
    manage(url, "migrate", "--no-input")
    return url


@pytest.fixture(scope="session")
def django_db_setup(migrated_from_zero, django_db_blocker, worker_id):
    """This worker's test database: a copy of ``migrated_from_zero`` (on SQLite, in memory),
    dropped when the worker is done."""
    with django_db_blocker.unblock():
        connection.close()
        if connection.vendor == "postgresql":
            url = new_database(None, _named(worker_id), copy_of=migrated_from_zero)
            connection.settings_dict["NAME"] = url.rpartition("/")[2]
        else:
            connection.settings_dict["NAME"] = IN_MEMORY
            connection.ensure_connection()
            with closing(
                sqlite3.connect(migrated_from_zero.removeprefix("sqlite:///"))
            ) as migrated:
                migrated.backup(connection.connection)
    yield
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            connection.close()
            _drop(connection.settings_dict["NAME"])


if __name__ == "__main__":
    # make test, ahead of each pass: print the URL of the database it built (on SQLite, a
    # file in the directory named).
    import sys
    from pathlib import Path

    import django

    django.setup()
    print(migrated_from_nothing(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else None))
