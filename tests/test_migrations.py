"""The schema in migrations matches the models."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_makemigrations_has_nothing_to_add():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_migrations_apply_from_zero_and_the_newest_reverses(db, tmp_path):
    from .fresh_database import fresh_database
    from .manage_process import manage

    with fresh_database(tmp_path) as database_url:
        manage(database_url, "migrate", "--no-input")
        manage(database_url, "migrate", "--check")
        # Each migration was reversed while it was the newest; unapplying them all again
        # would take longer than the rest of this file.
        manage(database_url, "migrate", "negotiations", "0001_squashed_0009_schema", "--no-input")
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


def test_term_phase_numbers_become_phase_records_of_their_proposal(migrator):
    old = migrator.apply_initial_migration(("negotiations", "0001_squashed_0009_schema"))
    negotiation = old.apps.get_model("negotiations", "Negotiation").objects.create(
        title="Talks", slug="talks", stage="active"
    )
    proposal = old.apps.get_model("negotiations", "Proposal").objects.create(
        negotiation=negotiation, kind="proposal", title="Phased deal", status="presented"
    )
    exchange = old.apps.get_model("negotiations", "ExchangeTerm").objects.create(
        proposal=proposal, group="hostages", description="women", phase=2
    )
    other = old.apps.get_model("negotiations", "OtherTerm").objects.create(
        proposal=proposal, kind="truce", phase=2
    )
    unphased = old.apps.get_model("negotiations", "OtherTerm").objects.create(
        proposal=proposal, kind="aid"
    )

    new = migrator.apply_tested_migration(("negotiations", "0010_agreements_lifecycle_phases"))

    phases = new.apps.get_model("negotiations", "Phase").objects.filter(proposal=proposal.pk)
    assert list(phases.values_list("number", flat=True)) == [2]
    ExchangeTerm = new.apps.get_model("negotiations", "ExchangeTerm")
    OtherTerm = new.apps.get_model("negotiations", "OtherTerm")
    assert ExchangeTerm.objects.get(pk=exchange.pk).phase_id == phases.get().pk
    assert OtherTerm.objects.get(pk=other.pk).phase_id == phases.get().pk
    assert OtherTerm.objects.get(pk=unphased.pk).phase_id is None
