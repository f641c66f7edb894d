"""One version token per scope of pages; a scope's pages are stored under its token."""

import secrets

from django.db import connections, models

#: Every page is stored under this token too: a database emptied out (a test flush, a
#: restore) loses the row, and the new one makes every page stored before it unreachable.
EPOCH = "epoch"


class PageVersionQuerySet(models.QuerySet):
    def tokens(self, scopes):
        """The current token of each scope ("" for a scope never written), in one query."""
        scopes = sorted({EPOCH, *scopes})
        found = self._read(scopes)
        if EPOCH not in found:
            self.replace([EPOCH])
            found = self._read(scopes)
        return {scope: found.get(scope, "") for scope in scopes}

    def _read(self, scopes):
        # Plain SQL: it runs for every page served from the store, where compiling the ORM
        # query cost about as much as the database answering it.
        connection = connections[self.db]
        table = connection.ops.quote_name(self.model._meta.db_table)
        marks = ", ".join(["%s"] * len(scopes))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT scope, token FROM {table} WHERE scope IN ({marks})", scopes)
            return dict(cursor.fetchall())

    def replace(self, scopes):
        """Give each scope a new random token, never reused, in one statement."""
        self.bulk_create(
            # Sorted: two servers replacing the same scopes at once take their rows in turn.
            [PageVersion(scope=scope, token=secrets.token_hex(16)) for scope in sorted(scopes)],
            update_conflicts=True,
            unique_fields=["scope"],
            update_fields=["token"],
        )


class PageVersion(models.Model):
    """The version of one scope of pages: random, so a rolled-back write cannot make a page
    rendered from its uncommitted data look current later."""

    scope = models.CharField(max_length=300, unique=True)
    token = models.CharField(max_length=32)

    objects = PageVersionQuerySet.as_manager()

    def __str__(self):
        return f"{self.scope}: {self.token}"
