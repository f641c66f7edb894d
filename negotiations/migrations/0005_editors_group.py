"""Create the "Editors" group: staff who add and change every domain record, but never delete.

Deleting is left to admins (superusers). Permissions are normally created after all
migrations have run, so this migration creates the app's permissions first; the later
post_migrate pass then finds them in place.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
ACTIONS = ("add", "change", "view")


def create_editors_group(apps, schema_editor):
    using = schema_editor.connection.alias
    create_permissions(
        global_apps.get_app_config("negotiations"), verbosity=0, using=using, apps=apps
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    domain_models = [
        model._meta.model_name
        for model in apps.get_app_config("negotiations").get_models()
        if not model._meta.model_name.startswith("historical")
    ]
    codenames = [f"{action}_{name}" for name in domain_models for action in ACTIONS]
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="negotiations", codename__in=codenames
    )
    assert permissions.count() == len(codenames), "some negotiations permissions are missing"
    editors, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(
        name=EDITORS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("negotiations", "0004_domain_record_version"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
