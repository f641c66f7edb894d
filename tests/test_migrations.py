"""The schema in migrations matches the models."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_makemigrations_has_nothing_to_add():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
