"""Grant "Must sign in with two-factor authentication" to the Kommunikation group.

Whether it is enforced is the TWO_FACTOR_REQUIRED setting (on in production).
"""

from django.db import migrations

GROUP_NAME = "Kommunikation"  # associations.access.MODERATORS_GROUP_NAME at this point


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="accounts", model="twofactorpolicy"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="require_two_factor",
        defaults={"name": "Must sign in with two-factor authentication"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="accounts", codename="require_two_factor"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("associations", "0002_groups_and_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
