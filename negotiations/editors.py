"""The Editors group: staff who add, change and view every record, and never delete one."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

EDITORS = "Editors"
ACTIONS = ("add", "change", "view")


def let_editors_edit(apps, schema_editor, model_names, app_label="negotiations"):
    """Give the Editors group, where it exists, the rights on these models (for a migration
    that adds kinds of record: ``apps`` is its state)."""
    using = schema_editor.connection.alias
    create_permissions(global_apps.get_app_config(app_label), verbosity=0, using=using, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{name}" for name in model_names for action in ACTIONS]
    permissions = Permission.objects.using(using).filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    for editors in Group.objects.using(using).filter(name=EDITORS):
        editors.permissions.add(*permissions)
