"""Groups, memberships and page permissions as Wagtail evaluates them."""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from associations.access import MEMBERS_GROUP_NAME, MODERATORS_GROUP_NAME, WORKFLOW_NAME
from associations.models import AssociationAccess, Membership


def test_migration_creates_the_moderators_group_with_publish_rights_on_the_whole_tree(db):
    moderators = Group.objects.get(name=MODERATORS_GROUP_NAME)
    root = Page.get_first_root_node()
    codenames = set(
        GroupPagePermission.objects.filter(group=moderators, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page", "lock_page"} <= codenames
    assert moderators.permissions.filter(codename="access_admin").exists()


def test_moderators_may_manage_memberships_and_nominations(db):
    moderators = Group.objects.get(name=MODERATORS_GROUP_NAME)
    codenames = set(moderators.permissions.values_list("codename", flat=True))
    assert {"add_membership", "change_nomination", "view_submission", "change_topic"} <= codenames


def test_moderated_index_pages_get_the_association_workflow(world):
    for page in (world.association_index, world.guide_index, world.activity_index):
        assert page.get_workflow().name == WORKFLOW_NAME
    assert world.activity_b.get_workflow().name == WORKFLOW_NAME
    assert world.guide.get_workflow().name == WORKFLOW_NAME


def test_a_membership_adds_the_user_to_the_association_group(world):
    access = AssociationAccess.objects.get(association=world.association_a)
    groups = set(world.member_a.groups.values_list("name", flat=True))
    assert access.group.name in groups
    assert MEMBERS_GROUP_NAME in groups
    assert not world.member_a.groups.filter(pk=world.association_b.access.group_id).exists()


def test_deleting_the_membership_removes_every_right(world):
    Membership.objects.filter(user=world.member_a).delete()
    assert not world.member_a.groups.exists()
    assert not world.association_a.permissions_for_user(world.member_a).can_edit()


def test_member_rights_cover_the_own_association_subtree_only(world):
    member = world.member_a
    assert world.association_a.permissions_for_user(member).can_edit()
    assert world.activity_a.permissions_for_user(member).can_edit()
    assert world.association_a.permissions_for_user(member).can_add_subpage()
    for page in (
        world.association_b,
        world.activity_b,
        world.news_b,
        world.municipal_activity,
        world.guide,
        world.standard_page,
        world.home,
    ):
        assert not page.permissions_for_user(member).can_edit(), page


def test_members_can_never_publish_lock_or_unpublish(world):
    perms = world.activity_a.permissions_for_user(world.member_a)
    assert not perms.can_publish()
    assert not perms.can_unpublish()
    assert not perms.can_lock()
    assert not perms.can_delete()  # the activity is live
    assert not world.association_a.permissions_for_user(world.member_a).can_publish_subpage()


def test_members_may_add_guides_but_not_edit_other_peoples_guides(world):
    assert world.guide_index.permissions_for_user(world.member_a).can_add_subpage()
    assert not world.guide.permissions_for_user(world.member_a).can_edit()
    own = world.guide.copy(update_attrs={"slug": "eget", "owner": world.member_a, "live": False})
    assert own.permissions_for_user(world.member_a).can_edit()
    assert not own.permissions_for_user(world.member_b).can_edit()
