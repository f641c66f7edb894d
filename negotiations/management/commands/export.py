"""Write a dataset as CSV (or JSON) from the command line, exactly as /export/ serves it."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from negotiations.exports.datasets import DATASETS
from negotiations.exports.forms import ExportRequest
from negotiations.exports.writers import write


class Command(BaseCommand):
    help = (
        "Write one dataset with the same filters as the pages, e.g. "
        "`export events --negotiation israel-hamas-ceasefire-talks --output events.csv`."
    )

    def add_arguments(self, parser):
        parser.add_argument("dataset", choices=sorted(DATASETS))
        parser.add_argument("--negotiation", help="negotiation slug")
        parser.add_argument("--actor", help="actor slug")
        parser.add_argument("--kind", action="append", default=[], help="repeatable")
        parser.add_argument("--date-from", help="YYYY-MM-DD")
        parser.add_argument("--date-to", help="YYYY-MM-DD")
        parser.add_argument("--q", help="words that must all appear")
        parser.add_argument("--updated-since", help="ISO 8601 date-time")
        parser.add_argument(
            "--filter",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="any other filter the dataset accepts (repeatable), e.g. group=hostages",
        )
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--bom", action="store_true", help="start the CSV with a BOM")
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args, **options):
        data = QueryDict(mutable=True)
        for name in ("negotiation", "actor", "date_from", "date_to", "q", "updated_since"):
            if options[name] is not None:
                data[name] = options[name]
        data.setlist("kind", options["kind"])
        if not options["kind"]:
            del data["kind"]
        for pair in options["filter"]:
            name, equals, value = pair.partition("=")
            if not equals:
                raise CommandError(f"--filter expects NAME=VALUE, not {pair!r}.")
            data.appendlist(name, value)
        if options["bom"]:
            data["bom"] = "1"

        export = ExportRequest(DATASETS[options["dataset"]], data)
        errors = export.errors()
        if errors:
            raise CommandError("The export was not made:\n" + "\n".join(errors))
        chunks = write(export, options["format"])

        if options["output"]:
            with open(options["output"], "wb") as output:
                for chunk in chunks:
                    output.write(chunk)
        else:
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
