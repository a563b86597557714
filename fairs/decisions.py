"""Telling an applicant that their stand application was accepted or declined, once.

Staff decide in the admin (``admin_views.StandApplicationEditView``); after the commit the
task ``fairs.tasks.tell_applicant`` sends the email. The application's row is locked while the
email goes out and ``decision_sent`` records the decision told, so saving the application again
(a typo in the note, a second click) sends nothing; changing the decision (accepted, then
declined) tells the new one. A failing mail server leaves ``decision_sent`` as it was: the next
save tries again.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.models import MunicipalitySettings

from .choices import Status
from .models import StandApplication

logger = logging.getLogger(__name__)

DECISIONS = (Status.ACCEPTED, Status.DECLINED)


def needs_telling(application: StandApplication) -> bool:
    return application.status in DECISIONS and application.decision_sent != application.status


def _message(application: StandApplication) -> EmailMessage:
    accepted = application.status == Status.ACCEPTED
    # The applicant reads Danish, whatever language the deciding staff member's admin is in.
    with translation.override(settings.LANGUAGE_CODE):
        values = {"fair": application.fair.title, "reference": application.reference}
        subject = (
            _("You have a stand at %(fair)s (reference %(reference)s)")
            if accepted
            else _("Your stand application for %(fair)s (reference %(reference)s)")
        ) % values
        body = render_to_string(
            "fairs/emails/decision.txt",
            {
                "accepted": accepted,
                "application": application,
                "fair": application.fair,
                "municipality": MunicipalitySettings.for_site_or_empty(
                    application.fair.get_site()
                ),
            },
        )
    return EmailMessage(subject, body, None, [application.contact_email])


def tell_applicant(application_id: int) -> str:
    """Email the decision unless it was told before; what happened, for the task's result."""
    with transaction.atomic():
        application = (
            StandApplication.objects.select_for_update()
            .select_related("fair")
            .filter(pk=application_id)
            .first()
        )
        if application is None or not needs_telling(application):
            return "nothing to tell"
        if not application.contact_email:
            return "no address"
        try:
            _message(application).send()
        except Exception:
            logger.exception("Decision on stand application %s could not be sent", application.pk)
            return "not sent"
        application.decision_sent = application.status
        application.save(update_fields=["decision_sent"])
    return f"told {application.status}"
