"""Which records keep an edit history, and how bulk loads keep it true."""

from django.db import connection


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
    """Saves today's lists with every version that has none: those saved before lists were
    recorded (migration 0022), and the first versions ``seed`` gives a fixture."""
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
                    f"INSERT INTO {quoted(members._meta.db_table)} "
                    f"({', '.join(map(quoted, columns))}, history_id) "
                    f"SELECT {', '.join(f'current.{quoted(c)}' for c in columns)}, "
                    f"version.history_id FROM {quoted(through._meta.db_table)} AS current "
                    f"JOIN {quoted(history._meta.db_table)} AS version "
                    f"ON version.id = current.{quoted(owner)} "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {quoted(members._meta.db_table)} AS saved "
                    f"WHERE saved.history_id = version.history_id)"
                )


def loaded_record_keeps_its_history(sender, instance, raw, **kwargs):
    """A record loaded raw (a fixture, a backup) records no version of its own, not even for
    the lists set after it, which simple-history would record."""
    if raw and hasattr(sender._meta, "simple_history_manager_attribute"):
        instance.skip_history_when_saving = True


def quoted(name):
    """A table or column name as this database writes it in SQL."""
    return connection.ops.quote_name(name)


def _has_model(apps, name):
    try:
        apps.get_model("negotiations", name)
    except LookupError:
        return False
    return True
