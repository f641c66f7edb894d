from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PageStoreConfig(AppConfig):
    name = "tracker.page_store"
    label = "page_store"
    verbose_name = "Stored pages"

    def ready(self):
        from .invalidation import connect, everything_changed_after_migrate

        connect()
        post_migrate.connect(everything_changed_after_migrate)
