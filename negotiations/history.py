"""Which records keep an edit history, and how bulk loads keep it true."""

from django.apps import apps as installed_apps
from django.core.management import call_command
from django.db import connection
from django.utils import timezone


def tracked_models(apps):
    """(model, its historical model) for every record kind of the tracker with a history."""
    for model in apps.get_app_config("negotiations").get_models():
        name = f"Historical{model._meta.object_name}"
        if not model._meta.object_name.startswith("Historical") and _has_model(apps, name):
            yield model, apps.get_model("negotiations", name)


def tracked_memberships(apps, model):
    """(field, through table, its history) for each many-to-many list whose changes are
    recorded."""
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        name = f"Historical{through._meta.object_name}"
        if through._meta.auto_created and _has_model(apps, name):
            yield field, through, apps.get_model("negotiations", name)


def record_current_memberships(apps, schema_editor=None):
    """Saves each list of who took part with every version of its record that has none.

    Lists were not recorded before their history began, nor by bulk loads (the fixture,
    synthetic data): those versions get the list as it stands when this runs.
    """
    with connection.cursor() as cursor:
        for model, history in tracked_models(apps):
            for _field, through, members in tracked_memberships(apps, model):
                columns = [field.column for field in through._meta.concrete_fields]
                owner = next(
                    field.column
                    for field in through._meta.concrete_fields
                    if field.is_relation and field.related_model is model
                )
                cursor.execute(
                    f"INSERT INTO {_quoted(members._meta.db_table)} "
                    f"({', '.join(map(_quoted, columns))}, history_id) "
                    f"SELECT {', '.join(f'current.{_quoted(c)}' for c in columns)}, "
                    f"version.history_id FROM {_quoted(through._meta.db_table)} AS current "
                    f"JOIN {_quoted(history._meta.db_table)} AS version "
                    f"ON version.id = current.{_quoted(owner)} "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {_quoted(members._meta.db_table)} AS saved "
                    f"WHERE saved.history_id = version.history_id)"
                )


def load_records(*fixtures, verbosity=0):
    """``loaddata`` that adds no version: loading a list of who took part would record one
    (simple-history does not skip raw saves of lists). A backup keeps its own versions."""
    started = timezone.now()
    call_command("loaddata", *fixtures, verbosity=verbosity)
    for model, history in tracked_models(installed_apps):
        for _field, _through, members in tracked_memberships(installed_apps, model):
            members.objects.filter(history__history_date__gte=started).delete()
        history.objects.filter(history_date__gte=started).delete()


def _quoted(name):
    return connection.ops.quote_name(name)


def _has_model(apps, name):
    try:
        apps.get_model("negotiations", name)
    except LookupError:
        return False
    return True
