"""What every record shares: edit history, optimistic locking, page addresses."""

import re

from django.apps import apps
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.db.models import (
    F,
)
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from ..fields import approximate_value_errors, complete_single_numbers
from .packed import packed_record, unpacked_record

_ROUTE_PARTS = {}

#: Who adds parameters to the links records give (``keep_in_page_links``).
_LINK_KEEPERS = []


# Hyphens, dashes, minus and slash join words in names ("Russia–Ukraine talks"): in a slug
# they part them, where slugify alone would run the words together ("russiaukraine").
_WORD_JOINERS = re.compile(r"[\u2010-\u2015\u2212/]")


def slug_for(name):
    """The slug of a name for page addresses: "Russia–Ukraine talks" is russia-ukraine-talks."""
    return slugify(_WORD_JOINERS.sub(" ", name))


def page_address(route, key, query=None):
    """``reverse(route, args=[key])`` for a page whose address has one slug or id as a
    segment (``/proposals/<id>/``, ``/negotiations/<slug>/timeline/``), with ``query`` and
    what the page being shown keeps in its links (``keep_in_page_links``): a page shown as
    recorded on a day links to the others that can be, as on that day.

    Pages link hundreds of records; each route is reversed once per URLconf and script
    prefix and the key put in its place, instead of resolving the route again for every link.
    """
    place = (route, get_urlconf(), get_script_prefix())
    parts = _ROUTE_PARTS.get(place)
    if parts is None:
        head, found, tail = reverse(route, args=[0]).rpartition("/0/")
        if not found:
            raise ValueError(f"{route}'s address has no segment for its key")
        parts = _ROUTE_PARTS[place] = (head, tail)
    head, tail = parts
    query = dict(query or {})
    for keeper in _LINK_KEEPERS:
        query.update(keeper(route))
    return f"{head}/{key}/{tail}?{urlencode(query)}" if query else f"{head}/{key}/{tail}"


def keep_in_page_links(keeper):
    """``keeper(route)`` gives the parameters a link to that page keeps from the page being
    shown (``record_time.as_of.kept_in_links``: the day it is shown as recorded on); the
    records decide nothing of it."""
    if keeper not in _LINK_KEEPERS:
        _LINK_KEEPERS.append(keeper)


class StaleRecordError(Exception):
    """Someone saved the record after this copy of it was loaded; saving would undo their work."""

    def __init__(self, record, loaded_version):
        self.record = record
        self.loaded_version = loaded_version
        super().__init__(
            f"{record._meta.verbose_name} {record.pk} was saved by someone else "
            f"after version {loaded_version} was loaded"
        )


class DomainModel(models.Model):
    """Common base: full edit history, optimistic locking, validation of approximate values."""

    history = HistoricalRecords(inherit=True)
    # A record's public corrections go with it.
    corrections = GenericRelation("Correction")
    # A default rather than auto_now, so that fixtures and bulk inserts get a value too.
    updated_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    version = models.PositiveIntegerField(
        default=1,
        editable=False,
        help_text="Goes up by one on every save; a save from an older version is refused.",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "updated_at", "version"}
        if self._state.adding or kwargs.get("force_insert"):
            super().save(*args, **kwargs)
            return
        using = kwargs.get("using") or self._state.db
        with transaction.atomic(using=using):
            # UPDATE ... WHERE version = n: of two saves from the same version, only the
            # first matches a row; the second finds none and is refused, never overwrites.
            claimed = (
                type(self)
                ._base_manager.using(using)
                .filter(pk=self.pk, version=self.version)
                .update(version=F("version") + 1)
            )
            if not claimed and type(self)._base_manager.using(using).filter(pk=self.pk).exists():
                raise StaleRecordError(self, self.version)
            if claimed:
                self.version += 1
            super().save(*args, **kwargs)

    def changes_since(self, version):
        """What saves after ``version`` changed, per simple-history: (who, when, changes)."""
        records = list(
            self.history.filter(version__gte=version)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        if not records:
            return None, None, []
        latest = records[-1]
        base = records[0] if records[0].version == version else None
        changes = []
        if base is not None and base is not latest:
            delta = latest.diff_against(base, excluded_fields=["version", "updated_at"])
            for change in delta.changes:
                field = self._meta.get_field(change.field)
                changes.append((str(field.verbose_name), change.old, change.new))
        return latest.history_user, latest.history_date, changes

    def clean(self):
        super().clean()
        complete_single_numbers(self)
        errors = approximate_value_errors(self)
        errors.update(self.domain_errors())
        if errors:
            raise ValidationError(errors)

    def domain_errors(self):
        """Field-keyed messages for invariants that a constraint cannot state."""
        return {}

    def validate_constraints(self, exclude=None):
        """A constraint whose ``violation_error_code`` names a field reports beside that field
        (Django reports CHECK constraints for the whole record)."""
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            raise ValidationError(self._keyed_to_fields(error.error_dict)) from None

    def _keyed_to_fields(self, errors):
        fields = {field.name for field in self._meta.get_fields()}
        keyed = {}
        for key, messages in errors.items():
            for message in messages:
                field = message.code if key == NON_FIELD_ERRORS and message.code in fields else key
                keyed.setdefault(field, []).append(message)
        return keyed


class CitedModel(DomainModel):
    """A factual record: it cites the sources it rests on."""

    citations = GenericRelation("Citation")

    class Meta:
        abstract = True

    #: The records (its foreign keys) that its name and address read.
    name_reads = ()

    @staticmethod
    def kinds():
        """Every kind of record that cites its sources."""
        return [
            model
            for model in apps.get_app_config("negotiations").get_models()
            if issubclass(model, CitedModel)
        ]

    @classmethod
    def packed_named(cls, pk):
        """The record of id ``pk`` (an outer query's column) as JSON text, with what its
        name and address read: a page naming records of many kinds reads them in one query."""
        return packed_record(cls._base_manager.filter(pk=pk), cls.name_reads, **cls.named_with())

    @classmethod
    def named_with(cls):
        """Values computed by the database that its name reads, by name."""
        return {}

    @classmethod
    def unpacked_named(cls, text):
        """The record ``packed_named`` wrote, ready to be named and linked; None for None."""
        return unpacked_record(cls, text, cls.name_reads)
