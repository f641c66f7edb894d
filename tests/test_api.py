"""The read-only JSON API: records by value with their precision and citations, the pages'
filters, cursor pages, ETags, and clear errors."""

import base64
import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError

from negotiations.filters import EventFilter
from negotiations.forms import EventCursorField, RecordedDayForm
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
        "edtf": "2024-03-11/2024-03-17",
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
        # Found by hand and by schemathesis: each once answered 200.
        ({"as_of": ""}, "as_of"),
        ({"as_of": "2024-3-18"}, "as_of"),
        ({"as_of": "٢٠٢٤-٠٣-١٨"}, "as_of"),
        ({"date_from": "2024-3-18"}, "date_from"),
        ({"page_size": "abc"}, "page_size"),
        ({"page_size": "-1"}, "page_size"),
        ({"page_size": "null"}, "page_size"),
        ({"page_size": "1e3"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "201"}, "page_size"),
        ({"page_size": ""}, "page_size"),
        ({"cursor": "%%%%"}, "cursor"),
        ({"cursor": "\x00"}, "cursor"),
        ({"cursor": ""}, "cursor"),
        ({"cursor": "after-1_2"}, "cursor"),
    ],
)
def test_a_wrong_parameter_is_a_400_naming_it(client, doha, params, parameter):
    response = client.get(f"{API}/events/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()[parameter]


def test_a_day_after_today_is_a_400_the_schema_describes(client, doha):
    as_of = next(
        p
        for p in client.get(f"{API}/openapi.json").json()["paths"][f"{API}/events/"]["get"][
            "parameters"
        ]
        if p["name"] == "as_of"
    )
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    assert re.fullmatch(as_of["schema"]["pattern"], datetime.date.today().isoformat())
    assert not re.fullmatch(as_of["schema"]["pattern"], tomorrow.isoformat())
    assert client.get(f"{API}/events/", {"as_of": tomorrow.isoformat()}).status_code == 400


def test_the_schema_gives_page_size_its_bounds(client, doha):
    parameters = client.get(f"{API}/openapi.json").json()["paths"][f"{API}/events/"]["get"]
    (page_size,) = [p for p in parameters["parameters"] if p["name"] == "page_size"]
    assert page_size["schema"] == {"type": "integer", "minimum": 1, "maximum": 200}
    assert len(client.get(f"{API}/events/", {"page_size": "200"}).json()["results"]) > 0


def test_the_timeline_cursor_takes_only_ascii_digits_in_its_two_forms():
    field = EventCursorField(required=False)
    assert field.clean("2024-03-18_2_12") == (datetime.date(2024, 3, 18), 2, 12)
    # As older links wrote it, with no rank: rank 0.
    assert field.clean("2024-03-18_12") == (datetime.date(2024, 3, 18), 0, 12)
    for written in (
        "2024-03-18_1_2_3",
        "2024-03-18_12_3",
        "2024-03-18_١٢",
        "2024-03-18_٢_12",
        "2024-3-18_12",
        "2024-03-18_+12",
    ):
        with pytest.raises(ValidationError):
            field.clean(written)


def test_a_recorded_day_is_read_only_as_yyyy_mm_dd(rf):
    def valid(query):
        return RecordedDayForm(rf.get("/", query).GET, today=datetime.date(2026, 1, 1)).is_valid()

    assert valid({"as_of": "2024-03-18"}) and valid({})
    assert not valid({"as_of": "2024-3-18"})
    assert not valid({"as_of": ""})


@pytest.mark.parametrize("empty", ["actor", "negotiation", "kind", "q", "date_from", "date_to"])
def test_an_empty_filter_is_one_left_out(client, doha, empty):
    every_event = walk(client, f"{API}/events/")
    assert walk(client, f"{API}/events/", **{empty: ""}) == every_event


@pytest.mark.parametrize("empty", ["issue", "topic"])
def test_an_empty_filter_of_several_values_is_one_left_out(client, doha, empty):
    assert walk(client, f"{API}/positions/", **{empty: ""}) == walk(client, f"{API}/positions/")


@pytest.mark.parametrize(
    "query",
    [
        "actor=qatar&actor=egypt",
        f"negotiation={DOHA}&negotiation={DOHA}",
        "q=rafah&q=doha",
        "as_of=2024-03-18&as_of=2024-03-19",
        "page_size=5&page_size=6",
        "cursor=after-1&cursor=after-2",
    ],
)
def test_a_parameter_of_one_value_given_twice_is_a_400_naming_it(client, doha, query):
    response = client.get(f"{API}/events/?{query}")
    assert response.status_code == 400
    assert response.json()[query.split("=")[0]]


def test_a_filter_of_several_values_takes_them_repeated(client, doha):
    response = client.get(f"{API}/events/?kind=truce&kind=statement")
    assert response.status_code == 200


def test_a_cursor_is_written_plainly_and_read_back(client, doha):
    first = client.get(f"{API}/events/", {"page_size": 3}).json()
    assert parse_qs(urlsplit(first["next"]).query)["cursor"] == ["after-3"]
    second = client.get(first["next"]).json()
    assert parse_qs(urlsplit(second["previous"]).query)["cursor"] == ["before-4"]
    assert client.get(second["previous"]).json()["results"] == first["results"]


@pytest.mark.parametrize(
    "url", [f"{API}/proposals/abc/", f"{API}/proposals/1.5/", f"{API}/nothing/", "/api/v2/"]
)
def test_every_unknown_address_under_api_is_a_404_in_json(client, doha, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_the_root_lists_every_resource_the_schema_and_the_docs_by_full_address(client, doha):
    response = client.get(f"{API}/")
    assert response.status_code == 200
    root = response.json()
    assert root["events"] == f"http://testserver{API}/events/"
    assert root["schema"] == f"http://testserver{API}/openapi.json"
    assert root["docs"] == f"http://testserver{API}/docs/"
    assert root["rounds"] == f"http://testserver{API}/rounds/"
    assert root["attendances"] == f"http://testserver{API}/attendances/"
    assert root["people"] == f"http://testserver{API}/people/"
    assert root["handovers"] == f"http://testserver{API}/handovers/"
    assert root["implementation-statements"] == (
        f"http://testserver{API}/implementation-statements/"
    )
    assert root["violations"] == f"http://testserver{API}/violations/"
    assert root["deadlines"] == f"http://testserver{API}/deadlines/"
    assert len(root) == 17
    assert f"{API}/" in client.get(f"{API}/openapi.json").json()["paths"]


def test_an_unknown_record_is_a_404_in_json(client, doha):
    for url in (f"{API}/proposals/999999/", f"{API}/proposals/{2**70}/", f"{API}/actors/nobody/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["detail"]


def test_writes_are_refused(client, doha):
    for method in (client.post, client.put, client.patch, client.delete):
        response = method(f"{API}/proposals/1/")
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
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
        "rounds",
        "attendances",
        "people",
        "handovers",
        "implementation-statements",
        "violations",
        "deadlines",
    ):
        assert f"{API}/{resource}/" in schema["paths"], resource
    names = {p["name"] for p in schema["paths"][f"{API}/events/"]["get"]["parameters"]}
    assert {"negotiation", "actor", "kind", "date_from", "date_to", "q", "cursor"} <= names


def descriptions_in(node):
    """Every description in a part of the schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                yield value
            else:
                yield from descriptions_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from descriptions_in(value)


#: Words of the admin's help texts, which tell an editor what to enter: a reader of the
#: data is told what it means.
TO_EDITORS = re.compile(
    r"\bthe monday\b|\bleave (it )?empty\b|\b(un)?tick(ed)?\b|\bfill in\b|\brequired for\b",
    re.IGNORECASE,
)


def test_the_schema_describes_the_data_to_its_readers_not_to_its_editors(client, doha):
    schema = client.get(f"{API}/openapi.json").json()
    descriptions = list(descriptions_in(schema))
    assert len(descriptions) > 100
    assert [text for text in descriptions if TO_EDITORS.search(text)] == []
    source = schema["components"]["schemas"]["Source"]["properties"]
    assert source["publisher"]["description"] == "Who published it; empty if not known."


@pytest.mark.parametrize(
    "resource",
    [
        "Round",
        "Attendance",
        "Person",
        "Handover",
        "ImplementationStatement",
        "Violation",
        "Deadline",
    ],
)
def test_every_field_of_rounds_attendances_people_and_implementation_records_is_described(
    client, doha, resource
):
    schema = client.get(f"{API}/openapi.json").json()
    fields = schema["components"]["schemas"][resource]["properties"]
    assert [name for name, field in fields.items() if not field.get("description")] == []


def test_the_documentation_is_served_by_the_app_itself(client, doha):
    page = client.get(f"{API}/docs/").text
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "https://" not in page
    assert "<script>" not in page and "<style>" not in page


def test_a_format_parameter_switches_nothing(client, doha):
    for value in ("null", "json", "api"):
        response = client.get(f"{API}/positions/", {"format": value})
        assert response.status_code == 200, value
        assert response["Content-Type"] == "application/json"
