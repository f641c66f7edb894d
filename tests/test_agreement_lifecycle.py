"""An agreement's dated steps, entered through the admin's own forms: renewals, expiry, collapse
and return, on the timeline and the strip; steps out of order refused or saved with a warning."""

import datetime

import pytest

from negotiations.models import Milestone, Proposal
from negotiations.standing import standing_of

from .admin_form import add_inline_row, change_url, load_admin_form
from .agreement_admin import (
    TALKS_TIMELINE,
    agreement_in_admin,
    formset_problems,
    new_agreement_form,
)
from .export_helpers import csv_rows
from .html_parts import fact, parse, part, text_of, texts

pytestmark = pytest.mark.django_db


@pytest.fixture
def renewed_truce(editor_client, talks):
    """In force from 19 January, extended twice, expired on 19 April."""
    return agreement_in_admin(
        editor_client,
        talks,
        "Renewed truce",
        milestones=[
            {"kind": "in_force", "date": "2025-01-19", "scheduled_end": "2025-02-18"},
            {"kind": "extended", "date": "2025-02-16", "scheduled_end": "2025-03-20"},
            {"kind": "extended", "date": "2025-03-18", "scheduled_end": "2025-04-19"},
            {"kind": "expired", "date": "2025-04-19"},
        ],
    )


def test_an_agreement_renewed_twice_then_expired(client, renewed_truce):
    agreement = renewed_truce

    page = client.get(agreement.get_absolute_url()).text
    assert text_of(part(page, ".agreement-standing")) == "Expired on 19 Apr 2025; extended 2 times."
    before_expiry = standing_of(agreement, on=datetime.date(2025, 3, 1))
    assert (before_expiry.state, str(before_expiry.scheduled_end.date)) == (
        "in force",
        "20 Mar 2025",
    )
    _, rows = csv_rows(client.get("/export/milestones.csv?negotiation=northland-southland-talks"))
    assert [(row["kind"], row["date"], row["scheduled_end"]) for row in rows] == [
        ("in_force", "2025-01-19", "2025-02-18"),
        ("extended", "2025-02-16", "2025-03-20"),
        ("extended", "2025-03-18", "2025-04-19"),
        ("expired", "2025-04-19", ""),
    ]
    assert {row["scheduled_end_precision"] for row in rows} == {"day", ""}


def test_the_timeline_lists_each_step_of_an_agreement_in_date_order(client, renewed_truce):
    timeline = parse(client.get(TALKS_TIMELINE).text)

    steps = timeline.select("li.agreement-step")
    assert [text_of(step.select_one("h3")) for step in steps] == [
        "Entered into force: Renewed truce",
        "Extended or renewed: Renewed truce",
        "Extended or renewed: Renewed truce",
        "Expired: Renewed truce",
    ]
    assert [text_of(step.select_one(".event-date time")) for step in steps] == [
        "19 Jan 2025",
        "16 Feb 2025",
        "18 Mar 2025",
        "19 Apr 2025",
    ]
    assert text_of(fact(steps[1], "Scheduled to end")) == "20 Mar 2025"
    assert text_of(fact(steps[3], "Source")) == "Report on the truce (news report)"
    assert steps[0].select_one("h3 a")["href"] == renewed_truce.get_absolute_url()
    assert "Also listed: 4 agreement steps" in text_of(timeline.select_one(".result-count"))


def test_the_timelines_date_filter_keeps_the_steps_within_the_range(client, renewed_truce):
    timeline = parse(client.get(f"{TALKS_TIMELINE}?date_from=2025-02-01&date_to=2025-03-31").text)

    assert texts(timeline, "li.agreement-step .event-date time") == ["16 Feb 2025", "18 Mar 2025"]


def test_a_filter_by_kind_of_event_lists_no_agreement_steps(client, renewed_truce):
    timeline = parse(client.get(f"{TALKS_TIMELINE}?kind=meeting").text)

    assert timeline.select("li.agreement-step") == []


def test_a_milestone_without_a_source_is_refused_on_the_agreement_page(editor_client, talks):
    agreement = agreement_in_admin(editor_client, talks, "Truce")
    form = load_admin_form(editor_client, change_url(agreement))
    add_inline_row(form, "milestones", kind="signed", date="2025-01-15", date_precision="day")

    response = editor_client.post(change_url(agreement), form)

    assert response.status_code == 200
    assert not Milestone.objects.exists()


def test_a_status_that_disagrees_with_the_latest_status_change_is_refused(editor_client, talks):
    agreement = agreement_in_admin(editor_client, talks, "Truce")
    form = load_admin_form(editor_client, change_url(agreement))
    add_inline_row(
        form,
        "status_changes",
        status="rejected",
        date="2025-01-20",
        date_precision="day",
        source=talks[2].pk,
    )

    response = editor_client.post(change_url(agreement), form)

    assert response.status_code == 200
    assert [
        "The latest status change (20 Jan 2025) says “rejected” but the proposal's status is "
        "“accepted”: make them agree."
    ] in formset_problems(response)
    assert not agreement.status_changes.exists()


def test_a_milestone_cannot_be_scheduled_to_end_before_it_happens(talks):
    agreement = Proposal.objects.create(
        negotiation=talks[0], kind="agreement", title="Truce", status="accepted"
    )
    milestone = Milestone(
        proposal=agreement,
        kind="in_force",
        date=datetime.date(2025, 1, 19),
        scheduled_end=datetime.date(2025, 1, 1),
    )

    with pytest.raises(Exception) as refused:
        milestone.full_clean()

    assert refused.value.message_dict["scheduled_end"] == [
        "The scheduled end cannot come before the step itself."
    ]


def test_the_strip_draws_the_period_an_agreement_was_in_force_and_its_extensions(
    client, renewed_truce
):
    agreement = renewed_truce
    page = parse(client.get(agreement.negotiation.get_absolute_url()).text)
    lane = next(g for g in page.select("svg g.lane") if "In force" in text_of(g))
    url = agreement.get_absolute_url()
    extensions = agreement.milestones.filter(kind="extended").order_by("date")
    # The band links to the agreement, each extension's tick to its step.
    assert [mark.get("href") for mark in lane.select("a")] == [
        url,
        *(f"{url}#{step.anchor}" for step in extensions),
    ]
    assert text_of(lane.select_one("title")) == (
        "in force from 19 Jan 2025, ended 19 Apr 2025, extended 2 times — Renewed truce"
    )


def test_a_step_an_ended_agreement_cannot_take_is_refused_and_nothing_is_saved(
    editor_client, talks
):
    source = talks[2]
    url, form = new_agreement_form(editor_client, talks, "Out of order")
    for milestone in [
        {"kind": "in_force", "date": "2025-01-19"},
        {"kind": "collapsed", "date": "2025-02-01"},
        {"kind": "extended", "date": "2025-02-03"},
    ]:
        add_inline_row(form, "milestones", source=source.pk, **milestone)

    response = editor_client.post(url, form)

    assert response.status_code == 200
    assert [
        "“extended or renewed on 3 Feb 2025” comes after the agreement collapsed on "
        "1 Feb 2025; an ended agreement is not extended, suspended or resumed."
    ] in formset_problems(response)
    assert not Proposal.objects.filter(title="Out of order").exists()


@pytest.mark.parametrize(
    ("milestones", "warning"),
    [
        (
            [{"kind": "suspended", "date": "2025-01-19"}],
            "“suspended on 19 Jan 2025” is recorded with no entry into force before it.",
        ),
        (
            [{"kind": "collapsed", "date": "2025-01-19"}],
            "“collapsed on 19 Jan 2025” is recorded with no entry into force before it.",
        ),
        (
            [{"kind": "in_force", "date": "2025-01-19"}, {"kind": "resumed", "date": "2025-02-01"}],
            "“resumed on 1 Feb 2025” is recorded with no suspension before it.",
        ),
    ],
    ids=["suspended-never-in-force", "ended-never-in-force", "resumed-unsuspended"],
)
def test_a_step_whose_earlier_step_is_not_recorded_is_saved_with_a_warning(
    editor_client, talks, milestones, warning
):
    source = talks[2]
    url, form = new_agreement_form(editor_client, talks, "With a gap")
    for milestone in milestones:
        add_inline_row(form, "milestones", source=source.pk, **milestone)

    response = editor_client.post(url, form, follow=True)

    assert f"Saved, but: {warning}" in [str(message) for message in response.context["messages"]]
    agreement = Proposal.objects.get(title="With a gap")
    assert agreement.milestones.count() == len(milestones)


def test_an_agreement_in_force_cannot_be_recorded_as_rejected(editor_client, talks):
    source = talks[2]
    url, form = new_agreement_form(editor_client, talks, "Rejected yet in force", "rejected")
    add_inline_row(form, "milestones", source=source.pk, kind="in_force", date="2025-01-19")

    response = editor_client.post(url, form)

    assert [
        "It was entered into force on 19 Jan 2025, so its status is “accepted” (or "
        "“superseded”), not “rejected”."
    ] in formset_problems(response)
    assert not Proposal.objects.filter(title="Rejected yet in force").exists()


def test_the_strip_draws_an_agreement_in_force_again_after_it_collapsed_from_its_return(
    client, editor_client, talks
):
    agreement = agreement_in_admin(
        editor_client,
        talks,
        "Revived truce",
        milestones=[
            {"kind": "in_force", "date": "2025-01-19"},
            {"kind": "collapsed", "date": "2025-02-01"},
            {"kind": "in_force", "date": "2025-02-10"},
        ],
    )
    page = parse(client.get(agreement.negotiation.get_absolute_url()).text)
    lane = next(g for g in page.select("svg g.lane") if "In force" in text_of(g))
    # Both periods are drawn, the first ended by the collapse.
    assert texts(lane, "g.band > a > title") == [
        "in force from 19 Jan 2025, ended 1 Feb 2025 — Revived truce",
        "in force from 10 Feb 2025, no end recorded — Revived truce",
    ]
