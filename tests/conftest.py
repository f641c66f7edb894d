"""Shared fixtures: the Doha data, named users, and a real Chromium for browser tests."""

import gc
import os
import shutil

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import modify_settings
from pytest_django.live_server_helper import LiveServer

from negotiations.models import ExchangeCategory, Negotiation
from tracker.page_store.invalidation import everything_changed

from .browser_admin import PASSWORD as ADMIN_PASSWORD
from .builders import lifecycle_records
from .doha import DOHA, DOHA_ARTICLE, DOHA_FIXTURE
from .public_urls import crawl, html_pages, records_held

# The ``talks`` fixture of agreements entered through the admin, an agreement's
# implementation entered so (``implemented``) or written as records (``truce``), and a
# database migrated once.
pytest_plugins = [
    "tests.agreement_admin",
    "tests.implementation_admin",
    "tests.truce_records",
    "tests.fresh_database",
]

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# pytest-django lets a test reach the database only through its mark or these fixtures;
# ``migrated_from_zero`` builds one of the backend's own, and ``doha_for_the_module`` loads
# the module's data into the test database.
DATABASE_FIXTURES = {
    "migrated_from_zero",
    "doha_for_the_module",
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}
QUERY_COUNTING = {"django_assert_num_queries", "django_assert_max_num_queries"}


def pytest_addoption(parser):
    parser.addoption(
        "--run-slow",
        action="store_true",
        help="also run the tests marked slow (the 100-round race loops); CI runs them once",
    )


def pytest_collection_modifyitems(config, items):
    """Mark every test that drives Chromium as a browser test, and every test that cannot
    reach the database as one without it; skip slow ones unless asked."""
    run_slow = config.getoption("--run-slow")
    skip = pytest.mark.skip(reason="slow: run with --run-slow (make test RUN_SLOW=1)")
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        if not item.get_closest_marker("django_db") and not fixtures & DATABASE_FIXTURES:
            item.add_marker(pytest.mark.without_database)
        if item.get_closest_marker("slow") and not run_slow:
            item.add_marker(skip)


def pytest_collection_finish(session):
    """Move what collection built (modules, Django, the drafter's tables) out of the garbage
    collector's sight and let it run less often: each pass of the collector walks every
    object still tracked, and a test run makes many short-lived ones (four busy modules
    took 59 s with this against 61–67 s without)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


@pytest.fixture(autouse=True)
def page_cache(request, settings):
    """Each test starts with no stored pages; tests that count a view's queries store none."""
    from django.core.cache import caches

    from tracker.page_store.middleware import CACHE_ALIAS

    if QUERY_COUNTING & set(request.fixturenames):
        settings.PAGE_CACHE_SECONDS = 0
    caches[CACHE_ALIAS].clear()
    yield
    caches[CACHE_ALIAS].clear()


@pytest.fixture
def doha(request, db):
    """The Doha talks fixture in the test database: the module's shared copy where the module
    uses one (``doha_for_the_module``), else loaded for this test alone."""
    if "doha_for_the_module" not in request.fixturenames:
        call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    return Negotiation.objects.get(slug=DOHA)


@pytest.fixture
def with_lifecycle_records(doha):
    """A phase, a milestone and a link added to the Doha fixture, whose article gives none,
    so that every dataset has rows."""
    lifecycle_records(doha)


@pytest.fixture(scope="module")
def doha_for_the_module(django_db_setup, django_db_blocker):
    """The Doha fixture committed once for a whole module, emptied out when it is done.

    For modules whose tests each run in a transaction rolled back afterwards: they share one
    copy instead of loading it for each test, which takes a third of a second on PostgreSQL.
    A module opts in with ``pytest.mark.usefixtures("doha_for_the_module")``. Its tests that
    commit (``transactional_db``) run after all others, as pytest-django orders them, and
    the flush after each empties the copy.
    """
    with django_db_blocker.unblock():
        call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    yield
    with django_db_blocker.unblock():
        empty_the_tracker()


@pytest.fixture(scope="session")
def crawls():
    """This worker's crawls so far, by the records they were made of (``records_held``)."""
    return {}


@pytest.fixture(scope="module")
def crawled(doha_for_the_module, django_db_blocker, crawls):
    """{URL: content type} of every public URL of the module's Doha copy that answers 200
    (``public_urls.crawl``): crawled once for all the modules of a worker that read the
    same records, as each module's copy loads the same fixture with the same keys."""
    with django_db_blocker.unblock():
        held = records_held()
        if held not in crawls:
            crawls[held] = crawl(Client())
        return dict(crawls[held])


@pytest.fixture
def crawled_pages(crawled):
    """The crawled URLs that are HTML pages (not downloads), for browsers to open."""
    return html_pages(crawled)


def empty_the_tracker():
    """Remove every record of the tracker's own tables (not users, groups or the vocabulary
    migrate writes), as a migrated database has none; no stored page outlives them."""
    tables = [
        model._meta.db_table
        for model in apps.get_app_config("negotiations").get_models(include_auto_created=True)
        if model is not ExchangeCategory
    ]
    # DELETE, in any order (Django's foreign keys are checked at commit): the tables hold a
    # few hundred rows, and PostgreSQL's TRUNCATE, which a flush writes, takes 0.8 s for
    # them (new files for each table) against 0.07 s.
    with transaction.atomic(), connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        everything_changed()


@pytest.fixture
def article_text():
    """The article the fixture is seeded from."""
    if not DOHA_ARTICLE.exists():
        pytest.skip(f"the source article is not at {DOHA_ARTICLE}")
    return DOHA_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def editor(db):
    """A staff member who edits records in the admin."""
    return User.objects.create_superuser("editor", "editor@example.org", "correct horse battery")


@pytest.fixture
def outsider(db):
    """A logged-in account without staff rights."""
    return User.objects.create_user("outsider", "outsider@example.org", "correct horse battery")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def chromium_available():
    return os.access(CHROMIUM, os.X_OK) or shutil.which("chromium") is not None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium under Playwright; without it, skip (fail under REQUIRE_BROWSER=1)."""
    if not chromium_available():
        message = f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (REQUIRE_BROWSER=1)")
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; the test database is still
    # used synchronously, so Django's async-safety guard must stand aside here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def site(transactional_db, live_server, client):
    """The live server with the Doha fixture (and its history) committed, and an admin."""
    call_command("seed", str(DOHA_FIXTURE), verbosity=0)
    User.objects.create_superuser("admin", "admin@example.org", ADMIN_PASSWORD)
    return live_server.url


@pytest.fixture(scope="session")
def reading_server(django_db_setup, django_db_blocker):
    """A live server for the worker's whole run, over what a module has committed for its
    tests to read (its Doha copy, the XSS corpus), each test in a transaction rolled back.
    pytest-django's ``live_server`` empties every table after each test, so each test would
    load its data again (a second each). Stopped with the run, as that one is: a request
    thread still ending when a server stops would find the database no longer shared."""
    with django_db_blocker.unblock():
        server = LiveServer("localhost")
    with modify_settings(ALLOWED_HOSTS={"append": "localhost"}):
        yield server.url
    with django_db_blocker.unblock():
        server.stop()


@pytest.fixture
def reading_site(db, doha_for_the_module, reading_server):
    """For tests that only read the module's Doha copy: the server's address."""
    return reading_server


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
