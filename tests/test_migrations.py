"""The schema in migrations matches the models."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_makemigrations_has_nothing_to_add():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_migrations_apply_from_zero_with_the_editors_group(migrated_from_zero):
    """``migrate`` on an empty database, as an operator's first one (each migration's
    reversal is the next test's: it unapplies them all and applies them again)."""
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


def test_phase_numbers_categories_and_issue_codes_carry_forward(migrator):
    """From the squashed schema: a term's phase number becomes a phase of its proposal, its
    one category the first it names, and each issue code a negotiation's positions (and
    their history) used becomes its issue."""
    old = migrator.apply_initial_migration(("negotiations", "0001_squashed_0009_schema"))
    model = old.apps.get_model
    negotiation = model("negotiations", "Negotiation").objects.create(
        title="Talks", slug="talks", stage="active"
    )
    proposal = model("negotiations", "Proposal").objects.create(
        negotiation=negotiation, kind="proposal", title="Phased deal", status="presented"
    )
    exchange = model("negotiations", "ExchangeTerm").objects.create(
        proposal=proposal, group="hostages", category="women", description="women", phase=2
    )
    other = model("negotiations", "OtherTerm").objects.create(
        proposal=proposal, kind="truce", phase=2
    )
    unphased = model("negotiations", "OtherTerm").objects.create(proposal=proposal, kind="aid")
    actor = model("negotiations", "Actor").objects.create(name="Hamas", slug="hamas", kind="other")
    positions = {
        code: model("negotiations", "Position").objects.create(
            negotiation=negotiation, actor=actor, issue=code, stance=f"on {code}"
        )
        for code in ("rafah_operation", "withdrawal")
    }
    model("negotiations", "HistoricalPosition").objects.create(
        id=positions["withdrawal"].pk,
        negotiation=negotiation,
        actor=actor,
        issue="withdrawal",
        stance="earlier stance",
        history_date="2024-03-19T00:00:00Z",
        history_type="+",
    )

    new = migrator.apply_tested_migration(("negotiations", "0015_exchange_categories"))

    model = new.apps.get_model
    phases = model("negotiations", "Phase").objects.filter(proposal=proposal.pk)
    assert list(phases.values_list("number", flat=True)) == [2]
    ExchangeTerm, OtherTerm = (
        model("negotiations", "ExchangeTerm"),
        model("negotiations", "OtherTerm"),
    )
    assert ExchangeTerm.objects.get(pk=exchange.pk).phase_id == phases.get().pk
    assert list(ExchangeTerm.objects.get(pk=exchange.pk).categories.values_list("code")) == [
        ("women",)
    ]
    assert OtherTerm.objects.get(pk=other.pk).phase_id == phases.get().pk
    assert OtherTerm.objects.get(pk=unphased.pk).phase_id is None

    issues = model("negotiations", "Issue").objects.filter(negotiation=negotiation.pk)
    assert sorted(issues.values_list("name", "slug", "topic")) == [
        ("Israeli withdrawal from Gaza", "withdrawal", "withdrawal"),
        ("military operation in Rafah", "rafah-operation", "military_operation"),
    ]
    Position = model("negotiations", "Position")
    for code, slug in (("rafah_operation", "rafah-operation"), ("withdrawal", "withdrawal")):
        assert Position.objects.get(pk=positions[code].pk).issue.slug == slug
    history = model("negotiations", "HistoricalPosition").objects.get(stance="earlier stance")
    assert history.issue_id == issues.get(slug="withdrawal").pk
