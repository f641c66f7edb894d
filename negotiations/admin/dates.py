"""Dates as an editor types them: a day, or only a month ("2006-06") or a year ("2006"),
which the date's precision must then say; a day entered with a coarser precision is
recorded as that week, month or year, never the other way round."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError

from ..fields import ApproximateDate, DatePrecision

#: A month or a year alone: "2006-06", "2006".
PARTIAL = re.compile(r"^\s*(?P<year>\d{4})(?:-(?P<month>\d{1,2}))?\s*$")
#: From the finest to the coarsest; "on or before" needs its latest day.
COARSENESS = {
    DatePrecision.DAY: 0,
    DatePrecision.ON_OR_BEFORE: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


class PartialDate(datetime.date):
    """The first day of a month or a year an editor typed alone, and which of the two it is."""

    given = DatePrecision.DAY


class PartialDateField(forms.DateField):
    """A date field that also takes a month or a year alone (as a ``PartialDate``)."""

    def to_python(self, value):
        found = PARTIAL.match(value) if isinstance(value, str) else None
        if found is None:
            return super().to_python(value)
        month = int(found["month"] or 1)
        if not 1 <= month <= 12:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        partial = PartialDate(int(found["year"]), month, 1)
        partial.given = DatePrecision.MONTH if found["month"] else DatePrecision.YEAR
        return partial


def dates_by_their_precision(form):
    """Check each date of ``form`` against its precision and record it by it: a month or a
    year typed alone needs that precision (or a coarser one); a day with a coarser precision
    becomes its week's Monday, its month's first day or its year's 1 January."""
    for name, value in list(form.cleaned_data.items()):
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            continue
        given = getattr(value, "given", DatePrecision.DAY)
        precision = form.cleaned_data.get(f"{name}_precision")
        if precision is None:
            if given != DatePrecision.DAY:
                form.add_error(name, f"Give the whole day: only the {given.label} is typed.")
            continue
        if COARSENESS[DatePrecision(precision)] < COARSENESS[given]:
            form.add_error(
                name,
                f"Only the {given.label} is typed: choose “{given.label}” as the precision, "
                "or give the day.",
            )
            continue
        # The day that records it at that precision (a plain date, not a ``PartialDate``).
        day = datetime.date(value.year, value.month, value.day)
        form.cleaned_data[name] = ApproximateDate.containing(day, DatePrecision(precision)).date
