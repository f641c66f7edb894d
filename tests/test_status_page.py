"""The status page says where the talks stand, in one screen, every fact with its source."""

import re

import pytest

from .builders import add_many_rows
from .conftest import DOHA

pytestmark = pytest.mark.django_db

STATUS = f"/negotiations/{DOHA}/"


def section(text, heading_id):
    """The HTML of one <section> of the page, found by its heading id."""
    start = text.index(f'aria-labelledby="{heading_id}"')
    return text[start : text.index("</section>", start)]


def test_it_shows_the_stage_and_the_last_activity_with_its_date(client, doha):
    standing = section(client.get(STATUS).text, "standing")
    assert "Technical talks on details" in standing
    assert '<time datetime="2024-03-19">19 Mar 2024</time>' in standing
    assert "Qatar warns that a Rafah operation would be a humanitarian catastrophe" in standing


def test_it_names_the_parties_and_mediators(client, doha):
    standing = section(client.get(STATUS).text, "standing")
    assert re.search(r"<dt>Parties</dt>\s*<dd>.*Hamas.*Israel.*</dd>", standing)
    assert re.search(r"<dt>Mediators</dt>\s*<dd>.*Egypt.*Qatar.*</dd>", standing)


def test_the_latest_proposal_is_the_awaited_counter_proposal_to_hamas(client, doha):
    latest = section(client.get(STATUS).text, "latest-proposal")
    assert "Counter-proposal expected to be presented to Hamas" in latest
    assert "<strong>Awaited:</strong> counter-proposal expected to be presented to Hamas." in latest
    assert 'href="/actors/hamas/"' in latest
    assert 'as of <time datetime="2024-03-19">19 Mar 2024</time>' in latest
    assert 'href="/proposals/1/compare/2/"' in latest


def test_the_mediators_assessment_quotes_only_their_own_words(client, doha):
    assessment = section(client.get(STATUS).text, "assessment")
    quotes = re.findall(r"<blockquote><p>(.*?)</p></blockquote>", assessment)
    assert quotes == [
        "We are at the point now where we are expecting that the counter-proposal would be "
        "presented to Hamas, but this is not the final step in the process",
        "I don&#x27;t think we are at a moment were we can say we are close to a deal. We are "
        "cautiously optimistic because talks have resumed, but it&#x27;s too early to announce "
        "any successes",
        "Any operation in Rafah right now will be a humanitarian catastrophe",
        "difficult for the negotiation process to succeed within the parameters of such an attack",
    ]
    assert assessment.count("Majed al-Ansari, foreign ministry spokesperson") == 4
    # A party's paraphrase is not a mediator's assessment.
    assert "partial Israeli withdrawal" not in assessment


def test_each_party_shows_only_its_latest_position_per_issue(client, doha):
    positions = section(client.get(STATUS).text, "current-positions")
    assert "Partial withdrawal accepted" in positions
    assert "Complete withdrawal from Gaza" not in positions
    assert "Six-week truce" in positions
    assert "20 to 50 prisoners per hostage" in positions
    assert "Threatens an assault on Rafah" in positions
    assert positions.count("<tr>") == 1 + 8  # the header row and eight current stances


def test_key_figures_show_attribution_date_and_breakdown(client, doha):
    figures = section(client.get(STATUS).text, "key-figures")
    assert '<strong class="number">about 1,160</strong>' in figures
    assert '<strong class="number">at least 31,819</strong>' in figures
    assert '<strong class="number">about 1,500,000</strong>' in figures
    assert 'Attributed to <a href="/actors/afp/">AFP</a>' in figures
    assert "Not attributed by the source" in figures
    # 33 presumed dead break down into 8 soldiers and 25 civilians, within about 130.
    about_130 = figures.index("about 130</strong>")
    thirty_three = figures.index('"number">33</strong>')
    eight = figures.index('"number">8</strong>')
    twenty_five = figures.index('"number">25</strong>')
    assert about_130 < thirty_three < eight < twenty_five
    assert figures[about_130:eight].count('<ul class="breakdown"') == 2


def test_risks_name_the_rafah_operation_and_who_named_it(client, doha):
    risks = section(client.get(STATUS).text, "risks")
    assert "A threatened Israeli assault on Rafah could derail the talks" in risks
    assert 'Named by <a href="/actors/qatar/">Qatar</a>' in risks


def test_recent_events_are_newest_first(client, doha):
    recent = section(client.get(STATUS).text, "recent-events")
    listing = recent[recent.index('<ol class="recent"') :]
    first = listing.index("Qatar warns that a Rafah operation")
    later = listing.index("A Hamas official says Hamas would accept a partial")
    assert first < later


def test_every_fact_links_to_its_source(client, doha):
    text = client.get(STATUS).text
    for heading in ("latest-proposal", "assessment", "key-figures", "risks", "recent-events"):
        assert 'href="/sources/1/"' in section(text, heading), heading
    positions = section(text, "current-positions")
    assert positions.count('href="/sources/1/"') == 8
    figures = section(text, "key-figures")
    assert figures.count('href="/sources/1/"') == 8


def test_it_lists_the_sources_cited(client, doha):
    sources = section(client.get(STATUS).text, "sources")
    assert "Report on the Doha ceasefire talks, 19 March 2024" in sources
    assert "news report" in sources


def test_it_lists_only_the_sources_of_the_facts_it_shows_and_links_to_all(client, doha):
    add_many_rows(doha, 30)
    text = client.get(STATUS).text
    sources = section(text, "sources")
    cited_on_the_page = set(re.findall(r'href="(/sources/\d+/)"', text[: text.index(sources)]))
    assert set(re.findall(r'href="(/sources/\d+/)"', sources)) == cited_on_the_page
    assert f'href="/export/sources.csv?negotiation={DOHA}"' in sources
    assert f'href="/negotiations/{DOHA}/timeline/"' in sources


def test_an_unknown_negotiation_is_a_404_page(client, db):
    response = client.get("/negotiations/no-such-talks/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_the_status_page_query_count_does_not_grow_with_rows(
    client, doha, django_assert_max_num_queries
):
    with django_assert_max_num_queries(32) as before:
        client.get(STATUS)
    add_many_rows(doha, 40)
    with django_assert_max_num_queries(32) as after:
        response = client.get(STATUS)
    assert response.status_code == 200
    assert len(after.captured_queries) <= len(before.captured_queries)
    assert "Extra remark 39" in response.text


def test_long_lists_show_the_newest_entries_and_say_so(client, doha):
    add_many_rows(doha, 30)
    text = client.get(STATUS).text
    figures = section(text, "key-figures")
    assert "The newest 12 of 35 figures, each with its breakdown." in figures
    assert "extra count 29" in figures and "extra count 18" in figures
    assert "extra count 17<" not in figures
    assert figures.count('class="breakdown"') == 12
    assert "The newest 12 of 31 risks." in section(text, "risks")
    sources = section(text, "sources")
    assert "Sources of the facts above" in sources
    assert "Extra report 29" in sources and "Extra report 5<" not in sources
