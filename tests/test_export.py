"""Analyst exports: every dataset, by value, with the Doha facts, in CSV and JSON."""

import datetime

import pytest
from django.utils import timezone

from negotiations.exports.changelog import SCHEMA_VERSION
from negotiations.exports.columns import (
    BOOLEAN,
    CODE,
    DATE,
    DATETIME,
    EDTF,
    INTEGER,
    LIST,
    SLUG,
    TEXT,
)
from negotiations.exports.datasets import DATASETS
from negotiations.exports.lists import CitedSources, LinkedRecords
from negotiations.fields import ApproximateDate
from negotiations.models import (
    Citation,
    Event,
    ExchangeTerm,
    Proposal,
    Round,
    Source,
)

from .builders import cite
from .doha import DOHA
from .export_helpers import body, cell, csv_rows, json_document, resolve

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

#: The identifier columns, a scheme each, that end the datasets of identifiable records.
IDENTIFIER_COLUMNS = (
    ",wikidata,ucdp_conflict,ucdp_dyad,ucdp_actor,pax_agreement,acled_actor,acled_event,"
    "iso_3166,gleditsch_ward,eth_prio_ceasefire"
)
HEADERS = {
    "events": "id,negotiation,date,date_precision,date_earliest,date_edtf,date_note,kind,title,"
    "summary,place,round_id,proposal_id,statement_id,updated_at,participants,source_ids,"
    "source_urls",
    "proposals": "id,negotiation,kind,title,summary,proposed_by,date,date_precision,date_earliest,"
    "date_edtf,status,standing,standing_since,standing_since_precision,standing_since_earliest,"
    "standing_since_edtf,responds_to_id,ceasefire_class,form,purpose,coverage,covered_areas,note,"
    "editors_note,proposer_unstated,addressees_unstated,mediators_unstated,updated_at,"
    "addressed_to,mediators,signatories,guarantors,endorsers,witnesses,source_ids,source_urls"
    + IDENTIFIER_COLUMNS,
    "exchange-terms": "id,negotiation,proposal_id,proposal_title,proposal_date,"
    "proposal_date_precision,proposal_date_earliest,proposal_date_edtf,releasing_party,"
    "receiving_party,group,affiliation,count_min,count_max,count_qualifier,count_words,ratio_min,"
    "ratio_max,ratio_qualifier,ratio_words,ratio_per,phase,condition,description,updated_at,"
    "categories,source_ids,source_urls",
    "other-terms": "id,negotiation,proposal_id,proposal_title,proposal_date,"
    "proposal_date_precision,proposal_date_earliest,proposal_date_edtf,kind,amount_min,amount_max,"
    "amount_qualifier,amount_words,unit,withdrawal_extent,applies_to,from_place,to_place,means,"
    "phase,condition,description,updated_at,evacuees,source_ids,source_urls",
    "statements": "id,negotiation,date,date_precision,date_earliest,date_edtf,date_note,"
    "speaker_name,speaker_title,speaker_description,possibly_spoken_by_id,on_behalf_of,outlet,"
    "text,is_direct_quote,updated_at,source_ids,source_urls",
    "positions": "id,negotiation,actor,issue_id,issue,issue_topic,stance,detail,date,"
    "date_precision,date_earliest,date_edtf,date_note,updated_at,source_ids,source_urls",
    "issues": "id,negotiation,slug,name,topic,description,updated_at",
    "negotiations": "id,slug,title,summary,stage,start,start_precision,start_earliest,start_edtf,"
    "end,end_precision,end_earliest,end_edtf,updated_at,source_ids,source_urls"
    + IDENTIFIER_COLUMNS,
    "figures": "id,negotiation,counts,value_min,value_max,value_qualifier,value_words,"
    "attributed_to,attribution,date,date_precision,date_earliest,date_edtf,part_of_id,note,"
    "updated_at,source_ids,source_urls",
    "actors": "id,slug,name,kind,description,part_of,updated_at" + IDENTIFIER_COLUMNS,
    "actor-aliases": "id,actor,name,updated_at",
    "identifiers": "id,record_kind,record_id,record_slug,scheme,value,url,updated_at,source_ids,"
    "source_urls",
    "memberships": "id,member,group,relation,since,since_precision,since_earliest,since_edtf,"
    "until,until_precision,until_earliest,until_edtf,updated_at,source_ids,source_urls",
    "participations": "id,negotiation,actor,role,updated_at,source_ids,source_urls",
    "sources": "id,title,headline,kind,publisher,url,archive_reference,published_on,"
    "published_on_precision,published_on_earliest,published_on_edtf,dateline,updated_at",
    "status-changes": "id,negotiation,proposal_id,proposal_title,proposal_date,"
    "proposal_date_precision,proposal_date_earliest,proposal_date_edtf,status,date,date_precision,"
    "date_earliest,date_edtf,note,updated_at,source_ids,source_urls",
    "rounds": "id,negotiation,title,venue,start,start_precision,start_earliest,start_edtf,end,"
    "end_precision,end_earliest,end_edtf,outcome,updated_at,source_ids,source_urls",
    "attendances": "id,negotiation,round_id,actor,person_id,description,updated_at,source_ids,"
    "source_urls",
    "people": "id,name,title,affiliation,updated_at,source_ids,source_urls" + IDENTIFIER_COLUMNS,
    "risks": "id,negotiation,description,named_by,date,date_precision,date_earliest,date_edtf,"
    "updated_at,source_ids,source_urls",
    "citations": "id,record_type,record_id,source_id,passage",
    "corrections": "id,record_type,record_id,corrected_at,note",
    "milestones": "id,negotiation,proposal_id,proposal_title,proposal_date,"
    "proposal_date_precision,proposal_date_earliest,proposal_date_edtf,kind,date,date_precision,"
    "date_earliest,date_edtf,scheduled_end,scheduled_end_precision,scheduled_end_earliest,"
    "scheduled_end_edtf,length_min,length_max,length_qualifier,length_words,length_unit,place,"
    "note,updated_at,actors,source_ids,source_urls",
    "phases": "id,negotiation,proposal_id,proposal_title,proposal_date,proposal_date_precision,"
    "proposal_date_earliest,proposal_date_edtf,number,duration_min,duration_max,"
    "duration_qualifier,duration_words,duration_unit,start,start_precision,start_earliest,"
    "start_edtf,end,end_precision,end_earliest,end_edtf,condition_to_advance,description,"
    "updated_at,source_ids,source_urls",
    "proposal-links": "id,negotiation,proposal_id,proposal_title,proposal_date,"
    "proposal_date_precision,proposal_date_earliest,proposal_date_edtf,kind,other_id,other_title,"
    "other_negotiation,note,updated_at,source_ids,source_urls",
    "handovers": "id,negotiation,proposal_id,proposal_title,proposal_date,proposal_date_precision,"
    "proposal_date_earliest,proposal_date_edtf,exchange_term_id,phase,outcome,date,date_precision,"
    "date_earliest,date_edtf,releasing_party,receiving_party,group,affiliation,count_min,"
    "count_max,count_qualifier,count_words,alive,persons_named,place,reason,reason_given_by,"
    "description,updated_at,categories,source_ids,source_urls",
    "implementation-statements": "id,negotiation,proposal_id,proposal_title,proposal_date,"
    "proposal_date_precision,proposal_date_earliest,proposal_date_edtf,exchange_term_id,"
    "other_term_id,date,date_precision,date_earliest,date_edtf,status,asserted_by,"
    "asserter_description,is_editors_reading,claim,updated_at,source_ids,source_urls",
    "violations": "id,negotiation,proposal_id,exchange_term_id,other_term_id,accused_by,"
    "accuser_description,accused,kind,date,date_precision,date_earliest,date_edtf,place,"
    "description,killed_min,killed_max,killed_qualifier,killed_words,wounded_min,wounded_max,"
    "wounded_qualifier,wounded_words,verification,verified_by,verified_on,verified_on_precision,"
    "verified_on_earliest,verified_on_edtf,updated_at,source_ids,source_urls",
    "deadlines": "id,negotiation,proposal_id,proposal_title,proposal_date,proposal_date_precision,"
    "proposal_date_earliest,proposal_date_edtf,exchange_term_id,other_term_id,phase,kind,due,"
    "due_precision,due_earliest,due_edtf,description,met_on,met_on_precision,met_on_earliest,"
    "met_on_edtf,updated_at,source_ids,source_urls",
}


def export(client, dataset, file_format="csv", **params):
    return client.get(f"/export/{dataset}.{file_format}", params)


def by_id(rows):
    return {int(row["id"]): row for row in rows}


def test_every_dataset_has_a_pinned_header():
    # Changing a header is a deliberate act: update this pin and the schema changelog.
    assert set(HEADERS) == set(DATASETS)
    for name, header in HEADERS.items():
        assert ",".join(DATASETS[name].header) == header, name


@pytest.mark.parametrize("dataset", sorted(HEADERS))
def test_the_csv_starts_with_the_pinned_header(client, doha, dataset):
    first_line = body(export(client, dataset)).split(b"\n", 1)[0]
    assert first_line.decode() == HEADERS[dataset]


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_every_row_matches_the_database_by_value(client, doha, dataset, with_lifecycle_records):
    definition = DATASETS[dataset]
    _, rows = csv_rows(export(client, dataset))
    # As the dataset reads them: a proposal's standing is computed with it.
    records = definition.queryset()
    assert rows, "the Doha fixture has rows in every dataset"
    assert sorted(int(row["id"]) for row in rows) == sorted(record.pk for record in records)
    rows = by_id(rows)
    for record in records:
        row = rows[record.pk]
        for column in definition.columns:
            expected = stored_value(record, column)
            if column.absent_when is not None and (
                records.filter(column.absent_when, pk=record.pk).exists()
            ):
                expected = None  # a precision or qualifier with nothing to qualify
            assert row[column.name] == cell(expected), (
                dataset,
                record.pk,
                column.name,
            )
        for lookup in definition.lists:
            if isinstance(lookup, CitedSources):
                cited = (
                    resolve(record, lookup.key.removesuffix("_id"))
                    if lookup.key != "id"
                    else record
                )
                sources = sorted(
                    {citation.source for citation in cited.citations.all()}, key=lambda s: s.pk
                )
                assert row["source_ids"] == ";".join(str(source.pk) for source in sources)
                assert row["source_urls"] == ";".join(source.url for source in sources)
            elif isinstance(lookup, LinkedRecords):
                name = lookup.columns[0].name
                values = sorted(getattr(record, name).values_list(lookup.field, flat=True))
                assert row[name] == ";".join(values)


def stored_value(record, column):
    """What a column says of ``record``: its field, or for an EDTF column, its date's EDTF."""
    if column.type != EDTF:
        return resolve(record, column.source_path)
    day = resolve(record, column.source_path)
    if day is None:
        return None
    precision = resolve(record, f"{column.source_path}_precision")
    earliest = resolve(record, f"{column.source_path}_earliest")
    return ApproximateDate(day, precision, earliest).edtf


def test_exchange_terms_keep_about_42_hostages_and_20_to_50_prisoners_each(client, doha):
    _, rows = csv_rows(export(client, "exchange-terms", negotiation=DOHA))
    hostages, prisoners = (
        next(row for row in rows if row["group"] == group) for group in ("hostages", "prisoners")
    )
    assert (hostages["count_min"], hostages["count_max"], hostages["count_qualifier"]) == (
        "42",
        "42",
        "about",
    )
    assert hostages["releasing_party"] == ""
    assert (prisoners["ratio_min"], prisoners["ratio_max"], prisoners["ratio_qualifier"]) == (
        "20",
        "50",
        "exact",
    )
    # The article gives no count of prisoners: absent, so no qualifier either.
    assert (prisoners["count_min"], prisoners["count_max"], prisoners["count_qualifier"]) == (
        "",
        "",
        "",
    )
    # Each term carries its proposal, dated "last week" (the week of Monday 11 March 2024).
    proposal = Proposal.objects.get(exchange_terms__group="hostages")
    for row in (hostages, prisoners):
        assert row["proposal_id"] == str(proposal.pk)
        assert row["proposal_title"] == proposal.title
        assert (row["proposal_date"], row["proposal_date_precision"]) == ("2024-03-11", "week")
        assert row["source_ids"] == str(Source.objects.get().pk)


def test_events_keep_day_and_week_precision(client, doha):
    _, rows = csv_rows(export(client, "events"))
    meeting = next(row for row in rows if row["title"].startswith("Mossad head meets"))
    assert (meeting["date"], meeting["date_precision"]) == ("2024-03-18", "day")
    assert meeting["participants"].split(";") == ["egypt", "israel", "qatar"]
    proposal = next(row for row in rows if row["title"].startswith("Hamas proposes"))
    assert (proposal["date"], proposal["date_precision"]) == ("2024-03-11", "week")
    truce = next(row for row in rows if row["title"].startswith("Week-long truce"))
    assert (truce["date"], truce["date_precision"]) == ("2023-11-01", "month")


def test_an_absent_date_or_quantity_is_empty_in_every_column_it_spans(client, doha):
    """Absent means empty: no precision beside a missing date, no qualifier beside no number
    (CSV empty cells, JSON null), on every database's writer."""
    counter = Proposal.objects.get(kind="counter_proposal")
    assert counter.date is None
    _, rows = csv_rows(export(client, "proposals", negotiation=DOHA))
    row = next(row for row in rows if row["id"] == str(counter.pk))
    assert (row["date"], row["date_precision"]) == ("", "")
    document = json_document(export(client, "exchange-terms", "json", negotiation=DOHA))
    prisoners = next(row for row in document["rows"] if row["group"] == "prisoners")
    assert (prisoners["count_min"], prisoners["count_max"], prisoners["count_qualifier"]) == (
        None,
        None,
        None,
    )
    document = json_document(export(client, "proposals", "json", negotiation=DOHA))
    row = next(row for row in document["rows"] if row["id"] == counter.pk)
    assert (row["date"], row["date_precision"]) == (None, None)


def test_the_six_week_truce_is_an_other_term_in_weeks(client, doha):
    _, rows = csv_rows(export(client, "other-terms"))
    assert [(r["kind"], r["amount_min"], r["amount_max"], r["unit"]) for r in rows] == [
        ("truce", "6", "6", "weeks")
    ]


def test_figures_keep_their_qualifier(client, doha):
    _, rows = csv_rows(export(client, "figures"))
    killed = next(row for row in rows if row["counts"].startswith("people killed in Israel"))
    assert (killed["value_min"], killed["value_max"], killed["value_qualifier"]) == (
        "1160",
        "1160",
        "about",
    )
    assert killed["attributed_to"] == "afp"


def test_statements_say_whether_they_are_quoted_exactly(client, doha):
    _, rows = csv_rows(export(client, "statements"))
    assert {row["is_direct_quote"] for row in rows} == {"true", "false"}


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_json_has_the_same_rows_as_csv(client, doha, dataset, with_lifecycle_records):
    _, rows = csv_rows(export(client, dataset))
    document = json_document(export(client, dataset, "json"))
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["dataset"] == dataset
    assert [list(row) for row in document["rows"]] == [HEADERS[dataset].split(",")] * len(rows)
    as_cells = [{key: cell(value) for key, value in row.items()} for row in document["rows"]]
    assert as_cells == rows


def test_json_types_numbers_as_numbers_and_empty_as_null(client, doha):
    document = json_document(export(client, "exchange-terms", "json"))
    hostages = next(row for row in document["rows"] if row["group"] == "hostages")
    assert hostages["count_min"] == 42
    assert hostages["ratio_min"] is None
    assert hostages["proposal_date"] == "2024-03-11"


def test_csv_is_named_for_its_content_and_carries_the_schema_version(client, doha):
    response = export(client, "events", negotiation=DOHA)
    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="events-israel-hamas-ceasefire-talks-{today}.csv"'
    )
    assert response["X-Schema-Version"] == SCHEMA_VERSION
    unfiltered = export(client, "exchange-terms")
    assert f'filename="exchange-terms-{today}.csv"' in unfiltered["Content-Disposition"]
    assert export(client, "events", "json")["X-Schema-Version"] == SCHEMA_VERSION


def test_a_byte_order_mark_is_added_only_on_request(client, doha):
    plain = body(export(client, "events"))
    marked = body(export(client, "events", bom="1"))
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert marked == b"\xef\xbb\xbf" + plain
    assert marked.decode("utf-8-sig").startswith("id,negotiation,")


def test_lines_end_in_lf_and_embedded_newlines_are_quoted(client, doha):
    Event.objects.filter(pk=1).update(summary='Two lines,\nand a "quote"')
    data = body(export(client, "events"))
    assert b"\r" not in data
    assert data.count(b"\n") == Event.objects.count() + 1 + 1
    _, rows = csv_rows(export(client, "events"))
    assert by_id(rows)[1]["summary"] == 'Two lines,\nand a "quote"'


def test_an_unknown_dataset_or_format_is_not_found(client, doha):
    assert client.get("/export/hostages.csv").status_code == 404
    assert client.get("/export/events.xlsx").status_code == 404


LONG_AGO = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def as_if_recorded_long_ago():
    """Every event, source and citation last changed on 1 January 2024."""
    Event.objects.update(updated_at=LONG_AGO)
    Source.objects.update(updated_at=LONG_AGO)
    Citation.history.update(history_date=LONG_AGO)


def test_updated_since_returns_only_rows_changed_since(client, doha):
    as_if_recorded_long_ago()
    event = Event.objects.get(pk=5)
    event.place = "Doha, Qatar"
    event.save()
    _, rows = csv_rows(export(client, "events", updated_since="2024-06-01T00:00:00Z"))
    assert [row["id"] for row in rows] == ["5"]
    _, rows = csv_rows(export(client, "events", updated_since="2023-12-31"))
    assert len(rows) == Event.objects.count()


def test_updated_since_reads_an_unencoded_plus_offset(client, doha):
    Event.objects.update(updated_at=datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.UTC))
    Source.objects.update(updated_at=LONG_AGO)
    Citation.history.update(history_date=LONG_AGO)
    # "+01:00" typed into a URL arrives as " 01:00": 12:30+01:00 is 11:30 UTC, before noon.
    response = client.get("/export/events.csv?updated_since=2024-01-01T12:30:00+01:00")
    _, rows = csv_rows(response)
    assert len(rows) == Event.objects.count()
    _, rows = csv_rows(export(client, "events", updated_since="2024-01-01T12:30:00+00:00"))
    assert rows == []


def test_a_term_counts_as_changed_when_its_proposal_changes(client, doha):
    long_ago = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    as_if_recorded_long_ago()
    ExchangeTerm.objects.update(updated_at=long_ago)
    Proposal.objects.update(updated_at=long_ago)
    _, rows = csv_rows(export(client, "exchange-terms", updated_since="2024-06-01"))
    assert rows == []
    proposal = Proposal.objects.get(exchange_terms__group="hostages")
    proposal.title = "Hamas proposal (retitled)"
    proposal.save()
    _, rows = csv_rows(export(client, "exchange-terms", updated_since="2024-06-01"))
    assert {row["proposal_title"] for row in rows} == {"Hamas proposal (retitled)"}
    assert len(rows) == 2


def test_every_record_a_page_shows_is_in_some_dataset():
    """A model staff edit (not the history) without a
    dataset would hold facts no analyst can download."""
    from .public_urls import DOMAIN_MODELS

    exported = {dataset.model for dataset in DATASETS.values()}
    missing = {model.__name__ for model in DOMAIN_MODELS} - {model.__name__ for model in exported}
    assert not missing, f"no dataset for {sorted(missing)}"


def test_the_doha_round_its_attendance_barnea_and_the_rafah_risk_are_exported(client, doha):
    _, rounds = csv_rows(export(client, "rounds", negotiation=DOHA))
    [doha_round] = rounds
    assert doha_round["venue"] == Round.objects.get().venue
    _, attendances = csv_rows(export(client, "attendances", negotiation=DOHA))
    assert {row["round_id"] for row in attendances} == {doha_round["id"]}
    _, people = csv_rows(export(client, "people", negotiation=DOHA))
    assert "David Barnea" in {row["name"] for row in people}
    _, risks = csv_rows(export(client, "risks", negotiation=DOHA))
    assert [row["named_by"] for row in risks] == ["qatar"]
    assert "Rafah" in risks[0]["description"]


def test_the_citations_dataset_carries_every_passage_with_its_record(client, doha):
    _, rows = csv_rows(export(client, "citations", negotiation=DOHA))
    in_negotiation = Citation.objects.of_records_in(doha)
    assert sorted(int(row["id"]) for row in rows) == sorted(c.pk for c in in_negotiation)
    for row in rows:
        citation = Citation.objects.get(pk=row["id"])
        assert (row["record_type"], row["record_id"], row["source_id"]) == (
            citation.content_type.model,
            str(citation.object_id),
            str(citation.source_id),
        )
        assert row["passage"] == cell(citation.passage)
    # People belong to no negotiation: their citations are in the unfiltered file.
    _, everything = csv_rows(export(client, "citations"))
    assert len(everything) == Citation.objects.count() > len(rows)


def test_a_citation_added_or_removed_counts_as_a_change_of_the_row_it_cites(client, doha):
    as_if_recorded_long_ago()
    event = Event.objects.get(pk=5)
    added = cite(event, Source.objects.first(), passage="a second passage")
    _, rows = csv_rows(export(client, "events", updated_since="2024-06-01"))
    assert [row["id"] for row in rows] == ["5"]
    _, citations = csv_rows(export(client, "citations", updated_since="2024-06-01"))
    assert [row["id"] for row in citations] == [str(added.pk)]

    as_if_recorded_long_ago()
    Citation.objects.filter(pk=added.pk).delete()
    _, rows = csv_rows(export(client, "events", updated_since="2024-06-01"))
    assert [row["id"] for row in rows] == ["5"]


def test_terms_count_as_changed_when_their_proposal_gains_a_source(client, doha):
    as_if_recorded_long_ago()
    ExchangeTerm.objects.update(updated_at=LONG_AGO)
    Proposal.objects.update(updated_at=LONG_AGO)
    proposal = Proposal.objects.get(exchange_terms__group="hostages")
    cite(proposal, Source.objects.first(), passage="a second passage")

    _, rows = csv_rows(export(client, "exchange-terms", updated_since="2024-06-01"))

    assert {row["proposal_id"] for row in rows} == {str(proposal.pk)}
    assert len(rows) == proposal.exchange_terms.count()


def test_rows_count_as_changed_when_a_source_they_list_is_edited(client, doha):
    as_if_recorded_long_ago()
    source = Source.objects.get(pk=Event.objects.get(pk=5).citations.first().source_id)
    source.url = "https://example.org/moved"
    source.save()

    _, rows = csv_rows(export(client, "events", updated_since="2024-06-01"))

    assert "5" in {row["id"] for row in rows}
    assert all("https://example.org/moved" in row["source_urls"] for row in rows)


def test_deletions_list_each_deleted_row_with_its_dataset_since_a_moment(client, doha):
    before = timezone.now()
    proposal = Proposal.objects.get(exchange_terms__group="hostages")
    terms = sorted(proposal.exchange_terms.values_list("pk", flat=True))
    proposal_id = proposal.pk
    Event.objects.get(pk=5).delete()
    Proposal.objects.filter(responds_to=proposal).delete()
    proposal.delete()

    _, rows = csv_rows(export(client, "deletions", since=before.isoformat()))
    deleted = {(row["dataset"], int(row["id"])) for row in rows}
    assert ("events", 5) in deleted
    assert ("proposals", proposal_id) in deleted
    assert {("exchange-terms", pk) for pk in terms} <= deleted
    assert all(datetime.datetime.fromisoformat(row["deleted_at"]) >= before for row in rows)
    later = timezone.now() + datetime.timedelta(seconds=1)
    _, none_since = csv_rows(export(client, "deletions", since=later.isoformat()))
    assert none_since == []
    document = json_document(export(client, "deletions", "json", since=before.isoformat()))
    assert {(row["dataset"], row["id"]) for row in document["rows"]} == deleted


def test_deletions_refuse_a_bad_moment_or_an_unknown_parameter(client, doha):
    for params in ({"since": "yesterday"}, {"since": "0001-01-01T00:00:00+01:00"}, {"q": "x"}):
        response = export(client, "deletions", **params)
        assert response.status_code == 400, params
        assert response.content.decode().startswith("The export was not made:")


JSON_TYPES = {
    INTEGER: int,
    DATE: str,
    DATETIME: str,
    BOOLEAN: bool,
    TEXT: str,
    SLUG: str,
    CODE: str,
    EDTF: str,
}


@pytest.mark.parametrize("dataset", sorted(DATASETS))
def test_json_values_have_their_columns_type_and_absent_ones_are_null(
    client, dataset, with_lifecycle_records
):
    definition = DATASETS[dataset]
    rows = json_document(client.get(f"/export/{dataset}.json"))["rows"]
    assert rows
    for row in rows:
        for column in definition.all_columns:
            value = row[column.name]
            if column.type == LIST:
                assert isinstance(value, list), (column.name, value)
            elif value is not None:
                assert isinstance(value, JSON_TYPES[column.type]), (column.name, value)
            if column.type == CODE:
                # A blank code is absent: null, never "".
                assert value is None or value in column.choices, (column.name, value)
