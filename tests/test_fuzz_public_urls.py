"""Hypothesis fuzzes every public URL's path parameters and query string: never a 500.

URLs come from negotiations.urls, so pages added later are fuzzed without touching this file.
`make test` runs the same 60 cases per URL every time (derandomized, so a run is repeatable);
`make fuzz` runs FUZZ_EXAMPLES=1000 new random cases per URL.
"""

import os
from urllib.parse import quote

import django_filters
import pytest
from django.urls import reverse
from django.urls.converters import IntConverter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import negotiations.filters

from .public_urls import StoredValues, linked_path_values, public_urls, stored_values

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
RANDOM = "FUZZ_EXAMPLES" in os.environ


def filter_parameter_names():
    """Query parameters the FilterSets read, with the suffixes range filters add."""
    names = {"page", "format", "sort", "order", "o", "q", "download"}
    for value in vars(negotiations.filters).values():
        if isinstance(value, type) and issubclass(value, django_filters.FilterSet):
            for name in value.base_filters:
                names.update({name, *(f"{name}_{suffix}" for suffix in SUFFIXES)})
    return sorted(names)


SUFFIXES = ("after", "before", "min", "max", "0", "1")
AWKWARD_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999999999",
    "2024-03-11",
    "2024-02-30",
    "0000-00-00",
    "9999-12-31",
    "11/03/2024",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "\x00",
    "%00",
    "../../etc/passwd",
    "a" * 5000,
    "ﬀ\u202e\ufeff",
]
QUERY_VALUES = st.one_of(
    st.sampled_from(AWKWARD_VALUES),
    st.text(max_size=30),
    st.integers().map(str),
    st.dates().map(str),
)


@pytest.fixture(scope="module")
def linked_values(crawled):
    """Path parameters of real pages, e.g. the dataset and format of each export link,
    crawled once for the module."""
    return linked_path_values(crawled)


@pytest.fixture(scope="module")
def stored():
    """The module's stored values of each kind of path parameter, read once: every test
    reads the same records."""
    return StoredValues()


def path_value(data, stored, converter):
    """A stored value (a page that exists) or any text the converter accepts."""
    values = stored[converter]
    generated = st.from_regex(converter.regex, fullmatch=True)
    if values:
        return data.draw(st.one_of(st.sampled_from(values), generated))
    return data.draw(generated)


URLS = public_urls()
NUMBERED_URLS = [
    (name, converters)
    for name, converters in URLS
    if any(isinstance(converter, IntConverter) for converter in converters.values())
]


@pytest.mark.parametrize(("name", "converters"), URLS, ids=[name for name, _ in URLS])
@settings(
    max_examples=EXAMPLES,
    derandomize=not RANDOM,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_public_url_answers_with_a_server_error(
    client, doha, linked_values, stored, name, converters, data
):
    known = linked_values.get(name, [])
    if known and data.draw(st.booleans()):
        kwargs = data.draw(st.sampled_from(known))
    else:
        kwargs = {keyword: path_value(data, stored, value) for keyword, value in converters.items()}
    path = reverse(name, kwargs=kwargs)
    query = data.draw(
        st.dictionaries(
            st.one_of(st.sampled_from(filter_parameter_names()), st.text(max_size=12)),
            st.lists(QUERY_VALUES, min_size=1, max_size=3),
            max_size=6,
        )
    )
    raw = data.draw(st.one_of(st.none(), st.text(max_size=60)))
    headers = {"HX-Request": "true"} if data.draw(st.booleans()) else {}
    if raw is None:
        response = client.get(path, query, headers=headers)
    else:
        response = client.get(f"{path}?{quote(raw, safe='=&;+%')}", headers=headers)
    if response.streaming:
        b"".join(response.streaming_content)
    assert response.status_code < 500, (path, query, raw)


@pytest.mark.parametrize(
    ("name", "converters"), NUMBERED_URLS, ids=[name for name, _ in NUMBERED_URLS]
)
def test_ids_beyond_the_range_of_the_database_are_simply_not_found(client, doha, name, converters):
    """Found by the fuzzer: an id of 2**70 once raised OverflowError on SQLite."""
    kwargs = {
        keyword: 2**70 if isinstance(converter, IntConverter) else stored_values(converter)[0]
        for keyword, converter in converters.items()
    }
    assert client.get(reverse(name, kwargs=kwargs)).status_code == 404
