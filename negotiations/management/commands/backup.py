"""Write everything the tracker holds to one JSON file: records, their history, staff accounts."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

# Rebuilt by `migrate` on the fresh database (content types, permissions, the vocabulary of
# exchange categories), or transient (sessions, login-failure counts, the versions of
# stored pages): none of these belong in a backup.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "negotiations.exchangecategory",
    "page_store",
]


class Command(BaseCommand):
    help = "Dump every record, its history, users and groups to a JSON file (see `restore`)."

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="Where to write; default backups/tracker-<UTC time>.json"
        )

    def handle(self, *args, path=None, **options):
        if path is None:
            path = f"backups/tracker-{timezone.now():%Y%m%d-%H%M%S}.json"
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        # Natural keys refer to content types, permissions, users and groups by name, so
        # the file loads into a database whose own numbering of those differs.
        call_command(
            "dumpdata",
            *[f"--exclude={label}" for label in EXCLUDED],
            natural_foreign=True,
            natural_primary=True,
            indent=1,
            output=path,
            verbosity=0,
        )
        self.stdout.write(f"Backup written to {path}")
