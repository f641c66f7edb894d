"""A reader opens the tracker in Chromium and follows the timeline to its sources."""

import pytest
from django.core.management import call_command

from .doha import DOHA, DOHA_FIXTURE

pytestmark = pytest.mark.browser


@pytest.fixture
def doha_site(transactional_db, live_server):
    """The live server with the Doha fixture committed, so the server thread sees it."""
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    return live_server.url


def test_a_reader_goes_from_the_home_page_to_the_timeline(page, doha_site):
    page.goto(doha_site + "/")
    page.get_by_role("link", name="Timeline", exact=True).click()
    page.wait_for_url(f"**/negotiations/{DOHA}/timeline/")
    assert page.locator("li.event").count() == 11
    assert page.get_by_role("heading", level=1).inner_text().startswith("Timeline")


def test_the_timeline_shows_dates_at_their_precision_in_the_browser(page, doha_site):
    page.goto(f"{doha_site}/negotiations/{DOHA}/timeline/")
    dates = page.locator("li.event time").all_inner_texts()
    assert dates[0] == "7 Oct 2023"
    assert "Nov 2023" in dates
    assert "week of 11 Mar 2024" in dates
    assert "18 Mar 2024" in dates


def test_a_source_link_leads_to_the_cited_document(page, doha_site):
    page.goto(f"{doha_site}/negotiations/{DOHA}/timeline/")
    page.locator("#event-5 .sources a").first.click()
    page.wait_for_url("**/sources/*/")
    assert "news report" in page.locator("main").inner_text()
