"""Write everything the tracker holds to one JSON file: records, their history, staff accounts."""

import datetime
import json
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder
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

# Rows written without their id, found again by their natural key on restore: migrate has
# already made the Editors group in the fresh database. Every other row keeps its id.
NAMED_BY_THEIR_KEY = {"auth.group"}


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's JSON encoder, but times keep their microseconds (it cuts them to
    milliseconds, as JavaScript's dates have no more)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def backed_up_models():
    """The models a backup holds, each after the models it names by natural key."""
    app_list = [
        (config, None)
        for config in apps.get_app_configs()
        if config.models_module is not None and config.label not in EXCLUDED
    ]
    return [
        model
        for model in serializers.sort_dependencies(app_list, allow_cycles=True)
        if model._meta.label_lower not in EXCLUDED and not model._meta.proxy
    ]


def backup_rows():
    """Every row of the backed-up models, as ``loaddata`` reads them back."""
    for model in backed_up_models():
        # Natural keys refer to content types, permissions, users and groups by name, so
        # the file loads into a database whose own numbering of those differs.
        yield from serializers.serialize(
            "python",
            model._base_manager.order_by("pk"),
            use_natural_foreign_keys=True,
            use_natural_primary_keys=model._meta.label_lower in NAMED_BY_THEIR_KEY,
        )


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
        # The format of `dumpdata` (so `loaddata` reads it, and older backups still load),
        # with times to the microsecond.
        with open(path, "w", encoding="utf-8") as file:
            json.dump(list(backup_rows()), file, cls=ExactJSONEncoder, ensure_ascii=False, indent=1)
            file.write("\n")
        self.stdout.write(f"Backup written to {path}")
