"""One standing, told the same everywhere: agreements of real shapes entered through the
admin's own forms, then read by value on the status, proposal, proposal list and home pages
and in the proposals CSV."""

import datetime

import pytest

from negotiations.models import Attendance, Person, Proposal, Round
from negotiations.standing import standing_of

from .admin_form import add_inline_row, change_url, load_admin_form, submit_admin_form
from .agreement_admin import agreement_in_admin, assign_terms_in_admin, new_agreement_form
from .builders import cite
from .export_helpers import csv_rows
from .html_parts import fact, parse, part, text_of, texts

pytestmark = pytest.mark.django_db

STATUS = "/negotiations/northland-southland-talks/"
LIST = f"{STATUS}proposals/"


def extended_by(days, on):
    """An extension of an exact number of days, as an editor types it."""
    return {
        "kind": "extended",
        "date": on,
        "length_qualifier": "exact",
        "length_min": days,
        "length_max": days,
        "length_unit": "days",
    }


@pytest.fixture
def collapsed_truce(editor_client, talks, django_capture_on_commit_callbacks):
    """A four-day truce, extended twice by two days, ended by renewed fighting."""
    with django_capture_on_commit_callbacks(execute=True):
        return agreement_in_admin(
            editor_client,
            talks,
            "Four-day truce",
            milestones=[
                {"kind": "in_force", "date": "2025-01-19", "scheduled_end": "2025-01-22"},
                extended_by(2, "2025-01-22"),
                extended_by(2, "2025-01-24"),
                {"kind": "collapsed", "date": "2025-01-27"},
            ],
        )


def test_an_extension_of_a_stated_length_moves_the_scheduled_end_and_says_it_is_computed(
    collapsed_truce,
):
    during = standing_of(collapsed_truce, on=datetime.date(2025, 1, 25))
    assert during.code == "in_force"
    assert str(during.scheduled_end) == (
        "scheduled to end on 26 Jan 2025 (computed: 24 Jan 2025 extended by 2 days on 24 Jan 2025)"
    )
    after_the_first = standing_of(collapsed_truce, on=datetime.date(2025, 1, 23))
    assert str(after_the_first.scheduled_end.date) == "24 Jan 2025"
    assert str(standing_of(collapsed_truce, on=datetime.date(2025, 1, 20)).scheduled_end) == (
        "scheduled to end on 22 Jan 2025"
    )


def test_a_collapsed_truce_reads_collapsed_on_every_page_and_in_the_csv(client, collapsed_truce):
    proposal_page = client.get(collapsed_truce.get_absolute_url()).text
    assert text_of(part(proposal_page, ".agreement-standing")) == (
        "Collapsed on 27 Jan 2025; extended 2 times."
    )
    assert text_of(part(proposal_page, "p.event-date .status")) == "collapsed"

    status_page = parse(client.get(STATUS).text)
    assert text_of(status_page.select_one("p.awaited")) == (
        "Now: agreement collapsed on 27 Jan 2025."
    )
    assert "accepted by" not in status_page.text

    listed = parse(client.get(LIST).text)
    assert texts(listed, "li.proposal .event-date .status") == ["collapsed"]

    _, rows = csv_rows(client.get("/export/proposals.csv?negotiation=northland-southland-talks"))
    assert [(row["status"], row["standing"], row["standing_since"]) for row in rows] == [
        ("accepted", "collapsed", "2025-01-27")
    ]


def test_last_activity_counts_an_agreements_steps_when_no_event_is_recorded(
    client, collapsed_truce
):
    status_page = parse(client.get(STATUS).text)
    last = fact(status_page, "Last activity")
    assert " ".join(last.get_text().split()) == "27 Jan 2025: Four-day truce: collapsed"
    assert last.select_one("a")["href"].endswith(
        f"#step-{collapsed_truce.milestones.get(kind='collapsed').pk}"
    )

    home = parse(client.get("/").text)
    card = next(card for card in home.select("li.card") if "Northland" in text_of(card))
    assert "0 events, 4 agreement steps · latest entry dated 27 Jan 2025" in text_of(card)


def test_a_deal_suspended_and_resumed_with_no_entry_into_force_stands_in_force_again(
    client, editor_client, talks, django_capture_on_commit_callbacks
):
    """An evacuation deal: agreed, suspended on a day the sources bound only by a span,
    resumed; no source records its entry into force."""
    url, form = new_agreement_form(editor_client, talks, "Evacuation of the eastern districts")
    source = talks[2]
    for step in (
        {"kind": "agreed", "date": "2016-12-13", "date_precision": "day"},
        {
            "kind": "suspended",
            "date": "2016-12-16",
            "date_precision": "on_or_before",
            "date_earliest": "2016-12-14",
        },
        {"kind": "resumed", "date": "2016-12-16", "date_precision": "day"},
    ):
        add_inline_row(form, "milestones", source=source.pk, **step)
    add_inline_row(
        form,
        "other_terms",
        kind="evacuation",
        amount_qualifier="about",
        amount_min=4000,
        amount_max=4000,
        unit="people",
        evacuees=["fighters", "civilians"],
        from_place="the eastern districts",
        to_place="the western countryside",
        means="buses",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, form, follow=True)

    assert next(str(message) for message in response.context["messages"]) == (
        "Saved, but: “suspended between 14 Dec 2016 and 16 Dec 2016” is recorded with no "
        "entry into force before it."
    )
    deal = Proposal.objects.get(title="Evacuation of the eastern districts")
    page = client.get(deal.get_absolute_url()).text
    assert text_of(part(page, ".agreement-standing")) == "In force since 16 Dec 2016."
    assert texts(part(page, "ul.terms"), "li") == [
        "evacuation of about 4,000 civilians, fighters from the eastern districts to the "
        "western countryside by buses"
    ]
    _, rows = csv_rows(client.get("/export/other-terms.csv?negotiation=northland-southland-talks"))
    assert [
        (row["kind"], row["evacuees"], row["from_place"], row["to_place"], row["means"])
        for row in rows
    ] == [
        (
            "evacuation",
            "civilians;fighters",
            "the eastern districts",
            "the western countryside",
            "buses",
        )
    ]


def test_a_package_signed_by_some_and_endorsed_by_others_with_distances_per_weapon(
    client, editor_client, talks
):
    package = agreement_in_admin(
        editor_client,
        talks,
        "Package of measures",
        signatories=["Northland", "Southland"],
        endorsers=["Midland", "Eastland"],
        milestones=[{"kind": "signed", "date": "2025-02-12"}],
    )
    url = change_url(package)
    form = load_admin_form(editor_client, url)
    for km, weapons in ((50, "artillery of 100 mm and more"), (70, "rocket launchers")):
        add_inline_row(
            form,
            "other_terms",
            kind="withdrawal",
            amount_qualifier="exact",
            amount_min=km,
            amount_max=km,
            unit="km",
            applies_to=weapons,
        )
    form["note"] = ["Whether the lines of 19 September are meant."]
    form["editors_note"] = ["Entered from the text published by the contact group."]
    submit_admin_form(editor_client, url, form)

    page = parse(client.get(package.get_absolute_url()).text)
    facts = page.select_one("dl.facts")
    assert text_of(fact(facts, "Signed by")) == "Northland , Southland"
    assert text_of(fact(facts, "Endorsed by")) == "Eastland , Midland"
    assert text_of(fact(facts, "Signed")) == "12 Feb 2025"
    # A joint text: no one party proposed it, and nothing says the sources leave it open.
    assert text_of(fact(facts, "Proposed by")) == "no one party (a joint text)"
    assert text_of(fact(facts, "What the sources leave open")) == (
        "Whether the lines of 19 September are meant."
    )
    assert text_of(fact(facts, "Editors’ note")) == (
        "Entered from the text published by the contact group."
    )
    assert texts(page.select_one("ul.terms"), "li") == [
        "withdrawal (extent not stated): 50 km for artillery of 100 mm and more",
        "withdrawal (extent not stated): 70 km for rocket launchers",
    ]
    _, rows = csv_rows(client.get("/export/proposals.csv?negotiation=northland-southland-talks"))
    assert [(row["signatories"], row["endorsers"], row["standing"]) for row in rows] == [
        ("northland;southland", "eastland;midland", "signed")
    ]


def test_an_empty_role_reads_not_recorded_unless_marked_not_stated_by_the_sources(
    client, editor_client, talks
):
    url, form = new_agreement_form(editor_client, talks, "Unattributed offer")
    form.update(kind=["proposal"], status=["presented"], mediators_unstated=["on"])
    submit_admin_form(editor_client, url, form)
    offer = Proposal.objects.get(title="Unattributed offer")

    facts = parse(client.get(offer.get_absolute_url()).text).select_one("dl.facts")

    assert text_of(fact(facts, "Proposed by")) == "not recorded"
    assert text_of(fact(facts, "Addressed to")) == "not recorded"
    assert text_of(fact(facts, "Through")) == "not stated by the sources"


def test_an_agreement_no_one_party_proposed_reads_so_on_every_page(client, collapsed_truce):
    collapsed_truce.proposer_unstated = True
    collapsed_truce.save()
    joint = "no one party (a joint text)"

    facts = parse(client.get(collapsed_truce.get_absolute_url()).text).select_one("dl.facts")
    assert text_of(fact(facts, "Proposed by")) == joint
    latest = parse(client.get(STATUS).text).find(id="latest-proposal").parent
    status_facts = latest.select_one("dl.facts")
    assert text_of(fact(status_facts, "Proposed by")) == joint
    listed = parse(client.get(LIST).text).select_one("li.proposal p.meta")
    assert text_of(listed).startswith(f"Proposed by {joint}")


def test_the_api_gives_the_standing_the_pages_give_and_the_links_both_ways(
    client, editor_client, talks, collapsed_truce
):
    declaration = agreement_in_admin(
        editor_client,
        talks,
        "Implementation declaration",
        phases=[{"number": 1}],
        links=[("implements", collapsed_truce)],
        milestones=[{"kind": "signed", "date": "2025-01-25"}],
    )
    assign_terms_in_admin(
        editor_client,
        declaration,
        other=[{"kind": "monitoring", "phase": 1, "description": "Joint"}],
    )

    truce = client.get(f"/api/v1/proposals/{collapsed_truce.pk}/").json()
    assert truce["standing"] == {
        "code": "collapsed",
        "words": "collapsed",
        "since": {
            "date": "2025-01-27",
            "precision": "day",
            "earliest": None,
            "text": "27 Jan 2025",
            "edtf": "2025-01-27",
        },
        "sentence": "Collapsed on 27 Jan 2025.",
    }
    assert truce["linked_from"] == [{"kind": "implements", "proposal": declaration.pk, "note": ""}]
    extensions = [step for step in truce["milestones"] if step["kind"] == "extended"]
    assert [(step["length"]["text"], step["length_unit"]) for step in extensions] == [
        ("2", "days"),
        ("2", "days"),
    ]
    implementing = client.get(f"/api/v1/proposals/{declaration.pk}/").json()
    assert implementing["links"] == [
        {"kind": "implements", "other": collapsed_truce.pk, "note": ""}
    ]
    assert implementing["standing"]["code"] == "signed"
    # A term's phase is its number, as in the CSVs.
    assert [term["phase"] for term in implementing["other_terms"]] == [1]


def test_an_actor_that_signed_endorsed_or_guarantees_an_agreement_finds_it_on_its_page(
    client, editor_client, talks
):
    package = agreement_in_admin(
        editor_client,
        talks,
        "Package of measures",
        signatories=["Northland", "Southland"],
        endorsers=["Eastland"],
        guarantors=["Midland"],
        milestones=[{"kind": "signed", "date": "2025-02-12"}],
    )
    for slug, roles in (
        ("eastland", "endorsed"),
        ("midland", "guarantees"),
        ("northland", "signed"),
    ):
        page = parse(client.get(f"/actors/{slug}/").text)
        items = page.select("section[aria-labelledby=proposals] li")
        assert [text_of(item.select_one(".kind")) for item in items] == [roles], slug
        assert items[0].select_one("a")["href"] == package.get_absolute_url()

    # The timeline's actor filter keeps the steps of the agreements that name the actor.
    timeline = parse(client.get(f"{STATUS}timeline/?actor=eastland").text)
    assert [text_of(step.select_one("h3")) for step in timeline.select("li.agreement-step")] == [
        text_of(step.select_one("h3"))
        for step in parse(client.get(f"{STATUS}timeline/").text).select("li.agreement-step")
    ]
    assert len(timeline.select("li.agreement-step")) == 1
    _, rows = csv_rows(client.get("/export/proposals.csv?actor=eastland"))
    assert [row["title"] for row in rows] == ["Package of measures"]


def test_the_rounds_page_lists_each_round_with_who_attended_for_whom(client, editor_client, talks):
    negotiation, actors, source = talks
    panel = Round.objects.create(negotiation=negotiation, title="Talks under the panel")
    cite(panel, source, "a panel of envoys met the parties")
    envoy = Person.objects.create(
        name="A. Envoy", title="special envoy", affiliation=actors["Midland"]
    )
    for attendance in (
        Attendance.objects.create(round=panel, actor=actors["Midland"], person=envoy),
        Attendance.objects.create(round=panel, actor=actors["Northland"], description="officials"),
    ):
        cite(attendance, source)

    page = parse(client.get(f"{STATUS}rounds/").text)

    round_section = page.select_one("section.round")
    assert text_of(fact(round_section, "Where")) == "not stated"
    assert text_of(fact(round_section, "When")) == "not stated"
    assert texts(round_section, "ul.attendances > li") == [
        "A. Envoy, special envoy, for Midland Cited from Report on the truce",
        "officials, for Northland Cited from Report on the truce",
    ]
