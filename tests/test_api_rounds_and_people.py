"""The API's rounds of talks, attendances and people, by value: a round the sources give no
venue nor start for, a person attending for an organisation, a delegation described."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from negotiations.models import Actor, Attendance, Negotiation, Person, Round, Source

from .builders import cite
from .doha import DOHA

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

API = "/api/v1"


def written(moment):
    """A time as the API writes it, read back."""
    return datetime.datetime.fromisoformat(moment)


@pytest.fixture
def talks(doha):
    """Red Sea talks with one round of no stated venue nor start: an ICRC director attends
    for the ICRC, and Egyptian officials, named by no one, for Egypt."""
    negotiation = Negotiation.objects.create(
        slug="red-sea-talks", title="Red Sea talks", stage="exploratory"
    )
    source = Source.objects.create(
        title="Talks on the Red Sea", kind="news_report", published_on=datetime.date(2024, 5, 2)
    )
    held = Round.objects.create(negotiation=negotiation, title="First round")
    cite(held, source, "A first round of talks was held.")
    icrc = Actor.objects.create(
        slug="icrc",
        name="International Committee of the Red Cross",
        kind="international_organisation",
    )
    director = Person.objects.create(title="ICRC regional director", affiliation=icrc)
    cite(director, source, "the ICRC's regional director")
    for_icrc = Attendance.objects.create(round=held, actor=icrc, person=director)
    cite(for_icrc, source, "the ICRC's regional director attended")
    for_egypt = Attendance.objects.create(
        round=held, actor=Actor.objects.get(slug="egypt"), description="Egyptian officials"
    )
    cite(for_egypt, source, "Egyptian officials attended")
    return {
        "source": source,
        "round": held,
        "director": director,
        "for_icrc": for_icrc,
        "for_egypt": for_egypt,
    }


def test_a_round_not_stated_where_nor_when_is_null_there(client, talks):
    held, source = talks["round"], talks["source"]
    answer = client.get(f"{API}/rounds/{held.pk}/").json()
    assert written(answer.pop("updated_at")) == held.updated_at
    assert answer == {
        "id": held.pk,
        "negotiation": "red-sea-talks",
        "title": "First round",
        "venue": None,
        "start": None,
        "end": None,
        "outcome": "",
        "citations": [{"source": source.pk, "passage": "A first round of talks was held."}],
    }
    listed = client.get(f"{API}/rounds/", {"negotiation": "red-sea-talks"}).json()
    assert [entry["id"] for entry in listed["results"]] == [held.pk]
    assert listed["results"][0]["venue"] is None and listed["results"][0]["start"] is None


def test_a_round_keeps_its_venue_and_its_start_at_its_precision(client, doha):
    (doha_round,) = client.get(f"{API}/rounds/", {"negotiation": DOHA}).json()["results"]
    assert doha_round["venue"] == "Doha, Qatar"
    assert doha_round["start"] == {
        "date": "2024-03-18",
        "precision": "day",
        "earliest": None,
        "text": "18 Mar 2024",
        "edtf": "2024-03-18",
    }
    assert doha_round["end"] is None
    assert doha_round["citations"]


def test_attendances_name_the_person_or_the_delegation_and_for_whom(client, talks):
    held, source = talks["round"], talks["source"]
    for_icrc, for_egypt = talks["for_icrc"], talks["for_egypt"]
    listed = client.get(f"{API}/attendances/", {"round": held.pk}).json()["results"]
    for entry in listed:
        entry.pop("updated_at")
    assert listed == [
        {
            "id": for_icrc.pk,
            "negotiation": "red-sea-talks",
            "round": held.pk,
            "actor": "icrc",
            "person": talks["director"].pk,
            "description": "",
            "citations": [
                {"source": source.pk, "passage": "the ICRC's regional director attended"}
            ],
        },
        {
            "id": for_egypt.pk,
            "negotiation": "red-sea-talks",
            "round": held.pk,
            "actor": "egypt",
            "person": None,
            "description": "Egyptian officials",
            "citations": [{"source": source.pk, "passage": "Egyptian officials attended"}],
        },
    ]
    one = client.get(f"{API}/attendances/{for_egypt.pk}/").json()
    assert written(one.pop("updated_at")) == for_egypt.updated_at
    assert one == listed[1]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"negotiation": "red-sea-talks"}, ["for_icrc", "for_egypt"]),
        ({"negotiation": "red-sea-talks", "actor": "egypt"}, ["for_egypt"]),
        ({"actor": "icrc"}, ["for_icrc"]),
        ({"negotiation": "red-sea-talks", "q": "officials"}, ["for_egypt"]),
        ({"q": "regional director"}, ["for_icrc"]),
    ],
)
def test_attendances_are_filtered_by_negotiation_actor_and_text(client, talks, params, expected):
    listed = client.get(f"{API}/attendances/", params).json()["results"]
    assert [entry["id"] for entry in listed] == [talks[name].pk for name in expected]


def test_a_person_is_named_as_the_source_names_them_with_their_actor(client, talks):
    director, source = talks["director"], talks["source"]
    answer = client.get(f"{API}/people/{director.pk}/").json()
    assert written(answer.pop("updated_at")) == director.updated_at
    assert answer == {
        "id": director.pk,
        "name": "",
        "title": "ICRC regional director",
        "affiliation": "icrc",
        "identifiers": [],
        "citations": [{"source": source.pk, "passage": "the ICRC's regional director"}],
    }
    by_affiliation = client.get(f"{API}/people/", {"actor": "icrc"}).json()["results"]
    assert [entry["id"] for entry in by_affiliation] == [director.pk]
    by_negotiation = client.get(f"{API}/people/", {"negotiation": "red-sea-talks"}).json()
    assert [entry["id"] for entry in by_negotiation["results"]] == [director.pk]


def test_a_negotiation_lists_its_rounds_oldest_first_and_those_of_no_stated_start_last(
    client, talks
):
    undated = talks["round"]
    dated = Round.objects.create(
        negotiation=undated.negotiation, title="Second round", start=datetime.date(2024, 6, 1)
    )
    answer = client.get(f"{API}/negotiations/red-sea-talks/").json()
    assert answer["rounds"] == [dated.pk, undated.pk]
    doha_rounds = client.get(f"{API}/negotiations/{DOHA}/").json()["rounds"]
    assert doha_rounds == list(
        Round.objects.filter(negotiation__slug=DOHA).values_list("pk", flat=True)
    )


@pytest.mark.parametrize(
    ("url", "params", "parameter"),
    [
        ("rounds", {"negotiation": "nowhere"}, "negotiation"),
        ("rounds", {"date_from": "2024-3-1"}, "date_from"),
        ("attendances", {"round": "999999"}, "round"),
        # The database would read each as 1: the API reads an id only as it writes one.
        ("attendances", {"round": "01"}, "round"),
        ("attendances", {"round": " 1"}, "round"),
        ("attendances", {"round": "１"}, "round"),
        ("attendances", {"round": "abc"}, "round"),
        ("attendances", {"actor": "nobody"}, "actor"),
        ("people", {"actor": "nobody"}, "actor"),
        ("people", {"page_size": "0"}, "page_size"),
    ],
)
def test_a_wrong_parameter_is_a_400_naming_it(client, talks, url, params, parameter):
    response = client.get(f"{API}/{url}/", params)
    assert response.status_code == 400
    assert response.json()[parameter]


def test_a_round_given_twice_is_a_400(client, talks):
    held = talks["round"]
    response = client.get(f"{API}/attendances/?round={held.pk}&round={held.pk}")
    assert response.status_code == 400
    assert response.json()["round"]


@pytest.mark.parametrize("url", ["rounds/999999/", "attendances/999999/", "people/999999/"])
def test_an_unknown_record_is_a_404_in_json(client, doha, url):
    response = client.get(f"{API}/{url}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


@pytest.mark.parametrize("url", ["rounds", "attendances", "people"])
def test_an_unchanged_list_answers_304(client, talks, url):
    tag = client.get(f"{API}/{url}/")["ETag"]
    assert client.get(f"{API}/{url}/", headers={"If-None-Match": tag}).status_code == 304


def test_pages_follow_one_another_by_cursor(client, talks):
    first = client.get(f"{API}/attendances/", {"page_size": 1}).json()
    second = client.get(first["next"]).json()
    assert second["results"][0]["id"] > first["results"][0]["id"]


def many_rounds(negotiation, source, count=30):
    """``count`` rounds, each with a person attending for Qatar and a delegation for Egypt,
    every record cited."""
    qatar, egypt = Actor.objects.get(slug="qatar"), Actor.objects.get(slug="egypt")
    for index in range(count):
        held = Round.objects.create(
            negotiation=negotiation,
            title=f"Round {index}",
            venue="Cairo",
            start=datetime.date(2024, 5, index % 28 + 1),
        )
        envoy = Person.objects.create(name=f"Envoy {index}", title="envoy", affiliation=qatar)
        for record in (
            held,
            envoy,
            Attendance.objects.create(round=held, actor=qatar, person=envoy),
            Attendance.objects.create(round=held, actor=egypt, description="officials"),
        ):
            cite(record, source, "reported")


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "rounds/?negotiation=red-sea-talks",
        "attendances/?negotiation=red-sea-talks",
        "people/?negotiation=red-sea-talks",
        "negotiations/",
        "negotiations/red-sea-talks/",
    ],
)
def test_a_page_of_one_costs_the_queries_of_a_page_of_many(client, talks, settings, url):
    settings.PAGE_CACHE_SECONDS = 0  # each request is answered by the view
    client.get(f"{API}/{url}")  # the content types, read once per process, are read
    few = queries_for(client, f"{API}/{url}")
    many_rounds(talks["round"].negotiation, talks["source"])
    assert queries_for(client, f"{API}/{url}") == few


def test_a_round_entered_today_is_not_in_the_record_of_yesterday(client, talks):
    today = timezone.localdate()
    rounds = {
        day: client.get(
            f"{API}/rounds/", {"negotiation": "red-sea-talks", "as_of": day.isoformat()}
        ).json()["results"]
        for day in (today - datetime.timedelta(days=1), today)
    }
    assert [[entry["id"] for entry in listed] for listed in rounds.values()] == [
        [],
        [talks["round"].pk],
    ]


def test_the_schema_lists_the_rounds_an_attendance_filter_takes(client, talks):
    parameters = client.get(f"{API}/openapi.json").json()["paths"][f"{API}/attendances/"]
    (chosen,) = [p for p in parameters["get"]["parameters"] if p["name"] == "round"]
    ids = [str(pk) for pk in Round.objects.order_by("pk").values_list("pk", flat=True)]
    assert chosen["schema"] == {"type": "string", "enum": ["", *ids]}
