"""Helpers for the permission matrix: admin URLs per action and a database fingerprint."""

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

#: Pages a member of association A must never touch (World attribute names).
FOREIGN_TARGETS = [
    "association_b",
    "activity_b",
    "news_b",
    "municipal_activity",
    "guide",
    "standard_page",
    "home",
    "business_a",
    "business_b",
]
#: Pages a member of business A must never touch: associations' and the other business's.
FOREIGN_TARGETS_OF_BUSINESS = [
    "business_b",
    "association_a",
    "activity_a",
    "municipal_activity",
    "home",
]


def fingerprint(page: Page) -> tuple:
    """Everything an unauthorised request could change about a page and its surroundings."""
    page = Page.objects.get(pk=page.pk)
    return (
        page.title,
        page.slug,
        page.live,
        page.path,
        page.locked,
        page.latest_revision_id,
        page.live_revision_id,
        page.has_unpublished_changes,
        page.revisions.count(),
        page.workflow_states.count(),
        Page.objects.count(),
    )


def admin_requests(page: Page, world) -> dict:
    """``{action: (method, url, data)}`` for every admin page action of the matrix."""
    revision = page.get_latest_revision() or page.save_revision()
    own = world.association_a
    return {
        "edit (view)": ("get", reverse("wagtailadmin_pages:edit", args=[page.pk]), None),
        "edit (save draft)": (
            "post",
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {"title": "Overtaget", "slug": "overtaget"},
        ),
        "edit (publish)": (
            "post",
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {"title": "Overtaget", "slug": "overtaget", "action-publish": "1"},
        ),
        "preview": ("get", reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), None),
        "preview (post)": (
            "post",
            reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
            {"title": "Overtaget"},
        ),
        "view draft": ("get", reverse("wagtailadmin_pages:view_draft", args=[page.pk]), None),
        "revisions": (
            "get",
            reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
            None,
        ),
        "compare": (
            "get",
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]),
            None,
        ),
        "revert": (
            "post",
            reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]),
            {"title": "Overtaget"},
        ),
        "history": ("get", reverse("wagtailadmin_pages:history", args=[page.pk]), None),
        "workflow history": (
            "get",
            reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
            None,
        ),
        "copy": ("get", reverse("wagtailadmin_pages:copy", args=[page.pk]), None),
        "copy (post)": (
            "post",
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {
                "new_title": "Kopi",
                "new_slug": "kopi",
                "new_parent_page": str(own.pk),
                "copy_subpages": "",
                "publish_copies": "",
            },
        ),
        "move": ("get", reverse("wagtailadmin_pages:move", args=[page.pk]), None),
        "move (confirm)": (
            "post",
            reverse("wagtailadmin_pages:move_confirm", args=[page.pk, own.pk]),
            {},
        ),
        "delete": ("get", reverse("wagtailadmin_pages:delete", args=[page.pk]), None),
        "delete (post)": ("post", reverse("wagtailadmin_pages:delete", args=[page.pk]), {}),
        "unpublish": ("get", reverse("wagtailadmin_pages:unpublish", args=[page.pk]), None),
        "unpublish (post)": (
            "post",
            reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
            {},
        ),
        "lock": ("post", reverse("wagtailadmin_pages:lock", args=[page.pk]), {}),
        "privacy": ("get", reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), None),
        "add child": (
            "get",
            reverse("wagtailadmin_pages:add", args=["activities", "activitypage", page.pk]),
            None,
        ),
    }


def local(dt) -> str:
    return timezone.localtime(dt).strftime("%d.%m.%Y %H:%M")


def activity_form_data(page, **overrides) -> dict:
    """A complete admin edit form for an ActivityPage, as the browser would post it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "image": "",
        "image_alt": "",
        "start": local(page.start),
        "end": local(page.end),
        "recurrence": "",
        "recurrence_until": "",
        "excluded_dates": inline_formset([]),
        "facility": "",
        "address": page.address,
        "organiser": str(page.organiser_id or ""),
        "department": page.department,
        "price_text": "",
        "registration_url": "",
        "registration_deadline": "",
        "capacity_note": "",
        "accessibility_info": "",
        "body": streamfield([]),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "is_free": "on",
    }
    data.update(overrides)
    return nested_form_data(data)
