"""What every filter set shares: negotiation, date range and free text, within bounds."""

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from drf_spectacular.utils import extend_schema_field

from .. import search
from ..fields import may_end_on_or_after, may_start_on_or_before
from ..forms import DayField
from ..models import NEGOTIATION_PATHS, Actor, Negotiation


class DateInput(forms.DateInput):
    input_type = "date"


class DayFilter(django_filters.DateFilter):
    """A day written ``YYYY-MM-DD``, as a date box sends it and the API's schema says."""

    field_class = DayField


#: A search longer than this is refused (400 with a message) before it reaches the database:
#: every word is one more condition on every searched field of every row.
SEARCH_MAX_CHARACTERS = 200
SEARCH_MAX_WORDS = 12


def bounded_search(value):
    """Refuse a search of more words than the database should be asked to match."""
    words = len(value.split())
    if words > SEARCH_MAX_WORDS:
        raise ValidationError(
            f"Search for at most {SEARCH_MAX_WORDS} words (this has {words}).", code="words"
        )


#: What a search's words are separated by (str.split(): Unicode whitespace), spelled out
#: so that the schema's pattern means the same in every regex dialect.
SPACES = "".join(f"\\u{ord(c):04x}" for c in map(chr, range(0x3001)) if c.isspace())
WORD = f"[^{SPACES}\\u0000]+"  # No NUL either: no database stores one.
WORDS = f"[{SPACES}]*(?:{WORD}[{SPACES}]+){{0,{SEARCH_MAX_WORDS - 1}}}(?:{WORD}[{SPACES}]*)?"

#: The searches these limits allow, as the API's schema says.
SEARCH_SCHEMA = {
    "type": "string",
    "maxLength": SEARCH_MAX_CHARACTERS,
    "pattern": f"^{WORDS}$",
    "description": f"Words to search for: at most {SEARCH_MAX_WORDS} words and "
    f"{SEARCH_MAX_CHARACTERS} characters.",
}


class NegotiationScopedFilterSet(django_filters.FilterSet):
    """Filters every dataset understands: negotiation, date range and free text.

    A range keeps an entry whose approximate date overlaps it: a January of month precision
    is kept by a 15–20 January range (pages mark it as possibly in range).
    """

    negotiation = django_filters.ModelChoiceFilter(
        queryset=Negotiation.objects.all(),
        to_field_name="slug",
        method="filter_negotiation",
        label="Negotiation",
        empty_label="All negotiations",
    )
    date_from = DayFilter(
        field_name="date", method="filter_date_from", label="From", widget=DateInput
    )
    date_to = DayFilter(field_name="date", method="filter_date_to", label="To", widget=DateInput)
    q = extend_schema_field(SEARCH_SCHEMA)(
        django_filters.CharFilter(
            method="filter_text",
            label="Search",
            max_length=SEARCH_MAX_CHARACTERS,
            validators=[bounded_search],
            # Counted as given: a search one space too long is refused, as the schema says.
            strip=False,
        )
    )

    #: Fields searched by the free-text filter; each dataset names its own.
    text_fields = ()
    #: Searched fields that are identifiers, not words (a URL, a slug): matched as written.
    identifier_fields = ()
    #: Where the date is, seen from the filtered model (terms are dated by their proposal):
    #: an approximate date's name, as every dated record keeps its date's precision.
    date_path = "date"

    def __init__(self, data=None, *args, **kwargs):
        # A filter form sends every box, empty ones too: an empty value is one left out,
        # for every filter alike (pages, exports and the API).
        if isinstance(data, QueryDict):
            data = data.copy()
            for name in list(data):
                given = [value for value in data.getlist(name) if value != ""]
                if given:
                    data.setlist(name, given)
                else:
                    del data[name]
        super().__init__(data, *args, **kwargs)
        self.filters["q"].extra["help_text"] = search.syntax(self.queryset.db)
        for name in ("date_from", "date_to"):
            if name in self.filters:
                self.filters[name].field_name = self.date_path

    @property
    def negotiation_path(self):
        """Where the filtered rows' negotiation is (terms reach it through their proposal),
        read from the one map of it, ``NEGOTIATION_PATHS``."""
        return NEGOTIATION_PATHS[self._meta.model]

    def filter_negotiation(self, queryset, name, value: Negotiation):
        # Rows that reach their negotiation some other way say how in their own method.
        return queryset.filter(**{self.negotiation_path: value})

    def filter_date_from(self, queryset, name, day):
        return queryset.filter(may_end_on_or_after(self.date_path, day))

    def filter_date_to(self, queryset, name, day):
        return queryset.filter(may_start_on_or_before(self.date_path, day))

    def filter_text(self, queryset, name, value):
        if not value.split():
            return queryset  # Spaces alone search for nothing, as an empty box does.
        return search.matching(queryset, self.text_fields, value, self.identifier_fields)

    def clean_range(self):
        """Refuse a range whose end comes before its start."""
        data = self.form.cleaned_data
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.form.add_error("date_to", "The end of the date range is before its start.")

    def clean_repeats(self):
        """Refuse a filter of one value given several times, rather than keep one of them."""
        if not isinstance(self.data, QueryDict):
            return
        for name, one_filter in self.filters.items():
            given = self.data.getlist(name)
            takes_one = not isinstance(one_filter, django_filters.MultipleChoiceFilter)
            if len(given) > 1 and takes_one and name not in self.form.errors:
                self.form.add_error(name, f"Give one value for {name}, not {len(given)}.")

    def is_valid(self):
        valid = super().is_valid()
        if valid:
            self.clean_range()
        self.clean_repeats()
        return valid and not self.form.errors


class IdField(django_filters.fields.ModelChoiceField):
    """A record chosen by its id as the API and the exports write it: " 1", "01" or "１" is
    no id, though the database would read each as 1."""

    def to_python(self, value):
        if value in self.empty_values or re.fullmatch("[1-9][0-9]{0,17}", value):
            return super().to_python(value)
        raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


class IdFilter(django_filters.ModelChoiceFilter):
    field_class = IdField


# Each dataset's filter set (``records``, ``proposals``, ``actors``) keeps the shared
# negotiation / date range / text filters and adds what its rows are about (an actor, a
# kind), so an export URL takes the same parameters as a page.


def actor_filter(label="Actor", **options):
    """An actor chosen by slug; unknown slugs make the filter set invalid."""
    return django_filters.ModelChoiceFilter(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        label=label,
        empty_label="Any actor",
        **options,
    )
