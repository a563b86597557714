"""The main admin screens a Danish editor uses, for the language test."""

from django.urls import reverse


def main_admin_urls(page) -> dict[str, str]:
    """Screen name → URL; ``page`` is an editable page."""
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "pages explorer": reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        "page edit (incl. scheduling dialog)": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "documents": reverse("wagtaildocs:index"),
        "images": reverse("wagtailimages:index"),
        "locked pages report": reverse("wagtailadmin_reports:locked_pages"),
        "aging pages report": reverse("wagtailadmin_reports:aging_pages"),
        "site history report": reverse("wagtailadmin_reports:site_history"),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
        "snippets": reverse("wagtailsnippets:index"),
    }
