"""A reader opens the tracker in Chromium and follows the timeline to its sources."""

import pytest

from .doha import DOHA

pytestmark = pytest.mark.browser


def test_a_reader_goes_from_the_home_page_to_the_timeline(page, reading_site):
    page.goto(reading_site + "/")
    page.get_by_role("link", name="Timeline", exact=True).click()
    page.wait_for_url(f"**/negotiations/{DOHA}/timeline/")
    assert page.locator("li.event").count() == 11
    assert page.get_by_role("heading", level=1).inner_text().startswith("Timeline")


def test_the_timeline_shows_dates_at_their_precision_in_the_browser(page, reading_site):
    page.goto(f"{reading_site}/negotiations/{DOHA}/timeline/")
    dates = page.locator("li.event time").all_inner_texts()
    assert dates[0] == "7 Oct 2023"
    assert "Nov 2023" in dates
    assert "week of 11 Mar 2024" in dates
    assert "18 Mar 2024" in dates


def test_a_source_link_leads_to_the_cited_document(page, reading_site):
    page.goto(f"{reading_site}/negotiations/{DOHA}/timeline/")
    page.locator("#event-5 .sources a").first.click()
    page.wait_for_url("**/sources/*/")
    assert "news report" in page.locator("main").inner_text()
