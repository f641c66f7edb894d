"""`make backup` then `make restore` into a fresh database gives back every record, identical."""

import json
import re
from datetime import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError

from negotiations.models import ExchangeTerm, Risk

from .doha import DOHA_FIXTURE, hamas_proposal
from .fresh_database import fresh_database
from .manage_process import manage

TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def comparable(path):
    """The backup's records in a fixed order, many-to-many lists sorted, times as instants.

    Django's JSON writes times to the millisecond, and "…:46.000Z" for a time whose
    microseconds are under a thousand; restored, the same instant is written "…:46Z".
    """
    records = json.loads(path.read_text(encoding="utf-8"))
    for record in records:
        for name, value in record["fields"].items():
            if isinstance(value, list) and all(isinstance(item, list) for item in value):
                record["fields"][name] = sorted(value)
            elif isinstance(value, str) and TIMESTAMP.fullmatch(value):
                record["fields"][name] = datetime.fromisoformat(value).isoformat()
    return sorted(records, key=lambda record: json.dumps(record, sort_keys=True))


@pytest.fixture
def edited_tracker(db):
    """Seeded data, edited and partly deleted by staff, so history and accounts exist too."""
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


def test_a_backup_restored_into_a_fresh_database_holds_every_record_identical(
    edited_tracker, tmp_path
):
    backup = tmp_path / "backup.json"
    call_command("backup", str(backup), verbosity=0)
    records = comparable(backup)
    models = {record["model"] for record in records}
    assert {"negotiations.proposal", "negotiations.historicalproposal", "auth.user"} <= models
    assert {"auth.group", "negotiations.citation", "negotiations.historicalrisk"} <= models

    with fresh_database(tmp_path) as database_url:
        manage(database_url, "migrate", "--no-input")
        manage(database_url, "restore", str(backup))
        again = tmp_path / "again.json"
        manage(database_url, "backup", str(again))

    assert len(comparable(again)) == len(records)
    assert comparable(again) == records


def test_a_restore_refuses_to_overwrite_a_database_that_holds_records(edited_tracker, tmp_path):
    backup = tmp_path / "backup.json"
    call_command("backup", str(backup), verbosity=0)
    with pytest.raises(CommandError, match="already holds records"):
        call_command("restore", str(backup), verbosity=0)
