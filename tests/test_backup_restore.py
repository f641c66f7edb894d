"""`make backup` then `make restore` into a fresh database gives back every row of every
table it holds, every column identical, times to the microsecond; older backups still load."""

import datetime
import pickle

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError

from negotiations.drafting.models import ArticleDraft, DraftRecord
from negotiations.management.commands.backup import EXCLUDED
from negotiations.models import ExchangeTerm, Proposal, Risk

from .database_rows import every_row, manage_command
from .doha import DOHA_FIXTURE, hamas_proposal
from .fresh_database import fresh_database
from .manage_process import manage

# A time whose microseconds a millisecond clock would lose.
EXACT = datetime.datetime(2024, 3, 19, 14, 5, 6, 789123, tzinfo=datetime.UTC)


@pytest.fixture
def edited_tracker(db):
    """Seeded data, edited and partly deleted by staff, so history and accounts exist too,
    with times to the microsecond and a draft's JSON values."""
    call_command("seed", str(DOHA_FIXTURE), verbosity=0)
    User.objects.create_superuser("admin", "admin@example.org", "correct horse battery")
    editor = User.objects.create_user("staff", "staff@example.org", "correct horse battery")
    editor.is_staff = True
    editor.save()
    editor.groups.add(Group.objects.get(name="Editors"))
    proposal = hamas_proposal()
    proposal._change_reason = "Clearer title"
    proposal.title = "Hamas proposal of the week of 11 March 2024"
    proposal.save()
    term = ExchangeTerm.objects.filter(proposal=proposal).first()
    term.description = "Edited: «about 42» — with quotes \" and ' and <tags>"
    term.save()
    Risk.objects.first().delete()
    # Saves take the clock's time, whose microseconds may happen to be whole milliseconds.
    Proposal.objects.filter(pk=proposal.pk).update(updated_at=EXACT)
    proposal.history.filter(history_change_reason="Clearer title").update(
        history_date=EXACT, updated_at=EXACT
    )
    article = ArticleDraft.objects.create(
        negotiation=proposal.negotiation,
        title="Talks resume",
        publisher="AFP",
        published_on=datetime.date(2024, 3, 19),
        text="Talks resumed in Doha on Monday.",
        created_by=editor,
    )
    DraftRecord.objects.create(
        article=article,
        position=1,
        kind="event",
        values={
            "title": "Talks resume",
            "share": 0.1,
            "big": 2**53 + 1,
            "none": None,
            "nested": [{"é": "«x»"}, [], True],
        },
        passage="Talks resumed in Doha on Monday.",
    )


def restored_rows(backup, tmp_path, migrated_from_zero):
    """Every row of a fresh database that ``backup`` was restored into."""
    rows = tmp_path / "restored.pickle"
    with fresh_database(tmp_path, copy_of=migrated_from_zero) as database_url:
        manage(database_url, "restore", str(backup))
        manage(database_url, *manage_command(rows))
    return pickle.loads(rows.read_bytes())


def test_a_backup_restored_into_a_fresh_database_holds_every_row_identical(
    edited_tracker, tmp_path, migrated_from_zero
):
    original = every_row()
    # Every table of the registry but those a backup leaves out, lists' tables included.
    assert original.keys() == {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if not {model._meta.app_label, model._meta.label_lower} & set(EXCLUDED)
    }
    assert {"negotiations_proposal", "negotiations_historicalproposal", "auth_user"} <= {
        table for table, rows in original.items() if rows
    }
    assert {"drafting_draftrecord", "auth_user_groups", "negotiations_event_participants"} <= {
        table for table, rows in original.items() if rows
    }
    assert any(row["updated_at"] == EXACT for row in original["negotiations_proposal"])
    assert any(row["history_date"] == EXACT for row in original["negotiations_historicalproposal"])
    backup = tmp_path / "backup.json"
    call_command("backup", str(backup), verbosity=0)

    restored = restored_rows(backup, tmp_path, migrated_from_zero)

    assert restored.keys() == original.keys()
    for table, rows in original.items():
        assert len(restored[table]) == len(rows), table
        for before, after in zip(rows, restored[table], strict=True):
            assert after == before, table


def test_a_backup_written_before_times_kept_their_microseconds_still_restores(
    edited_tracker, tmp_path, migrated_from_zero
):
    backup = tmp_path / "older.json"
    # What `backup` wrote before: dumpdata's JSON, times to the millisecond, users without ids.
    call_command(
        "dumpdata",
        *[f"--exclude={label}" for label in EXCLUDED],
        natural_foreign=True,
        natural_primary=True,
        indent=1,
        output=str(backup),
        verbosity=0,
    )
    original = every_row()

    restored = restored_rows(backup, tmp_path, migrated_from_zero)

    assert {table: len(rows) for table, rows in restored.items()} == {
        table: len(rows) for table, rows in original.items()
    }
    (proposal,) = [
        row
        for row in restored["negotiations_proposal"]
        if row["updated_at"] == EXACT.replace(microsecond=789000)
    ]
    assert proposal["title"] == "Hamas proposal of the week of 11 March 2024"


def test_a_restore_refuses_to_overwrite_a_database_that_holds_records(edited_tracker, tmp_path):
    backup = tmp_path / "backup.json"
    call_command("backup", str(backup), verbosity=0)
    with pytest.raises(CommandError, match="already holds records"):
        call_command("restore", str(backup), verbosity=0)
