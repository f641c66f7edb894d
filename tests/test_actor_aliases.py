"""Other names an actor goes by: entered on its admin page, shown on its page, found by the
search of the pages, exports and API, and read by the drafter."""

import pytest

from negotiations.drafting.speakers import SpeakerIndex
from negotiations.models import Actor, ActorAlias

from .admin_form import add_inline_row, change_url, load_admin_form, submit_admin_form
from .doha import DOHA
from .export_helpers import csv_rows
from .html_parts import parse, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def houthis(editor_client, doha):
    """An actor given its other name on its admin page, as an editor does."""
    actor = Actor.objects.create(name="Houthis", slug="houthis", kind="armed_group")
    url = change_url(actor)
    form = load_admin_form(editor_client, url)
    add_inline_row(form, "aliases", name="Ansar Allah")
    submit_admin_form(editor_client, url, form)
    return actor


def test_an_actors_page_says_its_other_names(client, houthis):
    page = parse(client.get(houthis.get_absolute_url()).text)
    assert text_of(page.select_one(".also-called")) == "Also called: Ansar Allah"


def test_searching_an_other_name_finds_the_actor_in_the_exports_and_the_api(client, houthis):
    _, rows = csv_rows(client.get("/export/actors.csv?q=Ansar"))
    assert [row["slug"] for row in rows] == ["houthis"]
    found = client.get("/api/v1/actors/?q=Ansar").json()["results"]
    assert [(actor["slug"], actor["other_names"]) for actor in found] == [
        ("houthis", ["Ansar Allah"])
    ]
    _, aliases = csv_rows(client.get("/export/actor-aliases.csv"))
    assert [(row["actor"], row["name"]) for row in aliases] == [("houthis", "Ansar Allah")]


def test_an_other_name_is_one_actors_only_and_never_an_actors_own_name(editor_client, houthis):
    for name in ("ansar allah", "Qatar"):
        alias = ActorAlias(actor=houthis, name=name)
        with pytest.raises(Exception) as refused:
            alias.full_clean()
        assert "name" in refused.value.message_dict, name
    assert list(houthis.aliases.values_list("name", flat=True)) == ["Ansar Allah"]


def test_the_drafter_knows_an_actor_by_its_other_name(houthis):
    index = SpeakerIndex([], list(Actor.objects.with_other_names()))
    assert index.find("an Ansar Allah spokesman").actor == houthis


def test_the_doha_negotiation_lists_no_alias_it_was_not_given(client, doha):
    _, rows = csv_rows(client.get(f"/export/actor-aliases.csv?negotiation={DOHA}"))
    assert rows == []
