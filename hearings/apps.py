from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HearingsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "hearings"
    verbose_name = _("Hearings")

    def ready(self):
        from core import cache_versions

        # Importing signals connects the decision emails on publish.
        from . import models, signals, views  # noqa: F401

        models.subpage_views.update(answer_form=views.answer_form, attachment=views.attachment)

        # Published answers and their files show on the hearing page (and its listings).
        cache_versions.invalidates("hearings.HearingAnswer", cache_versions.PAGES)
        cache_versions.invalidates("hearings.AnswerAttachment", cache_versions.PAGES)
