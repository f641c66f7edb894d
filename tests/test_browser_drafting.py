"""In Chromium, an editor turns the Doha article into reviewed records: paste, save the
source, accept a draft through its filled-in form, reject another."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from negotiations.drafting.models import ArticleDraft, DraftRecord
from negotiations.models import Citation, Negotiation, Statement

from .browser_admin import log_in, watch_for_violations
from .doha import DOHA, DOHA_ARTICLE

pytestmark = pytest.mark.browser


def test_an_editor_turns_the_doha_article_into_reviewed_records(page, site):
    problems = watch_for_violations(page)
    log_in(page, site)
    page.goto(site + reverse("admin:drafting_articledraft_add"))
    page.select_option("#id_negotiation", str(Negotiation.objects.get(slug=DOHA).pk))
    page.fill("#id_title", "Gaza truce talks progressing in Doha")
    page.fill("#id_publisher", "AFP")
    page.fill("#id_published_on", "2024-03-19")
    page.fill("#id_text", DOHA_ARTICLE.read_text().split("2024-03-19", 1)[1].strip())
    page.click("input[name=_save]")

    article = ArticleDraft.objects.get()
    page.wait_for_url(site + article.get_review_url())
    expect(page.locator(".draft-record")).to_have_count(article.records.count())
    page.click("text=Review and save the source record")
    expect(page.locator("#id_title")).to_have_value("Gaza truce talks progressing in Doha")
    page.click("input[name=_save]")
    page.wait_for_url(site + article.get_review_url())

    quote = DraftRecord.objects.get(kind="statement", values__text__startswith="Any operation")
    entry = page.locator(f"#draft-{quote.pk}")
    expect(entry.locator("mark")).to_have_text(quote.values["text"])
    entry.locator("text=Review and accept").click()
    expect(page.locator("#id_text")).to_have_value(quote.values["text"])
    page.click("input[name=_save]")
    page.wait_for_url(site + article.get_review_url())
    expect(page.locator(f"#draft-{quote.pk}")).to_contain_text("Accepted")

    statement = Statement.objects.filter(text=quote.values["text"]).latest("pk")
    citation = Citation.objects.get(content_type__model="statement", object_id=statement.pk)
    assert citation.passage == quote.passage
    assert citation.source == ArticleDraft.objects.get().source

    rejected = DraftRecord.objects.filter(kind="event", accepted_id=None).first()
    page.locator(f"#draft-{rejected.pk} button[name=reject]").click()
    page.wait_for_url(site + article.get_review_url())
    expect(page.locator(f"#draft-{rejected.pk}")).to_have_count(0)
    assert not DraftRecord.objects.filter(pk=rejected.pk).exists()
    assert problems == []
