"""Deadlines as iCalendar feeds, read back with the icalendar library as a calendar client
reads them: all-day events over the days a due date may be, UIDs that stay the same as a
deadline is edited, and a SEQUENCE that goes up with each save."""

import datetime

import pytest
from icalendar import Calendar

from negotiations.models import Deadline, Milestone, Negotiation

from .admin_form import change_url, load_admin_form, submit_admin_form
from .implementation_admin import STATUS

pytestmark = pytest.mark.django_db

CALENDAR = f"{STATUS}deadlines.ics"


def entries(client, url=CALENDAR):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return [
        {
            "uid": str(entry["UID"]),
            "summary": str(entry["SUMMARY"]),
            "start": entry.decoded("DTSTART"),
            "end": entry.decoded("DTEND"),
            "sequence": int(entry["SEQUENCE"]),
            "description": str(entry["DESCRIPTION"]),
        }
        for entry in Calendar.from_ical(response.content).walk("VEVENT")
    ]


def recorded(found):
    """The entries of deadlines editors recorded (not an agreement's scheduled end)."""
    return [entry for entry in found if ":deadline/" in entry["uid"]]


def test_each_deadline_is_an_all_day_event_of_its_agreement(client, implemented):
    talks, phase_end = recorded(entries(client))

    assert talks["summary"] == (
        "Phase 1: talks on the next phase due: talks on phase 2 to begin "
        "(Three-phase truce and exchange)"
    )
    assert (talks["start"], talks["end"]) == (datetime.date(2025, 2, 3), datetime.date(2025, 2, 4))
    assert talks["description"] == (
        "Due on 3 Feb 2025, under Three-phase truce and exchange (Northland–Southland talks)."
    )
    assert phase_end["start"] == datetime.date(2025, 3, 1)


def test_an_edited_deadline_keeps_its_uid_with_a_higher_sequence(
    client, editor_client, implemented
):
    before = entries(client)[0]
    deadline = Deadline.objects.get(kind="next_phase_talks")
    url = change_url(deadline)
    form = load_admin_form(editor_client, url)
    form.update(due=["2025-02-10"], met_on=["2025-02-12"], met_on_precision=["day"])
    submit_admin_form(editor_client, url, form)

    after = [entry for entry in entries(client) if entry["uid"] == before["uid"]]
    assert len(after) == 1
    assert after[0]["sequence"] > before["sequence"]
    assert after[0]["start"] == datetime.date(2025, 2, 10)
    assert after[0]["description"].endswith("The step came on 12 Feb 2025.")


def test_the_agreements_scheduled_end_is_an_event_an_extension_moves(client, implemented):
    (end,) = [entry for entry in entries(client) if ":scheduled-end/" in entry["uid"]]
    # Phase 1 runs six weeks from 19 January, to 1 March: no editor typed this day.
    assert end["summary"] == "Scheduled end of Three-phase truce and exchange"
    assert (end["start"], end["end"]) == (datetime.date(2025, 3, 1), datetime.date(2025, 3, 2))
    assert "(computed: 42 days of phase 1 from 19 Jan 2025)" in end["description"]

    agreement = Deadline.objects.get(kind="phase_end").proposal
    Milestone.objects.create(
        proposal=agreement, kind="extended", date="2025-03-01", scheduled_end="2025-03-15"
    )

    (moved,) = [entry for entry in entries(client) if entry["uid"] == end["uid"]]
    assert moved["start"] == datetime.date(2025, 3, 15)
    assert moved["sequence"] > end["sequence"]
    assert "(set by its step of 1 Mar 2025)" in moved["description"]


def test_a_deadline_known_to_the_month_spans_the_month(client, implemented):
    deadline = Deadline.objects.get(kind="phase_end")
    Deadline.objects.filter(pk=deadline.pk).update(due_precision="month", due="2025-03-01")

    entry = next(e for e in entries(client) if e["uid"].endswith(f"deadline/{deadline.pk}"))
    assert (entry["start"], entry["end"]) == (datetime.date(2025, 3, 1), datetime.date(2025, 4, 1))


def test_the_tracker_calendar_holds_every_negotiations_deadlines_and_the_page_links_it(
    client, implemented
):
    assert len(recorded(entries(client, "/deadlines.ics"))) == 2
    page = client.get(STATUS).text
    assert f'<a type="text/calendar" href="{CALENDAR}">' in page


def test_an_unknown_negotiation_has_no_calendar(client, db):
    assert client.get("/negotiations/no-such-talks/deadlines.ics").status_code == 404


def test_a_calendar_with_no_deadline_yet_still_holds_one_component(client, db):
    # A negotiation of its own: loading the Doha fixture, whose records carry their keys, over
    # the module's committed agreement (``implemented``) could take over its deadlines.
    quiet = Negotiation.objects.create(slug="quiet-talks", title="Quiet talks", stage="active")
    response = client.get(f"/negotiations/{quiet.slug}/deadlines.ics")
    calendar = Calendar.from_ical(response.content)
    assert calendar.walk("VEVENT") == []
    # RFC 5545: a calendar holds one component at least; here, the time zone UTC.
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["UTC"]
