"""Identifiers other datasets give actors, people, negotiations and agreements (a Wikidata
QID, a UCDP or PA-X id): entered on their admin pages, each checked for its scheme's form
and for naming one record only, listed and linked on their pages, looked up by the actors
filter, and exported as the identifiers crosswalk.

The values are illustrative, not the records' real identifiers."""

import datetime
from io import BytesIO

import pandas
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from negotiations.models import (
    Actor,
    ExternalIdentifier,
    Negotiation,
    Person,
    Proposal,
    Source,
    StaleRecordError,
)

from .admin_form import add_inline_row, change_url, load_admin_form
from .builders import cite
from .doha import DOHA
from .export_helpers import csv_rows, json_document
from .html_parts import fact, hrefs, parse, part, text_of

# Every test reads one Doha copy loaded for the module, its changes rolled back.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

WIKIDATA = ExternalIdentifier.Scheme.WIKIDATA


def add_in_admin(client, record, **values):
    """POST ``record``'s admin page with one identifier row more, citing the Doha article;
    returns the response (a redirect when it saved)."""
    url = change_url(record)
    form = load_admin_form(client, url)
    add_inline_row(form, "identifiers", source=Source.objects.get().pk, **values)
    return client.post(url, form)


def identifier_errors(response):
    """The messages shown beside each identifier row's fields, as {field: [messages]}."""
    inline = next(
        inline
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "identifiers"
    )
    errors = {}
    for form_errors in inline.formset.errors:
        for field, messages in form_errors.items():
            errors.setdefault(field, []).extend(messages)
    return errors


@pytest.fixture
def hamas(doha):
    return Actor.objects.get(slug="hamas")


@pytest.fixture
def identified(hamas):
    """Hamas given a Wikidata QID, citing the Doha article."""
    identifier = ExternalIdentifier.objects.create(actor=hamas, scheme=WIKIDATA, value="Q797")
    cite(identifier, Source.objects.get())
    return identifier


def test_an_editor_adds_a_qid_to_an_actor_on_its_admin_page(editor_client, hamas):
    response = add_in_admin(editor_client, hamas, scheme="wikidata", value="Q797")
    assert response.status_code == 302, identifier_errors(response)
    identifier = hamas.identifiers.get()
    assert (identifier.scheme, identifier.value) == ("wikidata", "Q797")
    assert [citation.source for citation in identifier.citations.all()] == [Source.objects.get()]
    assert identifier.history.count() == 1


@pytest.mark.parametrize("value", ["Q-12", "12", "q42", "Q042"])
def test_a_malformed_qid_is_refused_beside_the_value_and_nothing_is_saved(
    editor_client, hamas, value
):
    response = add_in_admin(editor_client, hamas, scheme="wikidata", value=value)
    assert response.status_code == 200
    assert identifier_errors(response) == {
        "value": ["A Wikidata QID is Q followed by digits, e.g. Q42."]
    }
    assert not ExternalIdentifier.objects.exists()


def test_a_qid_of_another_actor_is_refused_beside_the_value_and_nothing_is_saved(
    editor_client, identified
):
    israel = Actor.objects.get(slug="israel")
    response = add_in_admin(editor_client, israel, scheme="wikidata", value="Q797")
    assert response.status_code == 200
    assert identifier_errors(response) == {
        "value": ["This identifier already identifies another actor."]
    }
    assert list(ExternalIdentifier.objects.all()) == [identified]


def test_the_same_identifier_in_two_new_rows_is_refused_and_nothing_is_saved(editor_client, hamas):
    url = change_url(hamas)
    form = load_admin_form(editor_client, url)
    for _ in range(2):
        add_inline_row(
            form, "identifiers", source=Source.objects.get().pk, scheme="wikidata", value="Q797"
        )
    response = editor_client.post(url, form)

    assert response.status_code == 200
    assert "Wikidata QID Q797 is given twice: keep one row of it." in response.text
    assert not hamas.identifiers.exists()


def test_a_new_identifier_without_a_source_is_refused(editor_client, hamas):
    url = change_url(hamas)
    form = load_admin_form(editor_client, url)
    add_inline_row(form, "identifiers", scheme="wikidata", value="Q797")
    response = editor_client.post(url, form)
    assert identifier_errors(response) == {"source": ["Name the source this rests on."]}
    assert not ExternalIdentifier.objects.exists()


@pytest.mark.parametrize(
    ("record", "prefix_owner"),
    [("negotiation", Negotiation), ("proposal", Proposal), ("person", Person)],
)
def test_negotiations_agreements_and_people_take_identifiers_on_their_admin_pages(
    editor_client, doha, record, prefix_owner
):
    owner = prefix_owner.objects.order_by("pk").first()
    scheme, value = {
        "negotiation": ("ucdp_conflict", "234"),
        "proposal": ("pax_agreement", "2532"),
        "person": ("wikidata", "Q42"),
    }[record]
    response = add_in_admin(editor_client, owner, scheme=scheme, value=value)
    assert response.status_code == 302, identifier_errors(response)
    assert getattr(ExternalIdentifier.objects.get(), record) == owner


@pytest.mark.parametrize(
    ("scheme", "good", "bad"),
    [
        ("wikidata", "Q1", "Q0"),
        ("ucdp_conflict", "234", "C234"),
        ("ucdp_dyad", "406", "4 06"),
        ("ucdp_actor", "1163", "a1163"),
        ("pax_agreement", "2532", "AgtId2532"),
        ("gleditsch_ward", "666", "ISR"),
        ("eth_prio_ceasefire", "17", "17a"),
        ("acled_event", "PSE12345", "pse12345"),
        ("iso_3166", "QAT", "QATA"),
        ("iso_3166", "QA", "Q"),
        ("acled_actor", "Hamas: Islamic Resistance Movement", "   "),
    ],
)
def test_each_scheme_takes_only_values_of_its_form(hamas, scheme, good, bad):
    ExternalIdentifier(actor=hamas, scheme=scheme, value=good).full_clean()
    with pytest.raises(ValidationError) as refused:
        ExternalIdentifier(actor=hamas, scheme=scheme, value=bad).full_clean()
    assert list(refused.value.message_dict) == ["value"]


def test_the_database_refuses_a_malformed_value_saved_without_validation(hamas):
    with pytest.raises(IntegrityError), transaction.atomic():
        ExternalIdentifier.objects.create(actor=hamas, scheme=WIKIDATA, value="Q-12")


@pytest.mark.parametrize(
    ("scheme", "value"),
    [
        (WIKIDATA, "Q797\n"),
        ("ucdp_actor", "1163\n"),
        ("iso_3166", "QA\n"),
        ("acled_event", "PSE1\n"),
    ],
)
def test_a_value_with_a_final_new_line_is_refused_on_every_database(hamas, scheme, value):
    # Python's "$", which SQLite's REGEXP reads with, ends before a final new line.
    with pytest.raises(ValidationError) as refused:
        ExternalIdentifier(actor=hamas, scheme=scheme, value=value).full_clean()
    assert list(refused.value.message_dict) == ["value"]
    with pytest.raises(IntegrityError), transaction.atomic():
        ExternalIdentifier.objects.create(actor=hamas, scheme=scheme, value=value)


def test_the_database_refuses_a_qid_given_to_two_actors(identified):
    israel = Actor.objects.get(slug="israel")
    with pytest.raises(IntegrityError), transaction.atomic():
        ExternalIdentifier.objects.create(actor=israel, scheme=WIKIDATA, value="Q797")


def test_one_value_may_identify_an_actor_and_a_person_apart(identified):
    person = Person.objects.order_by("pk").first()
    ExternalIdentifier(person=person, scheme=WIKIDATA, value="Q797").full_clean()


@pytest.mark.parametrize("records", [{}, {"actor": "hamas", "negotiation": DOHA}])
def test_an_identifier_names_exactly_one_record(doha, records):
    found = {
        "actor": Actor.objects.get(slug=records["actor"]) if "actor" in records else None,
        "negotiation": doha if "negotiation" in records else None,
    }
    identifier = ExternalIdentifier(scheme=WIKIDATA, value="Q797", **found)
    with pytest.raises(ValidationError) as refused:
        identifier.full_clean()
    assert "An identifier names exactly one actor" in str(refused.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        identifier.save()


@pytest.mark.parametrize(
    ("scheme", "value", "url"),
    [
        ("wikidata", "Q797", "https://www.wikidata.org/wiki/Q797"),
        ("ucdp_conflict", "234", "https://ucdp.uu.se/conflict/234"),
        ("ucdp_actor", "1163", "https://ucdp.uu.se/actor/1163"),
        ("ucdp_dyad", "406", "https://ucdp.uu.se/dyad/406"),
        ("pax_agreement", "2532", "https://www.peaceagreements.org/view/2532"),
        ("iso_3166", "QAT", None),
        ("acled_event", "PSE12345", None),
    ],
)
def test_an_identifier_links_to_its_schemes_public_page_where_there_is_one(scheme, value, url):
    assert ExternalIdentifier(scheme=scheme, value=value).url == url


def test_an_identifier_keeps_its_history_and_refuses_a_stale_save(identified):
    stale = ExternalIdentifier.objects.get(pk=identified.pk)
    identified.value = "Q798"
    identified.save()
    assert [version.value for version in identified.history.order_by("history_id")] == [
        "Q797",
        "Q798",
    ]
    stale.value = "Q799"
    with pytest.raises(StaleRecordError):
        stale.save()


def test_editors_may_add_change_and_view_identifiers_but_not_delete_them(db):
    codenames = set(
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__model="externalidentifier")
        .values_list("codename", flat=True)
    )
    assert codenames == {f"{action}_externalidentifier" for action in ("add", "change", "view")}
    assert Permission.objects.filter(codename="delete_externalidentifier").exists()


def test_an_actors_page_lists_its_identifiers_linked(client, identified, hamas):
    ExternalIdentifier.objects.create(actor=hamas, scheme="acled_actor", value="Hamas")
    line = part(client.get(hamas.get_absolute_url()).text, ".identified-as")
    assert text_of(line) == "Identifiers: ACLED actor Hamas; Wikidata Q797"
    assert hrefs(line) == ["https://www.wikidata.org/wiki/Q797"]


def test_the_status_page_lists_the_negotiations_identifiers(client, doha):
    ExternalIdentifier.objects.create(negotiation=doha, scheme="ucdp_conflict", value="234")
    page = parse(client.get(f"/negotiations/{DOHA}/").text)
    identifiers = fact(page.select_one(".standing"), "Identifiers")
    assert text_of(identifiers) == "UCDP conflict 234"
    assert hrefs(identifiers) == ["https://ucdp.uu.se/conflict/234"]


def test_the_proposal_page_lists_the_proposals_identifiers(client, doha):
    proposal = Proposal.objects.order_by("pk").first()
    ExternalIdentifier.objects.create(proposal=proposal, scheme="pax_agreement", value="2532")
    page = parse(client.get(proposal.get_absolute_url()).text)
    identifiers = fact(page, "Identifiers")
    assert text_of(identifiers) == "PA-X 2532"
    assert hrefs(identifiers) == ["https://www.peaceagreements.org/view/2532"]


def test_a_page_without_identifiers_lists_none(client, doha):
    page = parse(client.get(Actor.objects.get(slug="qatar").get_absolute_url()).text)
    assert page.select(".identified-as") == []


def test_the_actors_filter_finds_an_actor_by_its_qid_in_the_export_and_the_api(client, identified):
    _, rows = csv_rows(client.get("/export/actors.csv?wikidata=Q797"))
    assert [row["slug"] for row in rows] == ["hamas"]
    found = client.get("/api/v1/actors/?wikidata=Q797").json()["results"]
    assert [actor["slug"] for actor in found] == ["hamas"]
    _, rows = csv_rows(client.get("/export/actors.csv?wikidata=Q798"))
    assert rows == []


def test_a_malformed_qid_in_the_actors_filter_is_a_400_with_its_message(client, doha):
    response = client.get("/export/actors.csv?wikidata=797")
    assert response.status_code == 400
    assert "A Wikidata QID is Q followed by digits" in response.content.decode()
    response = client.get("/api/v1/actors/?wikidata=797")
    assert response.status_code == 400
    assert "A Wikidata QID is Q followed by digits" in response.content.decode()


def test_the_crosswalk_lists_each_identifier_with_its_record_and_page(client, identified, doha):
    proposal = Proposal.objects.order_by("pk").first()
    other = ExternalIdentifier.objects.create(proposal=proposal, scheme="iso_3166", value="QAT")
    _, rows = csv_rows(client.get("/export/identifiers.csv"))
    assert [
        (row["record_kind"], row["record_id"], row["record_slug"], row["scheme"], row["value"])
        for row in rows
    ] == [
        ("proposal", str(proposal.pk), "", "iso_3166", "QAT"),
        ("actor", str(identified.actor_id), "hamas", "wikidata", "Q797"),
    ]
    assert [row["url"] for row in rows] == ["", "https://www.wikidata.org/wiki/Q797"]
    assert rows[1]["source_ids"] == str(Source.objects.get().pk)
    document = json_document(client.get("/export/identifiers.json"))
    assert {row["id"]: row["url"] for row in document["rows"]} == {
        other.pk: None,
        identified.pk: "https://www.wikidata.org/wiki/Q797",
    }


def test_the_crosswalk_filters_by_the_negotiation_an_actor_takes_part_in(client, identified):
    elsewhere = Actor.objects.create(name="Elsewhere", slug="elsewhere", kind="state")
    ExternalIdentifier.objects.create(actor=elsewhere, scheme=WIKIDATA, value="Q1")
    _, rows = csv_rows(client.get(f"/export/identifiers.csv?negotiation={DOHA}"))
    assert [row["record_slug"] for row in rows] == ["hamas"]


def test_the_source_page_lists_the_identifiers_it_supports(client, identified):
    page = parse(client.get(Source.objects.get().get_absolute_url()).text)
    assert "Wikidata QID Q797" in text_of(page)


def test_the_api_gives_an_actor_its_identifiers_with_their_pages(client, identified):
    answer = client.get("/api/v1/actors/hamas/").json()

    assert answer["identifiers"] == [
        {"scheme": "wikidata", "value": "Q797", "url": "https://www.wikidata.org/wiki/Q797"}
    ]


SCHEME_COLUMNS = [scheme.value for scheme in ExternalIdentifier.Scheme]


@pytest.fixture
def identified_records(identified, hamas, doha):
    """Hamas with its QID and two ISO 3166 codes; a person, the Doha talks and an agreement
    with one identifier each."""
    ExternalIdentifier.objects.create(actor=hamas, scheme="iso_3166", value="QAT")
    ExternalIdentifier.objects.create(actor=hamas, scheme="iso_3166", value="QA")
    person = Person.objects.order_by("pk").first()
    ExternalIdentifier.objects.create(person=person, scheme=WIKIDATA, value="Q5")
    ExternalIdentifier.objects.create(negotiation=doha, scheme="ucdp_conflict", value="234")
    proposal = Proposal.objects.order_by("pk").first()
    ExternalIdentifier.objects.create(proposal=proposal, scheme="pax_agreement", value="2532")
    return {"actors": hamas, "people": person, "negotiations": doha, "proposals": proposal}


def test_each_identified_datasets_rows_end_with_a_column_per_scheme(client, identified_records):
    expected = {
        "actors": {"wikidata": "Q797", "iso_3166": "QA;QAT"},
        "people": {"wikidata": "Q5"},
        "negotiations": {"ucdp_conflict": "234"},
        "proposals": {"pax_agreement": "2532"},
    }
    for dataset, record in identified_records.items():
        header, rows = csv_rows(client.get(f"/export/{dataset}.csv"))
        assert header[-len(SCHEME_COLUMNS) :] == SCHEME_COLUMNS, dataset
        by_id = {row["id"]: row for row in rows}
        given = {name: by_id[str(record.pk)][name] for name in SCHEME_COLUMNS}
        assert given == {name: expected[dataset].get(name, "") for name in SCHEME_COLUMNS}
        others = [row for key, row in by_id.items() if key != str(record.pk)]
        assert all(row[name] == "" for row in others for name in SCHEME_COLUMNS), dataset


def test_the_json_export_gives_each_scheme_a_list(client, identified_records):
    document = json_document(client.get("/export/actors.json"))
    hamas = next(row for row in document["rows"] if row["slug"] == "hamas")
    assert (hamas["wikidata"], hamas["iso_3166"], hamas["pax_agreement"]) == (
        ["Q797"],
        ["QA", "QAT"],
        [],
    )
    qatar = next(row for row in document["rows"] if row["slug"] == "qatar")
    assert all(qatar[name] == [] for name in SCHEME_COLUMNS)


def test_a_record_whose_identifier_changed_is_updated_since(client, identified, hamas):
    moment = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    _, rows = csv_rows(client.get(f"/export/actors.csv?updated_since={moment}"))
    assert rows == []
    identifier = ExternalIdentifier.objects.get(pk=identified.pk)
    identifier.value = "Q798"
    identifier.save()
    _, rows = csv_rows(client.get(f"/export/actors.csv?updated_since={moment}"))
    assert [(row["slug"], row["wikidata"]) for row in rows] == [("hamas", "Q798")]


def test_the_api_gives_negotiations_proposals_and_people_their_identifiers(
    client, identified_records
):
    negotiation = client.get(f"/api/v1/negotiations/{DOHA}/").json()
    assert negotiation["identifiers"] == [
        {"scheme": "ucdp_conflict", "value": "234", "url": "https://ucdp.uu.se/conflict/234"}
    ]
    proposal = client.get(f"/api/v1/proposals/{identified_records['proposals'].pk}/").json()
    assert proposal["identifiers"] == [
        {
            "scheme": "pax_agreement",
            "value": "2532",
            "url": "https://www.peaceagreements.org/view/2532",
        }
    ]
    person = client.get(f"/api/v1/people/{identified_records['people'].pk}/").json()
    assert person["identifiers"] == [
        {"scheme": "wikidata", "value": "Q5", "url": "https://www.wikidata.org/wiki/Q5"}
    ]


def test_pandas_merges_two_exports_by_a_shared_qid_as_the_readme_shows(client, identified_records):
    def read(url, **options):
        response = client.get(url)
        return pandas.read_csv(BytesIO(b"".join(response.streaming_content)), **options)

    # Another dataset keyed by QID, e.g. a Wikidata query's answer, and ours.
    items = pandas.DataFrame({"qid": ["Q797", "Q5"], "label": ["Hamas", "a person"]})
    actors = read("/export/actors.csv", dtype={"wikidata": "string"})
    joined = actors.merge(items, left_on="wikidata", right_on="qid")
    assert joined[["slug", "label"]].values.tolist() == [["hamas", "Hamas"]]
    # Two of our own exports: the crosswalk and the people, by the person's QID.
    crosswalk = read("/export/identifiers.csv?scheme=wikidata", dtype={"value": "string"})
    people = read("/export/people.csv", dtype={"wikidata": "string"})
    merged = people.merge(crosswalk, left_on="wikidata", right_on="value")
    assert merged[["id_x", "record_kind", "record_id"]].values.tolist() == [
        [identified_records["people"].pk, "person", identified_records["people"].pk]
    ]
    # PA-X's AgtId is a number in PA-X's files: read ours as one to join them.
    agreements = read("/export/proposals.csv", dtype={"pax_agreement": "Int64"})
    pax = pandas.DataFrame({"AgtId": [2532], "Agt": ["An agreement in PA-X"]})
    assert agreements.merge(pax, left_on="pax_agreement", right_on="AgtId")["id"].tolist() == [
        identified_records["proposals"].pk
    ]


def test_an_address_by_qid_leads_to_the_actors_page(client, identified, hamas):
    response = client.get("/actors/?wikidata=Q797")
    assert (response.status_code, response["Location"]) == (302, hamas.get_absolute_url())
    listed = parse(client.get("/actors/").text).select_one("#actor-hamas")
    assert text_of(listed.select("td")[-1]) == "Wikidata Q797"
    assert hrefs(listed.select("td")[-1]) == ["https://www.wikidata.org/wiki/Q797"]


def test_an_unknown_qid_finds_no_actor_and_a_malformed_one_is_refused(client, identified):
    unknown = client.get("/actors/?wikidata=Q798")
    assert unknown.status_code == 200
    assert "No actor matches these filters" in text_of(parse(unknown.text))
    malformed = client.get("/actors/?wikidata=797")
    assert malformed.status_code == 400
    assert "A Wikidata QID is Q followed by digits" in text_of(parse(malformed.text))


def test_the_crosswalk_finds_a_person_of_the_negotiation_as_the_people_dataset_does(client, doha):
    # Named in one of its events only: neither a speaker nor at a round.
    person = Person.objects.create(name="A witness")
    doha.events.order_by("pk").first().people.add(person)
    ExternalIdentifier.objects.create(person=person, scheme=WIKIDATA, value="Q5")
    _, people = csv_rows(client.get(f"/export/people.csv?negotiation={DOHA}"))
    assert str(person.pk) in [row["id"] for row in people]
    _, rows = csv_rows(client.get(f"/export/identifiers.csv?negotiation={DOHA}"))
    assert [(row["record_id"], row["value"]) for row in rows] == [(str(person.pk), "Q5")]
