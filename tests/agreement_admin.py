"""Agreements entered as an editor enters them: the admin's add page for an agreement,
with phases, milestones and links as inline rows, and terms added on its change page."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.test import Client

from negotiations.models import Actor, Negotiation, Proposal, Source

from .admin_form import add_inline_row, admin_url, change_url, load_admin_form, submit_admin_form

CITATIONS = "negotiations-citation-content_type-object_id"
#: The timeline of the ``talks``.
TALKS_TIMELINE = "/negotiations/northland-southland-talks/timeline/"


@pytest.fixture
def talks(db):
    """A negotiation between two states through a mediator, with one report to cite."""
    return make_talks()


def make_talks():
    """The ``talks``: (negotiation, actors by name, source)."""
    negotiation = Negotiation.objects.create(
        title="Northland–Southland talks", slug="northland-southland-talks", stage="active"
    )
    actors = {
        name: Actor.objects.create(name=name, slug=name.lower(), kind="state")
        for name in ("Northland", "Southland", "Midland", "Eastland")
    }
    source = Source.objects.create(
        title="Report on the truce", kind="news_report", published_on=datetime.date(2025, 3, 3)
    )
    return negotiation, actors, source


def the_talks():
    """The ``talks`` a module committed, read back: (negotiation, actors by name, source)."""
    negotiation = Negotiation.objects.get(slug="northland-southland-talks")
    actors = {actor.name: actor for actor in Actor.objects.all()}
    return negotiation, actors, Source.objects.get(title="Report on the truce")


def committed_for_the_module(django_db_blocker, username, build):
    """For a module-scoped fixture: ``build(client, talks)`` entered through the admin by a
    staff member and committed (each test then rolls back its own changes); yields what it
    returns, then empties the tracker and removes the member, logged out (no session row
    outlives them)."""
    from .conftest import empty_the_tracker

    with django_db_blocker.unblock():
        editor = User.objects.create_superuser(username, f"{username}@example.org", "not used")
        client = Client()
        client.force_login(editor)
        built = build(client, make_talks())
        client.logout()
    yield built
    with django_db_blocker.unblock():
        empty_the_tracker()
        editor.delete()


def new_agreement_form(client, talks, title, status="accepted"):
    """The admin's add page for an agreement of 15 January citing the report, filled in as
    an editor would: (its address, its form)."""
    negotiation, _, source = talks
    url = admin_url(Proposal, "add")
    form = load_admin_form(client, url)
    form.update(
        negotiation=[str(negotiation.pk)],
        kind=["agreement"],
        status=[status],
        title=[title],
        date=["2025-01-15"],
        date_precision=["day"],
    )
    form[f"{CITATIONS}-0-source"] = [str(source.pk)]
    return url, form


def formset_problems(response):
    """What each inline formset of a refused admin page says of its rows together."""
    return [
        list(inline.formset.non_form_errors())
        for inline in response.context["inline_admin_formsets"]
    ]


def agreement_in_admin(client, talks, title, *, phases=(), milestones=(), links=(), **fields):
    """Add an agreement on the admin's add page, with its phases, milestones and links typed
    in as inline rows, each milestone citing the report; returns the saved proposal."""
    _, actors, source = talks
    url, form = new_agreement_form(client, talks, title)
    for name, value in fields.items():
        form[name] = [str(actors[v].pk) for v in value] if isinstance(value, list) else [value]
    for phase in phases:
        add_inline_row(form, "phases", **phase)
    for milestone in milestones:
        milestone = dict(milestone)
        acting = milestone.pop("actors", [])
        add_inline_row(
            form,
            "milestones",
            source=source.pk,
            actors=[str(actors[name].pk) for name in acting],
            date_precision="day",
            scheduled_end_precision="day",
            **milestone,
        )
    for kind, other in links:
        add_inline_row(form, "links", kind=kind, other=other.pk)
    submit_admin_form(client, url, form)
    return Proposal.objects.get(title=title)


def assign_terms_in_admin(client, proposal, *, exchange=(), other=()):
    """On the saved agreement's change page, add terms, each in a phase chosen by number."""
    url = change_url(proposal)
    form = load_admin_form(client, url)
    phases = {phase.number: phase.pk for phase in proposal.phases.all()}
    for term in [*exchange, *other]:
        if "phase" in term:
            term["phase"] = phases[term["phase"]]
    for term in exchange:
        add_inline_row(form, "exchange_terms", **term)
    for term in other:
        add_inline_row(form, "other_terms", **term)
    submit_admin_form(client, url, form)
