"""Sign-up ("tilmelding") for an activity, or for one date of a recurring activity.

A ``SignupOption`` holds the rules (places, deadline, waiting list, questions); a
``Registration`` is one citizen's sign-up: confirmed, on the waiting list, or cancelled.
Places are counted by ``signups.services`` with the option's row locked, so two people
taking the last place at once cannot both get it.
"""

from __future__ import annotations

import datetime as dt

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

MAX_SEATS = 20


class SignupOption(ClusterableModel):
    """Sign-up for an activity (all its dates) or for one of its dates."""

    activity = models.ForeignKey(
        "activities.ActivityPage",
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="signup_options",
        help_text=_("The activity people sign up for."),
    )
    occurrence_start = models.DateTimeField(
        _("only the date starting"),
        null=True,
        blank=True,
        help_text=_(
            "For a recurring activity: the start of the one date this sign-up is for. "
            "Leave empty to sign up for the activity as a whole."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
        help_text=_("How many people can take part."),
    )
    deadline = models.DateTimeField(
        _("sign-up deadline"),
        null=True,
        blank=True,
        help_text=_("The last time to sign up. Empty: until the activity starts."),
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_(
            "When full, later sign-ups go on a waiting list and move up when someone cancels."
        ),
    )
    is_open = models.BooleanField(
        _("open for sign-up"),
        default=True,
        help_text=_("Untick to stop new sign-ups without deleting anyone."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["activity__title", "occurrence_start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity"],
                condition=Q(occurrence_start__isnull=True),
                name="signups_one_whole_activity_option",
            ),
            models.UniqueConstraint(
                fields=["activity", "occurrence_start"],
                condition=Q(occurrence_start__isnull=False),
                name="signups_one_option_per_date",
            ),
        ]

    def __str__(self):
        if self.occurrence_start:
            return (
                f"{self.activity.title} {timezone.localtime(self.occurrence_start):%d.%m.%Y %H:%M}"
            )
        return self.activity.title

    # Dates --------------------------------------------------------------------------------

    def occurrence(self):
        """The activity's stored date this option is for (None: the whole activity)."""
        if self.occurrence_start is None:
            return None
        return self.activity.occurrences.filter(start=self.occurrence_start).first()

    def span(self) -> tuple[dt.datetime, dt.datetime]:
        """When what people sign up for starts and ends (all dates for the whole activity)."""
        occurrence = self.occurrence()
        if occurrence is not None:
            return occurrence.start, occurrence.end
        if self.occurrence_start is not None:  # the date was removed from the schedule
            return self.occurrence_start, self.occurrence_start
        dates = self.activity.occurrences.aggregate(
            first=models.Min("start"), last=models.Max("end")
        )
        return dates["first"] or self.activity.start, dates["last"] or self.activity.end

    @property
    def starts_at(self) -> dt.datetime:
        return self.span()[0]

    @property
    def ends_at(self) -> dt.datetime:
        return self.span()[1]

    def closes_at(self) -> dt.datetime:
        """The deadline, or the start when there is none (never after the start)."""
        start = self.starts_at
        return min(self.deadline, start) if self.deadline else start

    def closed_reason(self, now=None) -> str:
        """Why no one can sign up now, in Danish for the visitor; empty when open."""
        now = now or timezone.now()
        if self.occurrence_start is not None and self.occurrence() is None:
            return _("This date is no longer in the activity's schedule.")
        if self.ends_at <= now or self.starts_at <= now:
            return _("The activity has already taken place, so you can no longer sign up.")
        if self.deadline and self.deadline <= now:
            return _("The deadline for signing up has passed.")
        if not self.is_open:
            return _("Sign-up is closed.")
        return ""

    # Places -------------------------------------------------------------------------------

    def seats_taken(self) -> int:
        return (
            self.registrations.filter(status=Registration.Status.CONFIRMED).aggregate(
                total=Sum("seats")
            )["total"]
            or 0
        )

    def places_left(self) -> int:
        return max(0, self.capacity - self.seats_taken())

    def waiting_count(self) -> int:
        return self.registrations.filter(status=Registration.Status.WAITING).count()


class SignupQuestion(Orderable):
    """A question the sign-up form asks, e.g. "Antal personer" or a free-text comment."""

    class Kind(models.TextChoices):
        SEATS = "seats", _("Number of people (counts towards the places)")
        NUMBER = "number", _("Number")
        TEXT = "text", _("Free text")

    option = ParentalKey(SignupOption, related_name="questions", on_delete=models.CASCADE)
    label = models.CharField(
        _("question"), max_length=120, help_text=_("E.g. Antal personer, or Allergier.")
    )
    kind = models.CharField(
        _("answer type"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.TEXT,
        help_text=_("A number of people counts towards the places; at most one such question."),
    )
    required = models.BooleanField(
        _("required"), default=False, help_text=_("Tick when the question must be answered.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.label


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)


class Registration(models.Model):
    """One person's sign-up. Personal data: deleted after the activity (``retention.py``)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    option = models.ForeignKey(
        SignupOption,
        verbose_name=_("sign-up"),
        on_delete=models.CASCADE,
        related_name="registrations",
        help_text=_("What the person signed up for."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        editable=False,
        help_text=_("Confirmed, on the waiting list or cancelled."),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("The participant's name."))
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Where the confirmation and reminder go.")
    )
    phone = models.CharField(
        _("phone"), max_length=30, blank=True, help_text=_("For staff to call if plans change.")
    )
    #: The lower-cased email: one active sign-up per address and option (the constraint).
    email_key = models.CharField(max_length=254, blank=True, editable=False)
    seats = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SEATS)],
        help_text=_("How many places the sign-up takes."),
    )
    answers = models.JSONField(
        _("answers"), default=dict, blank=True, help_text=_("Answers to the sign-up questions.")
    )
    #: The random part of the signed cancel link (``tokens``); cleared when it has been used,
    #: so every link of this registration stops working at once.
    cancel_nonce = models.CharField(max_length=32, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)
    promoted_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["option", "email_key"],
                condition=~Q(status="cancelled") & ~Q(email_key=""),
                name="signups_one_active_registration_per_email",
            ),
        ]

    def __str__(self):
        return f"#{self.pk} {self.option}"

    def answers_text(self) -> str:
        return "; ".join(f"{label}: {value}" for label, value in self.answers.items() if value)
