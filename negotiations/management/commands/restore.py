"""Load a backup made by `backup` into a freshly migrated database, never over existing data."""

from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from negotiations.models import Negotiation, Source
from tracker.page_store.invalidation import everything_changed


class Command(BaseCommand):
    help = "Load a backup file into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        # Loading over existing rows would silently replace whatever has the same ids.
        if Negotiation.objects.exists() or Source.objects.exists() or User.objects.exists():
            raise CommandError(
                "This database already holds records; restore into a fresh database "
                "(a new DATABASE_URL, then `make restore`)."
            )
        call_command("loaddata", path, verbosity=options["verbosity"])
        # Stored pages of the empty database must not outlive the restore.
        everything_changed()
        self.stdout.write(f"Restored {path}")
