"""Every public URL of the tracker, found from negotiations.urls, so pages added later are covered.

Fuzzing, the XSS corpus and the read-only checks all walk this list instead of naming pages.
"""

import html
import itertools
import re
from urllib.parse import urlsplit

from django.apps import apps
from django.db import models
from django.urls import Resolver404, URLPattern, URLResolver, resolve, reverse
from django.urls.converters import IntConverter, SlugConverter, StringConverter

import negotiations.urls

# Every record staff edit: not the edit history, nor the fixed vocabulary of exchange
# categories that every migrate writes.
DOMAIN_MODELS = [
    model
    for model in apps.get_app_config("negotiations").get_models()
    if not model.__name__.startswith("Historical") and model.__name__ != "ExchangeCategory"
]


def walk(patterns, namespace=""):
    """(namespaced name, pattern) for every named pattern under ``patterns``."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from walk(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name, pattern


def public_urls():
    """(URL name, {keyword: converter}) for every named pattern in negotiations.urls."""
    found = []
    for name, pattern in walk(negotiations.urls.urlpatterns):
        converters = dict(getattr(pattern.pattern, "converters", {}))
        # A regular-expression pattern has no converters: its groups take any matching text.
        for group in pattern.pattern.regex.groupindex:
            converters.setdefault(group, StringConverter())
        found.append((name, converters))
    return found


def stored_values(converter, smallest_keys=6):
    """Values present in the database that fit ``converter``: slugs, primary keys, ...

    For numbers, the smallest few primary keys of any model: small fixtures number every
    model from 1, so these reach a record of each kind without trying thousands of ids.
    """
    if isinstance(converter, IntConverter):
        values = set()
        for model in DOMAIN_MODELS:
            values.update(model.objects.order_by("pk").values_list("pk", flat=True)[:smallest_keys])
        return sorted(values)[:smallest_keys]
    values = set()
    for model in DOMAIN_MODELS:
        for field in model._meta.fields:
            if isinstance(field, models.SlugField) or (
                not isinstance(converter, SlugConverter) and isinstance(field, models.CharField)
            ):
                values.update(model.objects.values_list(field.name, flat=True))
    return sorted(value for value in values if value and re.fullmatch(converter.regex, value))


class StoredValues:
    """``stored_values`` of each kind of converter, read once: ``stored[converter]``."""

    def __init__(self):
        self.by_kind = {}

    def __getitem__(self, converter):
        kind = type(converter), converter.regex
        if kind not in self.by_kind:
            self.by_kind[kind] = stored_values(converter)
        return self.by_kind[kind]


def records_held():
    """How many records of each kind the database holds and their highest keys: what tells
    apart the data two crawls are made of (the addresses they find are made of keys)."""
    held = []
    for model in DOMAIN_MODELS:
        summary = model.objects.aggregate(count=models.Count("pk"), last=models.Max("pk"))
        held.append((model._meta.label, summary["count"], summary["last"]))
    return tuple(held)


def crawl(client, limit=60, linked_limit=150):
    """{URL: its content type} for every public URL that answers 200: each pattern filled
    with stored values, plus the public URLs those pages link to (how downloads such as
    /export/events.csv are found); each URL is requested once."""
    found, pages = {}, {}

    def visit(url):
        response = client.get(url)
        if response.status_code == 200:
            found[url] = response["Content-Type"]
            if found[url].startswith("text/html"):
                pages[url] = response.content.decode()

    stored = StoredValues()
    for name, converters in public_urls():
        names = list(converters)
        choices = [stored[converter] for converter in converters.values()]
        for combination in itertools.islice(itertools.product(*choices), limit):
            visit(reverse(name, kwargs=dict(zip(names, combination, strict=True))))
    for url in linked_urls(pages, seen=set(found))[:linked_limit]:
        visit(url)
    return found


def linked_urls(pages, seen):
    """Same-site links on ``pages`` ({URL: HTML}) whose path is one of the public URL
    patterns and not in ``seen``."""
    public_names = {name for name, _ in public_urls()}
    seen, found = set(seen), []
    for text in pages.values():
        for href in re.findall(r'href="(/[^"#]*)"', text):
            href = html.unescape(href)
            if href in seen:
                continue
            seen.add(href)
            try:
                match = resolve(urlsplit(href).path)
            except Resolver404:
                continue
            if match.view_name in public_names:
                found.append(href)
    return found


def linked_path_values(urls):
    """For each public URL name, the path parameters of ``urls`` (the stored pages and
    their links)."""
    values = {}
    for url in urls:
        match = resolve(urlsplit(url).path)
        if match.kwargs and match.kwargs not in values.setdefault(match.view_name, []):
            values[match.view_name].append(match.kwargs)
    return values


def stored_pages(client):
    """The stored URLs that are HTML pages (not downloads), for browsers to open."""
    return html_pages(crawl(client))


def one_page_per_route(urls):
    """The first of ``urls`` for each URL pattern they resolve to: for what a route's view
    and the middleware decide alike for every record (cookies, headers), not what a
    record's own data could change."""
    routes = {}
    for url in urls:
        routes.setdefault(resolve(urlsplit(url).path).view_name, url)
    return list(routes.values())


def html_pages(crawled):
    """The URLs of ``crawl``'s answer that are HTML pages (not downloads)."""
    return [url for url, kind in crawled.items() if kind.startswith("text/html")]
