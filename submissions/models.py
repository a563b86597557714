"""Suggestions from citizens without an account, held as drafts until moderators approve them."""

from __future__ import annotations

import datetime as dt
import logging

from django import forms as django_forms
from django.core.mail import send_mail
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from activities.models import ActivityIndexPage, ActivityPage
from associations.moderation import submit_for_moderation
from core.models import MunicipalitySettings
from guides.models import GuideIndexPage, GuidePage

from .forms import ActivitySuggestionForm, GuideSuggestionForm
from .public_form import PublicFormPage

logger = logging.getLogger(__name__)

SUBMISSIONS_COLLECTION_NAME = "Indsendte billeder"


class Submission(models.Model):
    """Who suggested a draft page; contact details never go into the page itself."""

    class Kind(models.TextChoices):
        ACTIVITY = "activity", _("Activity")
        GUIDE = "guide", _("Guide content")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Which form the suggestion came from."),
    )
    # Deleting the suggested page deletes who sent it: the contact details exist only to ask
    # about that suggestion. Rows left without a page by the earlier SET_NULL go with the
    # retention job (submissions.retention).
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The draft made from the suggestion, waiting for moderation."),
    )
    title = models.CharField(
        _("title"), max_length=255, help_text=_("The title the citizen gave the suggestion.")
    )
    name = models.CharField(
        _("name"), max_length=120, help_text=_("Who sent it. Never shown on the website.")
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_(
            "For the receipt and questions about the suggestion. Never shown on the website."
        ),
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_("For questions about the suggestion. Never shown on the website."),
    )
    #: Everything else the citizen typed into the form, by form field name, as text (the draft
    #: page may be edited since; this is what was sent). Shown with the form's own labels.
    answers = models.JSONField(_("what was sent"), default=dict, blank=True, editable=False)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("attached image"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text=_("Mark the suggestion handled once the draft has been reviewed."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def reference(self) -> str:
        """The number a sender quotes when they call or write ("F-1042")."""
        return f"F-{self.pk}"

    def form_class(self):
        forms = {self.Kind.ACTIVITY: ActivitySuggestionForm, self.Kind.GUIDE: GuideSuggestionForm}
        return forms[self.kind]

    def labelled_answers(self) -> list[tuple[str, str]]:
        """``(label, text)`` for each answer, in the form's order and with its labels; times
        in local time (Europe/Copenhagen), in the admin's language."""
        fields = self.form_class().base_fields
        rows = []
        for name, field in fields.items():
            if name not in self.answers:
                continue
            value = self.answers[name]
            if isinstance(field, django_forms.DateTimeField):
                value = date_format(
                    timezone.localtime(dt.datetime.fromisoformat(value)), "DATETIME_FORMAT"
                )
            rows.append((str(field.label), value))
        return rows


#: Stored in the submission's own fields, or not an answer at all (the honeypot).
NOT_ANSWERS = {"name", "email", "phone", "image", "homepage"}


def answers_as_text(form) -> dict[str, str]:
    """The form's cleaned answers as text; times as ISO 8601, an association by its name."""
    answers = {}
    for name, value in form.cleaned_data.items():
        if name in NOT_ANSWERS or name not in form.fields or value in (None, ""):
            continue
        answers[name] = value.isoformat() if isinstance(value, dt.datetime) else str(value)
    return answers


def _paragraphs(text: str) -> str:
    """Plain text from the form as safe rich-text HTML."""
    return linebreaks(escape(text.strip()))


def _submissions_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUBMISSIONS_COLLECTION_NAME).first()
    return existing or root.add_child(name=SUBMISSIONS_COLLECTION_NAME)


class SuggestionPage(PublicFormPage):
    """Shared behaviour: create a draft under the target index and submit it to moderation."""

    kind: str = ""
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def get_target_parent(self) -> Page:
        raise NotImplementedError

    def build_page(self, form, image) -> Page:
        raise NotImplementedError

    def process(self, form, request) -> None:
        parent = self.get_target_parent()
        image = None
        data = form.cleaned_data
        try:
            if data.get("image"):
                image = get_image_model()(
                    title=data["title"],
                    file=data["image"],
                    collection=_submissions_collection(),
                    description=data.get("image_alt", ""),
                )
                image.save()
            page = self.build_page(form, image)
            page.live = False
            page.slug = find_available_slug(parent, slugify(page.title) or "forslag")
            parent.add_child(instance=page)
            page.save_revision(log_action=True)
            submit_for_moderation(page, user=None)
            self.submission = Submission.objects.create(
                kind=self.kind,
                page=page,
                title=page.title,
                name=data["name"],
                email=data.get("email", ""),
                phone=data.get("phone", ""),
                answers=answers_as_text(form),
                image=image,
            )
        except Exception:
            # The transaction rolls back the rows; the stored file has to go by hand.
            if image is not None:
                image.file.delete(save=False)
            raise

    def receipt(self) -> tuple[str, str]:
        return self.submission.reference, self.submission.email

    def after_process(self, form, request) -> None:
        submission = getattr(self, "submission", None)
        if submission is None or not submission.email:
            return
        try:
            # Fixed text and a reference only: the address was typed by whoever sent the form,
            # so nothing they wrote may reach it from the municipality's address (phishing).
            send_mail(
                gettext("We have received your suggestion (reference %(reference)s)")
                % {"reference": submission.reference},
                render_to_string(
                    "submissions/emails/receipt.txt",
                    {
                        "reference": submission.reference,
                        "municipality": MunicipalitySettings.for_request_or_empty(request),
                    },
                ),
                None,
                [submission.email],
            )
        except Exception:
            # The suggestion is saved; a failing mail server must not turn it into an error.
            logger.exception("Receipt for submission %s could not be sent", submission.pk)


class ActivitySuggestionPage(SuggestionPage):
    """ "Foreslå en aktivitet": citizens suggest an activity for the calendar."""

    kind = Submission.Kind.ACTIVITY
    form_class = ActivitySuggestionForm
    submit_label = _("Send suggestion")

    class Meta:
        verbose_name = _("activity suggestion form")
        verbose_name_plural = _("activity suggestion forms")

    def get_form_kwargs(self):
        return {"locale": self.locale}

    def get_target_parent(self) -> Page:
        return ActivityIndexPage.objects.get(locale=self.locale)

    def build_page(self, form, image) -> Page:
        data = form.cleaned_data
        body = []
        if data.get("description"):
            body = [{"type": "paragraph", "value": _paragraphs(data["description"])}]
        return ActivityPage(
            title=data["title"],
            summary=data["summary"],
            body=body,
            start=data["start"],
            end=data["end"],
            address=data["address"],
            organiser=data.get("organiser"),
            is_free=not data.get("price_text"),
            price_text=data.get("price_text", ""),
            registration_url=data.get("registration_url", ""),
            image=image,
            image_alt=data.get("image_alt", "") if image else "",
        )


class GuideSuggestionPage(SuggestionPage):
    """Citizens and associations suggest content for the association guides."""

    kind = Submission.Kind.GUIDE
    form_class = GuideSuggestionForm
    submit_label = _("Send suggestion")

    class Meta:
        verbose_name = _("guide suggestion form")
        verbose_name_plural = _("guide suggestion forms")

    def get_target_parent(self) -> Page:
        return GuideIndexPage.objects.get(locale=self.locale)

    def build_page(self, form, image) -> Page:
        data = form.cleaned_data
        step = {
            "title": data["title"],
            "body": _paragraphs(data["text"]),
            "checklist": [],
            "downloads": [],
            "contact": None,
        }
        return GuidePage(
            title=data["title"], summary=data["summary"], steps=[{"type": "step", "value": step}]
        )
