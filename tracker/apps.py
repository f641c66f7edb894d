"""The project's own app: its deployment checks."""

from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "Tracker"

    def ready(self):
        from . import checks  # noqa: F401  (registers them)
