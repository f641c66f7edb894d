"""A brand-new database of the same kind as the test database, for manage.py to work on."""

import shutil
from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from filelock import FileLock
from psycopg import sql

from .manage_process import manage


def _server():
    settings = connection.settings_dict
    return {
        "host": settings["HOST"] or None,
        "port": settings["PORT"] or None,
        "user": settings["USER"] or None,
        "password": settings["PASSWORD"] or None,
        "dbname": "postgres",
    }


def _postgres_url(name):
    settings = connection.settings_dict
    credentials = settings["USER"] or ""
    if settings["PASSWORD"]:
        credentials += f":{settings['PASSWORD']}"
    host = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{credentials}@{host}/{name}"


def new_database(directory, name, copy_of=None, worker_id=None):
    """Make a database (for SQLite, a file in ``directory``) called ``name`` after the test
    database's name (less ``worker_id``'s suffix), empty or a copy of ``copy_of``, a database
    this module made that nothing is connected to; its URL."""
    if connection.vendor != "postgresql":
        path = directory / f"{name}.sqlite3"
        path.unlink(missing_ok=True)
        if copy_of is not None:
            shutil.copyfile(copy_of.removeprefix("sqlite:///"), path)
        return f"sqlite:///{path}"
    template = sql.SQL("")
    if copy_of is not None:
        template = sql.SQL(" TEMPLATE {}").format(sql.Identifier(copy_of.rpartition("/")[2]))
    test_database = connection.settings_dict["NAME"]
    if worker_id is not None:
        test_database = test_database.removesuffix(f"_{worker_id}")
    name = f"{test_database}_{name}"
    with psycopg.connect(**_server(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}{}").format(sql.Identifier(name), template))
    return _postgres_url(name)


@contextmanager
def fresh_database(tmp_path, copy_of=None):
    """Yield a DATABASE_URL for a new database of the test database's kind, empty or a copy
    of ``copy_of`` (``migrated_from_zero``); a PostgreSQL one is dropped afterwards."""
    url = new_database(tmp_path, "fresh", copy_of)
    try:
        yield url
    finally:
        if connection.vendor == "postgresql":
            name = sql.Identifier(url.rpartition("/")[2])
            with psycopg.connect(**_server(), autocommit=True) as admin:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


@pytest.fixture(scope="session")
def migrated_from_zero(tmp_path_factory, worker_id, django_db_setup):
    """The URL of a new database that ``manage.py migrate`` built from nothing, as an
    operator's first migrate does: built once per test run, whichever worker asks first (the
    lock is pytest-xdist's recipe for that), and copied by tests that need a new database.

    It outlives the run (no worker knows it is the last to use it); the next run's first
    worker drops and builds it again."""
    distributed = worker_id != "master"
    run_directory = tmp_path_factory.getbasetemp()
    if distributed:
        run_directory = run_directory.parent
    with FileLock(run_directory / "migrated_from_zero.lock"):
        built = run_directory / "migrated_from_zero.url"
        if not built.exists():
            url = new_database(run_directory, "migrated", worker_id=worker_id)
            manage(url, "migrate", "--no-input")
            built.write_text(url)
    return built.read_text()
