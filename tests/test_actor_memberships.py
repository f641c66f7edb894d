"""Actors' memberships of coalitions and sides over time: entered on the actor's admin page,
shown on the pages of the member and of the group, at the precision of their dates."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from negotiations.models import Actor, Membership, Source

from .admin_form import add_inline_row, change_url, load_admin_form, submit_admin_form
from .builders import cite
from .export_helpers import csv_rows
from .html_parts import parse, texts
from .query_counts import ready_to_count

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

MARCH_2014 = {"since": "2014-03-01", "since_precision": "month"}
YEAR_2016 = {"until": "2016-01-01", "until_precision": "year"}


def actor(name, kind="other"):
    return Actor.objects.create(name=name, slug=name.lower().replace(" ", "-"), kind=kind)


def membership_row(editor_client, member, group, **values):
    """The member's admin page and its form with one membership row more, citing the Doha
    report, as an editor fills it in."""
    url = change_url(member)
    form = load_admin_form(editor_client, url)
    add_inline_row(form, "memberships", group=group.pk, source=Source.objects.get().pk, **values)
    return url, form


def joined(editor_client, member, group, **values):
    """A membership entered on the member's admin page; fails unless the admin saves it."""
    submit_admin_form(editor_client, *membership_row(editor_client, member, group, **values))


def refused(editor_client, member, group, **values):
    """The errors of a membership row the admin refuses, answering with the form again."""
    response = editor_client.post(*membership_row(editor_client, member, group, **values))
    assert response.status_code == 200  # the form and its messages, not a server error
    [memberships] = [
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "memberships"
    ]
    return memberships.errors[-1]


@pytest.fixture
def reader():
    """Someone reading the public pages, not signed in."""
    return Client()


def listed(client, record, selector):
    """What each line of a list on ``record``'s page says, without the sources it cites."""
    page = parse(client.get(record.get_absolute_url()).text)
    for cited in page.select(f"{selector} .cite"):
        cited.decompose()
    return texts(page, f"{selector} li")


def test_an_actor_in_two_coalitions_at_once_shows_both_on_its_page(editor_client, reader):
    militia = actor("Kataib Hezbollah", "armed_group")
    axis, front = actor("Axis of Resistance"), actor("Islamic Resistance in Iraq")
    joined(editor_client, militia, axis, since="2003-01-01", since_precision="year")
    joined(editor_client, militia, front, since="2023-10-01", since_precision="month")
    assert listed(reader, militia, "ul.memberships") == [
        "Member of Axis of Resistance (since 2003)",
        "Member of Islamic Resistance in Iraq (since Oct 2023)",
    ]


def test_dates_known_to_the_month_and_the_year_are_shown_at_that_precision(editor_client, reader):
    jordan, contact_group = actor("Jordan", "state"), actor("Contact Group")
    joined(editor_client, jordan, contact_group, **MARCH_2014, **YEAR_2016)
    assert listed(reader, jordan, "ul.memberships") == [
        "Member of Contact Group (since Mar 2014, until 2016)"
    ]


def test_a_membership_without_dates_is_saved_and_said_to_have_none_stated(editor_client, reader):
    houthis, hezbollah = actor("Houthis", "armed_group"), Actor.objects.get(slug="hezbollah")
    joined(editor_client, houthis, hezbollah, relation="on_the_side_of")
    membership = Membership.objects.get(member=houthis)
    assert (membership.since, membership.until) == (None, None)
    assert listed(reader, houthis, "ul.memberships") == [
        "On the side of Hezbollah (dates not stated)"
    ]


def test_a_groups_page_lists_its_members_and_those_on_its_side(editor_client, reader):
    axis, houthis = actor("Axis of Resistance"), actor("Houthis", "armed_group")
    hamas = Actor.objects.get(slug="hamas")
    joined(editor_client, hamas, axis, since="2012-01-01", since_precision="year")
    joined(editor_client, houthis, axis, relation="on_the_side_of", **MARCH_2014)
    assert listed(reader, axis, "ul.members") == [
        "Hamas member of Axis of Resistance (since 2012)",
        "Houthis on the side of Axis of Resistance (since Mar 2014)",
    ]


def test_the_admin_refuses_an_actor_as_its_own_member_with_a_message(editor_client):
    hamas = Actor.objects.get(slug="hamas")
    assert refused(editor_client, hamas, hamas)["group"] == [
        "An actor cannot be a member of itself or on its own side."
    ]
    assert not Membership.objects.exists()


def test_the_admin_refuses_a_membership_that_ends_before_it_began(editor_client):
    jordan, contact_group = actor("Jordan", "state"), actor("Contact Group")
    errors = refused(editor_client, jordan, contact_group, **MARCH_2014, until="2013-05-02")
    assert errors["until"] == ["A membership cannot end before it began."]
    assert not Membership.objects.exists()


def test_the_same_membership_twice_is_refused_even_without_dates(editor_client):
    houthis, hezbollah = actor("Houthis", "armed_group"), Actor.objects.get(slug="hezbollah")
    joined(editor_client, houthis, hezbollah)
    errors = refused(editor_client, houthis, hezbollah)
    assert errors["__all__"] == ["This membership is already recorded."]
    assert Membership.objects.count() == 1


def test_on_a_day_leaves_out_a_membership_that_ended_before_it(db):
    jordan, contact_group = actor("Jordan", "state"), actor("Contact Group")
    left_in_2016 = Membership.objects.create(
        member=jordan,
        group=contact_group,
        since=datetime.date(2014, 3, 1),
        since_precision="month",
        until=datetime.date(2016, 1, 1),
        until_precision="year",
    )
    assert list(Membership.objects.on(datetime.date(2016, 12, 31))) == [left_in_2016]
    assert list(Membership.objects.on(datetime.date(2017, 1, 1))) == []


def test_on_a_day_leaves_out_a_membership_that_began_after_it(db):
    jordan, contact_group = actor("Jordan", "state"), actor("Contact Group")
    Membership.objects.create(
        member=jordan, group=contact_group, since=datetime.date(2014, 3, 1), since_precision="month"
    )
    assert list(Membership.objects.on(datetime.date(2014, 2, 28))) == []
    assert Membership.objects.on(datetime.date(2014, 3, 1)).count() == 1


def test_a_membership_saved_in_the_admin_keeps_its_history_and_source(editor_client):
    jordan, contact_group = actor("Jordan", "state"), actor("Contact Group")
    joined(editor_client, jordan, contact_group, **MARCH_2014)
    membership = Membership.objects.get()
    assert membership.history.count() == 1
    assert [citation.source for citation in membership.citations.all()] == [Source.objects.get()]


def test_the_actor_page_costs_the_same_queries_with_one_membership_or_thirty(reader, settings):
    settings.PAGE_CACHE_SECONDS = 0
    hamas, source = Actor.objects.get(slug="hamas"), Source.objects.get()

    def add_memberships(numbers):
        # Hamas in one coalition more, and one militia more on its side, each cited.
        for number in numbers:
            coalition, militia = actor(f"Coalition {number}"), actor(f"Militia {number}")
            cite(Membership.objects.create(member=hamas, group=coalition), source)
            cite(Membership.objects.create(member=militia, group=hamas), source)

    def queries_to_show_hamas():
        ready_to_count()
        with CaptureQueriesContext(connection) as queries:
            assert reader.get(hamas.get_absolute_url()).status_code == 200
        return len(queries)

    add_memberships(range(1))
    with_one = queries_to_show_hamas()
    add_memberships(range(1, 30))
    assert queries_to_show_hamas() == with_one
    assert len(listed(reader, hamas, "ul.memberships")) == 30
    assert len(listed(reader, hamas, "ul.members")) == 30


def test_memberships_are_in_their_export_and_in_the_actors_api_at_their_precision(
    editor_client, reader
):
    jordan, contact_group = actor("Jordan", "state"), actor("Contact Group")
    joined(editor_client, jordan, contact_group, **MARCH_2014)
    _, rows = csv_rows(reader.get("/export/memberships.csv", {"actor": "contact-group"}))
    assert [
        (row["member"], row["group"], row["relation"], row["since"], row["since_precision"])
        for row in rows
    ] == [("jordan", "contact-group", "member_of", "2014-03-01", "month")]
    assert rows[0]["until"] == ""  # not stated
    [membership] = reader.get("/api/v1/actors/jordan/").json()["memberships"]
    assert membership["group"] == "contact-group"
    assert membership["since"]["text"] == "Mar 2014"
    assert membership["until"] is None
