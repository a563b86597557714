"""Which activity came from which event in which source (dedupe and updates by source id)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Source(models.TextChoices):
    EVENTDATABASEN = "eventdatabasen", _("Eventdatabasen")
    KULTUNAUT = "kultunaut", _("Kultunaut")


class ImportedEvent(models.Model):
    """One source event and the activity draft made from it; written by the importer only."""

    source = models.CharField(max_length=20, choices=Source.choices)
    source_id = models.CharField(max_length=100)
    source_url = models.URLField(max_length=500, blank=True)
    page = models.OneToOneField(
        "activities.ActivityPage", on_delete=models.CASCADE, related_name="imported_from"
    )
    #: SHA-256 of the mapped fields: an unchanged event is skipped, a changed one updated.
    checksum = models.CharField(max_length=64)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported event")
        verbose_name_plural = _("imported events")
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="eventimport_unique_id")
        ]

    def __str__(self):
        return f"{self.get_source_display()} {self.source_id}"
