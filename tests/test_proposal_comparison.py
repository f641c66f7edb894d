"""The term-by-term comparison of two proposals: which terms match, what changed in them,
and how a recorded link between the two (implements, extends, mirrors, supersedes) reads."""

import datetime

import pytest

from negotiations.models import Actor, ExchangeTerm, OtherTerm, Phase, Proposal, StatusChange

from .html_parts import parse, part, text_of

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
        proposal=counter, group="prisoners", ratio_min=10, ratio_max=30, releasing_party=israel
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
