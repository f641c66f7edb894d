"""Counting the queries a request takes, whichever tests ran before it on the connection."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection


def ready_to_count():
    """Ask now what a process or a connection asks only once, so that a count does not
    depend on the tests run before it: every model's content type (kept per process) and
    whether the database writes JSON (SQLite asks once per connection; pages that read rows
    packed as JSON, ``negotiations.models.packed``, would pay for it otherwise)."""
    ContentType.objects.get_for_models(*apps.get_models())
    assert connection.features.has_json_object_function
