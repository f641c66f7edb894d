"""Serve every reader a stored copy of a public page, with HTTP caching."""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags

from .models import PageVersion
from .registry import page_scopes

CACHE_ALIAS = "pages"


class PageStoreMiddleware:
    """A reader's page is stored under the tokens of the scopes it shows; a write replaces
    them (``invalidation``), so the next request renders it again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "page_store_key", None)
        if key is not None and is_storable(response):
            caches[CACHE_ALIAS].set(
                key, (response.content, list(response.items())), settings.PAGE_CACHE_SECONDS
            )
            for_readers(response, key)
        return response

    def process_view(self, request, view, view_args, view_kwargs):
        if not is_cacheable(request):
            return None
        scopes = page_scopes().of_page(request.resolver_match)
        key = page_key(request, PageVersion.objects.tokens(scopes))
        if entity_tag(key) in parse_etags(request.headers.get("If-None-Match", "")):
            # The reader's copy is of the current versions: nothing to send again.
            return for_readers(HttpResponseNotModified(), key)
        stored = caches[CACHE_ALIAS].get(key)
        if stored is not None:
            content, headers = stored
            return for_readers(HttpResponse(content, headers=dict(headers)), key)
        request.page_store_key = key
        return None


def entity_tag(key):
    """The page's ETag: its store key, which names the versions it shows, so an edit of any
    of them changes it."""
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
    # The stored copy depends on the kind of request (page_key), a 304 included; never on a
    # cookie, which public pages do not read (tracker.middleware).
    patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
    return response


def is_cacheable(request):
    """A GET or HEAD of a public page: the same for every reader, signed in or not, since
    no cookie reaches it (tracker.middleware)."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and page_scopes().is_stored_page(request.resolver_match)
    )


def page_key(request, tokens):
    """The scopes' tokens, whether htmx asked for a partial, and the page's full path: not
    its host, so that every server behind a proxy shares the copy (stored pages write no
    absolute address; the feeds and the API, which do, are not stored)."""
    htmx = request.htmx
    kind = "restore" if htmx and htmx.history_restore_request else "htmx" if htmx else "page"
    versions = " ".join(f"{scope}={token}" for scope, token in sorted(tokens.items()))
    address = request.get_full_path()
    digest = hashlib.sha256(f"{versions}\n{kind}\n{address}".encode()).hexdigest()
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
