from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUP = "Booking"


def group_permissions(apps, schema_editor):
    """The booking team keeps the named booking groups (a snippet): who they are, who is in
    them. Idempotent: ``tests.db_support`` runs it again after a flush."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="booking",
            codename__in=[
                "add_bookinggroup",
                "change_bookinggroup",
                "delete_bookinggroup",
                "view_bookinggroup",
            ],
        )
    )


def no_group_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=STAFF_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="booking", codename__endswith="_bookinggroup"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0003_booking_groups"),
    ]

    operations = [
        migrations.RunPython(group_permissions, no_group_permissions),
    ]
