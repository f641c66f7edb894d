"""Unknown addresses give a proper page; so does a server error, without needing a request."""

import pytest
from django.template.loader import render_to_string

from .html_parts import parse, texts

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/negotiations/nowhere/",
        "/negotiations/nowhere/timeline/",
        "/negotiations/nowhere/proposals/",
        "/negotiations/nowhere/positions/",
        "/proposals/404/",
        "/proposals/1/compare/404/",
        "/actors/nobody/",
        "/sources/404/",
        "/no/such/page/",
    ],
)
def test_an_unknown_address_gives_the_404_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.text
    assert 'href="/static/css/tracker.css"' in response.text
    assert '<main id="main"' in response.text


def test_the_500_page_renders_without_a_request_context():
    text = render_to_string("500.html")
    assert "<h1>Something went wrong on our side</h1>" in text
    assert 'href="/static/css/tracker.css"' in text


@pytest.mark.parametrize("url", ["/actors/", "/negotiations/{slug}/proposals/"])
@pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5"])
def test_a_page_of_a_list_that_is_no_whole_number_from_one_is_a_400_naming_it(
    client, doha, url, page
):
    response = client.get(url.format(slug=doha.slug), {"page": page})
    assert response.status_code == 400
    (problem,) = texts(parse(response.text), "ul.problems li")
    assert problem.startswith("page: ")


@pytest.mark.parametrize("url", ["/actors/", "/negotiations/{slug}/proposals/"])
def test_a_page_past_the_last_is_not_found(client, doha, url):
    assert client.get(url.format(slug=doha.slug), {"page": "999"}).status_code == 404
