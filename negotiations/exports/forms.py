"""Reading an export request: the dataset's filters and the options every export takes,
validated before the first byte is written."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from .datasets import DATASETS
from .deletions import DELETIONS


class QueryStringDateTimeField(forms.DateTimeField):
    """An ISO 8601 date-time read from a query string, as an instant in UTC (no offset: UTC).

    Refused before any row is read when a database could not compare with it: an offset
    beyond PostgreSQL's ±15:59, or an instant outside the years 1 to 9999 once in UTC.
    """

    def to_python(self, value):
        # An unencoded "+" in a query string arrives as a space: "2024-03-18T10:00 01:00".
        head, space, offset = (value or "").strip().rpartition(" ")
        if space and "T" in head and re.fullmatch(r"\d\d:?\d\d", offset):
            value = f"{head}+{offset}"
        moment = super().to_python(value)
        if moment is None:
            return None
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=datetime.UTC)
        if abs(moment.utcoffset()) >= datetime.timedelta(hours=16):
            raise ValidationError("A UTC offset must lie within ±15:59.", code="offset")
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            raise ValidationError(
                "This date-time falls outside the years 1 to 9999 in UTC.", code="range"
            ) from None


def form_problems(form):
    """``name: problem`` for each error of a form (or filter set); empty when it is valid."""
    if form.is_valid():
        return []
    return [f"{name}: {problem}" for name, problems in form.errors.items() for problem in problems]


class TableRequest:
    """What every export request gives the writers (``writers``): a table, what to read
    its rows from, whether the CSV starts with a byte-order mark, and a file name."""

    bom = False

    def __init__(self, table):
        self.table = table

    def errors(self):
        """Messages explaining why the request cannot be answered; empty when it can."""
        raise NotImplementedError

    def selection(self):
        """What the table reads its rows from (``Table.rows``); only once ``errors()`` is
        empty."""
        raise NotImplementedError

    def named_for(self):
        """What the file holds besides its table, for its name."""
        return []

    def filename(self, extension, today=None):
        """Named for its content, e.g. events-israel-hamas-ceasefire-talks-2026-11-25.csv."""
        today = today or timezone.localdate()
        parts = [self.table.name, *self.named_for(), today.isoformat()]
        return "-".join(part for part in parts if part) + f".{extension}"


class ExportOptions(forms.Form):
    """Parameters an export takes besides the dataset's filters."""

    updated_since = QueryStringDateTimeField(
        required=False,
        help_text="Only rows changed at or after this ISO 8601 date-time (UTC if no offset).",
    )
    bom = forms.ChoiceField(
        required=False,
        choices=[("", "no"), ("0", "no"), ("1", "yes")],
        help_text="1 starts the CSV with a UTF-8 byte-order mark, for Excel.",
    )


#: Query parameters a list page may carry that page through the list rather than narrow
#: it: a download holds every matching row, so they are ignored.
IGNORED_PARAMETERS = frozenset({"page", "after", "before"})


class ExportRequest(TableRequest):
    """A dataset, its filters and the export options, validated together."""

    def __init__(self, dataset, data):
        super().__init__(dataset)
        self.dataset = dataset
        self.filters = dataset.filterset(data, queryset=dataset.queryset())
        self.options = ExportOptions(data)
        self.unknown = sorted(
            set(data)
            - set(self.filters.base_filters)
            - set(ExportOptions.base_fields)
            - IGNORED_PARAMETERS
        )

    def errors(self):
        messages = []
        if self.unknown:
            accepted = ", ".join([*self.dataset.filter_names, *ExportOptions.base_fields])
            messages.append(
                f"Unknown parameter(s) for {self.dataset.name}: {', '.join(self.unknown)}. "
                f"Accepted: {accepted}."
            )
        for form in (self.filters, self.options):
            messages.extend(form_problems(form))
        if not self.dataset.tracks_changes and self.options.data.get("updated_since"):
            messages.append(
                f"updated_since: {self.dataset.name} rows carry no change time; "
                "download the whole dataset."
            )
        return messages

    def selection(self):
        """The dataset's records narrowed by the filters and ?updated_since=."""
        queryset = self.filters.qs
        since = self.options.cleaned_data.get("updated_since")
        if since is not None:
            queryset = self.dataset.changed_since(queryset, since)
        return queryset

    @property
    def bom(self):
        return self.options.cleaned_data.get("bom") == "1"

    def named_for(self):
        negotiation = self.filters.form.cleaned_data.get("negotiation")
        return [negotiation.slug if negotiation else None]


class DeletionsOptions(forms.Form):
    """Parameters the deletions export takes."""

    since = QueryStringDateTimeField(
        required=False,
        help_text="Only rows deleted at or after this ISO 8601 date-time (UTC if no offset).",
    )


class DeletionsRequest(TableRequest):
    """The deletions listing, since ``?since=``."""

    def __init__(self, deletions, data):
        super().__init__(deletions)
        self.options = DeletionsOptions(data)

    def errors(self):
        unknown = sorted(set(self.options.data) - set(self.options.fields))
        messages = []
        if unknown:
            messages.append(
                f"Unknown parameter(s) for {self.table.name}: {', '.join(unknown)}. "
                "Accepted: since."
            )
        return messages + form_problems(self.options)

    def selection(self):
        """The moment from which deletions are listed, or None for every one."""
        return self.options.cleaned_data["since"]


def request_for(name, data):
    """The request for the dataset named, or for the deletions; None when there is none."""
    if name == DELETIONS.name:
        return DeletionsRequest(DELETIONS, data)
    if name in DATASETS:
        return ExportRequest(DATASETS[name], data)
    return None
