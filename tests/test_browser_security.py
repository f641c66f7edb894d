"""In Chromium, the Content Security Policy blocks nothing the tracker or its admin needs."""

import pytest
from django.urls import reverse

from .browser_admin import log_in, watch_for_violations
from .doha import hamas_proposal

pytestmark = pytest.mark.browser


def test_the_admin_works_under_the_policy_without_violations(page, site):
    problems = watch_for_violations(page)
    log_in(page, site)
    proposal = hamas_proposal()
    history = proposal.history.earliest()
    for url in [
        reverse("admin:index"),
        reverse("admin:negotiations_proposal_changelist"),
        reverse("admin:negotiations_proposal_add"),
        reverse("admin:negotiations_proposal_history", args=[proposal.pk]),
        reverse(
            "admin:negotiations_proposal_simple_history", args=[proposal.pk, history.history_id]
        ),
    ]:
        page.goto(site + url)
        assert page.locator("#content").count() == 1, url

    # The change page's scripts run: autocomplete widgets and "add another" inline rows.
    page.goto(site + reverse("admin:negotiations_proposal_change", args=[proposal.pk]))
    assert page.locator(".select2-container").count() > 0
    rows = page.locator("#exchange_terms-group .inline-related:not(.empty-form)").count()
    page.locator("#exchange_terms-group summary").click()  # the group opens on a click
    page.locator("#exchange_terms-group .add-row a").click()
    assert (
        page.locator("#exchange_terms-group .inline-related:not(.empty-form)").count() == rows + 1
    )

    # And a save goes through, with the change note kept in the history.
    page.goto(site + reverse("admin:negotiations_proposal_change", args=[proposal.pk]))
    page.fill("#id_title", "Saved in Chromium")
    page.fill("#id_change_note", "Checked under the policy")
    page.locator("input[name=_save]").first.click()
    page.wait_for_url(site + reverse("admin:negotiations_proposal_changelist"))
    proposal.refresh_from_db()
    assert proposal.title == "Saved in Chromium"
    assert proposal.history.latest().history_change_reason == "Checked under the policy"
    assert problems == [], problems


def test_the_other_terms_inline_fits_a_1280_pixel_window(page, site):
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, site)
    page.goto(site + reverse("admin:negotiations_proposal_change", args=[hamas_proposal().pk]))
    widths = page.evaluate(
        """() => ({
            terms: document.querySelector('#other_terms-group').getBoundingClientRect().right,
            page: document.documentElement.scrollWidth,
            widest: [...document.querySelectorAll('#content *')]
                .filter((element) => element.getBoundingClientRect().right > 1280)
                .slice(0, 5)
                .map((element) => element.tagName + '#' + element.id + '.' + element.className),
        })"""
    )
    assert widths["terms"] <= 1280, widths
    assert widths["page"] <= 1280, widths


def test_the_api_documentation_runs_under_the_policy_without_violations(page, site):
    problems = watch_for_violations(page)
    page.goto(site + reverse("api-docs"))
    page.wait_for_selector(".opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v1/proposals/" in [path.strip() for path in paths]
    assert problems == [], problems
