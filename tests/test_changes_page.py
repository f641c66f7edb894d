"""The changes page lists every record of a negotiation added, changed or removed in the days
asked for (record time), field by field, newest first, with the editor's note."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from negotiations.models import Actor, Event, ExchangeTerm, Negotiation
from negotiations.record_time import changes as changes_page

from .admin_form import save_in_admin
from .agreement_admin import agreement_in_admin
from .doha import DOHA, hamas_proposal
from .html_parts import parse, part, text_of, texts

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

CHANGES = f"/negotiations/{DOHA}/changes/"
MARCH_20 = datetime.datetime(2024, 3, 20, 12, tzinfo=datetime.UTC)
MARCH_19 = MARCH_20 - datetime.timedelta(days=1)


def saved_on(record, moment, note=None):
    """Save ``record`` as an editor would have at ``moment``, with a change note."""
    record._history_date = moment
    record._change_reason = note
    record.save()
    return record


def listed(client, params):
    """(kind, record kind, words) of each change the page lists, in its order."""
    page = parse(client.get(CHANGES, params).text)
    return [
        tuple(text_of(item.select_one(part)) for part in (".change", ".record-kind", "strong"))
        for item in page.select("li.record-change")
    ]


def test_a_record_added_on_a_day_is_listed_for_that_day_only(client, doha):
    saved_on(
        Event(negotiation=doha, kind="meeting", title="Envoys meet in Cairo", date="2023-10-07"),
        MARCH_20,
    )
    day = {"from": "2024-03-20", "to": "2024-03-20"}
    assert ("added", "event", "Envoys meet in Cairo") in listed(client, day)
    assert listed(client, {"from": "2024-03-21", "to": "2024-03-21"}) == []
    # Record time, not event time: the meeting's own day lists nothing.
    assert listed(client, {"from": "2023-10-07", "to": "2023-10-07"}) == []


def test_a_change_lists_each_fact_before_and_after_with_the_editors_note(client, doha):
    proposal = saved_on(hamas_proposal(), MARCH_19)  # the version the change is read against
    proposal.status = "rejected"
    proposal.date, proposal.date_precision = datetime.date(2024, 3, 18), "day"
    proposal.proposed_by = Actor.objects.get(slug="israel")
    saved_on(proposal, MARCH_20, note="Corrected from a second report")
    page = client.get(CHANGES, {"from": "2024-03-20", "to": "2024-03-20"}).text
    change = part(page, "li.record-change-changed")
    assert "Editor’s note: Corrected from a second report" in text_of(change)
    rows = {
        text_of(row.th): [text_of(cell) for cell in row.select("td")]
        for row in change.select("tbody tr")
    }
    assert rows["Status"] == ["presented", "rejected"]
    # One fact for the date's three columns, at the precision of each version.
    assert rows["Date"] == ["week of 11 Mar 2024", "18 Mar 2024"]
    assert rows["Proposed by"] == ["Hamas", "Israel"]
    assert "Version" not in rows and "Updated at" not in rows


def test_a_count_changes_as_one_fact_with_its_qualifier(client, doha):
    term = saved_on(ExchangeTerm.objects.get(proposal=hamas_proposal(), group="hostages"), MARCH_19)
    term.count_qualifier, term.count_min, term.count_max = "at_least", 40, None
    saved_on(term, MARCH_20)
    page = client.get(CHANGES, {"from": "2024-03-20", "to": "2024-03-20"}).text
    rows = {
        text_of(row.th): [text_of(cell) for cell in row.select("td")]
        for row in parse(page).select("li.record-change-changed tbody tr")
    }
    assert rows["Count"] == ["about 42", "at least 40"]


def test_a_removed_record_is_listed_with_what_it_said(client, doha):
    event = saved_on(Event.objects.get(title__startswith="Qatar warns that a Rafah"), MARCH_19)
    event._history_date = MARCH_20
    event.delete()
    (removal,) = [
        entry for entry in listed(client, {"from": "2024-03-20"}) if entry[0] == "removed"
    ]
    assert removal[2].startswith("Qatar warns that a Rafah operation")


def test_a_change_of_who_took_part_lists_them_before_and_after(client, doha):
    event = saved_on(Event.objects.filter(negotiation=doha).order_by("pk").first(), MARCH_19)
    before = sorted(actor.name for actor in event.participants.all())
    newcomer = Actor.objects.exclude(events=event).order_by("pk").first()
    event._history_date = MARCH_20
    event.participants.add(newcomer)
    page = client.get(CHANGES, {"from": "2024-03-20", "to": "2024-03-20"}).text
    rows = {
        text_of(row.th): [text_of(cell) for cell in row.select("td")]
        for row in part(page, "li.record-change-changed").select("tbody tr")
    }
    assert rows["Participants"] == [
        ", ".join(before) or "—",
        ", ".join(sorted([*before, newcomer.name])),
    ]


def test_changes_are_newest_first_and_other_negotiations_are_left_out(client, doha):
    other = Negotiation.objects.create(title="Other talks", slug="other-talks", stage="talks")
    saved_on(Event(negotiation=doha, kind="meeting", title="First", date="2024-03-01"), MARCH_20)
    later = MARCH_20 + datetime.timedelta(hours=2)
    saved_on(Event(negotiation=doha, kind="meeting", title="Second", date="2024-03-01"), later)
    saved_on(Event(negotiation=other, kind="meeting", title="Elsewhere", date="2024-03-01"), later)
    words = [entry[2] for entry in listed(client, {"from": "2024-03-20", "to": "2024-03-20"})]
    assert words == ["Second", "First"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "2024-13-45"}, "Enter a valid date"),
        ({"from": "2024-03-21", "to": "2024-03-20"}, "after its end"),
        ({"to": "x" * 50_000}, "Enter a valid date"),
    ],
)
def test_days_that_are_not_a_period_are_a_400_with_a_message(client, doha, params, message):
    response = client.get(CHANGES, params)
    assert response.status_code == 400
    assert message in text_of(part(response.text, ".message.error"))
    assert not parse(response.text).select("li.record-change")


def test_the_page_costs_the_same_queries_for_few_changes_and_many(client, doha, settings):
    settings.PAGE_CACHE_SECONDS = 0  # each request renders the page

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(CHANGES, {"from": "2024-03-20"}).status_code == 200
        return len(captured)

    # The cost grows with the kinds of record the changes name (here: proposals), not with
    # how many changes there are.
    one = saved_on(
        Event(negotiation=doha, kind="meeting", title="One", date="2024-03-01"), MARCH_20
    )
    one.proposal = hamas_proposal()
    saved_on(one, MARCH_20)
    few = queries()
    for index in range(30):
        event = Event(negotiation=doha, kind="meeting", title=f"Many {index}", date="2024-03-01")
        saved_on(event, MARCH_20)
        event.proposal = hamas_proposal()
        saved_on(event, MARCH_20)
    assert queries() == few


def test_the_status_page_asks_since_when_and_sends_to_the_changes_page(client, doha):
    status = parse(client.get(f"/negotiations/{DOHA}/").text)
    form = status.select_one('section[aria-labelledby="changed-since"] form')
    assert form["action"] == CHANGES
    assert form.select_one("input[type=date]")["name"] == "from"
    assert "Changes" in texts(status, "nav.subnav a")


def test_a_change_to_a_record_with_no_earlier_version_says_so(client, doha):
    # The module's fixture was loaded without edit history.
    proposal = hamas_proposal()
    proposal.status = "rejected"
    saved_on(proposal, MARCH_20)
    change = part(client.get(CHANGES, {"from": "2024-03-20"}).text, "li.record-change-changed")
    assert "No earlier version of it was recorded" in text_of(change)


def test_the_date_boxes_show_the_days_listed_even_when_none_was_chosen(client, doha):
    page = parse(client.get(CHANGES, {"to": "2024-03-20"}).text)
    assert page.select_one("#id_from")["value"] == "2024-02-19"
    assert page.select_one("#id_to")["value"] == "2024-03-20"


@pytest.mark.parametrize(
    "params", [{"to": "9999-12-31"}, {"to": "0001-01-10"}, {"from": "0001-01-01"}]
)
def test_the_calendars_first_and_last_days_are_periods_like_any_other(client, doha, params):
    assert client.get(CHANGES, params).status_code == 200


def test_more_changes_than_a_page_lists_are_said_to_be_more(client, doha, monkeypatch):
    monkeypatch.setattr(changes_page, "LIMIT", 3)
    for index in range(5):
        event = Event(negotiation=doha, kind="meeting", title=f"Meeting {index}", date="2024-03-01")
        saved_on(event, MARCH_20 + datetime.timedelta(minutes=index))
    page = parse(client.get(CHANGES, {"from": "2024-03-20", "to": "2024-03-20"}).text)
    assert [text_of(item.strong) for item in page.select("li.record-change")] == [
        "Meeting 4",
        "Meeting 3",
        "Meeting 2",
    ]
    assert "The newest 3 are shown" in text_of(page.select_one("#changes-list").parent)


def test_a_record_with_no_words_of_its_own_is_named_by_its_kind_and_date(client, doha):
    from negotiations.models import Milestone

    step = Milestone(proposal=hamas_proposal(), kind="in_force", date="2024-03-18")
    saved_on(step, MARCH_20)

    assert ("added", "milestone", "entered into force on 18 Mar 2024") in listed(
        client, {"from": "2024-03-20", "to": "2024-03-20"}
    )


def test_a_handover_is_named_by_its_count_group_and_outcome(client, doha):
    from negotiations.models import Handover

    batch = Handover(
        proposal=hamas_proposal(),
        group="hostages",
        count_min=3,
        count_max=3,
        outcome="delayed",
        date="2024-03-18",
    )
    saved_on(batch, MARCH_20)

    assert ("added", "handover", "3 hostages: delayed on 18 Mar 2024") in listed(
        client, {"from": "2024-03-20", "to": "2024-03-20"}
    )


def test_one_save_of_a_record_and_its_lists_is_listed_once(
    editor_client, client, talks, django_capture_on_commit_callbacks
):
    negotiation, _, _ = talks
    with_steps = {"kind": "in_force", "date": "2025-01-19", "actors": ["Northland", "Southland"]}
    with django_capture_on_commit_callbacks(execute=True):
        agreement_in_admin(
            editor_client, talks, "Truce", addressed_to=["Southland"], milestones=[with_steps]
        )
    today = timezone.localdate().isoformat()
    page = parse(client.get(f"/negotiations/{negotiation.slug}/changes/", {"from": today}).text)
    changes = [
        (text_of(item.select_one(".change")), text_of(item.select_one(".record-kind")))
        for item in page.select("li.record-change")
    ]
    # The milestone's "who acted" is recorded after the milestone itself, in the same save.
    assert sorted(changes) == [
        ("added", "milestone"),
        ("added", "negotiation"),
        ("added", "proposal"),
    ]


def test_one_edit_of_a_record_and_its_lists_is_one_change_with_both(
    editor_client, client, talks, django_capture_on_commit_callbacks
):
    negotiation, actors, _ = talks
    with django_capture_on_commit_callbacks(execute=True):
        truce = agreement_in_admin(editor_client, talks, "Truce", addressed_to=["Southland"])
        save_in_admin(
            editor_client, truce, title="Truce of January", addressed_to=actors["Midland"].pk
        )
    today = timezone.localdate().isoformat()
    page = parse(client.get(f"/negotiations/{negotiation.slug}/changes/", {"from": today}).text)
    edits = page.select("li.record-change-changed")
    assert len(edits) == 1
    rows = {
        text_of(row.th): [text_of(cell) for cell in row.select("td")]
        for row in edits[0].select("tbody tr")
    }
    assert rows == {
        "Title": ["Truce", "Truce of January"],
        "Addressed to": ["Southland", "Midland"],
    }
