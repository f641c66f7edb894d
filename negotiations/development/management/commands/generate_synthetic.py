"""Fill the database with synthetic negotiations to measure the tracker at scale."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ...deletion import delete_synthetic_data, holds_real_data
from ...generator import SyntheticTracker
from ...vocabulary import BATCH_SIZE


class Command(BaseCommand):
    help = (
        "Replace any earlier synthetic data with a new deterministic set: negotiations, actors, "
        "proposal chains and their terms, statements, events, positions, figures and sources, "
        "and what became of the agreements: handovers, implementation statements, deadlines "
        "and alleged violations. "
        "Refuses to run where real (non-synthetic) records exist unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--negotiations", type=int, default=20)
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument(
            "--exchange-terms",
            type=int,
            default=None,
            help="Total exchange terms, spread over all proposals (default: 1 to 4 each).",
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Add synthetic data next to real records; the real records are left untouched.",
        )

    def handle(self, *args, **options):
        if holds_real_data() and not options["force"]:
            raise CommandError(
                "This database holds real (non-synthetic) records, e.g. a loaded fixture. "
                "Synthetic data would mix with them on every page and export. Use an empty "
                "database (set DATABASE_URL), or pass --force to add synthetic data anyway."
            )
        started = time.monotonic()
        log = self.stdout.write if options["verbosity"] > 1 else None
        with transaction.atomic():
            delete_synthetic_data()
            if log:
                log(f"earlier synthetic data removed: {time.monotonic() - started:.1f} s")
            tracker = SyntheticTracker(
                negotiations=options["negotiations"],
                events=options["events"],
                exchange_terms=options["exchange_terms"],
                seed=options["seed"],
                batch_size=options["batch_size"],
                log=log,
            )
            counts = tracker.generate()
            committing = time.monotonic()
        if log:
            # Foreign keys are checked at commit, so the commit carries part of the work.
            log(f"commit: {time.monotonic() - committing:.1f} s")
        elapsed = time.monotonic() - started
        for label, count in counts.items():
            self.stdout.write(f"{count:>10,} {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Synthetic data (seed {options['seed']}) written in {elapsed:.1f} s "
                f"({sum(counts.values()):,} rows)."
            )
        )
