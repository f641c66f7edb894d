"""Which pages the store keeps, and which scopes a write replaces: told by the app whose
pages they are, from its ``AppConfig.ready()`` (``invalidation.register_pages``), so that
the store imports nothing of it.

What an app registers (a module or any object) gives:

- ``TRACKER`` and ``EVERY_PAGE``: the scopes of the pages every write replaces, and of
  every stored page;
- ``is_stored_page(match)`` and ``of_page(match)``: whether a resolved address is a page
  kept in the store, and the scopes it shows;
- ``stored_models()``: the models whose rows a stored page may show;
- ``is_scoped(model)`` and ``of_rows(model, keys, using)``: whether rows of a model show
  only on some pages, and the scopes of the pages that show these rows.
"""

from django.core.exceptions import ImproperlyConfigured

_registered = None


def remember(scopes):
    """``invalidation.register_pages`` keeps what one app registers here."""
    global _registered
    if _registered is not None and _registered is not scopes:
        raise ImproperlyConfigured("The page store keeps the pages of one app.")
    _registered = scopes


def page_scopes():
    """What the registered app says its pages show: nothing is stored before it registers."""
    return _registered or _NoPages


class _NoPages:
    """No app registered: no page is stored, and a write replaces only the epoch's pages."""

    TRACKER = frozenset()
    EVERY_PAGE = frozenset()

    @staticmethod
    def is_stored_page(match):
        return False
