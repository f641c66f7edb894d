"""Stored text is untrusted: XSS payloads in every text field stay inert wherever they show.

Every public page (found from negotiations.urls) and the admin pages of every model are
opened in Chromium with a payload in every text field of every record: no dialog opens,
no payload element reaches the DOM, the browser reports no policy violation. CSV answers
must not start a cell with a spreadsheet formula.
"""

import csv
import io
import itertools

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import models
from django.test import Client
from django.urls import reverse

from negotiations.exports.datasets import DATASETS

from .builders import values_an_editor_could_save
from .conftest import empty_the_tracker
from .doha import DOHA_FIXTURE
from .public_urls import DOMAIN_MODELS, stored_pages

PASSWORD = "correct horse battery"

# Each payload marks its element with data-xss, so any that is parsed as markup shows up.
PAYLOADS = [
    "<script data-xss>alert('xss')</script>",
    "<img data-xss src=x onerror=alert('xss')>",
    '"><svg data-xss onload=alert("xss")>',
    "'><iframe data-xss src=\"javascript:alert('xss')\"></iframe>",
    "<a data-xss href=\"javascript:alert('xss')\">click</a>",
    '<div data-xss hx-get="/admin/" hx-trigger="load">htmx</div>',
    "<style data-xss>body{display:none}</style>",
    "</textarea><script data-xss>alert('xss')</script>",
    "</title><script data-xss>alert('xss')</script>",
    "{{ request.user }}{% debug %}<b data-xss>",
    "<details data-xss open ontoggle=alert('xss')>",
    '=HYPERLINK("https://evil.example","xss")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
]
FORMULA_PAYLOADS = [payload for payload in PAYLOADS if payload[0] in "=+-@"]


def text_fields(model):
    """Free-text fields: no choices, no slugs (those are validated to a fixed alphabet)."""
    return [
        field
        for field in model._meta.fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and not isinstance(field, models.SlugField)
    ]


def fill_every_text_field_with_payloads():
    """Write payloads into every text field of every record, bypassing forms (as a bug might)."""
    payloads = itertools.cycle(PAYLOADS)
    for model in DOMAIN_MODELS:
        for record in model.objects.all():
            values = {}
            for field in text_fields(model):
                payload = next(payloads)
                if isinstance(field, models.URLField):
                    payload = "https://example.org/?" + payload
                values[field.name] = payload[: field.max_length] if field.max_length else payload
            model.objects.filter(pk=record.pk).update(**values_an_editor_could_save(record, values))


def poison_the_tracker():
    """The Doha data (with its history) with a payload in every text field, and an admin."""
    call_command("seed", str(DOHA_FIXTURE), verbosity=0)
    fill_every_text_field_with_payloads()
    User.objects.create_superuser("admin", "admin@example.org", PASSWORD)


@pytest.fixture(scope="module")
def poisoned_tracker(django_db_setup, django_db_blocker):
    """The poisoned data committed once for the module (each test runs in a transaction
    rolled back), emptied out after."""
    with django_db_blocker.unblock():
        poison_the_tracker()
    yield
    with django_db_blocker.unblock():
        empty_the_tracker()
        Session.objects.all().delete()
        User.objects.filter(username="admin").delete()


@pytest.fixture
def poisoned(db, poisoned_tracker):
    """The poisoned tracker, for a test in a transaction."""


@pytest.fixture
def poisoned_site(db, poisoned_tracker, reading_server):
    """The poisoned tracker served, for a test in a transaction rolled back afterwards."""
    return reading_server


def admin_pages():
    """Each model's list (its records' listed fields), and the change and history pages of
    its first record, each of whose text fields holds a payload."""
    urls = []
    for model in DOMAIN_MODELS:
        name = f"admin:negotiations_{model._meta.model_name}"
        urls.append(reverse(f"{name}_changelist"))
        for pk in model.objects.values_list("pk", flat=True)[:1]:
            urls.append(reverse(f"{name}_change", args=[pk]))
            urls.append(reverse(f"{name}_history", args=[pk]))
    return urls


def open_and_inspect(page, url, dialogs, violations):
    page.goto(url)
    page.wait_for_load_state("load")
    injected = page.evaluate("() => document.querySelectorAll('[data-xss]').length")
    return {"url": url, "injected": injected, "dialogs": list(dialogs), "violations": violations}


@pytest.fixture
def watched_page(page):
    """The browser's page, with the dialogs it opened and the policy violations it reported."""
    dialogs, violations = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return page, dialogs, violations


# The public and the admin pages are two tests, so that the suite's two workers can share
# the browser's work (about 30 s in one test).
@pytest.mark.browser
def test_payloads_in_every_text_field_are_inert_on_public_pages(watched_page, poisoned_site):
    page, dialogs, violations = watched_page
    public = stored_pages(Client())
    assert public, "no public page found"
    shown_as_text = 0
    for url in public:
        result = open_and_inspect(page, poisoned_site + url, dialogs, violations)
        assert result["injected"] == 0, result
        shown_as_text += "<script data-xss>" in page.inner_text("body")
    assert dialogs == []
    assert violations == []
    # The corpus really reached the pages, as visible text.
    assert shown_as_text > 0


@pytest.mark.browser
def test_payloads_in_every_text_field_are_inert_on_admin_pages(watched_page, poisoned_site):
    page, dialogs, violations = watched_page
    page.goto(poisoned_site + reverse("admin:login"))
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(poisoned_site + reverse("admin:index"))
    urls = admin_pages()
    assert len(urls) > len(DOMAIN_MODELS), "no admin change page found"
    shown_as_text = 0
    for url in urls:
        result = open_and_inspect(page, poisoned_site + url, dialogs, violations)
        assert result["injected"] == 0, result
        shown_as_text += "data-xss" in page.inner_text("body")
    assert dialogs == []
    assert violations == []
    assert shown_as_text > 0


# Not a browser test: it runs on every database, since PostgreSQL writes CSV by COPY.
def test_csv_answers_neutralise_formulas(poisoned):
    client = Client()
    for name in DATASETS:
        response = client.get(f"/export/{name}.csv")
        assert response["Content-Type"].startswith("text/csv"), name
        body = b"".join(response.streaming_content) if response.streaming else response.content
        for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))):
            for cell in row:
                assert cell not in FORMULA_PAYLOADS, (name, cell)
