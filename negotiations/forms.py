"""Forms for page parameters that are not filters: the timeline's keyset cursor, the day a
page is shown as recorded on, the days of the changes page."""

import datetime

from django import forms


class EventCursorField(forms.CharField):
    """A timeline position written ``YYYY-MM-DD_<id>``: the date and id of an entry."""

    default_error_messages = {
        "invalid": "This page link is broken: expected a date and an entry number.",
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        date_text, _, pk_text = value.partition("_")
        try:
            date = datetime.date.fromisoformat(date_text)
            pk = int(pk_text)
        except ValueError as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error
        if pk < 1:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return date, pk


def event_cursor(event):
    """The cursor that points at one event."""
    return f"{event.date.isoformat()}_{event.pk}"


class TimelinePageForm(forms.Form):
    """Which page of the timeline: entries after or before a cursor, never both."""

    after = EventCursorField(required=False)
    before = EventCursorField(required=False)

    def clean(self):
        data = super().clean()
        if data.get("after") and data.get("before"):
            raise forms.ValidationError("This page link is broken: it points two ways at once.")
        return data


#: How far back the changes page looks when no start is given (from the calendar's first
#: day at the earliest).
CHANGES_DEFAULT_SPAN = datetime.timedelta(days=30)
CHANGES_FIRST_DEFAULT_END = datetime.date.min + CHANGES_DEFAULT_SPAN


class ChangesForm(forms.Form):
    """The days whose edits the changes page lists: ``from`` and ``to``, both included."""

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        # "from" is a Python keyword: the fields are named in the address, not as attributes.
        for name, label in (("from", "From"), ("to", "To")):
            # A date box takes and shows ISO days, whatever the site's locale.
            box = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            self.fields[name] = forms.DateField(required=False, label=label, widget=box)

    def clean(self):
        data = super().clean()
        # A start alone, even tomorrow, reads up to that day at least.
        end = data.get("to") or max(self.today, data.get("from") or self.today)
        default_start = max(end, CHANGES_FIRST_DEFAULT_END) - CHANGES_DEFAULT_SPAN
        start = data.get("from") or default_start
        if start > end:
            raise forms.ValidationError("The start of the period is after its end.")
        data["from"], data["to"] = start, end
        return data


class RecordedDayForm(forms.Form):
    """``as_of``: the day whose end a page is shown as recorded at; empty for today's page."""

    as_of = forms.DateField(
        required=False,
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": "Give the day as YYYY-MM-DD, for example 2024-03-18."},
    )

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_as_of(self):
        day = self.cleaned_data["as_of"]
        if day is not None and day > self.today:
            raise forms.ValidationError(
                f"Nothing is recorded after today ({self.today.isoformat()}): "
                "choose today or an earlier day."
            )
        return day
