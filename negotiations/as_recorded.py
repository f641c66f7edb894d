"""The tracker as it was recorded at the end of a past day, read from the edit history.

Inside ``recorded_on(day)`` every table with an edit history is shadowed, for this database
connection only, by a temporary view of the same name holding each record's last version
saved before that day ended (none once it was deleted), and each list of who took part by
the list saved with that version. Every page and API query then reads that day's records
unchanged. Both databases resolve an unqualified name to a temporary object before a table
of the same name; the views are made in a transaction that is always rolled back, so they
are gone after the block, and nothing written through them survives it.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, time, timedelta

from django.apps import apps as installed_apps
from django.db import connection, transaction
from django.utils import timezone

from .history import quoted, tracked_memberships, tracked_models

#: The day being shown, while a page is read ``recorded_on`` it: links keep it.
recorded_day = ContextVar("recorded_day", default=None)

#: The pages that can be shown as recorded on a day (``?as_of=``).
RECORDED_ROUTES = frozenset({"negotiation-status", "timeline", "proposal-detail", "positions"})


def end_of(day):
    """The first instant after ``day``, in the tracker's time zone."""
    return datetime.combine(day + timedelta(days=1), time.min, timezone.get_current_timezone())


@contextmanager
def recorded_on(day):
    """Reads within the block see the records as they stood at the end of ``day``."""
    statements = shadowing_statements(_literal(end_of(day)))
    with transaction.atomic():
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
        token = recorded_day.set(day)
        try:
            yield
        finally:
            recorded_day.reset(token)
            transaction.set_rollback(True)


def shadowing_statements(cutoff):
    """One CREATE TEMP VIEW per table with a history, named as that table."""
    statements = []
    for model, history in tracked_models(installed_apps):
        latest = _latest_versions(history._meta.db_table, model._meta.pk.column, cutoff)
        columns = ", ".join(quoted(field.column) for field in model._meta.concrete_fields)
        statements.append(
            f"CREATE TEMP VIEW {quoted(model._meta.db_table)} AS "
            f"SELECT {columns} FROM {quoted(history._meta.db_table)} AS recorded "
            f"WHERE {latest} AND recorded.history_type <> '-'"
        )
        for _field, through, members in tracked_memberships(installed_apps, model):
            columns = ", ".join(quoted(field.column) for field in through._meta.concrete_fields)
            statements.append(
                f"CREATE TEMP VIEW {quoted(through._meta.db_table)} AS "
                f"SELECT {columns} FROM {quoted(members._meta.db_table)} "
                f"WHERE history_id IN (SELECT recorded.history_id "
                f"FROM {quoted(history._meta.db_table)} AS recorded "
                f"WHERE {latest} AND recorded.history_type <> '-')"
            )
    return statements


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
