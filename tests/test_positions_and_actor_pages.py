"""Positions over time per issue, and what each actor proposed, said, attended and where."""

import datetime

import pytest
from pytest_django.asserts import assertInHTML

from negotiations.models import Actor, ExchangeTerm, Negotiation, Participation, Position
from negotiations.pages.actor import ActorPage

from .doha import DOHA
from .html_parts import hrefs, parse, part, text_of, texts

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

POSITIONS = f"/negotiations/{DOHA}/positions/"


def issue_section(text, name):
    """The one issue <section> of the positions page whose heading is ``name``."""
    found = [s for s in parse(text).select("section.issue") if text_of(s.h2) == name]
    assert len(found) == 1, f"{name!r} heads {len(found)} sections"
    return found[0]


def stances(element):
    """The words of each stance under ``element``, oldest first, without their badge."""
    return [
        "".join(p.find_all(string=True, recursive=False)).strip()
        for p in element.select("p.stance-text")
    ]


def test_a_moved_position_reads_oldest_to_current(client, doha):
    withdrawal = issue_section(client.get(POSITIONS).text, "Israeli withdrawal from Gaza")
    assert stances(withdrawal) == [
        "Complete withdrawal from Gaza",
        "Would accept a partial withdrawal before exchanging prisoners",
    ]
    assertInHTML('<span class="moved">moved</span>', str(withdrawal))
    assert "Complete withdrawal from Gaza on or before 18 Mar 2024" in text_of(withdrawal)
    badges = [badge for badge in withdrawal.select("span.badge") if text_of(badge) == "current"]
    assert [stances(badge.find_parent("li")) for badge in badges] == [
        ["Would accept a partial withdrawal before exchanging prisoners"]
    ]


def test_each_actor_has_its_own_row_on_an_issue(client, doha):
    rafah = issue_section(client.get(POSITIONS).text, "Military operation in Rafah")
    assert [link["href"] for link in rafah.select("h3 > a:first-child")] == [
        "/actors/israel/",
        "/actors/qatar/",
        "/actors/united-states/",
    ]
    assert len(rafah.select("li.actor-stances")) == 3
    assert "moved" not in text_of(rafah) and not rafah.select(".moved")


def test_every_stance_links_its_source(client, doha):
    text = client.get(POSITIONS).text
    assert text.count('href="/sources/1/"') == Position.objects.count() == 9


def test_a_long_history_shows_the_latest_stances_and_links_the_full_one(client, doha):
    hamas = Actor.objects.get(slug="hamas")
    for day in range(1, 9):
        Position.objects.create(
            negotiation=doha,
            actor=hamas,
            issue=doha.issues.get(slug="withdrawal"),
            stance=f"stance of {day} April",
            date=datetime.date(2024, 4, day),
        )
    withdrawal = issue_section(client.get(POSITIONS).text, "Israeli withdrawal from Gaza")
    (row,) = [
        row for row in withdrawal.select("li.actor-stances") if "/actors/hamas/" in hrefs(row)
    ]
    assert stances(row) == [f"Stance of {day} April" for day in range(4, 9)]
    assert "10 stances in all; the 5 latest are shown." in text_of(row)
    assert f"/export/positions.csv?negotiation={DOHA}&actor=hamas&issue=withdrawal" in hrefs(row)
    assert texts(row, "span.badge") == ["current"]


def test_an_undated_later_entry_never_hides_a_dated_one_as_current(doha):
    hamas = Actor.objects.get(slug="hamas")
    current = Position.objects.filter(actor=hamas, issue__slug="withdrawal").current()
    assert [position.stance for position in current] == [
        "would accept a partial withdrawal before exchanging prisoners"
    ]
    Position.objects.create(
        negotiation=doha,
        actor=hamas,
        issue=doha.issues.get(slug="withdrawal"),
        stance="no withdrawal needed",
        date=datetime.date(2024, 3, 25),
    )
    current = Position.objects.filter(actor=hamas, issue__slug="withdrawal").current()
    assert [position.stance for position in current] == ["no withdrawal needed"]


def test_the_actor_page_shows_role_proposals_statements_and_events(client, doha):
    text = client.get("/actors/hamas/").text
    assert "<strong>Party</strong> in" in text
    assert 'href="/proposals/1/"' in text and "proposed" in text
    assert 'href="/proposals/2/"' in text and "addressed to it" in text
    assert "Osama Hamdan, Hamas official" in text
    assert "Al-Manar TV" in text
    assert "Would accept a partial withdrawal before exchanging prisoners".lower() in text.lower()
    assert 'href="/timeline/?actor=hamas"' in text


def test_a_side_releasing_under_a_term_finds_the_proposal_on_its_page(client, doha):
    receiving = Actor.objects.create(name="Red Crescent", slug="red-crescent", kind="other")
    ExchangeTerm.objects.create(
        proposal_id=1, group="hostages", count_min=3, count_max=3, receiving_party=receiving
    )
    page = parse(client.get("/actors/red-crescent/").text)
    items = page.select("section[aria-labelledby=proposals] li")
    assert [text_of(item.select_one(".kind")) for item in items] == [
        "releases or receives under its terms"
    ]
    assert items[0].select_one("a")["href"] == "/proposals/1/"


def test_a_mediator_page_shows_its_role_and_attendance(client, doha):
    text = client.get("/actors/qatar/").text
    assert "<strong>Mediator</strong> in" in text
    assert "Doha round, March 2024" in text
    assert "Qatari premier" in text
    assert "Any operation in Rafah right now will be a humanitarian catastrophe" in text
    assert "Includes:" in text and 'href="/actors/qatari-foreign-ministry/"' in text


def test_the_actor_page_lists_its_roles_by_negotiation_title_then_role(client, doha):
    qatar = Actor.objects.get(slug="qatar")
    # Made after the Doha talks, yet titled to come before them, with two roles.
    earlier = Negotiation.objects.create(title="Aden truce talks", slug="aden-truce-talks")
    for role in ("mediator", "guarantor"):
        Participation.objects.create(negotiation=earlier, actor=qatar, role=role)
    roles = part(client.get("/actors/qatar/").text, "section[aria-labelledby=roles]")
    assert [text_of(item) for item in roles.select("li")] == [
        "Guarantor in Aden truce talks · its events there",
        "Mediator in Aden truce talks · its events there",
        f"Mediator in {doha.title} · its events there",
    ]
    assert hrefs(roles)[:2] == [
        "/negotiations/aden-truce-talks/",
        "/negotiations/aden-truce-talks/timeline/?actor=qatar",
    ]


def test_an_outlet_page_says_it_has_no_formal_role(client, doha):
    text = client.get("/actors/al-manar-tv/").text
    assert "No formal role recorded" in text
    assert 'part of <a href="/actors/hezbollah/">Hezbollah</a>' in text


def test_unknown_actor_and_positions_are_404_pages(client, db):
    for url in ("/actors/nobody/", "/negotiations/nowhere/positions/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Page not found" in response.text


def test_the_actor_page_lists_its_latest_events_across_the_talks_where_it_has_a_role(client, doha):
    from negotiations.models import Event, Negotiation, Participation

    hamas = Actor.objects.get(slug="hamas")
    other_talks = Negotiation.objects.create(title="Other talks", slug="other", stage="active")
    Participation.objects.create(negotiation=other_talks, actor=hamas, role="party")
    start = datetime.date(2024, 5, 1)
    for index in range(30):
        talks = doha if index % 2 else other_talks
        event = Event.objects.create(
            negotiation=talks,
            kind="meeting",
            title=f"Meeting number {index:02d}",
            date=start + datetime.timedelta(days=index),
        )
        event.participants.set([hamas])
    events = part(client.get("/actors/hamas/").text, 'section[aria-labelledby="events"]')
    listed = texts(events, "ol.recent > li > a")
    # The newest 25, from both talks.
    assert listed == [f"Meeting number {index:02d}" for index in range(29, 4, -1)]
    assert text_of(events).count("Meeting number") == 25
    assert "in the talks where it has a role" in text_of(events.h2)


def test_the_actor_page_leaves_open_whether_the_unnamed_official_is_hamdan(client, doha):
    text = text_of(parse(client.get("/actors/hamas/").text))
    assert "a Hamas official (the sources do not say whether this is Osama Hamdan" in text


def test_the_actor_page_is_built_without_a_request(doha):
    page = ActorPage.build("hamas")
    assert page.actor.slug == "hamas"
    assert {participation.role for participation in page.participations} == {"party"}
    assert page.proposals and page.statements
    assert all(statement.on_behalf_of_id == page.actor.pk for statement in page.statements)


def test_an_unknown_actor_does_not_exist(db):
    with pytest.raises(Actor.DoesNotExist):
        ActorPage.build("nobody")


def actor_rows(response):
    """(name, kind, part of) of each actor the actors page lists, in its order."""
    rows = parse(response.text).select("table.actors tbody tr")
    return [
        (text_of(row.th.a), text_of(row.select("td")[0]), text_of(row.select("td")[1]))
        for row in rows
    ]


def test_the_actors_page_lists_every_actor_by_name_with_its_kind(client, doha):
    listed = actor_rows(client.get("/actors/"))
    assert [name for name, _, _ in listed] == list(Actor.objects.values_list("name", flat=True))
    assert ("Hamas", "armed group", "") in listed
    assert text_of(part(client.get("/actors/").text, ".result-count")).startswith(
        f"{Actor.objects.count()} actors"
    )


def test_the_actors_page_finds_actors_by_kind_and_by_words(client, doha):
    states = actor_rows(client.get("/actors/?kind=state"))
    assert {name for name, _, _ in states} == set(
        Actor.objects.filter(kind="state").values_list("name", flat=True)
    )
    ministries = [name for name, _, _ in actor_rows(client.get("/actors/?q=ministry"))]
    assert ministries == ["Health ministry in the Hamas-run territory", "Qatari foreign ministry"]
    nothing = client.get("/actors/?q=nobody-of-that-name")
    assert actor_rows(nothing) == []
    assert "No actor matches these filters" in text_of(parse(nothing.text))


def test_the_actors_page_refuses_a_kind_it_does_not_know_with_a_400(client, doha):
    response = client.get("/actors/?kind=planet")
    assert response.status_code == 400
    assert "planet is not one of the available choices" in text_of(parse(response.text))
    assert actor_rows(response) == []


def test_the_actors_page_has_no_page_beyond_its_last(client, doha):
    assert client.get("/actors/?page=99").status_code == 404
