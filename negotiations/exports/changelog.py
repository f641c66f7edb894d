"""The export's schema version and changelog, read from ``changelog.toml``."""

import tomllib
from pathlib import Path
from typing import NamedTuple


class SchemaChange(NamedTuple):
    """One version of the export's schema: when it was published and what changed."""

    version: str
    date: str  # ISO 8601, as /export/ shows it
    change: str


CHANGELOG_FILE = Path(__file__).with_name("changelog.toml")


def read_changelog(path=CHANGELOG_FILE):
    """The versions, newest first, as the file lists them."""
    with open(path, "rb") as file:
        versions = tomllib.load(file)["versions"]
    return tuple(
        SchemaChange(entry["version"], entry["date"].isoformat(), entry["change"])
        for entry in versions
    )


#: (version, date, what changed), newest first; shown on /export/.
SCHEMA_CHANGELOG = read_changelog()
SCHEMA_VERSION = SCHEMA_CHANGELOG[0].version
