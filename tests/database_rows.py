"""Every row of every table a backup holds, every column, as the database gives them back:
read in the test process, or in a manage.py process on another database."""

import pickle

from negotiations.management.commands.backup import backed_up_models


def backed_up_tables():
    """(model, columns to compare) for each table a backup holds: the models it lists and
    the tables of their many-to-many lists."""
    for model in backed_up_models():
        yield model, [field.attname for field in model._meta.concrete_fields]
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if through._meta.auto_created:
                # A backup holds the lists, not the ids of their rows, which nothing names.
                columns = [f.attname for f in through._meta.concrete_fields if not f.primary_key]
                yield through, columns


def every_row():
    """{table: its rows as dicts, ordered by id (or by every column, for a list's table)}."""
    rows = {}
    for model, columns in backed_up_tables():
        order = ["pk"] if model._meta.pk.attname in columns else columns
        rows[model._meta.db_table] = list(model._base_manager.order_by(*order).values(*columns))
    return rows


def write_every_row(path):
    """Pickle ``every_row()`` to ``path``: Python's own values, compared exactly."""
    with open(path, "wb") as file:
        pickle.dump(every_row(), file)


def manage_command(path):
    """The `manage.py` arguments that write the rows of its database to ``path``."""
    code = f"from tests.database_rows import write_every_row; write_every_row({str(path)!r})"
    return ["shell", "--no-imports", "-c", code]
