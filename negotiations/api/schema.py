"""What the API's schema says each parameter accepts: exactly what the API answers 200 to,
so that a client (and schemathesis) can tell a request that will be answered from one that
will be refused before sending it."""

import django_filters
from django.db import DatabaseError
from django.utils import timezone
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter

from ..forms import DAY

#: A page's cursor as the API writes it: the id of the record its page begins after, or of
#: the one it ends before.
CURSOR = "(after|before)-([1-9][0-9]{0,17})"

#: Filters of a record chosen by its slug (or another unique field).
MODEL_CHOICES = (django_filters.ModelChoiceFilter, django_filters.ModelMultipleChoiceFilter)


def days_up_to(today):
    """A pattern of the days written YYYY-MM-DD up to ``today``: written so, a day is later
    exactly when its text sorts later, character by character."""
    written = today.isoformat()
    shape = ["-" if character == "-" else "[0-9]" for character in written]
    earlier = [
        f"{written[:place]}[0-{int(digit) - 1}]{''.join(shape[place + 1 :])}"
        for place, digit in enumerate(written)
        if digit.isdigit() and digit != "0"
    ]
    return f"^(?:{'|'.join([*earlier, written])})$"


def recorded_day():
    """``as_of``, with the days it takes as of today."""
    return OpenApiParameter(
        "as_of",
        {"type": "string", "format": "date", "pattern": days_up_to(timezone.localdate())},
        description="The records as recorded at the end of this day (YYYY-MM-DD, not after "
        "today), from the edit history: what was added or changed later is not in the answer, "
        "whatever day it is about. Empty, or a later day, answers 400.",
    )


#: What a slug looks like, where the schema cannot list the slugs that exist.
SLUG_PATTERN = "^[-a-zA-Z0-9_]+$"


class RecordSchema(AutoSchema):
    """Every list and record takes ``as_of``, whose latest day is today's."""

    def get_override_parameters(self):
        return [*super().get_override_parameters(), recorded_day()]


def choices(auto_schema, queryset, slug):
    """The ``slug`` of each record of ``queryset``, as text: read once per schema, for the
    many filters that choose among the same records (actors, negotiations, agreements)."""
    # The registry is the one schema's being written: the lists never outlive it.
    read = vars(auto_schema.registry).setdefault("filter_choices", {})
    key = (str(queryset.query), slug)
    if key not in read:
        chosen = queryset.order_by(slug).values_list(slug, flat=True).distinct()
        read[key] = [str(value) for value in chosen]
    return list(read[key])


class FilterParameters(DjangoFilterExtension):
    """The filters' parameters as the filter sets read them: an empty value is one left out,
    a record is chosen among those that exist by its slug, a day is written YYYY-MM-DD."""

    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        for parameter in parameters:
            schema = parameter["schema"]
            values = schema.get("items", schema)
            if isinstance(filter_field, MODEL_CHOICES):
                slug = filter_field.extra["to_field_name"]
                # A query's values are text: a record chosen by its id is one of the ids as
                # written, and an empty value (one left out) is text too.
                values["type"] = "string"
                try:
                    values["enum"] = choices(auto_schema, filter_field.queryset, slug)
                except DatabaseError:
                    # Before `migrate` (e.g. `check --deploy` on a new server) there are no
                    # records to list: the schema says only what a slug looks like.
                    values["pattern"] = SLUG_PATTERN
            if "enum" in values:
                values["enum"] = ["", *values["enum"]]
            elif values.get("format") == "date":
                day = {**values, "pattern": f"^{DAY}$"}
                parameter["schema"] = {"anyOf": [day, {"type": "string", "maxLength": 0}]}
        return parameters
