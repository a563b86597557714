"""Give the Kommunikation group the new export permission (``view_nomination`` no longer
exports). ``associations.signals.grant_model_permissions`` grants it after every migrate too;
this makes the grant part of the migration history, so a database restored without running
that signal has it as well."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = "Kommunikation"


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one is needed now.
    app_config = apps.get_app_config("recognition")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators = Group.objects.filter(name=MODERATORS).first()
    if moderators is None:
        return
    moderators.permissions.add(
        Permission.objects.get(content_type__app_label="recognition", codename="export_nomination")
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="recognition", codename="export_nomination"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("recognition", "0001_initial"),
        ("associations", "0002_groups_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
