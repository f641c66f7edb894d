from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PageStoreConfig(AppConfig):
    name = "tracker.page_store"
    label = "page_store"
    verbose_name = "Stored pages"

    def ready(self):
        from .invalidation import everything_changed_after_migrate

        # The writes that replace pages are connected when the app whose pages they are
        # registers them (invalidation.register_pages).
        # Sent for this app after every migrate, once all data migrations have run.
        post_migrate.connect(everything_changed_after_migrate, sender=self)
