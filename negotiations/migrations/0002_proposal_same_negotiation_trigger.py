"""Install the trigger that keeps a proposal's responses in its own negotiation."""

from django.db import migrations

from negotiations import triggers


def forward(apps, schema_editor):
    triggers.install(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0001_initial")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
