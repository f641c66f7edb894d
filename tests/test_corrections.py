"""An editor marks a save as a public correction, with a note: readers see "Corrected on D"
with the record, on the changes page and in the export; ordinary edits are not advertised."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.utils import timezone

from negotiations.models import Correction, Event

from .admin_form import change_url, load_admin_form, save_in_admin
from .doha import DOHA, hamas_proposal
from .export_helpers import csv_rows
from .html_parts import parse, part, text_of

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

NOTE = "It was proposed through Qatar, not directly."


def correct(client, record, note=NOTE, **changes):
    save_in_admin(client, record, is_correction="on", correction_note=note, **changes)


def test_a_correction_shows_with_its_record_dated_and_with_its_note(editor_client, client, doha):
    proposal = hamas_proposal()
    correct(editor_client, proposal, note=NOTE)
    page = client.get(proposal.get_absolute_url()).text
    correction = part(page, ".correction")
    assert text_of(correction).startswith("Corrected on")
    assert text_of(correction.time) == f"{timezone.now():%-d %b %Y}"
    assert correction.time["datetime"] == timezone.now().date().isoformat()
    assert text_of(correction).endswith(NOTE)


def test_an_ordinary_edit_is_not_advertised_as_a_correction(editor_client, client, doha):
    proposal = hamas_proposal()
    save_in_admin(editor_client, proposal, change_note="Typo")
    assert not Correction.objects.exists()
    assert not parse(client.get(proposal.get_absolute_url()).text).select(".correction")


def test_a_corrected_event_says_so_on_the_timeline(editor_client, client, doha):
    event = Event.objects.get(title__startswith="Qatar warns that a Rafah operation")
    correct(editor_client, event, note="The warning came from Qatar's foreign ministry.")
    timeline = parse(client.get(f"/negotiations/{DOHA}/timeline/").text)
    entry = timeline.select_one(f"li#{event.anchor}")
    assert "The warning came from Qatar's foreign ministry." in text_of(
        entry.select_one(".correction")
    )
    assert len(timeline.select(".correction")) == 1


def test_the_changes_page_marks_the_save_that_was_a_correction(editor_client, client, doha):
    correct(editor_client, hamas_proposal(), title="Hamas proposal, through Qatar")
    save_in_admin(editor_client, hamas_proposal(), title="Hamas proposal of the week of 11 March")
    changes = parse(client.get(f"/negotiations/{DOHA}/changes/").text)
    marked = [
        text_of(item.select_one(".correction"))
        for item in changes.select("li.record-change")
        if item.select_one(".correction")
    ]
    assert marked == [f"Correction: {NOTE}"]


def test_corrections_are_exported(editor_client, client, doha):
    proposal = hamas_proposal()
    correct(editor_client, proposal)
    _, rows = csv_rows(client.get("/export/corrections.csv", {"negotiation": DOHA}))
    assert [(row["record_type"], row["record_id"], row["note"]) for row in rows] == [
        ("proposal", str(proposal.pk), NOTE)
    ]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"is_correction": "on", "correction_note": "  "}, "Say what was wrong, for readers."),
        ({"correction_note": NOTE}, "Tick this box to publish the correction note"),
    ],
)
def test_a_correction_needs_both_the_box_and_the_note(editor_client, doha, fields, message):
    url = change_url(hamas_proposal())
    form = load_admin_form(editor_client, url)
    form.update({name: [value] for name, value in fields.items()})
    response = editor_client.post(url, form)
    assert response.status_code == 200
    assert message in response.text
    assert not Correction.objects.exists()


def test_no_add_form_offers_a_correction(editor_client, doha):
    add_pages = [
        f"/admin/negotiations/{model._meta.model_name}/add/"
        for model in apps.get_app_config("negotiations").get_models()
        if admin.site.is_registered(model)
    ]
    assert len(add_pages) > 10
    offering = [
        address for address in add_pages if "is_correction" in editor_client.get(address).text
    ]
    assert offering == []
    assert "is_correction" in editor_client.get(change_url(hamas_proposal())).text
