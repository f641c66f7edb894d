"""Records in the order of what their dates mean, the same on pages, in exports and in the
API: by the earliest day each may be, the more precise first on a tie, and an "on or
before" with no earliest day just before the day it may be."""

import datetime

import pytest

from negotiations.models import Event, Negotiation

from .admin_form import add_inline_row
from .agreement_admin import new_agreement_form
from .export_helpers import csv_rows
from .html_parts import parse, part, texts

pytestmark = pytest.mark.django_db

FEBRUARY = [
    # (title, date, precision, earliest), in the order they were recorded
    ("Talks resume", "2015-02-12", "day", None),
    ("Shelling of the city", "2015-02-01", "month", None),
    ("A convoy is let through", "2015-02-01", "day", None),
    ("Prisoners are counted", "2015-02-12", "on_or_before", None),
    ("A ceasefire line is drawn", "2015-02-13", "on_or_before", "2015-02-10"),
    ("Leaders meet in Minsk", "2015-01-31", "day", None),
]
IN_ORDER = [
    "Leaders meet in Minsk",  # 31 Jan
    "A convoy is let through",  # 1 Feb
    "Shelling of the city",  # Feb: from 1 Feb, after the day
    "A ceasefire line is drawn",  # between 10 and 13 Feb
    "Prisoners are counted",  # on or before 12 Feb: it may not follow 12 Feb
    "Talks resume",  # 12 Feb
]


@pytest.fixture
def february(talks):
    negotiation = talks[0]
    for title, day, precision, earliest in FEBRUARY:
        Event.objects.create(
            negotiation=negotiation,
            kind="context",
            title=title,
            date=datetime.date.fromisoformat(day),
            date_precision=precision,
            date_earliest=earliest and datetime.date.fromisoformat(earliest),
        )
    return negotiation


def test_the_timeline_lists_events_by_what_their_dates_mean(client, february):
    page = parse(client.get(f"/negotiations/{february.slug}/timeline/").text)
    assert texts(page, "li.event > h3") == IN_ORDER
    # The month-precision event is under its month, never before a day of another month.
    assert texts(page, "section.month h2") == ["January 2015", "February 2015"]


def test_the_events_export_lists_them_in_the_same_order(client, february):
    _, rows = csv_rows(client.get("/export/events.csv", {"negotiation": february.slug}))
    assert [row["title"] for row in rows] == IN_ORDER


def test_an_agreements_steps_read_in_order_on_its_page_in_the_csv_and_the_api(
    client, editor_client, talks, django_capture_on_commit_callbacks
):
    url, form = new_agreement_form(editor_client, talks, "Evacuation")
    steps = [
        ("resumed", {"date": "2016-12-16", "date_precision": "day"}),
        ("agreed", {"date": "2016-12-13", "date_precision": "day"}),
        (
            "suspended",
            {"date": "2016-12-16", "date_precision": "on_or_before", "date_earliest": "2016-12-14"},
        ),
    ]
    for kind, date in steps:
        add_inline_row(form, "milestones", source=talks[2].pk, kind=kind, **date)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url, form)
    deal = Negotiation.objects.get().proposals.get()
    in_order = ["agreed", "suspended", "resumed"]

    page = part(
        client.get(deal.get_absolute_url()).text, "section[aria-labelledby=lifecycle-heading]"
    )
    assert texts(page, "li strong") == ["agreed", "suspended", "resumed"]
    _, rows = csv_rows(client.get("/export/milestones.csv", {"negotiation": talks[0].slug}))
    assert [row["kind"] for row in rows] == in_order
    api = client.get(f"/api/v1/proposals/{deal.pk}/").json()
    assert [step["kind"] for step in api["milestones"]] == in_order
