"""Issues are records of their negotiation, in its own words, each coded with a shared topic:
entered on the negotiation's admin page, chosen by positions, shown and exported."""

import pytest

from negotiations.models import Actor, Issue, Negotiation, Position

from .admin_form import add_inline_row, admin_url, change_url, load_admin_form, submit_admin_form
from .export_helpers import csv_rows
from .html_parts import parse, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def exchanges():
    """Prisoner-of-war exchange talks between two states, with nothing yet recorded."""
    negotiation = Negotiation.objects.create(
        title="Northland–Southland prisoner exchanges", slug="pow-exchanges", stage="active"
    )
    northland = Actor.objects.create(name="Northland", slug="northland", kind="state")
    return negotiation, northland


def test_an_editor_adds_a_negotiations_issues_on_its_page_with_a_shared_topic(
    editor_client, exchanges
):
    negotiation, _ = exchanges
    url = change_url(negotiation)
    form = load_admin_form(editor_client, url)
    add_inline_row(form, "issues", name="Exchange of all for all", topic="releases")
    add_inline_row(form, "issues", name="Return of bodies", slug="remains", topic="other")
    submit_admin_form(editor_client, url, form)

    assert list(negotiation.issues.values_list("name", "slug", "topic")) == [
        ("Exchange of all for all", "exchange-of-all-for-all", "releases"),
        ("Return of bodies", "remains", "other"),
    ]


def test_a_position_on_another_negotiations_issue_is_refused_beside_the_field(
    editor_client, doha, exchanges
):
    negotiation, northland = exchanges
    gaza_withdrawal = doha.issues.get(slug="withdrawal")
    url = admin_url(Position, "add")
    form = load_admin_form(editor_client, url)
    form.update(
        negotiation=[str(negotiation.pk)],
        actor=[str(northland.pk)],
        issue=[str(gaza_withdrawal.pk)],
        stance=["all for all"],
    )
    form["negotiations-citation-content_type-object_id-0-source"] = ["1"]

    response = editor_client.post(url, form)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["issue"] == [
        "Choose an issue of this position's negotiation."
    ]
    assert not Position.objects.filter(stance="all for all").exists()


def test_two_issues_of_one_negotiation_cannot_share_an_address(doha):
    duplicate = Issue(negotiation=doha, name="Withdrawal again", slug="withdrawal", topic="other")
    with pytest.raises(Exception) as caught:
        duplicate.full_clean()
    assert "already has an issue at this address" in str(caught.value)


def test_the_positions_page_heads_each_issue_with_the_negotiations_own_words(client, doha):
    page = parse(client.get(f"/negotiations/{doha.slug}/positions/").text)
    assert [text_of(section.h2) for section in page.select("section.issue")] == [
        "End of the war",
        "Israeli withdrawal from Gaza",
        "Length of the truce",
        "Military operation in Rafah",
        "Prisoners per hostage",
        "Release of hostages",
    ]


def test_positions_export_with_their_issue_and_topic_and_filter_by_topic(client, doha, exchanges):
    negotiation, northland = exchanges
    releases = Issue.objects.create(
        negotiation=negotiation,
        name="Exchange of all for all",
        slug="all-for-all",
        topic="releases",
    )
    Position.objects.create(
        negotiation=negotiation, actor=northland, issue=releases, stance="all for all"
    )

    _, rows = csv_rows(client.get("/export/positions.csv", {"topic": "releases"}))

    assert [
        (row["negotiation"], row["issue"], row["issue_topic"], row["stance"]) for row in rows
    ] == [
        # In the order of the issues' names: "exchange of…" before "release of…".
        ("pow-exchanges", "all-for-all", "releases", "all for all"),
        (doha.slug, "hostage-release", "releases", "release of about 42 hostages"),
    ]


def test_the_issues_dataset_lists_each_negotiations_issues(client, doha):
    _, rows = csv_rows(client.get("/export/issues.csv", {"negotiation": doha.slug}))
    assert [(row["slug"], row["topic"]) for row in rows] == [
        ("end-of-war", "end_of_war"),
        ("withdrawal", "withdrawal"),
        ("truce-length", "ceasefire_length"),
        ("rafah-operation", "military_operation"),
        ("prisoner-ratio", "exchange_ratio"),
        ("hostage-release", "releases"),
    ]


def test_positions_filter_by_the_issues_address(client, doha):
    _, rows = csv_rows(client.get("/export/positions.csv", {"issue": "withdrawal"}))
    assert [(row["actor"], row["stance"]) for row in rows] == [
        # Hamas's earlier demand ("previous demands") is on or before the Monday of the new one.
        ("hamas", "complete withdrawal from Gaza"),
        ("hamas", "would accept a partial withdrawal before exchanging prisoners"),
    ]


def test_a_negotiation_goes_with_its_issues_and_positions(exchanges):
    negotiation, northland = exchanges
    releases = Issue.objects.create(
        negotiation=negotiation, name="All for all", slug="all-for-all", topic="releases"
    )
    Position.objects.create(
        negotiation=negotiation, actor=northland, issue=releases, stance="all for all"
    )
    negotiation.delete()
    assert not Issue.objects.filter(pk=releases.pk).exists()
    assert not Position.objects.filter(stance="all for all").exists()
