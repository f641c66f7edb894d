"""Rendered public pages kept per data version, so readers share one rendering of each page.

A stored page is found by the current data version token (``DataVersion``), which every
write to the tracker's data replaces: an edit shows on the very next request.
"""

import hashlib

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_save,
    pre_delete,
    pre_save,
)
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags
from simple_history.models import HistoricalChanges

from .models import DataVersion

#: The public pages kept; the exports stream and are never kept.
PUBLIC_PAGES = {
    "home",
    "timeline-all",
    "negotiation-status",
    "timeline",
    "proposal-list",
    "positions",
    "proposal-detail",
    "proposal-compare",
    "actor-detail",
    "source-detail",
    "export",
}

CACHE_ALIAS = "pages"


class PageCacheMiddleware:
    """Serve readers who are not signed in a stored copy of a page at the current data version."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "page_cache_key", None)
        if key is not None and is_storable(response):
            caches[CACHE_ALIAS].set(
                key, (response.content, list(response.items())), settings.PAGE_CACHE_SECONDS
            )
            for_readers(response, key)
        elif is_public_page(request) and settings.SESSION_COOKIE_NAME in request.COOKIES:
            # A signed-in editor's copy of a public page is theirs alone.
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def process_view(self, request, view, view_args, view_kwargs):
        if not is_cacheable(request):
            return None
        key = page_key(request, DataVersion.objects.current())
        if entity_tag(key) in parse_etags(request.headers.get("If-None-Match", "")):
            # The reader's copy is of the current data version: nothing to send again.
            return for_readers(HttpResponseNotModified(), key)
        stored = caches[CACHE_ALIAS].get(key)
        if stored is not None:
            content, headers = stored
            return for_readers(HttpResponse(content, headers=dict(headers)), key)
        request.page_cache_key = key
        return None


def entity_tag(key):
    """The page's ETag: its store key, which names the data version, so any edit changes it."""
    return f'"{key.removeprefix("page:")}"'


def for_readers(response, key):
    """A reader's page: its ETag, and a short life in shared caches (a CDN, a proxy), which
    may serve it a little longer while they check it again."""
    response["ETag"] = entity_tag(key)
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PUBLIC_MAX_AGE_SECONDS,
        stale_while_revalidate=settings.PUBLIC_MAX_AGE_SECONDS,
    )
    # A signed-in editor (a session cookie) must never get a reader's copy from a cache, and
    # the stored copy depends on the kind of request (page_key), a 304 included.
    patch_vary_headers(response, ["Cookie", "HX-Request", "HX-History-Restore-Request"])
    return response


def is_public_page(request):
    match = request.resolver_match
    return match is not None and match.url_name in PUBLIC_PAGES and not match.namespace


def is_cacheable(request):
    """A GET or HEAD of a public page by a reader who is not signed in."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and is_public_page(request)
        # No session cookie, no signed-in user: known without loading a session.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def page_key(request, data_version):
    """The data version, whether htmx asked for a partial, and the page's full address."""
    htmx = request.htmx
    kind = "restore" if htmx and htmx.history_restore_request else "htmx" if htmx else "page"
    address = request.get_full_path()
    digest = hashlib.sha256(f"{data_version}\n{kind}\n{address}".encode()).hexdigest()
    return f"page:{digest}"


def is_storable(response):
    """Only a complete, successful page that sets no cookie is shared between readers."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


# --- What invalidates the stored pages -----------------------------------------------


def new_data_version_before_write(sender, using, **kwargs):
    """Signal receiver: a write is coming, so the data gets a new version.

    Before the write, so that inside a transaction the version row is the first row it
    locks (see ``DataVersionQuerySet.bump``).
    """
    DataVersion.objects.using(using).bump()


def new_data_version_after_write(sender, using, **kwargs):
    """Signal receiver: outside a transaction the bump before a write commits before it."""
    if not connections[using].in_atomic_block:
        DataVersion.objects.using(using).bump()


def new_data_version_on_relation_change(sender, action, using, **kwargs):
    """Signal receiver for many-to-many changes (proposal mediators, event participants, …)."""
    if action.startswith("pre_"):
        new_data_version_before_write(sender, using)
    else:
        new_data_version_after_write(sender, using)


def tracker_models():
    """Every model whose rows a public page may show: the app's, except edit history."""
    for model in apps.get_app_config("negotiations").get_models(include_auto_created=True):
        if model is DataVersion or issubclass(model, HistoricalChanges):
            continue
        yield model


def connect_invalidation():
    """Bump the data version on every save, delete and many-to-many change of the app's models."""
    for model in tracker_models():
        uid = f"page_cache.{model._meta.label}"
        if model._meta.auto_created:
            # A many-to-many table: its rows change through m2m_changed, sent with it.
            m2m_changed.connect(new_data_version_on_relation_change, sender=model, dispatch_uid=uid)
            continue
        for signal in (pre_save, pre_delete):
            signal.connect(new_data_version_before_write, sender=model, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(new_data_version_after_write, sender=model, dispatch_uid=uid)


def new_data_version_after_migrate(using, **kwargs):
    """post_migrate receiver: data migrations write without the app's signals."""
    if DataVersion._meta.db_table in connections[using].introspection.table_names():
        DataVersion.objects.using(using).bump()
