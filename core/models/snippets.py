"""Translatable snippets shared by every content type: topics, audiences, contacts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject such as "Kultur" or "Trafik"; news and screens filter on it."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("The topic as citizens see it, e.g. Kultur or Trafik."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in web addresses and API filters. Lowercase letters and hyphens."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    api_fields = ["name", "slug"]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Audience(TranslatableMixin, index.Indexed, models.Model):
    """An audience ("målgruppe"): children, youth, adults, seniors, families, everyone."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("The audience as citizens see it, e.g. Børn or Seniorer."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in web addresses and API filters. Lowercase letters and hyphens."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers are shown first.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    api_fields = ["name", "slug"]
    search_fields = [index.SearchField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Contact(TranslatableMixin, index.Indexed, models.Model):
    """A person or department citizens can contact about a piece of content."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("A person or a department, e.g. Borgerservice.")
    )
    role = models.CharField(
        _("role or department"), max_length=120, blank=True, help_text=_("E.g. Kultur og Fritid.")
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("Shown on the website. Use a shared mailbox where possible."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_("Shown on the website, e.g. 43 97 97 00."),
    )
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("When citizens can call or visit, e.g. Mon–Thu 9–15."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("hours"),
    ]
    api_fields = ["name", "role", "email", "phone", "hours"]
    search_fields = [index.SearchField("name"), index.SearchField("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
