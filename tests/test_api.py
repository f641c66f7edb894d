"""The read-only JSON API: records by value with their precision and citations, the pages'
filters, cursor pages, ETags, and clear errors."""

import base64
import datetime

import pytest

from negotiations.filters import EventFilter
from negotiations.models import Event, Proposal

from .doha import DOHA

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

API = "/api/v1"


def walk(client, url, **params):
    """Every record of a list, following its cursor pages."""
    records, response = [], client.get(url, params)
    while True:
        assert response.status_code == 200, response.content
        page = response.json()
        records += page["results"]
        if page["next"] is None:
            return records
        response = client.get(page["next"])


def test_a_proposal_keeps_each_count_its_qualifier_and_its_date_its_precision(client, doha):
    hamas = client.get(f"{API}/proposals/1/").json()
    assert hamas["proposed_by"] == "hamas"
    assert hamas["addressed_to"] == [] and hamas["mediators"] == []
    assert hamas["date"] == {
        "date": "2024-03-11",
        "precision": "week",
        "earliest": None,
        "text": "week of 11 Mar 2024",
    }
    hostages, prisoners = hamas["exchange_terms"]
    assert hostages["count"] == {
        "min": 42,
        "max": 42,
        "qualifier": "about",
        "words": "",
        "text": "about 42",
    }
    assert (prisoners["ratio"]["min"], prisoners["ratio"]["max"]) == (20, 50)
    assert prisoners["ratio_per"] == "hostage" and prisoners["count"] is None
    assert hamas["other_terms"][0]["kind"] == "truce"
    assert hamas["other_terms"][0]["unit"] == "weeks"


def test_every_record_carries_the_passages_it_rests_on(client, doha):
    hamas = client.get(f"{API}/proposals/1/").json()
    (citation,) = hamas["citations"]
    assert citation["source"] == 1
    assert citation["passage"].startswith("Last week, Hamas proposed a six-week truce")
    for event in walk(client, f"{API}/events/"):
        assert event["citations"], event["title"]


def test_a_negotiation_names_who_takes_part_and_as_what(client, doha):
    talks = client.get(f"{API}/negotiations/{DOHA}/").json()
    roles = {(entry["actor"], entry["role"]) for entry in talks["actors"]}
    assert {("hamas", "party"), ("israel", "party"), ("qatar", "mediator")} <= roles


@pytest.mark.parametrize(
    "params",
    [
        {"q": "rafah"},
        {"actor": "egypt"},
        {"kind": ["truce", "statement"]},
        {"date_to": "2024-03-11"},
    ],
)
def test_lists_take_the_pages_filters_and_keep_what_the_pages_keep(client, doha, params):
    page = EventFilter(params, queryset=Event.objects.all())
    assert page.is_valid()
    expected = set(page.qs.values_list("pk", flat=True))
    assert expected and expected != set(Event.objects.values_list("pk", flat=True))
    assert {event["id"] for event in walk(client, f"{API}/events/", **params)} == expected


def test_cursor_pages_list_every_record_once_in_order(client, doha):
    events = walk(client, f"{API}/events/", page_size=3)
    assert [event["id"] for event in events] == sorted(Event.objects.values_list("pk", flat=True))


def test_a_page_stays_the_same_when_records_are_added_after_it(client, doha):
    first = client.get(f"{API}/events/", {"page_size": 3}).json()
    Event.objects.create(
        negotiation=doha, kind="meeting", title="Added later", date=datetime.date(2024, 3, 1)
    )
    again = client.get(f"{API}/events/", {"page_size": 3}).json()
    assert again["results"] == first["results"]
    assert "Added later" in [event["title"] for event in walk(client, f"{API}/events/")]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"actor": "nobody"}, "actor"),
        ({"kind": "picnic"}, "kind"),
        ({"date_from": "2024-13-45"}, "date_from"),
        ({"q": "word " * 1_000}, "q"),
        ({"q": "x" * 50_000}, "q"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        # Well formed, but its position is not an id.
        ({"cursor": base64.b64encode(b"p=abc").decode()}, "cursor"),
        ({"cursor": base64.b64encode(b"p=" + b"9" * 100).decode()}, "cursor"),
    ],
)
def test_a_wrong_parameter_is_a_400_naming_it(client, doha, params, parameter):
    response = client.get(f"{API}/events/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()[parameter]


def test_an_unknown_record_is_a_404_in_json(client, doha):
    for url in (f"{API}/proposals/999999/", f"{API}/proposals/{2**70}/", f"{API}/actors/nobody/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["detail"]


def test_writes_are_refused(client, doha):
    for method in (client.post, client.put, client.patch, client.delete):
        assert method(f"{API}/proposals/1/").status_code == 405
    assert client.post(f"{API}/proposals/").status_code == 405
    assert Proposal.objects.filter(pk=1).exists()


def test_an_unchanged_list_answers_304_and_an_edit_changes_its_etag(client, doha):
    first = client.get(f"{API}/events/")
    tag = first["ETag"]
    assert "public" in first["Cache-Control"]
    assert client.get(f"{API}/events/", headers={"If-None-Match": tag}).status_code == 304
    Event.objects.filter(pk=1).update(title="Retitled")
    changed = client.get(f"{API}/events/", headers={"If-None-Match": tag})
    assert changed.status_code == 200
    assert changed["ETag"] != tag


def test_the_schema_is_openapi_3_and_describes_every_resource(client, doha):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for resource in (
        "negotiations",
        "proposals",
        "events",
        "statements",
        "positions",
        "figures",
        "actors",
        "sources",
    ):
        assert f"{API}/{resource}/" in schema["paths"], resource
    names = {p["name"] for p in schema["paths"][f"{API}/events/"]["get"]["parameters"]}
    assert {"negotiation", "actor", "kind", "date_from", "date_to", "q", "cursor"} <= names


def test_the_documentation_is_served_by_the_app_itself(client, doha):
    page = client.get(f"{API}/docs/").text
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "https://" not in page
    assert "<script>" not in page and "<style>" not in page
