"""Load a fixture into a database that holds no negotiation yet, and never over edited data."""

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand

from negotiations.models import Negotiation
from negotiations.record_time.history import record_current_memberships
from tracker.page_store.invalidation import everything_changed


class Command(BaseCommand):
    help = "Load the given fixture files when the database holds no negotiation yet."

    def add_arguments(self, parser):
        parser.add_argument("fixtures", nargs="+")

    def handle(self, *args, fixtures, **options):
        # Loading a fixture over existing rows would overwrite what staff edited since.
        if Negotiation.objects.exists():
            self.stdout.write("The database already holds negotiations; fixtures not reloaded.")
            return
        call_command("loaddata", *fixtures, verbosity=options["verbosity"])
        # loaddata writes no history; give every record its first version, so the seeded
        # state shows in each record's history and can be reverted to.
        call_command("populate_history", "--auto", verbosity=options["verbosity"])
        record_current_memberships(apps)
        # Stored pages of the empty database must not outlive the seeding.
        everything_changed()
