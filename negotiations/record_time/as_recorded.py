"""The tracker as it was recorded at the end of a past day, read from the edit history.

Inside ``recorded_on(day)`` every table with an edit history is shadowed by a view of the
same name holding each record's last version saved before that day ended (none once it
was deleted), and each list of who took part by the list saved with that version. Every
page and API query then reads that day's records unchanged.

On PostgreSQL the views are made once, by ``migrate``, in their own schema, and read the
day from a setting: a request puts that schema first on its ``search_path`` and sets the
day, both for its transaction only, and runs no DDL. SQLite, which has neither, makes
temporary views for the request (an unqualified name finds a temporary object first). The
block's transaction is always rolled back: nothing written through the views survives it.
A request asks for a day with ``?as_of=`` (``as_of``).
"""

from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta
from functools import cache

from django.apps import apps as installed_apps
from django.db import connection, connections, transaction
from django.utils import timezone

from .history import quoted, tracked_memberships, tracked_models

#: Where PostgreSQL keeps the views, and the setting they read the day's end from.
SCHEMA = "as_recorded"
SETTING = "tracker.recorded_before"


def end_of(day):
    """The first instant after ``day``, in the tracker's time zone."""
    return datetime.combine(day + timedelta(days=1), time.min, timezone.get_current_timezone())


@contextmanager
def recorded_on(day):
    """Reads within the block see the records as they stood at the end of ``day``."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT to_regnamespace(%s) IS NOT NULL, "
                "set_config('search_path', %s || ', ' || current_setting('search_path'), true), "
                "set_config(%s, %s, true)",
                [SCHEMA, quoted(SCHEMA), SETTING, end_of(day).isoformat()],
            )
            if not cursor.fetchone()[0]:
                # Until migrate has made them, this transaction makes its own.
                for statement in view_statements(installed_apps, temporary=False):
                    cursor.execute(statement)
        else:
            cutoff = _literal(end_of(day))
            for statement in _temporary_views():
                cursor.execute(statement.replace(_CUTOFF, cutoff))
        try:
            yield
        finally:
            transaction.set_rollback(True)


def first_recorded_day(model, **lookup):
    """The day the record ``lookup`` finds was first recorded (its first version), or None
    when it never was; read from the live edit history, outside ``recorded_on``."""
    first = model.history.filter(**lookup).order_by("history_date").values("history_date")
    moment = first.first()
    return None if moment is None else timezone.localdate(moment["history_date"])


def view_statements(apps, *, temporary=True, cutoff=None):
    """A view per table with a history, named as that table: temporary ones holding the
    versions before ``cutoff`` (SQL), or PostgreSQL's in their schema, before the setting."""
    if temporary:
        create, cutoff, schema = "CREATE TEMP VIEW ", cutoff, ""
    else:
        create, schema = "CREATE VIEW ", f"{quoted(SCHEMA)}."
        cutoff = f"current_setting('{SETTING}')::timestamptz"
    statements = [] if temporary else [f"CREATE SCHEMA {quoted(SCHEMA)}"]
    for model, history in tracked_models(apps):
        latest = _latest_versions(history._meta.db_table, model._meta.pk.column, cutoff)
        columns = ", ".join(quoted(field.column) for field in model._meta.concrete_fields)
        statements.append(
            f"{create}{schema}{quoted(model._meta.db_table)} AS "
            f"SELECT {columns} FROM {quoted(history._meta.db_table)} AS recorded "
            f"WHERE {latest} AND recorded.history_type <> '-'"
        )
        for _field, through, members in tracked_memberships(apps, model):
            columns = ", ".join(quoted(field.column) for field in through._meta.concrete_fields)
            statements.append(
                f"{create}{schema}{quoted(through._meta.db_table)} AS "
                f"SELECT {columns} FROM {quoted(members._meta.db_table)} "
                f"WHERE history_id IN (SELECT recorded.history_id "
                f"FROM {quoted(history._meta.db_table)} AS recorded "
                f"WHERE {latest} AND recorded.history_type <> '-')"
            )
    return statements


#: Where the day's end goes in the temporary views' text (``_temporary_views``).
_CUTOFF = "\x00cutoff\x00"


@cache
def _temporary_views():
    """SQLite's temporary views as ``view_statements`` writes them, the day's end left to
    fill in: written once per process, as the models do not change while it runs."""
    return tuple(view_statements(installed_apps, cutoff=_CUTOFF))


def _latest_versions(table, key, cutoff):
    """The condition that ``recorded`` is its record's last version saved before ``cutoff``."""
    key = quoted(key)
    return (
        f"recorded.history_date < {cutoff} AND NOT EXISTS (SELECT 1 FROM {quoted(table)} "
        f"AS later WHERE later.{key} = recorded.{key} AND later.history_date < {cutoff} "
        f"AND (later.history_date > recorded.history_date OR "
        f"(later.history_date = recorded.history_date AND later.history_id > recorded.history_id)))"
    )


def _literal(moment):
    """An instant as an SQL literal (a view takes no parameters), as each database stores it."""
    moment = moment.astimezone(UTC)
    if connection.vendor == "postgresql":
        return f"'{moment.isoformat()}'::timestamptz"
    # SQLite stores instants as UTC text, which sorts as time does.
    return f"'{moment.strftime('%Y-%m-%d %H:%M:%S')}'"


def drop_views_before_migrate(using, **kwargs):
    """pre_migrate receiver: PostgreSQL's views would stop a migration from changing the
    tables they read; post_migrate makes them again."""
    database = connections[using]
    if database.vendor == "postgresql":
        with database.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {quoted(SCHEMA)} CASCADE")


def make_views_after_migrate(using, apps=None, **kwargs):
    """post_migrate receiver: PostgreSQL's views, of the tables the schema now has (a flush
    sends no state: the installed models')."""
    database = connections[using]
    if database.vendor == "postgresql":
        with transaction.atomic(using=using), database.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {quoted(SCHEMA)} CASCADE")
            for statement in view_statements(apps or installed_apps, temporary=False):
                cursor.execute(statement)
