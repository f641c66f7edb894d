"""Dated, citable releases: every dataset's CSV at one moment, described as a Frictionless
Data Package (``datapackage.json``: fields, types, keys) with SHA-256 checksums.

A release is a folder under ``settings.RELEASES_ROOT`` named for its day (``2026-12-02``,
then ``2026-12-02.2`` for a second one that day); once written it never changes, so its
address can be cited.
"""

import datetime
import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.utils import timezone

from tracker.page_store.invalidation import changed

from .. import page_scopes
from .changelog import SCHEMA_VERSION
from .columns import BOOLEAN, CODE, DATE, DATETIME, INTEGER
from .datasets import DATASETS
from .writers import stream_csv

#: What a release folder may be called: its day, and a sequence number after the first.
RELEASE_NAME = re.compile(r"\d{4}-\d\d-\d\d(\.\d+)?")
CHECKSUMS = "SHA256SUMS"
DESCRIPTOR = "datapackage.json"

#: Table Schema types of the export's column types (lists and text are strings).
FIELD_TYPES = {INTEGER: "integer", DATE: "date", DATETIME: "datetime", BOOLEAN: "boolean"}


@dataclass(frozen=True)
class Release:
    """One written release, as its descriptor tells it."""

    name: str
    created: str
    note: str
    bytes: int
    files: tuple

    @classmethod
    def read(cls, folder):
        descriptor = json.loads((folder / DESCRIPTOR).read_text())
        return cls(
            name=folder.name,
            created=descriptor["created"],
            note=descriptor.get("description", ""),
            bytes=sum(resource["bytes"] for resource in descriptor["resources"]),
            files=(DESCRIPTOR, CHECKSUMS, *(r["path"] for r in descriptor["resources"])),
        )

    def order(self):
        """When it was made: its time, to the second, then its number that day (two releases
        made within one second are told apart by ``next_name``'s ".2")."""
        return self.created, int(self.name.partition(".")[2] or 1)


def root():
    return Path(settings.RELEASES_ROOT)


def published():
    """Every release, newest first."""
    if not root().is_dir():
        return []
    folders = [
        folder
        for folder in root().iterdir()
        if RELEASE_NAME.fullmatch(folder.name) and (folder / DESCRIPTOR).is_file()
    ]
    return sorted((Release.read(folder) for folder in folders), key=Release.order, reverse=True)


def file_of(name, file):
    """The path of a file of a release, or None when there is no such release or file."""
    if not RELEASE_NAME.fullmatch(name):
        return None
    folder = root() / name
    if not (folder / DESCRIPTOR).is_file() or file not in Release.read(folder).files:
        return None
    return folder / file


def next_name(today):
    """Today's first free name; one being written (``.partial``) is taken too."""
    folders = root().iterdir() if root().is_dir() else []
    taken = {folder.name.removesuffix(".partial") for folder in folders}
    name, number = today.isoformat(), 1
    while name in taken:
        number += 1
        name = f"{today.isoformat()}.{number}"
    return name


def table_schema(dataset):
    """The Table Schema of a dataset's CSV: its fields, primary key and foreign keys."""
    fields = []
    for column in dataset.all_columns:
        field = {
            "name": column.name,
            "type": FIELD_TYPES.get(column.type, "string"),
            "description": column.meaning,
        }
        if column.type == BOOLEAN:
            field |= {"trueValues": ["true"], "falseValues": ["false"]}
        if column.type == CODE and column.choices:
            field["constraints"] = {"enum": list(column.choices)}
        fields.append(field)
    schema = {"fields": fields, "missingValues": [""], "primaryKey": ["id"]}
    references = list(foreign_keys(dataset))
    if references:
        schema["foreignKeys"] = references
    return schema


def foreign_keys(dataset):
    """Columns holding the id of a row of another dataset (``proposal_id``: proposals)."""
    by_model = {other.model: other.name for other in DATASETS.values()}
    for column in dataset.all_columns:
        if column.type != INTEGER or not column.name.endswith("_id"):
            continue
        model = dataset.model
        path = column.source_path.removesuffix("__id").removesuffix("_id").split("__")
        try:
            for part in path:
                model = model._meta.get_field(part).related_model
        except (FieldDoesNotExist, AttributeError):  # not relations, e.g. a generic record id
            continue
        if model in by_model:
            # Table Schema names a reference to the same resource by an empty name.
            resource = "" if model is dataset.model else by_model[model]
            yield {"fields": [column.name], "reference": {"resource": resource, "fields": ["id"]}}


def make_release(note="", now=None):
    """Write every dataset's CSV, read in one transaction so that they agree with each
    other, then its descriptor and checksums; returns the release."""
    now = now or timezone.now()
    while True:
        folder = root() / next_name(timezone.localdate(now))
        partial = folder.with_name(folder.name + ".partial")
        try:
            partial.mkdir(parents=True)
            break
        except FileExistsError:  # another release took the name meanwhile
            continue
    try:
        write_release(partial, folder.name, note, now)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    # Only a finished release takes its name: a failure leaves no half-written one behind.
    partial.rename(folder)
    changed(page_scopes.TRACKER)  # so that the stored /export/ page lists it
    return Release.read(folder)


def write_release(partial, name, note, now):
    """Every dataset's CSV, then the descriptor and the checksums, into ``partial``."""
    resources = []
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            # One snapshot for every dataset, so foreign keys hold across the files (SQLite's
            # transaction reads one snapshot already; an enclosing one keeps its own).
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        for dataset in DATASETS.values():
            path = partial / f"{dataset.name}.csv"
            digest = hashlib.sha256()
            with open(path, "wb") as output:
                for chunk in stream_csv(dataset, dataset.queryset()):
                    output.write(chunk)
                    digest.update(chunk)
            resources.append(
                {
                    "name": dataset.name,
                    "title": dataset.title,
                    "description": dataset.description,
                    "path": path.name,
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8",
                    "bytes": path.stat().st_size,
                    "hash": f"sha256:{digest.hexdigest()}",
                    "schema": table_schema(dataset),
                }
            )
    descriptor = {
        "name": "ceasefire-negotiation-tracker",
        "title": "Ceasefire Negotiation Tracker",
        "version": name,
        "created": now.astimezone(datetime.UTC).isoformat(timespec="seconds"),
        "description": note,
        "schema_version": SCHEMA_VERSION,
        "resources": resources,
    }
    (partial / DESCRIPTOR).write_text(json.dumps(descriptor, indent=2, ensure_ascii=False))
    (partial / CHECKSUMS).write_text(
        "".join(f"{r['hash'].removeprefix('sha256:')}  {r['path']}\n" for r in resources)
    )
