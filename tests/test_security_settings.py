"""The production profile, the Content Security Policy, login throttling and session timeout."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from .manage_process import run_manage
from .public_urls import stored_pages

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "production-test-key-" + "k7Qz9w3Xr2Lp8Vn5Bt6Hy4Jm1Gd0Fs" * 2,
    "ALLOWED_HOSTS": "tracker.example.org",
}


def test_the_production_profile_passes_check_deploy_with_no_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    environment = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = run_manage("check", **environment)
    assert result.returncode != 0
    assert f"{missing} must be set when DEBUG is off." in result.stderr


def test_development_defaults_still_start_without_any_setting():
    result = run_manage("check")
    assert result.returncode == 0, result.stderr


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
    editor_client, doha
):
    urls = stored_pages(Client())
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
