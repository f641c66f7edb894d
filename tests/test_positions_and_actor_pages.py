"""Positions over time per issue, and what each actor proposed, said, attended and where."""

import datetime
import re

import pytest

from negotiations.models import Actor, Position

from .builders import add_many_rows
from .conftest import DOHA

pytestmark = pytest.mark.django_db

POSITIONS = f"/negotiations/{DOHA}/positions/"


def issue_section(text, name):
    start = text.index(f">{name}</h2>")
    return text[start : text.index("</section>", start)]


def test_a_moved_position_reads_oldest_to_current(client, doha):
    withdrawal = issue_section(client.get(POSITIONS).text, "Israeli withdrawal from Gaza")
    stances = re.findall(r'<p class="stance-text">(.*?)(?: <span|</p>)', withdrawal)
    assert stances == ["Complete withdrawal from Gaza", "Partial withdrawal accepted"]
    assert '<span class="moved">moved</span>' in withdrawal
    assert "Before 18 March 2024: the source calls it a previous demand." in withdrawal
    assert withdrawal.index('class="badge">current') > withdrawal.index("Partial withdrawal")


def test_each_actor_has_its_own_row_on_an_issue(client, doha):
    rafah = issue_section(client.get(POSITIONS).text, "Military operation in Rafah")
    actors = re.findall(r'<h3><a href="/actors/([\w-]+)/">', rafah)
    assert actors == ["israel", "qatar", "united-states"]
    assert "moved" not in rafah


def test_every_stance_links_its_source(client, doha):
    text = client.get(POSITIONS).text
    assert text.count('href="/sources/1/"') == Position.objects.count() == 9


def test_a_long_history_shows_the_latest_stances_and_links_the_full_one(client, doha):
    hamas = Actor.objects.get(slug="hamas")
    for day in range(1, 9):
        Position.objects.create(
            negotiation=doha,
            actor=hamas,
            issue="withdrawal",
            stance=f"stance of {day} April",
            date=datetime.date(2024, 4, day),
        )
    withdrawal = issue_section(client.get(POSITIONS).text, "Israeli withdrawal from Gaza")
    rows = withdrawal.split('<li class="actor-stances">')[1:]
    row = next(row for row in rows if 'href="/actors/hamas/"' in row)
    stances = re.findall(r'<p class="stance-text">(.*?)(?: <span|</p>)', row)
    assert stances == [f"Stance of {day} April" for day in range(4, 9)]
    assert "10 stances in all; the 5 latest are shown." in row
    assert f"/export/positions.csv?negotiation={DOHA}&amp;actor=hamas&amp;issue=withdrawal" in row
    assert 'class="badge">current' in row


def test_an_undated_later_entry_never_hides_a_dated_one_as_current(doha):
    hamas = Actor.objects.get(slug="hamas")
    current = Position.objects.filter(actor=hamas, issue="withdrawal").current()
    assert [position.stance for position in current] == ["partial withdrawal accepted"]
    Position.objects.create(
        negotiation=doha,
        actor=hamas,
        issue="withdrawal",
        stance="no withdrawal needed",
        date=datetime.date(2024, 3, 25),
    )
    current = Position.objects.filter(actor=hamas, issue="withdrawal").current()
    assert [position.stance for position in current] == ["no withdrawal needed"]


def test_the_actor_page_shows_role_proposals_statements_and_events(client, doha):
    text = client.get("/actors/hamas/").text
    assert "<strong>Party</strong> in" in text
    assert 'href="/proposals/1/"' in text and "proposed" in text
    assert 'href="/proposals/2/"' in text and "addressed to it" in text
    assert "Osama Hamdan, Hamas official" in text
    assert "Al-Manar TV" in text
    assert "Partial withdrawal accepted".lower() in text.lower()
    assert 'href="/timeline/?actor=hamas"' in text


def test_a_mediator_page_shows_its_role_and_attendance(client, doha):
    text = client.get("/actors/qatar/").text
    assert "<strong>Mediator</strong> in" in text
    assert "Doha round, March 2024" in text
    assert "Qatari premier" in text
    assert "Any operation in Rafah right now will be a humanitarian catastrophe" in text
    assert "Includes:" in text and 'href="/actors/qatari-foreign-ministry/"' in text


def test_an_outlet_page_says_it_has_no_formal_role(client, doha):
    text = client.get("/actors/al-manar-tv/").text
    assert "No formal role recorded" in text
    assert 'part of <a href="/actors/hezbollah/">Hezbollah</a>' in text


def test_unknown_actor_and_positions_are_404_pages(client, db):
    for url in ("/actors/nobody/", "/negotiations/nowhere/positions/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Page not found" in response.text


def test_positions_and_actor_query_counts_do_not_grow_with_rows(
    client, doha, django_assert_max_num_queries
):
    urls = [POSITIONS, "/actors/hamas/", "/actors/qatar/"]
    for url in urls:
        with django_assert_max_num_queries(30):
            client.get(url)
    # Every list on the pages is filled, then filled with many more rows: same count.
    add_many_rows(doha, 5)
    with_some = {}
    for url in urls:
        with django_assert_max_num_queries(30) as queries:
            client.get(url)
        with_some[url] = len(queries.captured_queries)
    add_many_rows(doha, 40)
    for url in urls:
        with django_assert_max_num_queries(30) as queries:
            assert client.get(url).status_code == 200
        assert len(queries.captured_queries) == with_some[url], url


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
    text = client.get("/actors/hamas/").text
    events = text[text.index('id="events"') : text.index("</section>", text.index('id="events"'))]
    listed = re.findall(r"Meeting number (\d\d)", events)
    assert listed == [f"{index:02d}" for index in range(29, 4, -1)]  # the newest 25, both talks
    assert "in the talks where it has a role" in events
