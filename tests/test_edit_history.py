"""Every change is kept with who, when, what and why; staff can see it and revert."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from negotiations.models import Actor, Event, ExchangeTerm, Proposal, Risk

from .admin_form import (
    admin_url,
    change_url,
    load_admin_form,
    save_in_admin,
    submit_admin_form,
)
from .doha import DOHA_FIXTURE, hamas_proposal
from .public_urls import DOMAIN_MODELS

pytestmark = pytest.mark.django_db


def save_proposal(client, **changes):
    save_in_admin(client, hamas_proposal(), **changes)


def test_seeding_gives_every_record_its_first_version(db):
    call_command("seed", str(DOHA_FIXTURE), verbosity=0)
    for model in DOMAIN_MODELS:
        for record in model.objects.all():
            assert record.history.count() == 1, (model.__name__, record.pk)


def test_a_change_keeps_who_when_what_and_the_change_note(editor_client, editor, doha):
    call_command("populate_history", "--auto", verbosity=0)  # as `make run` seeds it
    before = hamas_proposal().title
    save_proposal(editor_client, title="A clearer title", change_note="Title was too long")
    latest = hamas_proposal().history.latest()
    assert latest.history_user == editor
    assert latest.history_change_reason == "Title was too long"
    assert latest.title == "A clearer title"
    assert latest.history_date > latest.prev_record.history_date
    assert latest.prev_record.title == before != latest.title


def test_terms_saved_on_the_proposal_page_share_its_change_note(editor_client, doha):
    term = hamas_proposal().exchange_terms.get(group="hostages")
    save_proposal(
        editor_client, **{"exchange_terms-0-description": "edited", "change_note": "Typo"}
    )
    term = ExchangeTerm.objects.get(pk=term.pk)
    assert term.history.latest().history_change_reason == "Typo"


def test_the_history_page_shows_the_field_by_field_change_and_note(editor_client, doha):
    call_command("populate_history", "--auto", verbosity=0)
    old_title = hamas_proposal().title
    save_proposal(editor_client, title="A clearer title", change_note="Shorter title")
    page = editor_client.get(admin_url(Proposal, "history", hamas_proposal().pk))
    assert page.status_code == 200
    assert "Shorter title" in page.text
    assert "A clearer title" in page.text
    assert old_title in page.text


def test_staff_revert_a_record_to_an_earlier_version(editor_client, doha):
    call_command("populate_history", "--auto", verbosity=0)
    proposal = hamas_proposal()
    original = proposal.history.earliest()
    save_proposal(editor_client, title="A mistaken title")

    url = reverse(
        "admin:negotiations_proposal_simple_history", args=[proposal.pk, original.history_id]
    )
    form = load_admin_form(editor_client, url)
    assert form["title"] == [original.title]
    form["change_note"] = ["Reverted the mistaken title"]
    assert editor_client.post(url, form).status_code == 302

    proposal = hamas_proposal()
    assert proposal.title == original.title
    latest = proposal.history.latest()
    assert latest.history_change_reason == "Reverted the mistaken title"
    assert proposal.history.count() == 3  # seeded, mistaken, reverted: nothing erased


def test_a_revert_form_left_open_while_someone_saves_is_refused(editor_client, doha):
    call_command("populate_history", "--auto", verbosity=0)
    proposal = hamas_proposal()
    url = reverse(
        "admin:negotiations_proposal_simple_history",
        args=[proposal.pk, proposal.history.earliest().history_id],
    )
    revert_form = load_admin_form(editor_client, url)
    save_proposal(editor_client, title="Saved meanwhile")
    response = editor_client.post(url, revert_form)
    assert response.status_code == 200
    assert "Someone else saved this proposal" in response.text
    assert hamas_proposal().title == "Saved meanwhile"


def test_deleting_a_record_keeps_its_history(editor_client, doha):
    call_command("populate_history", "--auto", verbosity=0)
    risk = Risk.objects.first()
    editor_client.post(admin_url(Risk, "delete", risk.pk), {"post": "yes"})
    assert not Risk.objects.filter(pk=risk.pk).exists()
    kept = Risk.history.filter(id=risk.pk).order_by("history_date")
    assert [record.history_type for record in kept] == ["+", "-"]
    assert kept.last().description == risk.description
    assert editor_client.get(admin_url(Risk, "history", risk.pk)).status_code == 200


def test_loading_a_fixture_records_no_version_of_its_own(db):
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    assert Event.participants.through.objects.exists()
    assert not Event.history.exists()
    assert not Event.history.model.participants.model.objects.exists()


def test_seeding_saves_each_version_with_its_lists_of_who_took_part(db):
    call_command("seed", str(DOHA_FIXTURE), verbosity=0)
    for event in Event.objects.prefetch_related("participants"):
        versions = list(event.history.all())
        assert len(versions) == 1
        listed = {row.actor_id for row in versions[0].participants.all()}
        assert listed == {actor.pk for actor in event.participants.all()}


def test_an_edit_of_who_took_part_in_the_admin_is_saved_with_its_version(editor_client, doha):
    call_command("populate_history", "--auto", verbosity=0)
    event = Event.objects.filter(negotiation=doha).order_by("pk").first()
    newcomer = Actor.objects.exclude(events=event).order_by("pk").first()
    chosen = [str(actor.pk) for actor in event.participants.all()] + [str(newcomer.pk)]
    url = change_url(event)
    form = load_admin_form(editor_client, url)
    form["participants"] = chosen
    submit_admin_form(editor_client, url, form)
    latest = event.history.order_by("-history_date", "-history_id").first()
    assert {str(row.actor_id) for row in latest.participants.all()} == set(chosen)
