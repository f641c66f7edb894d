"""Settings for the ceasefire negotiation tracker.

One module, configured from environment variables. Without any, a fresh clone runs
in development mode on an embedded SQLite database.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import django
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default=False):
    """Read a boolean environment variable ("1", "true", "yes" mean true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DEBUG", default=True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Development only: a fixed, obviously unsafe key so sessions survive restarts.
    SECRET_KEY = "development-only-insecure-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.forms",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Full-text search on PostgreSQL (negotiations/search.py); inert on SQLite.
    "django.contrib.postgres",
    "django_filters",
    "django_htmx",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "negotiations",
    # Drafts from pasted reports, reviewed in the admin; never on public pages.
    "negotiations.drafting",
    "tracker.page_store",
    # The deployment checks (tracker/checks.py).
    "tracker",
]
# Development data (`manage.py generate_synthetic`, negotiations/development): installed
# where DEBUG is on, and where DEVELOPMENT_DATA=1 asks for it (the benchmarks run with DEBUG
# off); never in production otherwise.
if env_flag("DEVELOPMENT_DATA", default=DEBUG):
    INSTALLED_APPS.append("negotiations.development")

MIDDLEWARE = [
    # Before the redirect to HTTPS, so that a proxy the settings disagree with is named.
    "tracker.middleware.ProxyHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "tracker.middleware.NoOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and CSRF: outside the admin they never see a cookie.
    "tracker.middleware.AdminOnlyCookiesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

# Form widgets render from the Jinja2 copies of their templates that Django ships: an agreement's
# admin page holds some 350 fields, and Jinja2 renders them in about a fifth less time. Every
# other template (the pages, the admin's own widgets) is Django's, found by the second engine;
# "django.forms" among the apps lets the admin's templates include the widgets' Django copies.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [Path(django.__file__).parent / "forms" / "jinja2"],
        "APP_DIRS": False,
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "negotiations.context_processors.as_recorded",
            ],
        },
    },
]

FORM_RENDERER = "django.forms.renderers.TemplatesSetting"  # the engines above, in order

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
# Test databases are named after the configured one, so two checkouts can test side by side.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME") or None}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Dated releases of every dataset (negotiations/exports/releases.py), served at /export/releases/.
RELEASES_ROOT = Path(os.environ.get("RELEASES_ROOT", BASE_DIR / "releases"))

# Stored public pages (tracker/page_store): kept under the versions of the scopes they show,
# which every write replaces after it commits, so an edit shows on the next request. The
# lifetime only bounds how long a page outlives a write made behind the app's back (e.g. in
# psql); 0 turns the store off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# How long a shared cache (a CDN, a proxy) may keep a reader's page, and serve it stale
# while it checks it again (ETag): an edit reaches such readers within about this long.
PUBLIC_MAX_AGE_SECONDS = int(os.environ.get("PUBLIC_MAX_AGE_SECONDS", "60"))

# The authority of the feeds' entry ids (tag: URIs, RFC 4151): a domain or email address
# the publisher holds, optionally with a date ("example.org,2026-05"). Set it once, before
# first publishing: a new authority makes every entry new to feed readers.
FEED_TAG_AUTHORITY = os.environ.get("FEED_TAG_AUTHORITY", "")

# The read-only JSON API (negotiations/api): public, JSON only, no sessions (so no CSRF),
# filtered by the pages' filter sets, described by an OpenAPI 3 schema.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON only: ?format= switches no renderer (?format=null answered 404).
    "URL_FORMAT_OVERRIDE": None,
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ceasefire Negotiation Tracker API",
    "DESCRIPTION": (
        "Read-only: negotiations, proposals with their terms and lifecycle, events, "
        "statements, positions, figures, actors and sources, each with the citations it "
        "rests on. Dates keep their precision and quantities their qualifier and the "
        "source's words. Lists take the same filters as the pages and exports."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the app's own static files, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # One name per set of choices: several records have a "kind", and phases and extensions
    # share their units of time.
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "negotiations.models.Actor.Kind",
        "EventKindEnum": "negotiations.models.Event.Kind",
        "MilestoneKindEnum": "negotiations.models.Milestone.Kind",
        "OtherTermKindEnum": "negotiations.models.OtherTerm.Kind",
        "ProposalKindEnum": "negotiations.models.Proposal.Kind",
        "ProposalLinkKindEnum": "negotiations.models.ProposalLink.Kind",
        "SourceKindEnum": "negotiations.models.Source.Kind",
        "DurationUnitEnum": "negotiations.models.proposals.DurationUnit",
        # A proposal's status keeps the name it had before implementation statements came.
        "StatusEnum": "negotiations.models.Proposal.Status",
        "ImplementationStatusEnum": "negotiations.models.implementation.ImplementationStatus",
        "ViolationKindEnum": "negotiations.models.Violation.Kind",
        "DeadlineKindEnum": "negotiations.models.Deadline.Kind",
    },
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Per process; at most 500 pages of 5 to 100 KB each: under 50 MB per worker.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
}
# Several app servers share one store of pages in Redis (Django's own Redis backend); the
# versions every edit replaces are in the database, which they share already.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    if not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured("CACHE_URL must be a redis://, rediss:// or unix:// URL.")
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "pages")
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Security and data integrity ----------------------------------------------------------
# What the app promises and how it is tested: README, "Security and data integrity".

INSTALLED_APPS += ["axes"]
MIDDLEWARE += [
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Inside every middleware that adds headers (security, CSP, frame options), so stored
    # pages get them afresh on every response; outside axes, which asks to be last.
    "tracker.page_store.middleware.PageStoreMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

# Content Security Policy: scripts and styles only from the app itself or carrying this
# response's nonce; never 'unsafe-inline' nor 'unsafe-eval'. htmx is configured for it in
# templates/base.html (no eval, no inline scripts or styles, requests to this site only).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Login throttling (django-axes): after 5 failures for one username from one address, that
# pair is locked out for 15 minutes; a successful login clears the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# Sessions and CSRF tokens are the admin's alone: browsers send them nowhere else, and
# tracker.middleware ignores them elsewhere, so public pages and the API read no cookie.
SESSION_COOKIE_PATH = "/admin/"
CSRF_COOKIE_PATH = "/admin/"

# Staff sessions end after an hour without a request, and when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_SECONDS", "3600"))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Where TLS ends: at a proxy in front that sets X-Forwarded-Proto (1), or at this server
# (0). Unset, `check --deploy` asks (tracker.W001): guessed wrong, every request would
# redirect to itself.
BEHIND_HTTPS_PROXY = env_flag("BEHIND_HTTPS_PROXY") if "BEHIND_HTTPS_PROXY" in os.environ else None

if not DEBUG:
    # Production is served over HTTPS only (`manage.py check --deploy` reports nothing).
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if BEHIND_HTTPS_PROXY:
        # Only behind a proxy that sets this header itself and strips it from clients.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
