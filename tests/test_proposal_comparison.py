"""The term-by-term comparison of two proposals: which terms match, what changed in them,
and how a recorded link between the two (implements, extends, mirrors, supersedes) reads."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import (
    Actor,
    ExchangeTerm,
    OtherTerm,
    Phase,
    Proposal,
    ProposalLink,
    StatusChange,
)

from .html_parts import parse, part, text_of, texts

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def test_the_doha_pair_compares_sensibly_without_counter_proposal_terms(client, doha):
    response = client.get("/proposals/1/compare/2/")
    assert response.status_code == 200
    assert "No terms recorded yet for the counter-proposal." in response.text
    assert "dropped" not in response.text.lower().replace("dropped: ", "")
    rows = [row["class"] for row in parse(response.text).select("tr[class]")]
    assert rows == [["row-unknown"], ["row-unknown"], ["row-unknown"]]


@pytest.fixture
def revised(doha):
    """A counter-proposal by Israel with terms that differ from Hamas's proposal by value."""
    israel, hamas = Actor.objects.get(slug="israel"), Actor.objects.get(slug="hamas")
    hamas_proposal = Proposal.objects.get(pk=1)
    counter = Proposal.objects.create(
        negotiation=doha,
        kind="counter_proposal",
        title="Israeli counter-proposal",
        proposed_by=israel,
        date=datetime.date(2024, 3, 25),
        status="presented",
        responds_to=hamas_proposal,
    )
    # Hostages: about 42 → exactly 40 (lower, and no longer approximate).
    ExchangeTerm.objects.create(
        proposal=counter, group="hostages", count_min=40, count_max=40, releasing_party=hamas
    )
    # Prisoners per hostage: 20–50 → 10–30 (both bounds lowered).
    ExchangeTerm.objects.create(
        proposal=counter,
        group="prisoners",
        ratio_min=10,
        ratio_max=30,
        ratio_per="hostage",
        releasing_party=israel,
    )
    # The 6-week truce is kept unchanged; a partial withdrawal is added.
    OtherTerm.objects.create(
        proposal=counter, kind="truce", amount_min=6, amount_max=6, unit="weeks"
    )
    OtherTerm.objects.create(proposal=counter, kind="withdrawal", withdrawal_extent="partial")
    StatusChange.objects.create(proposal=counter, status="presented", date=counter.date)
    return counter


def compare_rows(text):
    """(term, before, after, change) for each row of the comparison table, in order."""
    rows = []
    for row in part(text, "table.compare > tbody").select(":scope > tr"):
        label, before, after, change = row.find_all(["th", "td"], recursive=False)
        assert label.name == "th" and label["scope"] == "row"
        (status,) = change.select(":scope > span.change")
        kind, status_class = status["class"]
        assert kind == "change" and status_class.startswith("change-")
        rows.append(
            (text_of(label), text_of(before), text_of(after), status_class.removeprefix("change-"))
        )
    return rows


def test_the_comparison_matches_terms_and_compares_numbers_as_ranges(client, revised):
    text = client.get(f"/proposals/1/compare/{revised.pk}/").text
    assert compare_rows(text) == [
        (
            "Hostages released",
            "about 42 hostages",
            "40 hostages, released by Hamas",
            "changed",
        ),
        (
            "Prisoners released",
            "20–50 prisoners (Palestinian) per hostage",
            "10–30 prisoners per hostage, released by Israel",
            "changed",
        ),
        ("Truce", "6-week truce", "6-week truce", "unchanged"),
        ("Withdrawal", "—", "partial withdrawal", "added"),
    ]
    assert "number minimum 42 → 40 (lowered)" in text
    assert "number qualifier about → exact" in text
    assert "ratio minimum 20 → 10 (lowered)" in text
    assert "ratio maximum 50 → 30 (lowered)" in text
    assert "1 changed" not in text
    assert "2 changed · 1 added · 0 dropped · 1 unchanged" in text


def test_the_comparison_the_other_way_shows_dropped_terms(client, revised):
    text = client.get(f"/proposals/{revised.pk}/compare/1/").text
    rows = compare_rows(text)
    assert ("Withdrawal", "partial withdrawal", "—", "dropped") in rows
    assert "ratio maximum 30 → 50 (raised)" in text


def test_phases_keep_terms_apart(client, revised):
    ExchangeTerm.objects.create(
        proposal=revised,
        group="hostages",
        count_min=20,
        count_max=20,
        phase=Phase.objects.create(proposal=revised, number=2),
    )
    rows = compare_rows(client.get(f"/proposals/1/compare/{revised.pk}/").text)
    assert ("Hostages released (phase 2)", "—", "20 hostages", "added") in rows


def proposal_in_doha(doha, title, **fields):
    """A proposal of the Doha talks with no terms yet."""
    fields = {"kind": "proposal", "status": "presented", "date": datetime.date(2024, 4, 1)} | fields
    return Proposal.objects.create(negotiation=doha, title=title, **fields)


def truce(proposal, amount, unit, qualifier="exact", words=""):
    """A truce term of ``amount`` ``unit`` (None: given in ``words`` only)."""
    return OtherTerm.objects.create(
        proposal=proposal,
        kind="truce",
        amount_min=None if qualifier == "up_to" else amount,
        amount_max=None if qualifier == "at_least" else amount,
        amount_qualifier=qualifier,
        amount_words=words,
        unit=unit,
    )


def changes_by_label(text):
    """The change list under each row of the comparison, by the row's term."""
    changes = {}
    for row in part(text, "table.compare > tbody").select(":scope > tr"):
        changes[text_of(row.th)] = [text_of(item) for item in row.select("ul.changes > li")]
    return changes


def compare_page(first, second, client):
    return client.get(f"/proposals/{first.pk}/compare/{second.pk}/").text


@pytest.fixture
def two_truces(doha):
    """Two proposals of the Doha talks, each to be given a truce."""
    return proposal_in_doha(doha, "First truce"), proposal_in_doha(doha, "Second truce")


def test_an_amount_in_months_against_one_in_days_is_not_comparable(client, two_truces):
    first, second = two_truces
    truce(first, 2, "months")
    truce(second, 4, "days")

    text = compare_page(first, second, client)

    assert compare_rows(text) == [("Truce", "truce: 2 months", "4-day truce", "changed")]
    assert changes_by_label(text)["Truce"] == [
        "amount 2 months → 4 days: not comparable (months and days do not convert exactly)"
    ]


def test_amounts_in_weeks_and_days_are_compared_in_days(client, two_truces):
    first, second = two_truces
    truce(first, 6, "weeks")
    truce(second, 45, "days")

    text = compare_page(first, second, client)

    assert compare_rows(text) == [("Truce", "6-week truce", "45-day truce", "changed")]
    assert changes_by_label(text)["Truce"] == [
        "amount 6 weeks → 45 days, compared in days",
        "amount in days minimum 42 → 45 (raised)",
        "amount in days maximum 42 → 45 (raised)",
    ]


def test_the_same_length_in_weeks_and_in_days_is_unchanged(client, two_truces):
    first, second = two_truces
    truce(first, 6, "weeks")
    truce(second, 42, "days")

    text = compare_page(first, second, client)

    assert compare_rows(text) == [("Truce", "6-week truce", "42-day truce", "unchanged")]
    assert changes_by_label(text)["Truce"] == ["6 weeks is 42 days: the same amount"]


def test_an_approximate_amount_converted_keeps_its_qualifier(client, two_truces):
    first, second = two_truces
    truce(first, 6, "weeks", qualifier="about")
    truce(second, 42, "days")

    text = compare_page(first, second, client)

    assert compare_rows(text) == [("Truce", "about 6-week truce", "42-day truce", "changed")]
    assert changes_by_label(text)["Truce"] == [
        "amount about 6 weeks → 42 days, compared in days",
        "amount in days qualifier about → exact",
    ]


def test_an_amount_given_in_words_is_not_converted_into_a_number(client, two_truces):
    first, second = two_truces
    truce(first, None, "weeks", qualifier="in_words", words="several")
    truce(second, 30, "days")

    text = compare_page(first, second, client)

    assert changes_by_label(text)["Truce"] == [
        "amount several weeks → 30 days: not comparable (given in words, not numbers)"
    ]


def test_about_a_number_against_the_same_number_is_a_change(client, doha):
    later = proposal_in_doha(doha, "Exactly 42")
    ExchangeTerm.objects.create(proposal=later, group="hostages", count_min=42, count_max=42)

    text = client.get(f"/proposals/1/compare/{later.pk}/").text

    assert ("Hostages released", "about 42 hostages", "42 hostages", "changed") in compare_rows(
        text
    )
    assert changes_by_label(text)["Hostages released"][0] == "number qualifier about → exact"


def test_a_number_given_in_words_gets_no_number_it_does_not_give(client, doha):
    later = proposal_in_doha(doha, "Dozens")
    ExchangeTerm.objects.create(
        proposal=later, group="hostages", count_qualifier="in_words", count_words="dozens"
    )

    text = client.get(f"/proposals/1/compare/{later.pk}/").text

    assert changes_by_label(text)["Hostages released"][:4] == [
        "number minimum 42 → none (bound removed)",
        "number maximum 42 → none (bound removed)",
        "number qualifier about → in words only",
        "number in words none → “dozens”",
    ]


def prisoners_per(proposal, ratio, per="hostage", categories=(), **fields):
    """Prisoners released at ``ratio`` (a number or a (min, max) range) per one of ``per``."""
    low, high = ratio if isinstance(ratio, tuple) else (ratio, ratio)
    term = ExchangeTerm.objects.create(
        proposal=proposal, group="prisoners", ratio_min=low, ratio_max=high, ratio_per=per, **fields
    )
    term.categories.set(categories)
    return term


def test_a_ratio_changed_for_the_same_group_is_one_changed_row(client, doha):
    later = proposal_in_doha(doha, "Three per hostage")
    prisoners_per(later, 3, categories=["women", "children"])

    text = client.get(f"/proposals/1/compare/{later.pk}/").text

    assert (
        "Prisoners released",
        "20–50 prisoners (Palestinian) per hostage",
        "3 prisoners (women, children) per hostage",
        "changed",
    ) in compare_rows(text)
    assert changes_by_label(text)["Prisoners released"][:3] == [
        "ratio minimum 20 → 3 (lowered)",
        "ratio maximum 50 → 3 (lowered)",
        "categories none named → women, children",
    ]


def test_ratios_per_different_people_are_not_matched(client, doha):
    later = proposal_in_doha(doha, "Fifty per soldier")
    prisoners_per(later, 50, per="soldier")

    rows = compare_rows(client.get(f"/proposals/1/compare/{later.pk}/").text)

    assert (
        "Prisoners released",
        "20–50 prisoners (Palestinian) per hostage",
        "—",
        "dropped",
    ) in rows
    assert ("Prisoners released, per soldier", "—", "50 prisoners per soldier", "added") in rows


def test_ratios_released_by_different_sides_are_not_matched(client, doha):
    israel, hamas = Actor.objects.get(slug="israel"), Actor.objects.get(slug="hamas")
    earlier, later = proposal_in_doha(doha, "By Israel"), proposal_in_doha(doha, "By Hamas")
    prisoners_per(earlier, (20, 50), releasing_party=israel)
    prisoners_per(later, 3, releasing_party=hamas)

    rows = compare_rows(compare_page(earlier, later, client))

    assert [row[3] for row in rows] == ["dropped", "added"]


def test_a_count_for_other_categories_is_not_taken_for_a_changed_count(client, doha):
    earlier, later = proposal_in_doha(doha, "Women"), proposal_in_doha(doha, "Soldiers")
    ExchangeTerm.objects.create(
        proposal=earlier, group="hostages", count_min=33, count_max=33
    ).categories.set(["women"])
    ExchangeTerm.objects.create(
        proposal=later, group="hostages", count_min=5, count_max=5
    ).categories.set(["soldiers"])

    rows = compare_rows(compare_page(earlier, later, client))

    assert [row[3] for row in rows] == ["dropped", "added"]


def test_a_changed_affiliation_is_a_change(client, doha):
    later = proposal_in_doha(doha, "Prisoners of any affiliation")
    prisoners_per(later, (20, 50))

    text = client.get(f"/proposals/1/compare/{later.pk}/").text

    assert changes_by_label(text)["Prisoners released"][0] == (
        "nationality or affiliation Palestinian → none"
    )


@pytest.fixture
def agreement_and_follow_up(doha):
    """An agreement with a truce and a hostage release, and a later text restating its truce
    only, longer; linked by the test."""
    agreement = proposal_in_doha(doha, "Agreement", kind="agreement", status="accepted")
    truce(agreement, 6, "weeks")
    ExchangeTerm.objects.create(proposal=agreement, group="hostages", count_min=33, count_max=33)
    follow_up = proposal_in_doha(doha, "Follow-up", date=datetime.date(2024, 5, 1))
    truce(follow_up, 8, "weeks")
    return agreement, follow_up


def link(proposal, kind, other, note=""):
    return ProposalLink.objects.create(proposal=proposal, kind=kind, other=other, note=note)


@pytest.mark.parametrize("kind", ["implements", "extends"])
def test_a_text_that_implements_or_extends_carries_over_what_it_does_not_restate(
    client, agreement_and_follow_up, kind
):
    agreement, follow_up = agreement_and_follow_up
    link(follow_up, kind, agreement)

    text = compare_page(agreement, follow_up, client)

    assert text_of(part(text, ".compare-link")) == (
        f"“Follow-up” {kind} “Agreement” (link recorded). “Agreement” still stands: its terms "
        "that “Follow-up” does not restate are carried over, not dropped."
    )
    assert compare_rows(text) == [
        ("Hostages released", "33 hostages", "—", "carried-over"),
        ("Truce", "6-week truce", "8-week truce", "changed"),
    ]
    assert text_of(part(text, ".change-carried-over")) == "carried over"
    assert text_of(part(text, ".summary-line")) == (
        "1 changed · 0 added · 1 carried over · 0 unchanged"
    )


def test_the_text_implemented_reads_first_whichever_is_asked_first(client, agreement_and_follow_up):
    agreement, follow_up = agreement_and_follow_up
    link(follow_up, "implements", agreement)

    text = compare_page(follow_up, agreement, client)

    heads = texts(parse(text), "table.compare thead th")
    assert heads[1:3] == ["Agreement (agreement, 1 Apr 2024)", "Follow-up (proposal, 1 May 2024)"]
    assert ("Hostages released", "33 hostages", "—", "carried-over") in compare_rows(text)


def test_a_superseding_text_drops_what_it_does_not_restate(client, agreement_and_follow_up):
    agreement, follow_up = agreement_and_follow_up
    link(follow_up, "supersedes", agreement)

    text = compare_page(follow_up, agreement, client)

    assert text_of(part(text, ".compare-link")) == (
        "“Follow-up” supersedes “Agreement” (link recorded). It replaces it: terms of "
        "“Agreement” that it does not restate are dropped."
    )
    assert ("Hostages released", "33 hostages", "—", "dropped") in compare_rows(text)


def test_mirrored_texts_are_named_parallel_and_nothing_is_added_or_dropped(
    client, agreement_and_follow_up
):
    agreement, follow_up = agreement_and_follow_up
    link(agreement, "mirrors", follow_up)

    text = compare_page(follow_up, agreement, client)

    assert text_of(part(text, ".compare-link")).startswith(
        "“Follow-up” and “Agreement” are parallel texts, signed separately (link recorded)."
    )
    assert compare_rows(text) == [
        ("Truce", "8-week truce", "6-week truce", "changed"),
        ("Hostages released", "—", "33 hostages", "only-second"),
    ]
    assert "only in the second" in text_of(part(text, ".change-only-second"))


def test_the_note_of_a_link_is_named_with_it(client, agreement_and_follow_up):
    agreement, follow_up = agreement_and_follow_up
    link(follow_up, "implements", agreement, note="Declaration of 1 May")

    text = compare_page(agreement, follow_up, client)

    assert text_of(part(text, ".compare-link")).startswith(
        "“Follow-up” implements “Agreement” (link recorded: Declaration of 1 May)."
    )


def test_a_recorded_link_and_more_terms_cost_no_more_queries(
    client, agreement_and_follow_up, django_assert_num_queries
):
    agreement, follow_up = agreement_and_follow_up
    url = f"/proposals/{agreement.pk}/compare/{follow_up.pk}/"
    with CaptureQueriesContext(connection) as unlinked:
        client.get(url)
    link(follow_up, "extends", agreement)
    for count in range(10):
        prisoners_per(follow_up, count + 1, categories=["women"])

    with django_assert_num_queries(len(unlinked)):
        assert "carried over" in client.get(url).text


def test_amounts_for_different_things_are_matched_by_what_they_are_for(client, two_truces):
    first, second = two_truces
    for proposal, heavy, light in ((first, 20, 10), (second, 30, 10)):
        for amount, applies_to in ((light, "mortars"), (heavy, "artillery of 100 mm and more")):
            OtherTerm.objects.create(
                proposal=proposal,
                kind="withdrawal",
                withdrawal_extent="partial",
                amount_min=amount,
                amount_max=amount,
                unit="km",
                applies_to=applies_to,
            )

    text = compare_page(first, second, client)

    assert [row[1:] for row in compare_rows(text)] == [
        (
            "partial withdrawal: 10 km for mortars",
            "partial withdrawal: 10 km for mortars",
            "unchanged",
        ),
        (
            "partial withdrawal: 20 km for artillery of 100 mm and more",
            "partial withdrawal: 30 km for artillery of 100 mm and more",
            "changed",
        ),
    ]


def test_an_evacuation_of_other_people_is_a_change(client, two_truces):
    first, second = two_truces
    for proposal, who in ((first, ["civilians"]), (second, ["civilians", "fighters"])):
        OtherTerm.objects.create(proposal=proposal, kind="evacuation").evacuees.set(who)

    text = compare_page(first, second, client)

    assert changes_by_label(text)["Evacuation"] == ["who civilians → civilians, fighters"]
