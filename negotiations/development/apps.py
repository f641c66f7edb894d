from django.apps import AppConfig


class DevelopmentConfig(AppConfig):
    name = "negotiations.development"
    label = "development"
    verbose_name = "Development data"
