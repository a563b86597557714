"""Email subscriptions: who asked for what, their consent, and what each was sent.

- :class:`Subscriber` is one email address, with its language and bounce count.
- :class:`Subscription` is one thing it follows (a topic, a section of the site or one page),
  pending until confirmed by the link in the confirmation email (double opt-in).
- :class:`Consent` records each step of that consent: what, when, from where, the exact text.
- :class:`Announcement` remembers which pages and page items (a renovation update) have been
  announced, so publishing again or re-saving never announces them again.
- :class:`Notice` is one item for one subscription; it is sent at most once (a unique
  constraint), immediately or in the weekly digest.
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def new_key() -> str:
    return secrets.token_urlsafe(12)


class Language(models.TextChoices):
    DANISH = "da", _("Danish")
    ENGLISH = "en", _("English")


class Subscriber(models.Model):
    email = models.EmailField(
        _("email"),
        unique=True,
        help_text=_("The address the emails go to, in lowercase."),
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language.choices,
        default=Language.DANISH,
        help_text=_("The language of the emails."),
    )
    key = models.CharField(
        _("link key"),
        max_length=32,
        default=new_key,
        editable=False,
        help_text=_("Part of every signed link; a new key makes all old links invalid."),
    )
    created_at = models.DateTimeField(
        _("created"), auto_now_add=True, help_text=_("When the address first subscribed.")
    )
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        help_text=_("When the address last confirmed a subscription by the emailed link."),
    )
    hard_bounces = models.PositiveSmallIntegerField(
        _("hard bounces"),
        default=0,
        help_text=_("Permanent delivery failures in a row since the last confirmation."),
    )
    last_bounce_at = models.DateTimeField(
        _("last bounce"), null=True, blank=True, help_text=_("When the last bounce came back.")
    )
    bouncing_since = models.DateTimeField(
        _("sending stopped"),
        null=True,
        blank=True,
        help_text=_("Set when the address bounced too often: nothing is sent to it any more."),
    )

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["email"]

    def __str__(self):
        return self.email

    @property
    def can_receive(self) -> bool:
        return self.bouncing_since is None


class Subscription(models.Model):
    class Kind(models.TextChoices):
        TOPIC = "topic", _("Topic")
        SECTION = "section", _("Section of the site")
        PAGE = "page", _("Single page")

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("Immediately")
        WEEKLY = "weekly", _("Weekly digest")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    subscriber = models.ForeignKey(
        Subscriber,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("subscriber"),
        help_text=_("The address that follows this."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        help_text=_("A topic, a section of the site (with everything below it) or one page."),
    )
    topic = models.ForeignKey(
        "core.Topic",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("topic"),
        help_text=_("For a topic: pages with this topic, in any language."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("For a section: new pages below it. For a single page: its news."),
    )
    frequency = models.CharField(
        _("frequency"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
        help_text=_("An email per new item, or one weekly digest."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.PENDING,
        help_text=_("Only confirmed subscriptions are sent anything."),
    )
    requested_language = models.CharField(
        _("requested language"),
        max_length=2,
        choices=Language.choices,
        default=Language.DANISH,
        help_text=_("The language asked for; it becomes the address's language when confirmed."),
    )
    created_at = models.DateTimeField(
        _("created"), auto_now_add=True, help_text=_("When it was asked for.")
    )
    confirmed_at = models.DateTimeField(
        _("confirmed"), null=True, blank=True, help_text=_("When it was confirmed.")
    )
    unsubscribed_at = models.DateTimeField(
        _("unsubscribed"), null=True, blank=True, help_text=_("When it was unsubscribed.")
    )

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["subscriber", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "topic"],
                condition=Q(topic__isnull=False),
                name="subscription_one_per_topic",
            ),
            models.UniqueConstraint(
                fields=["subscriber", "page"],
                condition=Q(page__isnull=False),
                name="subscription_one_per_page",
            ),
            models.CheckConstraint(
                condition=(Q(kind="topic", topic__isnull=False, page__isnull=True))
                | (Q(kind__in=["section", "page"], topic__isnull=True, page__isnull=False)),
                name="subscription_target_matches_kind",
            ),
        ]

    def __str__(self):
        return f"{self.subscriber}: {self.target_name}"

    @property
    def target_name(self) -> str:
        from subscriptions import targets

        return targets.name_of(self)


class Consent(models.Model):
    class Action(models.TextChoices):
        REQUESTED = "requested", _("Asked for on the website")
        CONFIRMED = "confirmed", _("Confirmed by the emailed link")

    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.CASCADE,
        related_name="consents",
        verbose_name=_("subscription"),
        help_text=_("What was consented to."),
    )
    action = models.CharField(
        _("action"), max_length=10, choices=Action.choices, help_text=_("Which step this was.")
    )
    text = models.TextField(_("consent text"), help_text=_("The exact text the person saw."))
    at = models.DateTimeField(_("when"), auto_now_add=True, help_text=_("When it happened."))
    ip_address = models.GenericIPAddressField(
        _("IP address"), null=True, blank=True, help_text=_("Where the request came from.")
    )
    user_agent = models.CharField(
        _("browser"), max_length=300, blank=True, help_text=_("The browser's user agent.")
    )
    source_url = models.CharField(
        _("from page"), max_length=500, blank=True, help_text=_("The page the form was on.")
    )

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["at"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class Announcement(models.Model):
    """A page or page item seen published once: it is announced then, and never again."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The page announced."),
    )
    key = models.CharField(
        _("item"), max_length=64, help_text=_("'page' for the page itself, or an item of it.")
    )
    created_at = models.DateTimeField(
        _("first seen"), auto_now_add=True, help_text=_("When it was first seen published.")
    )

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        constraints = [
            models.UniqueConstraint(fields=["page", "key"], name="announcement_once_per_item")
        ]

    def __str__(self):
        return f"{self.page_id}:{self.key}"


class Notice(models.Model):
    """One item for one subscription; sent at most once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENT = "sent", _("Sent")
        DROPPED = "dropped", _("Not sent")

    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("subscription"),
        help_text=_("Who it is for."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The page it is about."),
    )
    key = models.CharField(_("item"), max_length=64, help_text=_("The item of the page."))
    title = models.CharField(_("title"), max_length=300, help_text=_("The item's heading."))
    summary = models.TextField(_("summary"), blank=True, help_text=_("A short text."))
    url = models.URLField(_("address"), max_length=500, help_text=_("Where to read it."))
    status = models.CharField(
        _("status"),
        max_length=8,
        choices=Status.choices,
        default=Status.PENDING,
        help_text=_("Not sent: the page was no longer public, or the address bounced."),
    )
    attempts = models.PositiveSmallIntegerField(
        _("attempts"), default=0, help_text=_("Failed sending attempts.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, help_text=_("When queued."))
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, help_text=_("When sent."))

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "page", "key"], name="notice_once_per_subscription"
            )
        ]

    def __str__(self):
        return self.title
