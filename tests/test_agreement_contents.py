"""What an agreement holds, entered through the admin's own forms: ceasefire attributes,
guarantors, counts on both sides, links to other agreements; read back by value."""

import pytest

from negotiations.models import Negotiation, OtherTerm, Phase, Proposal

from .agreement_admin import (
    TALKS_TIMELINE,
    agreement_in_admin,
    assign_terms_in_admin,
    new_agreement_form,
)
from .export_helpers import csv_rows
from .html_parts import fact, parse, part, text_of, texts

pytestmark = pytest.mark.django_db


def test_a_unilateral_ceasefire_covering_named_areas(client, editor_client, talks):
    ceasefire = agreement_in_admin(
        editor_client,
        talks,
        "Unilateral pause in the north",
        ceasefire_class="unilateral",
        form="verbal",
        purpose="humanitarian",
        coverage="named_areas",
        covered_areas="The northern districts",
        milestones=[{"kind": "announced", "date": "2025-01-15", "actors": ["Northland"]}],
    )

    facts = parse(client.get(ceasefire.get_absolute_url()).text).select("dl.facts")[0]
    assert text_of(fact(facts, "Class")) == "unilateral (declared by one side)"
    assert text_of(fact(facts, "Purpose")) == "humanitarian pause"
    assert text_of(fact(facts, "Covers")) == "The northern districts (named areas only)"
    _, rows = csv_rows(client.get("/export/proposals.csv?negotiation=northland-southland-talks"))
    assert [
        (row["ceasefire_class"], row["form"], row["purpose"], row["coverage"], row["covered_areas"])
        for row in rows
    ] == [("unilateral", "verbal", "humanitarian", "named_areas", "The northern districts")]
    by_northland = parse(client.get(f"{TALKS_TIMELINE}?actor=northland").text)
    (step,) = by_northland.select("li.agreement-step")
    assert text_of(step.select_one("h3")) == "Announced: Unilateral pause in the north"
    assert text_of(fact(step, "Who acted")) == "Northland"
    assert (
        parse(client.get(f"{TALKS_TIMELINE}?actor=southland").text).select("li.agreement-step")
        == []
    )


def test_named_areas_coverage_needs_the_areas_named(editor_client, talks):
    url, form = new_agreement_form(editor_client, talks, "Unnamed areas")
    form.update(coverage=["named_areas"])

    response = editor_client.post(url, form)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["covered_areas"] == [
        "Name the areas covered; only for coverage of named areas."
    ]


def test_two_mirror_agreements_with_guarantors_link_both_ways(client, editor_client, talks):
    first = agreement_in_admin(
        editor_client,
        talks,
        "Northland–Midland text",
        signatories=["Northland", "Midland"],
        guarantors=["Midland", "Eastland"],
    )
    second = agreement_in_admin(
        editor_client,
        talks,
        "Southland–Midland text",
        signatories=["Southland", "Midland"],
        guarantors=["Midland", "Eastland"],
        links=[("mirrors", first)],
    )

    second_page = client.get(second.get_absolute_url()).text
    first_page = client.get(first.get_absolute_url()).text
    assert text_of(fact(part(second_page, "section[aria-labelledby=chain-heading]"), "Linked")) == (
        "Mirrors (signed separately, in parallel): Northland–Midland text "
        "(agreement, accepted) — compare term by term"
    )
    assert text_of(fact(part(first_page, "section[aria-labelledby=chain-heading]"), "Linked")) == (
        "Mirrored by: Southland–Midland text (agreement, accepted) — compare term by term"
    )
    _, rows = csv_rows(
        client.get("/export/proposal-links.csv?negotiation=northland-southland-talks")
    )
    assert [(row["proposal_id"], row["kind"], row["other_id"]) for row in rows] == [
        (str(second.pk), "mirrors", str(first.pk))
    ]
    _, proposals = csv_rows(
        client.get("/export/proposals.csv?negotiation=northland-southland-talks")
    )
    assert {row["guarantors"] for row in proposals} == {"eastland;midland"}


def test_a_phase_duration_needs_a_unit(talks):
    agreement = Proposal.objects.create(
        negotiation=talks[0], kind="agreement", title="Truce", status="accepted"
    )
    phase = Phase(
        proposal=agreement, number=1, duration_min=6, duration_max=6, duration_qualifier="exact"
    )

    with pytest.raises(Exception) as refused:
        phase.full_clean()

    assert refused.value.message_dict["duration_unit"] == ["A duration needs a unit."]


def test_the_comparison_names_both_proposals_in_its_column_headers(client, editor_client, talks):
    first = agreement_in_admin(editor_client, talks, "First text")
    second = agreement_in_admin(editor_client, talks, "Second text")
    for agreement in (first, second):
        OtherTerm.objects.create(proposal=agreement, kind="truce", description="Fighting stops")

    page = client.get(f"/proposals/{first.pk}/compare/{second.pk}/").text

    assert "different negotiations" not in page
    heads = texts(parse(page), "table.compare thead th")
    assert heads == [
        "Term",
        "First text (agreement, 15 Jan 2025)",
        "Second text (agreement, 15 Jan 2025)",
        "Change",
    ]


def test_the_comparison_warns_when_the_two_belong_to_different_negotiations(
    client, editor_client, talks
):
    first = agreement_in_admin(editor_client, talks, "First text")
    elsewhere = Negotiation.objects.create(title="Other talks", slug="other-talks", stage="active")
    second = agreement_in_admin(editor_client, (elsewhere, *talks[1:]), "Second text")

    page = client.get(f"/proposals/{first.pk}/compare/{second.pk}/").text

    assert text_of(part(page, "[role=note]")) == (
        "These two belong to different negotiations: “First text” to Northland–Southland "
        "talks, “Second text” to Other talks. Their terms are compared as written; the "
        "parties and context may differ."
    )


def test_a_prisoner_of_war_swap_with_counts_on_both_sides_and_a_vague_count(
    client, editor_client, talks
):
    _, actors, _ = talks
    swap = agreement_in_admin(
        editor_client,
        talks,
        "Prisoner-of-war swap",
        milestones=[{"kind": "announced", "date": "2025-01-15", "actors": ["Midland"]}],
    )
    northland, southland = actors["Northland"].pk, actors["Southland"].pk
    assign_terms_in_admin(
        editor_client,
        swap,
        exchange=[
            {
                "group": "prisoners_of_war",
                "releasing_party": northland,
                "receiving_party": southland,
                "count_qualifier": "exact",
                "count_min": 95,
            },
            {
                "group": "prisoners_of_war",
                "releasing_party": southland,
                "receiving_party": northland,
                "categories": ["soldiers", "civilians"],
                "count_qualifier": "in_words",
                "count_words": "several hundred",
                "condition": "the bodies of the fallen are returned first",
            },
        ],
    )

    page = parse(client.get(swap.get_absolute_url()).text)
    assert texts(page, ".terms li") == [
        "95 prisoners of war, released by Northland to Southland",
        "several hundred prisoners of war (soldiers, civilians), released by Southland to "
        "Northland, if the bodies of the fallen are returned first",
    ]
    _, rows = csv_rows(
        client.get("/export/exchange-terms.csv?negotiation=northland-southland-talks")
    )
    assert [
        (
            row["releasing_party"],
            row["receiving_party"],
            row["group"],
            row["categories"],
            row["count_min"],
            row["count_max"],
            row["count_qualifier"],
            row["count_words"],
            row["ratio_min"],
        )
        for row in rows
    ] == [
        ("northland", "southland", "prisoners_of_war", "", "95", "95", "exact", "", ""),
        (
            "southland",
            "northland",
            "prisoners_of_war",
            "civilians;soldiers",
            "",
            "",
            "in_words",
            "several hundred",
            "",
        ),
    ]
