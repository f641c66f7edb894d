"""HTTP caching of public pages, asked of a live server with real conditional requests:
an ETag of the versions the page shows, 304 when the reader's copy is current, a short
public life in shared caches for readers and a private one for signed-in editors."""

from urllib.parse import urlsplit

import pytest

from negotiations.models import Event

from .app_server import get
from .doha import DOHA

pytestmark = pytest.mark.django_db(transaction=True)

STATUS = f"/negotiations/{DOHA}/"


def ask(live_server, path, **headers):
    """(status, headers, body) of a GET sent over HTTP to the live server."""
    address = urlsplit(live_server.url)
    return get(address.port, path, address.hostname, **headers)


def test_a_readers_page_is_not_sent_again_while_the_data_is_unchanged(live_server, doha):
    status, headers, body = ask(live_server, STATUS)
    assert status == 200 and body
    etag = headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    cache_control = {part.strip() for part in headers["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "stale-while-revalidate=60"} <= cache_control
    # The page depends on htmx's headers, never on a cookie (none reaches a public page).
    vary = {part.strip() for part in headers["Vary"].split(",")}
    assert "HX-Request" in vary and "Cookie" not in vary

    status, again, body = ask(live_server, STATUS, **{"If-None-Match": etag})

    assert (status, body) == (304, b"")
    assert again["ETag"] == etag
    assert again["Vary"] == headers["Vary"]


def test_after_an_edit_the_old_etag_gets_the_new_page(live_server, doha):
    _, headers, _ = ask(live_server, STATUS)
    event = Event.objects.get(pk=5)
    event.place = "Doha, Qatar"
    event.save()

    status, fresh, body = ask(live_server, STATUS, **{"If-None-Match": headers["ETag"]})

    assert status == 200 and body
    assert fresh["ETag"] != headers["ETag"]


def test_a_page_and_its_htmx_fragment_have_different_etags(live_server, doha):
    timeline = f"/negotiations/{DOHA}/timeline/"
    _, page, _ = ask(live_server, timeline)
    _, fragment, _ = ask(live_server, timeline, **{"HX-Request": "true"})
    assert page["ETag"] != fragment["ETag"]
    status, _, _ = ask(
        live_server, timeline, **{"HX-Request": "true", "If-None-Match": page["ETag"]}
    )
    assert status == 200


def test_a_signed_in_editors_session_stays_in_the_admin_and_their_page_is_the_readers(
    live_server, doha, client
):
    from django.contrib.auth.models import User

    User.objects.create_superuser("editor", "editor@example.org", "correct horse")
    login = client.post("/admin/login/", {"username": "editor", "password": "correct horse"})
    session = login.cookies["sessionid"]
    assert session["path"] == "/admin/"  # browsers send it to the admin alone
    _, readers, readers_body = ask(live_server, STATUS)

    status, headers, body = ask(live_server, STATUS, Cookie=f"sessionid={session.value}")

    assert (status, body) == (200, readers_body)
    assert headers["ETag"] == readers["ETag"]
    assert "Set-Cookie" not in headers
