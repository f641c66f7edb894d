from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_migrate, pre_save


class NegotiationsConfig(AppConfig):
    name = "negotiations"
    verbose_name = "Negotiations"

    def ready(self):
        from tracker.page_store.invalidation import register_pages

        from . import page_scopes as scopes
        from .models.base import keep_in_page_links
        from .models.terms import write_exchange_categories
        from .record_time.as_of import kept_in_links
        from .record_time.as_recorded import drop_views_before_migrate, make_views_after_migrate
        from .record_time.history import loaded_record_keeps_its_history
        from .triggers import drop_before_migrate, install_after_migrate

        # Which stored page shows which records: the page store asks them of the pages.
        register_pages(scopes)
        # A page shown as recorded on a day links to the others as on that day.
        keep_in_page_links(kept_in_links)

        pre_migrate.connect(drop_before_migrate, sender=self)
        post_migrate.connect(install_after_migrate, sender=self)
        post_migrate.connect(write_exchange_categories, sender=self)
        pre_save.connect(loaded_record_keeps_its_history)
        pre_migrate.connect(drop_views_before_migrate, sender=self)
        post_migrate.connect(make_views_after_migrate, sender=self)
