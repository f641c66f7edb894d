"""Write a dated release: every dataset's CSV with a Frictionless Data Package descriptor."""

from django.core.management.base import BaseCommand

from negotiations.exports.releases import make_release, root


class Command(BaseCommand):
    help = (
        "Write every dataset's CSV, datapackage.json and SHA256SUMS to a new folder named "
        "for today under RELEASES_ROOT; it is then listed and served on /export/."
    )

    def add_arguments(self, parser):
        parser.add_argument("--note", default="", help="what changed since the last release")

    def handle(self, *args, **options):
        release = make_release(note=options["note"])
        self.stdout.write(
            f"Release {release.name}: {len(release.files) - 2} datasets, "
            f"{release.bytes:,} bytes, in {root() / release.name}"
        )
