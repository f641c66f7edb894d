"""A phased agreement, entered once through the admin's own forms for the whole module: where
it stands in its phases, its lifecycle, signatories, guarantors and terms, read back by value."""

import datetime

import pytest

from negotiations.models import Proposal
from negotiations.standing import standing_of

from .admin_form import add_inline_row, change_url, load_admin_form, submit_admin_form
from .agreement_admin import (
    TALKS_TIMELINE,
    agreement_in_admin,
    assign_terms_in_admin,
    committed_for_the_module,
    the_talks,
)
from .export_helpers import csv_rows
from .html_parts import fact, parse, part, text_of, texts

pytestmark = pytest.mark.django_db


def build_phased_agreement(editor_client, talks):
    """Signed on 15 January, in force from 19 January, in three phases of six weeks."""
    agreement = agreement_in_admin(
        editor_client,
        talks,
        "Three-phase truce and exchange",
        signatories=["Northland", "Southland"],
        guarantors=["Midland"],
        phases=[
            {
                "number": n,
                "duration_qualifier": "exact",
                "duration_min": 6,
                "duration_max": 6,
                "duration_unit": "weeks",
                **({"start": "2025-01-19", "start_precision": "day"} if n == 1 else {}),
                "condition_to_advance": "Talks on phase two to begin by day 16" if n == 1 else "",
            }
            for n in (1, 2, 3)
        ],
        milestones=[
            {"kind": "signed", "date": "2025-01-15", "actors": ["Northland", "Southland"]},
            {"kind": "in_force", "date": "2025-01-19"},
        ],
    )
    assign_terms_in_admin(
        editor_client,
        agreement,
        exchange=[
            {
                "group": "hostages",
                "categories": ["women", "children"],
                "count_qualifier": "exact",
                "count_min": 33,
                "count_max": 33,
                "phase": 1,
            },
            # Per-category ratios: one term for each category of the other side's releases.
            {
                "group": "prisoners",
                "count_qualifier": "exact",
                "ratio_qualifier": "exact",
                "ratio_min": 30,
                "ratio_per": "civilian_hostage",
                "phase": 1,
            },
            {
                "group": "prisoners",
                "count_qualifier": "exact",
                "ratio_qualifier": "exact",
                "ratio_min": 50,
                "ratio_per": "female_soldier",
                "phase": 1,
            },
        ],
        other=[{"kind": "truce", "phase": 1, "description": "Fighting stops"}],
    )
    return agreement


@pytest.fixture(scope="module")
def phased_for_the_module(django_db_setup, django_db_blocker):
    """The talks and their phased agreement, entered through the admin once and committed for
    the module, emptied out when it is done: entering it takes most of a second."""
    yield from committed_for_the_module(django_db_blocker, "phases", build_phased_agreement)


@pytest.fixture
def phased_agreement(db, phased_for_the_module):
    return Proposal.objects.get(pk=phased_for_the_module.pk)


@pytest.fixture
def talks(db, phased_for_the_module):
    """The module's talks: (negotiation, actors by name, source)."""
    return the_talks()


def test_a_phased_agreement_stands_in_force_in_its_first_phase_with_a_computed_end(
    client, phased_agreement
):
    page = client.get(phased_agreement.get_absolute_url()).text

    standing = text_of(part(page, ".agreement-standing"))
    assert standing == (
        "In force since 19 Jan 2025, phase 1 of 3, scheduled to end on 1 Mar 2025 "
        "(computed: 42 days of phase 1 from 19 Jan 2025)."
    )
    on_day_40 = standing_of(phased_agreement, on=datetime.date(2025, 2, 27))
    assert (on_day_40.phase.number, on_day_40.end_has_passed) == (1, False)
    assert standing_of(phased_agreement, on=datetime.date(2025, 3, 5)).end_has_passed


def test_the_timeline_tells_the_signature_from_the_entry_into_force(client, phased_agreement):
    timeline = parse(client.get(TALKS_TIMELINE).text)

    steps = timeline.select("li.agreement-step")
    assert [
        (text_of(step.select_one("h3")), text_of(step.select_one(".event-date time")))
        for step in steps
    ] == [
        ("Signed: Three-phase truce and exchange", "15 Jan 2025"),
        ("Entered into force: Three-phase truce and exchange", "19 Jan 2025"),
    ]
    assert texts(fact(steps[0], "Who acted"), "a") == ["Northland", "Southland"]


def test_the_proposal_page_lists_phases_lifecycle_signatories_and_guarantors(
    client, phased_agreement
):
    page = client.get(phased_agreement.get_absolute_url()).text

    assert texts(part(page, "ol.phases"), "li") == [
        "Phase 1 : 6 weeks, from 19 Jan 2025 To move on: Talks on phase two to begin by day 16",
        "Phase 2 : 6 weeks",
        "Phase 3 : 6 weeks",
    ]
    lifecycle = texts(part(page, "section[aria-labelledby=lifecycle-heading] ol"), "li")
    assert [item.split(" Cited from")[0] for item in lifecycle] == [
        "15 Jan 2025 : signed by Northland , Southland",
        "19 Jan 2025 : entered into force",
    ]
    facts = parse(page).select("dl.facts")[0]
    assert text_of(fact(facts, "Signed by")) == "Northland , Southland"
    assert text_of(fact(facts, "Guaranteed by")) == "Midland"
    assert texts(part(page, "ul.terms"), "li") == [
        "Phase 1 33 hostages (women, children)",
        "Phase 1 30 prisoners per civilian hostage",
        "Phase 1 50 prisoners per female soldier",
        "Phase 1 truce (Fighting stops)",
    ]
    _, rows = csv_rows(
        client.get("/export/exchange-terms.csv?negotiation=northland-southland-talks")
    )
    assert [
        (row["group"], row["categories"], row["count_min"], row["ratio_min"], row["ratio_per"])
        for row in rows
    ] == [
        ("hostages", "children;women", "33", "", ""),
        ("prisoners", "", "", "30", "civilian_hostage"),
        ("prisoners", "", "", "50", "female_soldier"),
    ]


def test_terms_choose_only_their_own_proposals_phases(editor_client, phased_agreement, talks):
    other = agreement_in_admin(
        editor_client, talks, "Another truce", phases=[{"number": 1}], milestones=[]
    )
    form = load_admin_form(editor_client, change_url(phased_agreement))
    add_inline_row(form, "other_terms", kind="aid", description="Aid", phase=other.phases.get().pk)

    response = editor_client.post(change_url(phased_agreement), form)

    assert response.status_code == 200
    assert "Select a valid choice" in str(
        response.context["inline_admin_formsets"][2].formset.errors
    )


def test_a_follow_up_agreement_implements_an_earlier_one_and_links_to_the_comparison(
    client, editor_client, talks, phased_agreement
):
    follow_up = agreement_in_admin(
        editor_client,
        talks,
        "Implementation protocol",
        links=[("implements", phased_agreement)],
    )

    page = client.get(follow_up.get_absolute_url()).text
    related = fact(part(page, "section[aria-labelledby=chain-heading]"), "Linked")
    assert text_of(related).startswith("Implements: Three-phase truce and exchange")
    compare = f"/proposals/{follow_up.pk}/compare/{phased_agreement.pk}/"
    assert compare in [link["href"] for link in related.select("a")]
    assert client.get(compare).status_code == 200


def test_the_status_page_brings_in_where_each_recent_agreement_stands(client, phased_agreement):
    status_page = client.get("/negotiations/northland-southland-talks/").text
    section = part(status_page, "section[aria-labelledby=agreements]")
    placeholder = section.select_one("[hx-get]")
    assert placeholder["hx-get"] == phased_agreement.get_absolute_url()
    assert placeholder["hx-trigger"] == "load"

    swapped = client.get(placeholder["hx-get"], headers={"HX-Request": "true"})

    assert "<html" not in swapped.text
    assert text_of(part(swapped.text, ".agreement-standing")).startswith(
        "In force since 19 Jan 2025, phase 1 of 3"
    )
    assert "HX-Request" in swapped["Vary"]


def test_an_exact_count_is_typed_once(editor_client, phased_agreement):
    form = load_admin_form(editor_client, change_url(phased_agreement))
    add_inline_row(
        form, "exchange_terms", group="prisoners", count_qualifier="exact", count_min=1700
    )

    submit_admin_form(editor_client, change_url(phased_agreement), form)

    term = phased_agreement.exchange_terms.get(count_min=1700)
    assert (term.count_max, str(term.count)) == (1700, "1,700")


def test_a_term_names_several_categories_and_is_found_by_either(client, phased_agreement):
    for category in ("women", "children"):
        _, rows = csv_rows(client.get("/export/exchange-terms.csv", {"category": category}))
        assert [(row["group"], row["categories"], row["count_min"]) for row in rows] == [
            ("hostages", "children;women", "33")
        ]
    _, rows = csv_rows(client.get("/export/exchange-terms.csv", {"category": "elderly"}))
    assert rows == []
