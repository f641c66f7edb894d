"""The token that names the current state of the tracker's data (see ``page_cache``)."""

import secrets

from django.db import connections, models, transaction


class DataVersionQuerySet(models.QuerySet):
    """The one row naming the current state of the tracker's data (see ``page_cache``)."""

    ROW = 1

    def current(self):
        """The current data version token, one small query (the row is made if missing)."""
        connection = connections[self.db]
        for mark in _version_replaced_marks(connection):
            # What is read now may be stored under this token: the next write replaces it.
            mark.read_since = True
        # Plain SQL: it runs on every page served from the store, where compiling the
        # ORM query cost about as much as the database answering it.
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT token FROM {connection.ops.quote_name(self.model._meta.db_table)} "
                "WHERE id = %s",
                [self.ROW],
            )
            row = cursor.fetchone()
        return row[0] if row is not None else self._replace()

    def bump(self):
        """Give the data a new version token, never reused.

        Inside a transaction this also holds the row's lock until commit, so writers that
        bump before their first other write queue here instead of deadlocking elsewhere;
        and it replaces the token once, unless it was read since: PostgreSQL keeps every
        version of a row updated within one transaction, so a bump for each of many records
        written at once would take quadratic time.
        """
        connection = connections[self.db]
        if not connection.in_atomic_block:
            self._replace()
        elif all(mark.read_since for mark in _version_replaced_marks(connection)):
            self._replace()
            transaction.on_commit(VersionReplaced(), using=self.db)

    def _replace(self):
        token = secrets.token_hex(16)
        # An upsert: the row may be missing (a test database's flush deletes it).
        self.bulk_create(
            [DataVersion(pk=self.ROW, token=token)],
            update_conflicts=True,
            unique_fields=["id"],
            update_fields=["token"],
        )
        return token


class VersionReplaced:
    """Marks, among a transaction's on-commit callbacks, that it has replaced the version.

    Django drops the mark with a rolled-back savepoint, as the database drops the bump.
    """

    read_since = False

    def __call__(self):
        """Nothing to do at commit."""


def _version_replaced_marks(connection):
    return [
        callback
        for _savepoints, callback, _robust in connection.run_on_commit
        if isinstance(callback, VersionReplaced)
    ]


class DataVersion(models.Model):
    """A random token that changes with every write to the tracker's data, never reused.

    Random rather than a counter: a rolled-back transaction cannot make a page rendered
    from its uncommitted data look current later.
    """

    token = models.CharField(max_length=32)

    objects = DataVersionQuerySet.as_manager()

    def __str__(self):
        return self.token
