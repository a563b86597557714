"""The choices of a stand application, shared by the model and the public form."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    BUSINESS = "business", _("Business")
    OTHER = "other", _("Other exhibitor")

    @classmethod
    def plural_label_of(cls, value: str) -> str:
        """The exhibitor list's heading for one kind."""
        return {
            cls.ASSOCIATION: _("Associations"),
            cls.BUSINESS: _("Businesses"),
            cls.OTHER: _("Other exhibitors"),
        }[value]


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Placement(models.TextChoices):
    INDOOR = "indoor", _("Indoor")
    OUTDOOR = "outdoor", _("Outdoor")
    EITHER = "either", _("Indoor or outdoor")


class Size(models.TextChoices):
    SMALL = "small", _("Small (2 × 2 m)")
    MEDIUM = "medium", _("Medium (3 × 3 m)")
    LARGE = "large", _("Large (3 × 6 m)")
