"""Create the moderators' and members' groups and the moderation workflow.

Index pages that already exist get the workflow here; index pages created later get it from
``associations.signals``.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS = "Kommunikation"
MEMBERS = "Foreningsmedlemmer"
WORKFLOW = "Godkendelse af foreningsindhold"
TASK = "Godkendelse ved Kommunikation"
MODERATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
MODERATOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
)
MODERATED_INDEXES = (
    ("associations", "associationindexpage"),
    ("guides", "guideindexpage"),
    ("activities", "activityindexpage"),
)


def ensure_permissions(apps):
    # Permissions are normally created after all migrations; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    access_admin = perm("wagtailadmin", "access_admin")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    members, _ = Group.objects.get_or_create(name=MEMBERS)
    moderators.permissions.add(access_admin)
    members.permissions.add(access_admin)

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in MODERATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=root, permission=perm("wagtailcore", codename)
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, codename in MODERATOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=moderators, collection=root_collection, permission=perm(app_label, codename)
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    for app_label, model in MODERATED_INDEXES:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        for page in Page.objects.filter(content_type=content_type):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
            if model == "guideindexpage":
                GroupPagePermission.objects.get_or_create(
                    group=members, page=page, permission=perm("wagtailcore", "add_page")
                )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow.objects.filter(name=WORKFLOW).delete()
    GroupApprovalTask.objects.filter(name=TASK).delete()
    Group.objects.filter(name__in=[MODERATORS, MEMBERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("associations", "0001_initial"),
        ("guides", "0001_initial"),
        ("activities", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
