"""The Content Security Policy, the headers, login throttling and session timeout (the
production profile's checks are in ``test_production_profile``)."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse
from django.urls.converters import IntConverter
from django.utils import timezone

from .public_urls import one_page_per_route, walk

# The tests of pages read the one Doha copy loaded for the module, crawled once.
pytestmark = pytest.mark.usefixtures("doha_for_the_module")


def content_security_policy(response):
    policy = response.headers["Content-Security-Policy"]
    return dict(
        (directive.split()[0], directive.split()[1:])
        for directive in policy.split(";")
        if directive.strip()
    )


def test_the_policy_allows_scripts_and_styles_only_from_the_app_or_with_the_nonce(client, db):
    response = client.get(reverse("home"))
    policy = content_security_policy(response)
    header = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header
    nonce = re.search(r"'nonce-([^']+)'", header).group(1)
    assert policy["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert policy["style-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


def inline_scripts_and_styles_without_nonce(html, nonce):
    offenders = []
    for tag in re.findall(r"<(?:script|style)\b[^>]*>", html):
        if "src=" in tag and "<script" in tag:
            continue
        if f'nonce="{nonce}"' not in tag:
            offenders.append(tag)
    return offenders


def test_every_public_page_and_the_admin_carry_the_policy_and_nonce_their_scripts(
    editor_client, doha, crawled_pages, settings
):
    # Each page rendered afresh, as the first reader gets it: its header names the nonce.
    settings.PAGE_CACHE_SECONDS = 0
    urls = [*crawled_pages]
    urls += [
        reverse("admin:index"),
        reverse("admin:negotiations_proposal_changelist"),
        reverse("admin:negotiations_proposal_change", args=[doha.proposals.first().pk]),
    ]
    for url in urls:
        response = editor_client.get(url)
        header = response.headers["Content-Security-Policy"]
        nonce = re.search(r"'nonce-([^']+)'", header).group(1)
        assert inline_scripts_and_styles_without_nonce(response.text, nonce) == [], url
        assert " style=" not in response.text, url  # style attributes would be blocked


def test_htmx_is_configured_for_the_policy(client, db):
    html = client.get(reverse("home")).text
    config = re.search(r'<meta name="htmx-config" content=\'([^\']+)\'>', html).group(1)
    assert json.loads(config) == {
        "allowEval": False,
        "allowScriptTags": False,
        "selfRequestsOnly": True,
        "includeIndicatorStyles": False,
    }
    assert html.index('name="htmx-config"') < html.index("/static/django_htmx/htmx")


def test_responses_forbid_sniffing_framing_and_leaking_the_referrer(client, db):
    response = client.get(reverse("home"))
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.fixture
def staff_password(db):
    User.objects.create_superuser("admin", "admin@example.org", "correct horse battery")
    return "correct horse battery"


def log_in(client, username, password):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR="203.0.113.7",
    )


def test_the_admin_login_is_locked_after_five_failures(staff_password):
    client = Client()
    statuses = [
        log_in(client, "admin", "wrong password").status_code
        for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    response = log_in(client, "admin", staff_password)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_right_password_logs_in_before_the_limit(staff_password):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "admin", "wrong password")
    assert log_in(client, "admin", staff_password).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_lockout_does_not_lock_out_other_accounts(staff_password):
    User.objects.create_superuser("other", "other@example.org", staff_password)
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "admin", "wrong password")
    assert log_in(Client(), "other", staff_password).status_code == 302


def test_an_idle_admin_session_expires(staff_password):
    assert settings.SESSION_COOKIE_AGE == 3600
    assert settings.SESSION_SAVE_EVERY_REQUEST
    client = Client()
    assert log_in(client, "admin", staff_password).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    Session.objects.update(expire_date=timezone.now() - timezone.timedelta(seconds=1))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_the_session_and_csrf_cookies_are_the_admins_alone():
    assert settings.SESSION_COOKIE_PATH == settings.CSRF_COOKIE_PATH == "/admin/"
    assert reverse("admin:index") == "/admin/"


#: Cookies a reader may make up: a session key of the right shape, a short one, a CSRF
#: secret of the wrong shape (which Django would replace), and both at once.
MADE_UP_COOKIES = [
    "sessionid=abcdefghijklmnopqrstuvwxyz012345",
    "sessionid=bogus",
    "csrftoken=not-a-secret",
    "sessionid=k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8; csrftoken=x",
]


@pytest.mark.parametrize("cookie", MADE_UP_COOKIES)
def test_made_up_cookies_on_public_pages_and_the_api_write_nothing_and_set_nothing(
    doha, crawled_pages, cookie
):
    # Sessions and CSRF are the middleware's, whatever record a page shows: one page a route.
    urls = [
        *one_page_per_route(crawled_pages),
        reverse("api-event-list"),
        reverse("api-actor-detail", args=["qatar"]),
        reverse("feed"),
        reverse("export-dataset", args=["events", "csv"]),
    ]
    sessions = Session.objects.count()
    for url in urls:
        response = Client().get(url, HTTP_COOKIE=cookie)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "Set-Cookie" not in response.headers, url
    assert Session.objects.count() == sessions


def test_a_made_up_session_cookie_in_the_admin_creates_no_session(db):
    response = Client().get(reverse("admin:index"), HTTP_COOKIE=MADE_UP_COOKIES[0])
    assert response.status_code == 302
    assert Session.objects.count() == 0


def test_a_proxy_header_the_settings_do_not_trust_is_named_in_the_log(client, db, settings, caplog):
    from tracker.middleware import ProxyHeadersMiddleware

    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = None
    middleware = ProxyHeadersMiddleware(lambda request: None)
    request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https")
    with caplog.at_level("ERROR", logger="tracker.middleware"):
        middleware(request)
        middleware(request)
    assert len(caplog.records) == 1  # once per process, not per request
    assert "set BEHIND_HTTPS_PROXY=1" in caplog.records[0].getMessage()


def test_a_trusted_proxy_that_sends_no_header_is_named_in_the_log(db, settings, caplog):
    from tracker.middleware import ProxyHeadersMiddleware

    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    with caplog.at_level("ERROR", logger="tracker.middleware"):
        ProxyHeadersMiddleware(lambda request: None)(RequestFactory().get("/"))
    assert "came without X-Forwarded-Proto" in caplog.records[0].getMessage()


def test_a_proxy_that_agrees_with_the_settings_leaves_the_log_alone(db, settings, caplog):
    from tracker.middleware import ProxyHeadersMiddleware

    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https")
    with caplog.at_level("ERROR", logger="tracker.middleware"):
        ProxyHeadersMiddleware(lambda request: None)(request)
    assert caplog.records == []


def every_route():
    """An address for every named route of the site (admin and API included), its
    parameters filled with a value of their shape where one fits."""
    import tracker.urls

    samples = {IntConverter: "1"}
    addresses = set()
    for name, pattern in walk(tracker.urls.urlpatterns):
        converters = dict(getattr(pattern.pattern, "converters", {}))
        parameters = {**dict.fromkeys(pattern.pattern.regex.groupindex, "x")}
        for key, converter in converters.items():
            parameters[key] = samples.get(type(converter), "x")
        try:
            addresses.add(reverse(name, kwargs=parameters))
        except NoReverseMatch:
            continue  # an admin route whose parameter is one of a few names (app labels)
    return sorted(addresses)


def test_options_answers_405_with_the_methods_of_every_route(db):
    routes = every_route()
    assert len(routes) > 100
    assert "/api/v1/docs/" in routes and "/admin/" in routes and "/" in routes
    for route in routes:
        response = Client().options(route)
        assert response.status_code == 405, route
        expected = "GET, HEAD, POST" if route.startswith("/admin/") else "GET, HEAD"
        assert response["Allow"] == expected, route
    assert Session.objects.count() == 0
