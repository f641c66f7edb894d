"""The schema in migrations matches the models."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_makemigrations_has_nothing_to_add():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_migrations_apply_from_zero_with_the_editors_group(migrated_from_zero):
    """``migrate`` on an empty database, as an operator's first one."""
    from .manage_process import manage

    manage(migrated_from_zero, "migrate", "--check")
    groups = manage(
        migrated_from_zero,
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth.models import Group; "
        "print(Group.objects.get(name='Editors').permissions.count())",
    )
    assert int(groups.split()[-1]) > 0
