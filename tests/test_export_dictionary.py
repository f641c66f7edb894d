"""/export/ documents every dataset, column, type and the file format, with download links."""

import pytest

from negotiations.exports.changelog import SCHEMA_VERSION
from negotiations.exports.datasets import DATASETS

from .html_parts import parse, part, text_of

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def test_the_dictionary_lists_every_dataset_column_and_download(client, doha):
    response = client.get("/export/")
    assert response.status_code == 200
    text = response.text
    for dataset in DATASETS.values():
        assert f'href="/export/{dataset.name}.csv"' in text
        assert f'href="/export/{dataset.name}.json"' in text
        section = part(text, f'section[id="dataset-{dataset.name}"]')
        rows = section.select("table.columns > tbody > tr")
        documented = [(text_of(row.th.code), text_of(row.td)) for row in rows]
        assert documented == [(column.name, column.type) for column in dataset.all_columns]
        for row in rows:
            assert row.th["scope"] == "row" and row.th.contents == [row.th.code], dataset.name


def test_the_dictionary_shows_the_schema_version_and_changelog(client, doha):
    text = client.get("/export/").text
    assert f'<strong id="schema-version">{SCHEMA_VERSION}</strong>' in text
    assert "Schema changelog" in text
    assert "X-Schema-Version" in text


def test_the_dictionary_explains_approximate_values_and_injection(client, doha):
    text = client.get("/export/").text
    for words in ("date_precision", "at_least", "source_ids", "bom=1", "updated_since", "OWASP"):
        assert words in text


def test_every_page_links_to_the_export(client, doha):
    assert 'href="/export/">Export</a>' in client.get("/").text


def test_the_dictionary_has_no_inline_script_or_style(client, doha):
    text = client.get("/export/").text
    assert not parse(text).select("script:not([src])")
    assert "style=" not in text
    assert "<style" not in text


def test_the_timeline_links_to_its_events_as_csv_keeping_its_filters(client, doha):
    text = client.get(f"/negotiations/{doha.slug}/timeline/?kind=truce").text
    downloads = parse(text).select("a[href^='/export/events.csv?']")
    (link,) = [download["href"] for download in downloads if text_of(download) == "Download CSV"]
    assert link == f"/export/events.csv?negotiation={doha.slug}&kind=truce"
    assert "of the one matching event" in text
    response = client.get(link)
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()[1:]
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("page", "datasets"),
    [
        ("proposals/", ["proposals", "exchange-terms", "other-terms"]),
        ("positions/", ["positions"]),
    ],
)
def test_list_pages_link_to_their_datasets_for_the_negotiation(client, doha, page, datasets):
    text = client.get(f"/negotiations/{doha.slug}/{page}").text
    for dataset in datasets:
        link = f'href="/export/{dataset}.csv?negotiation={doha.slug}"'
        assert link in text
        assert client.get(f"/export/{dataset}.csv?negotiation={doha.slug}").status_code == 200
