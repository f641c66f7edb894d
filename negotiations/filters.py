"""Filters shared by the pages and the exports, so that what a reader sees is what they download.

Invalid values (an unknown actor, a date that is not a date) make ``is_valid()`` false;
callers must then show the form errors (pages) or answer 400 (exports), never fall back
to an unfiltered list.
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q

from .models import Actor, Event, Negotiation


class DateInput(forms.DateInput):
    input_type = "date"


class NegotiationScopedFilterSet(django_filters.FilterSet):
    """Filters every dataset understands: negotiation, date range and free text.

    A range keeps an entry whose recorded date (for a week, month or year: its first day)
    lies within it.
    """

    negotiation = django_filters.ModelChoiceFilter(
        queryset=Negotiation.objects.all(),
        to_field_name="slug",
        label="Negotiation",
        empty_label="All negotiations",
    )
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", label="From", widget=DateInput
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", label="To", widget=DateInput
    )
    q = django_filters.CharFilter(method="filter_text", label="Text contains")

    #: Fields searched by the free-text filter; each dataset names its own.
    text_fields = ()

    def filter_text(self, queryset, name, value):
        words = value.split()
        for word in words:
            match = Q()
            for field in self.text_fields:
                match |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(match)
        return queryset

    def clean_range(self):
        """Refuse a range whose end comes before its start."""
        data = self.form.cleaned_data
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.form.add_error("date_to", "The end of the date range is before its start.")

    def is_valid(self):
        valid = super().is_valid()
        if valid:
            self.clean_range()
        return valid and not self.form.errors


class EventFilter(NegotiationScopedFilterSet):
    """Timeline filters: actor (taking part), kind of event, date range, free text."""

    actor = django_filters.ModelChoiceFilter(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        method="filter_actor",
        label="Actor",
        empty_label="Any actor",
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=Event.Kind.choices, label="Kind of event", widget=forms.CheckboxSelectMultiple
    )

    text_fields = ("title", "summary", "place")

    class Meta:
        model = Event
        fields = ["negotiation", "actor", "kind", "date_from", "date_to", "q"]

    def filter_actor(self, queryset, name, actor):
        # A subquery, not a join, so an event never appears twice.
        taking_part = Event.participants.through.objects.filter(event=OuterRef("pk"), actor=actor)
        return queryset.filter(Exists(taking_part))
