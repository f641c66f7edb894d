"""More than one app server: two gunicorn servers on one PostgreSQL database share their
stored pages in one Redis (CACHE_URL), and an edit shows on the next request to either."""

import os

import pytest
from django.db import connection

from negotiations.models import Event

from .app_server import database_url_for_servers, get, gunicorn
from .doha import DOHA
from .manage_process import run_manage

pytestmark = pytest.mark.django_db(transaction=True)

#: A Redis database of its own, emptied before and after.
REDIS_URL = "redis://127.0.0.1:6379/15"
STATUS = f"/negotiations/{DOHA}/"


@pytest.fixture
def redis():
    if connection.vendor != "postgresql":
        pytest.skip("two servers share one database: PostgreSQL")
    import redis as redis_client

    client = redis_client.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis_client.ConnectionError:
        message = "Redis does not answer at 127.0.0.1:6379 (start it: see .ci/run)"
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(message + " (REQUIRE_REDIS=1)")
        pytest.skip(message)
    client.flushdb()
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


def test_a_cache_url_that_is_not_redis_is_refused_at_start():
    result = run_manage("check", CACHE_URL="memcached://127.0.0.1:11211")
    assert result.returncode != 0
    assert "CACHE_URL must be a redis://, rediss:// or unix:// URL." in result.stderr
