from django.apps import AppConfig


class DraftingConfig(AppConfig):
    name = "negotiations.drafting"
    label = "drafting"
    verbose_name = "Drafts from reports"
