"""The schema in migrations matches the models."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_makemigrations_has_nothing_to_add():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_migrations_apply_from_zero_and_the_new_ones_reverse(db, tmp_path):
    from .fresh_database import fresh_database
    from .manage_process import manage

    with fresh_database(tmp_path) as database_url:
        manage(database_url, "migrate", "--no-input")
        manage(database_url, "migrate", "--check")
        manage(database_url, "migrate", "negotiations", "0003", "--no-input")
        manage(database_url, "migrate", "--no-input")
        groups = manage(
            database_url,
            "shell",
            "--no-imports",
            "-c",
            "from django.contrib.auth.models import Group; "
            "print(Group.objects.get(name='Editors').permissions.count())",
        )
    assert int(groups.split()[-1]) > 0
