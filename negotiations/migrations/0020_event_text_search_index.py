"""The timeline's full-text search, served by an index on PostgreSQL.

The index is created here rather than declared in ``Event.Meta.indexes``: SQLite has no GIN
indexes, and it rebuilds a table from the model's declared indexes whenever a migration
alters it.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# The same document as negotiations.search.document() over EventFilter.text_fields; a test
# proves the timeline's search reads this index.
INDEX = GinIndex(
    SearchVector("title", "summary", "place", config="english"), name="event_text_search"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("negotiations", "Event"), INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("negotiations", "Event"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0019_delete_dataversion")]

    operations = [migrations.RunPython(create_index, remove_index)]
