"""`manage.py export` writes the same file as /export/, from the command line."""

import pytest
from django.core.management import CommandError, call_command

from .doha import DOHA
from .export_helpers import body

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def test_the_command_writes_the_same_csv_as_the_endpoint(client, doha, tmp_path):
    output = tmp_path / "events.csv"
    call_command("export", "events", "--negotiation", DOHA, "--output", str(output))
    assert output.read_bytes() == body(client.get("/export/events.csv", {"negotiation": DOHA}))


def test_the_command_takes_the_pages_filters_and_json(client, doha, tmp_path):
    output = tmp_path / "terms.json"
    call_command(
        "export",
        "exchange-terms",
        "--negotiation",
        "israel-hamas-ceasefire-talks",
        "--filter",
        "group=hostages",
        "--format",
        "json",
        "--output",
        str(output),
    )
    expected = body(
        client.get(
            "/export/exchange-terms.json",
            {"negotiation": "israel-hamas-ceasefire-talks", "group": "hostages"},
        )
    )
    assert output.read_bytes() == expected
    assert b'"count_qualifier": "about"' in expected


def test_the_command_repeats_kinds_and_adds_a_bom_on_request(client, doha, tmp_path):
    output = tmp_path / "events.csv"
    call_command(
        "export",
        "events",
        "--kind",
        "truce",
        "--kind",
        "military",
        "--bom",
        "--output",
        str(output),
    )
    params = {"kind": ["truce", "military"], "bom": "1"}
    assert output.read_bytes() == body(client.get("/export/events.csv", params))


def test_the_command_refuses_a_malformed_filter_and_writes_nothing(doha, tmp_path):
    output = tmp_path / "events.csv"
    with pytest.raises(CommandError, match="actor"):
        call_command("export", "events", "--actor", "nobody", "--output", str(output))
    with pytest.raises(CommandError, match="colour"):
        call_command("export", "events", "--filter", "colour=red", "--output", str(output))
    assert not output.exists()
