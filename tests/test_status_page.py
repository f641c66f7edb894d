"""The status page says where the talks stand, in one screen, every fact with its source."""

import re

import pytest
from pytest_django.asserts import assertInHTML

from negotiations.models import Negotiation
from negotiations.pages.status import NegotiationStatus

from .builders import add_many_rows
from .doha import DOHA
from .html_parts import fact, hrefs, parse, part, text_of, texts

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

STATUS = f"/negotiations/{DOHA}/"


def section(text, heading_id):
    """The one <section> of the page labelled by the heading ``heading_id``."""
    return part(text, f'section[aria-labelledby="{heading_id}"]')


def first_item_with(items, words):
    """The index of the first of ``items`` (texts) that contains ``words``."""
    return next(index for index, item in enumerate(items) if words in item)


def test_it_shows_the_stage_and_the_last_activity_with_its_date(client, doha):
    standing = section(client.get(STATUS).text, "standing")
    assert text_of(fact(standing, "Stage")) == "Technical talks on details"
    last_activity = fact(standing, "Last activity")
    assertInHTML('<time datetime="2024-03-19">19 Mar 2024</time>', str(last_activity))
    assert "Qatar warns that a Rafah operation would be a humanitarian catastrophe" in text_of(
        last_activity
    )


def test_it_names_the_parties_and_mediators(client, doha):
    standing = section(client.get(STATUS).text, "standing")
    assert texts(fact(standing, "Parties"), "a") == ["Hamas", "Israel"]
    assert texts(fact(standing, "Mediators"), "a") == ["Egypt", "Qatar"]


def test_the_latest_proposal_is_the_awaited_counter_proposal_to_hamas(client, doha):
    latest = section(client.get(STATUS).text, "latest-proposal")
    assert "Counter-proposal expected to be presented to Hamas" in texts(latest, "h3")
    assertInHTML(
        '<p class="awaited"><strong>Awaited:</strong> '
        "counter-proposal expected to be presented to Hamas.</p>",
        str(latest),
    )
    assert "/actors/hamas/" in hrefs(latest)
    status = fact(latest, "Status")
    times = status.select("time")
    assert len(times) == 1
    assertInHTML('<time datetime="2024-03-19">19 Mar 2024</time>', str(times[0]))
    assert times[0].previous_sibling.endswith(" as of ")
    assert "/proposals/1/compare/2/" in hrefs(latest)


def test_the_mediators_assessment_quotes_only_their_own_words(client, doha):
    assessment = section(client.get(STATUS).text, "assessment")
    assert texts(assessment, "blockquote > p") == [
        "We are at the point now where we are expecting that the counter-proposal would be "
        "presented to Hamas, but this is not the final step in the process",
        "I don't think we are at a moment were we can say we are close to a deal. We are "
        "cautiously optimistic because talks have resumed, but it's too early to announce "
        "any successes",
        "Any operation in Rafah right now will be a humanitarian catastrophe",
        "difficult for the negotiation process to succeed within the parameters of such an attack",
    ]
    assert text_of(assessment).count("Majed al-Ansari, foreign ministry spokesperson") == 4
    # A party's paraphrase is not a mediator's assessment.
    assert "partial Israeli withdrawal" not in text_of(assessment)


def test_the_assessment_shows_the_newest_quote_however_many_are_recorded(client, doha):
    add_many_rows(doha, 40)
    assessment = section(client.get(STATUS).text, "assessment")
    assert "Extra remark 39" in texts(assessment, "blockquote > p")


def test_what_the_sides_and_the_mediators_say_besides_their_quotes_is_listed_newest_first(
    client, doha
):
    said = [
        line.split(" Cited from")[0]
        for line in texts(section(client.get(STATUS).text, "said"), "ul.said > li")
    ]
    assert len(said) == 6
    assert said[-2:] == [
        "18 Mar 2024 : a Hamas official (the sources do not say whether this is Osama Hamdan, "
        "Hamas official), for Hamas , in the report’s words: Hamas would accept a partial "
        "Israeli withdrawal before exchanging prisoners, easing its previous demand for a "
        "complete pullout from Gaza.",
        "18 Mar 2024 : Joe Biden, US President, for United States , in the report’s words: He "
        "had asked Israeli Prime Minister Benjamin Netanyahu to send a team to Washington to "
        "discuss how to avoid an all-out assault on Rafah.",
    ]
    # The mediators' quotes are in their own panel, not again here.
    assert not any("We are at the point now" in line for line in said)


def test_a_side_speaking_for_itself_is_named_once(client, doha):
    said = texts(section(client.get(STATUS).text, "said"), "ul.said > li")
    (qatar,) = [line for line in said if "progressing in Doha" in line]
    assert qatar.startswith("19 Mar 2024 : Qatar , in the report’s words: Negotiations for")


def test_each_party_shows_only_its_latest_position_per_issue(client, doha):
    positions = section(client.get(STATUS).text, "current-positions")
    words = text_of(positions)
    assert "Would accept a partial withdrawal before exchanging prisoners" in words
    assert "Complete withdrawal from Gaza" not in words
    assert "Six-week truce" in words
    assert "20 to 50 prisoners per hostage" in words
    assert "Threatens an assault on Rafah" in words
    # The header row and eight current stances.
    assert len(positions.select("thead tr")) == 1
    assert len(positions.select("tbody tr")) == 8
    assert len(positions.select("tr")) == 1 + 8


def test_key_figures_show_attribution_date_and_breakdown(client, doha):
    figures = section(client.get(STATUS).text, "key-figures")
    for number in ("about 1,160", "at least 31,819", "about 1.5 million"):
        assertInHTML(f'<strong class="number">{number}</strong>', str(figures))
    afp = [link for link in figures.select('a[href="/actors/afp/"]') if text_of(link) == "AFP"]
    assert any(link.previous_sibling == "Attributed to " for link in afp)
    assert "Not attributed by the source" in text_of(figures)
    # The report's sentence on Rafah's 1.5 million ends "Ansari said": kept in its words.
    assert "about 1.5 million Gazans sheltering in Rafah" in text_of(figures)
    assert "Attributed to “Ansari”" in text_of(figures)
    # 33 presumed dead break down into 8 soldiers and 25 civilians, within about 130.
    (about_130,) = [
        item
        for item in figures.select("li.figure")
        if texts(item, ":scope > p > .number") == ["about 130"]
    ]
    assert texts(about_130, ".number") == ["about 130", "33", "8", "25"]
    (thirty_three,) = about_130.select(":scope > ul.breakdown > li.figure")
    assert texts(thirty_three, ":scope > p > .number") == ["33"]
    assert texts(thirty_three, ":scope > ul.breakdown > li.figure > p > .number") == ["8", "25"]


def test_risks_name_the_rafah_operation_and_who_named_it(client, doha):
    risks = section(client.get(STATUS).text, "risks")
    assert "A threatened Israeli assault on Rafah could derail the talks" in text_of(risks)
    qatar = [link for link in risks.select('a[href="/actors/qatar/"]') if text_of(link) == "Qatar"]
    assert any(link.previous_sibling == "Named by " for link in qatar)


def test_recent_events_are_newest_first(client, doha):
    recent = section(client.get(STATUS).text, "recent-events")
    listing = texts(recent, "ol.recent > li")
    first = first_item_with(listing, "Qatar warns that a Rafah operation")
    later = first_item_with(listing, "A Hamas official says Hamas would accept a partial")
    assert first < later


def test_each_recent_event_links_to_its_entry_among_the_events_of_its_day(client, doha):
    recent = section(client.get(STATUS).text, "recent-events")
    address = next(href for href in hrefs(recent) if "#event-" in href)
    page, anchor = address.split("#")
    day = parse(client.get(page).text)
    assert day.select_one(f"li#{anchor}") is not None
    assert "date_from=" in page and "date_to=" in page


def test_the_status_is_built_without_a_request(doha):
    status = NegotiationStatus.build(DOHA)
    assert status.negotiation == doha
    assert status.latest_proposal.kind == "counter_proposal"
    assert [actor.slug for actor in status.addressed_to] == ["hamas"]
    assert status.last_event.title.startswith("Qatar warns that a Rafah operation")
    assert {source.pk for source in status.sources} == {1}


def test_the_status_of_an_unknown_negotiation_does_not_exist(db):
    with pytest.raises(Negotiation.DoesNotExist):
        NegotiationStatus.build("no-such-talks")


def test_every_fact_links_to_its_source(client, doha):
    text = client.get(STATUS).text
    for heading in ("latest-proposal", "assessment", "key-figures", "risks", "recent-events"):
        assert "/sources/1/" in hrefs(section(text, heading)), heading
    assert hrefs(section(text, "current-positions")).count("/sources/1/") == 8
    assert hrefs(section(text, "key-figures")).count("/sources/1/") == 8


def test_it_lists_the_sources_cited(client, doha):
    sources = text_of(section(client.get(STATUS).text, "sources"))
    assert "Report on the Doha ceasefire talks, 19 March 2024" in sources
    assert "news report" in sources


def test_it_lists_only_the_sources_of_the_facts_it_shows_and_links_to_all(client, doha):
    add_many_rows(doha, 30)
    page = parse(client.get(STATUS).text)
    (sources,) = page.select('section[aria-labelledby="sources"]')
    before = [link["href"] for link in sources.find_all_previous("a", href=True)]
    cited_on_the_page = {href for href in before if re.fullmatch(r"/sources/\d+/", href)}
    listed = {href for href in hrefs(sources) if re.fullmatch(r"/sources/\d+/", href)}
    assert listed == cited_on_the_page
    assert f"/export/sources.csv?negotiation={DOHA}" in hrefs(sources)
    assert f"/negotiations/{DOHA}/timeline/" in hrefs(sources)


def test_an_unknown_negotiation_is_a_404_page(client, db):
    response = client.get("/negotiations/no-such-talks/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_long_lists_show_the_newest_entries_and_say_so(client, doha):
    add_many_rows(doha, 30)
    text = client.get(STATUS).text
    figures = section(text, "key-figures")
    assert "The newest 12 of 35 figures, each with its breakdown." in texts(figures, "p.meta")
    described = texts(figures, "li.figure > p:first-child")
    assert any(words.endswith(" extra count 29") for words in described)
    assert any(words.endswith(" extra count 18") for words in described)
    assert not any(words.endswith(" extra count 17") for words in described)
    assert len(figures.select("ul.breakdown")) == 12
    assert "The newest 12 of 31 risks." in texts(section(text, "risks"), "p.meta")
    sources = section(text, "sources")
    assert "Sources of the facts above" in texts(sources, "h2")
    titles = texts(sources, "ul.source-list > li > a")
    assert "Extra report 29" in titles and "Extra report 5" not in titles


def test_the_dates_talks_began_and_ended_show_with_their_source_when_one_gives_them(
    client, editor_client, doha, django_capture_on_commit_callbacks
):
    from .admin_form import change_url, load_admin_form, submit_admin_form

    # The article dates neither.
    assert "Talks" not in texts(parse(client.get(STATUS).text), "dl.facts dt")
    url = change_url(doha)
    form = load_admin_form(editor_client, url)
    prefix = "negotiations-citation-content_type-object_id"
    form.update(
        {
            "start": ["2023-11-01"],
            "start_precision": ["month"],
            "stage": ["concluded"],
            "end": ["2024-03-19"],
            "end_precision": ["on_or_before"],
            f"{prefix}-TOTAL_FORMS": ["1"],
            f"{prefix}-0-source": ["1"],
            f"{prefix}-0-passage": ["Qatar said"],
        }
    )
    # Committed, so that the stored page the first request kept is replaced, as in use.
    with django_capture_on_commit_callbacks(execute=True):
        submit_admin_form(editor_client, url, form)

    talks = fact(parse(client.get(STATUS).text), "Talks")
    assert " ".join(talks.get_text().split()) == (
        "began Nov 2023; ended on or before 19 Mar 2024 "
        "Cited from Report on the Doha ceasefire talks, 19 March 2024"
    )


def test_talks_cannot_end_before_they_began(doha):
    import datetime

    from django.core.exceptions import ValidationError

    doha.start, doha.end = datetime.date(2024, 3, 19), datetime.date(2024, 3, 18)
    with pytest.raises(ValidationError) as caught:
        doha.full_clean()
    assert caught.value.message_dict == {"end": ["Talks cannot end before they began."]}


def test_the_sources_of_the_roles_the_page_shows_are_listed_below_it(client, doha):
    import datetime

    from negotiations.models import Source

    from .builders import cite

    roles_source = Source.objects.create(
        title="Who mediates the talks", kind="news_report", published_on=datetime.date(2024, 1, 5)
    )
    cite(doha.participations.get(actor__slug="qatar"), roles_source, "Qatar mediates")

    titles = texts(section(client.get(STATUS).text, "sources"), "ul.source-list > li > a")

    assert "Who mediates the talks" in titles
