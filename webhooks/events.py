"""The page events a subscription can ask for, and their names on the wire."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Event(models.TextChoices):
    PUBLISHED = "published", _("Published")
    UNPUBLISHED = "unpublished", _("Unpublished")
    DELETED = "deleted", _("Deleted")
    MOVED = "moved", _("Moved")


def message_type(event: str) -> str:
    """The payload's ``type``: ``page.published`` and so on."""
    return f"page.{event}"
