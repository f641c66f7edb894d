"""Forms for page parameters that are not filters: the timeline's keyset cursor, the day a
page is shown as recorded on, the days of the changes page."""

import datetime
import re

from django import forms

#: A day as the tracker writes it, in ASCII digits: Python's own parsers also read
#: 2024-3-18, 2024-03-18T00:00 or other scripts' digits, which no page or answer promises.
DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}"


class DayField(forms.DateField):
    """A day written ``YYYY-MM-DD``, and nothing else."""

    def to_python(self, value):
        if value not in self.empty_values and not re.fullmatch(DAY, str(value)):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class EventCursorField(forms.CharField):
    """A timeline position written ``YYYY-MM-DD_<rank>_<id>``: the day an entry sorts by, the
    rank of its precision and its id (``YYYY-MM-DD_<id>``, from older links, is rank 0)."""

    default_error_messages = {
        "invalid": "This page link is broken: expected a date and an entry number.",
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        # int() alone would read "1_2" as 12 and other scripts' digits as ours.
        written = re.fullmatch(f"({DAY})_(?:([0-9])_)?([1-9][0-9]{{0,17}})", value)
        if written is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            date = datetime.date.fromisoformat(written[1])
        except ValueError as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error
        return date, int(written[2] or 0), int(written[3])


def event_cursor(event):
    """The cursor that points at one event."""
    return f"{event.date_order_day.isoformat()}_{event.date_order_rank}_{event.pk}"


#: The kinds of entry a timeline lists, in the order they come on one day (each record's
#: ``timeline_kind``, with the words a reader chooses them by).
TIMELINE_ENTRIES = [
    ("event", "events"),
    ("step", "agreement steps"),
    ("handover", "handovers"),
    ("implementation statement", "implementation statements"),
    ("violation", "violations alleged"),
]


class TimelineEntriesForm(forms.Form):
    """Which kinds of entry the timeline lists; none chosen, all of them (events alone when
    a kind of event is chosen, which asks for events)."""

    entry = forms.MultipleChoiceField(
        required=False,
        label="Entries",
        choices=TIMELINE_ENTRIES,
        widget=forms.CheckboxSelectMultiple,
    )

    def shown(self, kind_of_event_chosen):
        """The ``timeline_kind`` of each kind of entry to list."""
        chosen = set(self.cleaned_data["entry"])
        if chosen:
            return chosen
        return {"event"} if kind_of_event_chosen else {kind for kind, _ in TIMELINE_ENTRIES}


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
    """``as_of``: the day whose end a page is shown as recorded at; left out for today's page."""

    as_of = DayField(
        required=False,
        error_messages={"invalid": "Give the day as YYYY-MM-DD, for example 2024-03-18."},
    )

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_as_of(self):
        day = self.cleaned_data["as_of"]
        # No page writes an empty or a second day: either is a mistake, not today's page.
        given = self.data.getlist("as_of")
        if len(given) > 1:
            raise forms.ValidationError("Give one day, once.")
        if given and day is None:
            raise forms.ValidationError("Give a day, or leave as_of out for today's records.")
        if day is not None and day > self.today:
            raise forms.ValidationError(
                f"Nothing is recorded after today ({self.today.isoformat()}): "
                "choose today or an earlier day."
            )
        return day


class ListPageForm(forms.Form):
    """Which page of a list an address asks for: a whole number from 1 (the first if none)."""

    page = forms.IntegerField(label="page", min_value=1, required=False)
