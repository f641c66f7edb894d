"""Proposals in plain words, their status history and chain (comparisons: their own module)."""

import pytest
from pytest_django.asserts import assertInHTML

from negotiations.models import ExchangeTerm

from .builders import add_many_rows
from .doha import DOHA
from .html_parts import fact, hrefs, parse, part, text_of, texts

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

PROPOSALS = f"/negotiations/{DOHA}/proposals/"


def test_the_list_shows_each_proposal_with_its_terms_in_plain_words(client, doha):
    text = client.get(PROPOSALS).text
    assert "<strong>about 42 hostages</strong>" in text
    assert "<strong>20–50 prisoners (Palestinian) per hostage</strong>" in text
    assert "<strong>6-week truce</strong>" in text
    assert "Counter-proposal expected to be presented to Hamas" in text
    assert "No terms recorded yet: the sources do not say what it will contain." in text


def test_the_list_links_each_counterpart_comparison(client, doha):
    text = client.get(PROPOSALS).text
    assert text.count('href="/proposals/1/compare/2/"') == 2


def test_a_proposal_page_shows_its_terms_status_history_and_responses(client, doha):
    text = client.get("/proposals/1/").text
    assert "Hamas proposal: six-week truce" in text
    assert '<time datetime="2024-W11">week of 11 Mar 2024</time>' in text
    history = part(text, 'section[aria-labelledby="history-heading"]')
    (change,) = history.select("ol.history > li")
    assert text_of(change.time) == "week of 11 Mar 2024"
    assert change.time.next_sibling == ": "
    assertInHTML("<strong>presented</strong>", str(change.time.next_sibling.next_sibling))
    chain = part(text, 'section[aria-labelledby="chain-heading"]')
    assert text_of(fact(chain, "Responds to")) == "no earlier proposal"
    assert hrefs(fact(chain, "Answered by")) == ["/proposals/2/", "/proposals/1/compare/2/"]
    assert 'href="/sources/1/"' in text


def test_a_counter_proposal_page_says_what_it_responds_to(client, doha):
    text = client.get("/proposals/2/").text
    chain = part(text, 'section[aria-labelledby="chain-heading"]')
    assert "/proposals/1/" in hrefs(fact(chain, "Responds to"))
    assert text_of(fact(chain, "Answered by")) == "no response recorded yet"
    assert "expected to be presented" in text
    assert "Qatar expects it to be presented to Hamas." in text


def test_unknown_proposals_are_404_pages(client, doha):
    for url in (
        "/proposals/999/",
        "/proposals/1/compare/999/",
        "/proposals/1/compare/1/",
        "/negotiations/nowhere/proposals/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page not found" in response.text


def test_the_list_shows_the_newest_proposals_first_in_pages(client, doha):
    add_many_rows(doha, 30)
    first = parse(client.get(PROPOSALS).text)
    titles = texts(first, "li.card.proposal > h2")
    assert len(titles) == len(first.select("li.card.proposal")) == 25
    assert titles.index("Counter-proposal expected to be presented to Hamas") < titles.index(
        "Extra counter-proposal 29"
    )
    assert "Page 1 of 2" in texts(first, "nav.pager > span")
    second = parse(client.get(PROPOSALS, {"page": 2}).text)
    titles = texts(second, "li.card.proposal > h2")
    assert len(titles) == len(second.select("li.card.proposal")) == 7
    assert any(title.startswith("Hamas proposal: six-week truce") for title in titles)


def test_a_page_of_proposals_that_does_not_exist_is_a_404(client, doha):
    assert client.get(PROPOSALS, {"page": "3"}).status_code == 404


def test_one_person_released_is_told_in_the_singular(doha):
    term = ExchangeTerm.objects.create(
        proposal_id=1, group="prisoners_of_war", count_min=1, count_max=1
    )
    assert term.describe() == "1 prisoner of war"
    term.count_max = 2
    assert term.describe() == "1–2 prisoners of war"
