"""The live LIX meter in the page editor (registered from ``core.wagtail_hooks``)."""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _
from wagtail import hooks

from core.models.easy_read import EASY_READ_LIX_TARGET
from core.models.pages import SUMMARY_MAX_LENGTH
from core.readability import SUMMARY_GOOD_MAX

#: Text fields the meter watches, by their content path in the edit form.
LIX_FIELDS = ["summary", "body", "description", "steps", "intro", "hero_text", "easy_read"]
#: Fields with a stricter LIX target than the bands, e.g. the easy-read version (let dansk).
LIX_TARGETS = {"easy_read": EASY_READ_LIX_TARGET}


def lix_config() -> dict:
    return {
        "fields": LIX_FIELDS,
        "label": _("LIX"),
        "bands": {"easy": _("easy"), "medium": _("medium"), "hard": _("hard")},
        "nudge": _(
            "The text is hard to read. Try shorter sentences and shorter words. "
            "You can still save and publish."
        ),
        "summaryLength": _("%(count)s of %(max)s characters."),
        "summaryOk": _("Aim for one or two short sentences."),
        "summaryLong": _("Long summaries are cut on screens: aim for 200 characters or fewer."),
        "summaryMax": SUMMARY_MAX_LENGTH,
        "targets": LIX_TARGETS,
        "target": _("Target for easy Danish: LIX %(target)s or lower."),
        "overTarget": _(
            "Above the target for easy Danish. Use shorter sentences and everyday words."
        ),
        "summaryGoodMax": SUMMARY_GOOD_MAX,
    }


@hooks.register("insert_editor_js")
def lix_editor_js():
    return format_html(
        '<link rel="stylesheet" href="{}">{}<script src="{}" defer></script>',
        static("core/css/lix.css"),
        json_script(lix_config(), "lix-config"),
        static("core/js/lix.js"),
    )
