"""More than one app server: two gunicorn servers on one PostgreSQL database share their
stored pages in one Redis (CACHE_URL), and an edit shows on the next request to either."""

import os

import pytest
from django.db import connection
from django.test import Client

from negotiations.models import Event

from .app_server import database_url_for_servers, get, gunicorn
from .doha import DOHA

pytestmark = pytest.mark.django_db(transaction=True)

#: A Redis database of its own, emptied before and after.
REDIS_URL = "redis://127.0.0.1:6379/15"
STATUS = f"/negotiations/{DOHA}/"


def redis_database(url):
    """A client of an emptied Redis database; without Redis, skip (fail under REQUIRE_REDIS)."""
    import redis as redis_client

    client = redis_client.Redis.from_url(url)
    try:
        client.ping()
    except redis_client.ConnectionError:
        message = "Redis does not answer at 127.0.0.1:6379 (start it: see .ci/run)"
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(message + " (REQUIRE_REDIS=1)")
        pytest.skip(message)
    client.flushdb()
    return client


@pytest.fixture
def redis():
    if connection.vendor != "postgresql":
        pytest.skip("two servers share one database: PostgreSQL")
    client = redis_database(REDIS_URL)
    yield client
    client.flushdb()


@pytest.fixture
def redis_page_store(settings):
    """This process's stored pages in a Redis database of their own: not the one above, which
    the PostgreSQL pass's servers use, nor another worker's, nor the other pass's (a pass
    run beside this one)."""
    # Databases 1 to 14, two per worker: distinct for up to seven workers.
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:])
    url = f"redis://127.0.0.1:6379/{1 + (2 * worker + (connection.vendor == 'postgresql')) % 14}"
    client = redis_database(url)
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url},
    }
    yield client
    client.flushdb()


def page_text(port, path):
    status, headers, body = get(port, path)
    assert status == 200
    return headers, body.decode()


def test_two_servers_share_stored_pages_and_show_an_edit_on_the_next_request(doha, redis, tmp_path):
    # DEBUG on only for the static files (off, pages need collectstatic's manifest); the
    # page store and its versions work the same either way.
    environment = {"CACHE_URL": REDIS_URL, "DEBUG": "1"}
    with (
        gunicorn(database_url_for_servers(), tmp_path / "first.log", **environment) as first,
        gunicorn(database_url_for_servers(), tmp_path / "second.log", **environment) as second,
    ):
        headers, page = page_text(first, STATUS)
        stored = set(redis.keys("*"))
        assert stored, "the first server stored nothing in Redis"
        # The second server serves the copy the first one stored: no new key.
        again_headers, again = page_text(second, STATUS)
        assert (again, again_headers["ETag"]) == (page, headers["ETag"])
        assert set(redis.keys("*")) == stored

        event = Event.objects.get(pk=5)
        event.title = "Talks resume in Doha with a new negotiator"
        event.save()

        _, after_edit = page_text(second, STATUS)
        assert "Talks resume in Doha with a new negotiator" in after_edit
        _, also_first = page_text(first, STATUS)
        assert also_first == after_edit


def test_two_hundred_addresses_with_made_up_parameters_store_nothing(doha, redis_page_store):
    client = Client()
    assert client.get(STATUS).status_code == 200
    assert client.get(f"{STATUS}timeline/?actor=qatar").status_code == 200
    stored = redis_page_store.dbsize()
    assert stored >= 2
    for number in range(200):
        junk = {f"junk{number}": "x" * 500, "actor": "qatar"}
        assert client.get(f"{STATUS}timeline/", junk).status_code == 302
        assert client.get(STATUS, {"cache_buster": number}).status_code == 302
    assert redis_page_store.dbsize() == stored
