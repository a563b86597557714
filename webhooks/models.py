"""Subscriptions (snippets in the admin) and the delivery log (one row per message and target)."""

import uuid

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from webhooks import targets
from webhooks.events import Event
from webhooks.forms import SubscriptionForm
from webhooks.secrets import generate_secret


def page_content_types():
    """Only page types can be chosen as a subscription's filter."""
    from wagtail.models import get_page_models

    ids = [ContentType.objects.get_for_model(model).pk for model in get_page_models()]
    return models.Q(pk__in=ids)


class Subscription(models.Model):
    name = models.CharField(_("name"), max_length=100)
    target_url = models.URLField(
        _("target URL"),
        max_length=500,
        help_text=_("The receiver's address; it gets a signed POST for each event."),
    )
    on_published = models.BooleanField(_("published"), default=True)
    on_unpublished = models.BooleanField(_("unpublished"), default=True)
    on_deleted = models.BooleanField(_("deleted"), default=True)
    on_moved = models.BooleanField(_("moved"), default=True)
    page_types = models.ManyToManyField(
        ContentType,
        blank=True,
        limit_choices_to=page_content_types,
        related_name="+",
        verbose_name=_("page types"),
        help_text=_("Only these page types; none chosen means all."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("Only pages in this language; empty means all languages."),
    )
    secret = models.CharField(_("signing secret"), max_length=100, default=generate_secret)
    previous_secret = models.CharField(
        _("previous signing secret"), max_length=100, blank=True, editable=False
    )
    previous_secret_expires_at = models.DateTimeField(
        _("previous secret valid until"), null=True, blank=True, editable=False
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("target_url"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("on_published"),
                        FieldPanel("on_unpublished"),
                        FieldPanel("on_deleted"),
                        FieldPanel("on_moved"),
                    ]
                )
            ],
            heading=_("Events"),
        ),
        FieldPanel("page_types", widget=forms.CheckboxSelectMultiple),
        FieldPanel("locale"),
        MultiFieldPanel(
            [
                FieldPanel("secret", read_only=True),
                FieldPanel("rotate_secret"),
                FieldPanel("grace_hours"),
            ],
            heading=_("Signing"),
        ),
        FieldPanel("active"),
    ]
    base_form_class = SubscriptionForm

    class Meta:
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.target_url:
            try:
                targets.resolve(self.target_url)
            except targets.TargetRefused as exc:
                raise ValidationError({"target_url": str(exc)}) from exc

    def wants(self, event: str) -> bool:
        return getattr(self, f"on_{event}", False)

    def signing_secrets(self, now=None) -> list[str]:
        """The current secret, and the previous one while its grace period lasts."""
        now = now or timezone.now()
        secrets = [self.secret]
        if (
            self.previous_secret
            and self.previous_secret_expires_at
            and self.previous_secret_expires_at > now
        ):
            secrets.append(self.previous_secret)
        return secrets

    def rotate_secret(self, grace_hours: int) -> None:
        """A new secret; the old one keeps signing alongside it for ``grace_hours``."""
        self.previous_secret = self.secret
        self.previous_secret_expires_at = timezone.now() + timezone.timedelta(hours=grace_hours)
        self.secret = generate_secret()
        self.save(update_fields=["secret", "previous_secret", "previous_secret_expires_at"])


class Delivery(models.Model):
    """One message to one subscription, with every attempt to deliver it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RETRYING = "retrying", _("Failed, will retry")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("subscription"),
    )
    message_id = models.CharField(_("message id"), max_length=64, unique=True, editable=False)
    event = models.CharField(_("event"), max_length=20, choices=Event.choices)
    page_id = models.PositiveIntegerField(_("page id"))
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last status code"), null=True)
    last_error = models.TextField(_("last error"), blank=True)
    token = models.CharField(max_length=32, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self):
        return f"{self.payload.get('type', self.event)} → {self.subscription}"

    @staticmethod
    def new_message_id() -> str:
        return f"msg_{uuid.uuid4().hex}"


class Attempt(models.Model):
    """One HTTP attempt: what the target answered, how fast, or why it failed."""

    delivery = models.ForeignKey(
        Delivery, on_delete=models.CASCADE, related_name="attempt_log", verbose_name=_("delivery")
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("time"), default=timezone.now)
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True)
    latency_ms = models.PositiveIntegerField(_("latency (ms)"), null=True)
    error = models.TextField(_("error"), blank=True)
    succeeded = models.BooleanField(_("succeeded"), default=False)

    class Meta:
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")
        ordering = ["delivery", "number"]

    def __str__(self):
        return f"{self.delivery.message_id} #{self.number}"
