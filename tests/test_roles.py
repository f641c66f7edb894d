"""Readers read; editors add and change; only admins (superusers) delete."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse

from negotiations.models import ExchangeTerm, Proposal, Risk

from .admin_form import admin_url, load_admin_form
from .builders import lifecycle_records
from .doha import hamas_proposal
from .public_urls import DOMAIN_MODELS, public_urls

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


@pytest.fixture
def staff_editor(db):
    """A staff member in the Editors group, as README tells admins to set one up."""
    user = User.objects.create_user("staff", "staff@example.org", "correct horse battery")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


def test_a_fresh_database_has_the_editors_group_without_delete_rights():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    for model in DOMAIN_MODELS:
        name = model._meta.model_name
        assert {f"add_{name}", f"change_{name}", f"view_{name}"} <= codenames
        assert f"delete_{name}" not in codenames
    # Besides the records: drafting from reports, whose rejected drafts are removed by a
    # change of the report's review, not by a right to delete.
    assert {"add_articledraft", "change_articledraft", "view_draftrecord"} <= codenames
    assert not Permission.objects.filter(group=editors, codename__startswith="delete_")
    assert not Permission.objects.filter(group=editors).exclude(
        content_type__app_label__in=["negotiations", "drafting"]
    )


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_an_editor_opens_every_add_and_change_page(staff_editor, doha, model):
    assert staff_editor.get(admin_url(model, "add")).status_code == 200
    if not model.objects.exists():
        lifecycle_records(doha)
    record = model.objects.first()
    assert staff_editor.get(admin_url(model, "change", record.pk)).status_code == 200


def test_an_editor_changes_a_proposal_and_its_terms(staff_editor, doha):
    proposal = hamas_proposal()
    form = load_admin_form(staff_editor, admin_url(Proposal, "change", proposal.pk))
    form["title"] = ["Edited by an editor"]
    assert staff_editor.post(admin_url(Proposal, "change", proposal.pk), form).status_code == 302
    assert Proposal.objects.get(pk=proposal.pk).title == "Edited by an editor"


def test_an_editor_cannot_delete(staff_editor, doha):
    risk = Risk.objects.first()
    assert staff_editor.get(admin_url(Risk, "delete", risk.pk)).status_code == 403
    assert staff_editor.post(admin_url(Risk, "delete", risk.pk), {"post": "yes"}).status_code == 403
    assert Risk.objects.filter(pk=risk.pk).exists()


def test_an_editor_sees_no_delete_link_nor_delete_boxes_on_inline_terms(staff_editor, doha):
    proposal = hamas_proposal()
    page = staff_editor.get(admin_url(Proposal, "change", proposal.pk)).text
    assert admin_url(Proposal, "delete", proposal.pk) not in page
    assert 'name="exchange_terms-0-DELETE"' not in page


def test_an_editor_cannot_delete_terms_through_the_proposal_page(staff_editor, doha):
    proposal = hamas_proposal()
    terms = set(proposal.exchange_terms.values_list("pk", flat=True))
    url = admin_url(Proposal, "change", proposal.pk)
    form = load_admin_form(staff_editor, url)
    form["exchange_terms-0-DELETE"] = ["on"]
    form["title"] = ["Saved with a forged delete box"]
    response = staff_editor.post(url, form)
    # The save goes through (the forged box is ignored), and every term is still there.
    assert response.status_code == 302, response.context and response.context["errors"]
    assert Proposal.objects.get(pk=proposal.pk).title == "Saved with a forged delete box"
    assert set(ExchangeTerm.objects.filter(proposal=proposal).values_list("pk", flat=True)) == (
        terms
    )
    assert len(terms) == 2


def test_an_admin_deletes(editor_client, doha):
    risk = Risk.objects.first()
    response = editor_client.post(admin_url(Risk, "delete", risk.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Risk.objects.filter(pk=risk.pk).exists()


def csrf_pair(client):
    """A CSRF cookie and its token, as anyone can fetch them from the login page."""
    client.get(reverse("admin:login"))
    token = client.cookies["csrftoken"].value
    return {"X-CSRFToken": token}


@pytest.mark.parametrize("with_token", [False, True], ids=["no-token", "token-from-login-page"])
def test_no_public_page_answers_a_write_from_an_anonymous_visitor(doha, crawled, with_token):
    reader = Client(enforce_csrf_checks=True)
    urls = list(crawled)
    assert len(urls) >= len(public_urls())
    headers = csrf_pair(reader) if with_token else {}
    if with_token:  # the pair is good: the login form accepts it (and refuses the password)
        login = reader.post(
            reverse("admin:login"), {"username": "x", "password": "y"}, headers=headers
        )
        assert login.status_code == 200
    counts = [model.objects.count() for model in DOMAIN_MODELS]
    for url in urls:
        for method in (reader.post, reader.put, reader.patch, reader.delete, reader.options):
            response = method(url, {"title": "written"}, headers=headers)
            assert response.status_code == 405, (url, method.__name__, response.status_code)
            assert response["Allow"] == "GET, HEAD", url
    assert [model.objects.count() for model in DOMAIN_MODELS] == counts
