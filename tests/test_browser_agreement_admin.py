"""An agreement's admin page in Chromium at 1280 pixels: six steps and ten terms fit in a
few screens, each group opens on a click, and a refused row opens its group by itself."""

import datetime

from playwright.sync_api import expect

from negotiations.models import Milestone, OtherTerm, Proposal

from .admin_form import admin_url
from .browser_admin import log_in, watch_for_violations

WIDTH, SCREEN = 1280, 800


def an_agreement_with_six_steps_and_ten_terms():
    agreement = Proposal.objects.get(pk=1)
    start = datetime.date(2024, 3, 11)
    for number, kind in enumerate(
        ["signed", "in_force", "extended", "suspended", "resumed", "expired"]
    ):
        Milestone.objects.create(
            proposal=agreement, kind=kind, date=start + datetime.timedelta(days=7 * number)
        )
    for number in range(10):
        OtherTerm.objects.create(proposal=agreement, kind="aid", description=f"Aid {number}")
    return agreement


def page_height(page):
    return page.evaluate("document.documentElement.scrollHeight")


def test_an_agreement_with_six_steps_and_ten_terms_fits_in_a_few_screens(page, site):
    agreement = an_agreement_with_six_steps_and_ten_terms()
    problems = watch_for_violations(page)
    page.set_viewport_size({"width": WIDTH, "height": SCREEN})
    log_in(page, site)

    page.goto(site + admin_url(Proposal, "change", agreement.pk))

    assert page_height(page) <= 4 * SCREEN
    milestones = page.locator("#milestones-group")
    assert milestones.locator("details").get_attribute("open") is None
    milestones.locator("summary").click()
    assert milestones.locator(".inline-related:not(.empty-form)").count() == 6
    expect(milestones.locator(".inline-related:not(.empty-form)").first).to_be_visible()
    assert problems == []


def test_a_refused_row_opens_its_group_by_itself(page, site):
    agreement = an_agreement_with_six_steps_and_ten_terms()
    page.set_viewport_size({"width": WIDTH, "height": SCREEN})
    log_in(page, site)
    page.goto(site + admin_url(Proposal, "change", agreement.pk))
    milestones = page.locator("#milestones-group")
    milestones.locator("summary").click()
    # The signature (11 March) scheduled to end before it happened.
    page.fill("input[name='milestones-0-scheduled_end']", "2024-03-01")
    page.select_option("select[name='milestones-0-scheduled_end_precision']", "day")

    page.click("input[name=_save]")

    # Waits for the page the save answers with.
    expect(
        page.get_by_text("The scheduled end cannot come before the step itself.")
    ).to_be_visible()
    assert milestones.locator("details").count() == 0  # no longer collapsible
