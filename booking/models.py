"""Room booking: a facility's bookable rooms, their hours and closures, and the bookings.

A :class:`Booking` is what an association asked for (a one-off, or a weekly or
every-other-week series); :class:`BookingSlot` rows are its dated occurrences. Overlaps are
judged on slots (``booking.rules.overlapping``), and on PostgreSQL the database refuses two
approved slots of one room that overlap (``booking.constraints``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel


class BookingGroup(models.Model):
    """A named group other than an association that may book chosen rooms (e.g. Dagplejen,
    Seniorrådet). Its members are named accounts, or everyone in chosen user groups."""

    name = models.CharField(
        _("name"),
        max_length=100,
        unique=True,
        help_text=_("Shown publicly on the group's bookings, e.g. Dagplejen or Seniorrådet."),
    )
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        blank=True,
        related_name="booking_groups",
        help_text=_("The accounts that may book for the group."),
    )
    user_groups = models.ManyToManyField(
        "auth.Group",
        verbose_name=_("user groups"),
        blank=True,
        related_name="booking_groups",
        help_text=_("Everyone in these user groups may book for the group."),
    )

    panels = [FieldPanel("name"), FieldPanel("users"), FieldPanel("user_groups")]

    class Meta:
        verbose_name = _("booking group")
        verbose_name_plural = _("booking groups")
        ordering = ["name"]

    def __str__(self):
        return self.name


class BookableRoom(ClusterableModel):
    """The booking rules of one of a facility's rooms (``facilities.FacilityRoom``)."""

    room = models.OneToOneField(
        "facilities.FacilityRoom",
        verbose_name=_("room"),
        on_delete=models.CASCADE,
        related_name="booking",
    )
    step_free = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("The room can be reached without steps (lift or ramp)."),
    )
    hearing_loop = models.BooleanField(
        _("hearing loop"), default=False, help_text=_("The room has a hearing loop.")
    )
    associations_may_book = models.BooleanField(
        _("approved associations may book"),
        default=True,
        help_text=_("Members of active, published associations may request the room."),
    )
    groups_may_book = models.ManyToManyField(
        BookingGroup,
        verbose_name=_("named groups that may book"),
        blank=True,
        related_name="rooms",
        help_text=_("Groups other than associations that may request the room, e.g. Dagplejen."),
    )
    needs_approval = models.BooleanField(
        _("requests need approval"),
        default=True,
        help_text=_("Otherwise a request that fits the rules is confirmed at once."),
    )
    minimum_notice_days = models.PositiveSmallIntegerField(
        _("minimum notice (days)"),
        default=21,
        help_text=_("How many days ahead associations must request the room, e.g. 21."),
    )
    cancellation_deadline_hours = models.PositiveIntegerField(
        _("cancellation deadline (hours before)"),
        default=48,
        help_text=_("Associations can cancel a date until this many hours before it starts."),
    )
    max_cancellations_per_season = models.PositiveSmallIntegerField(
        _("cancellations per season"),
        default=8,
        help_text=_("How many dates an association may cancel itself per season."),
    )
    access_instructions = models.TextField(
        _("access instructions"),
        blank=True,
        help_text=_("E.g. the key box, a tag from the caretaker. Shown on approved bookings."),
    )

    panels = [
        FieldPanel("room"),
        MultiFieldPanel(
            [FieldPanel("step_free"), FieldPanel("hearing_loop")], heading=_("Accessibility")
        ),
        MultiFieldPanel(
            [
                FieldPanel("associations_may_book"),
                FieldPanel("groups_may_book"),
                FieldPanel("needs_approval"),
                FieldPanel("minimum_notice_days"),
                FieldPanel("cancellation_deadline_hours"),
                FieldPanel("max_cancellations_per_season"),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("access_instructions"),
        InlinePanel("hours", heading=_("Bookable hours"), label=_("bookable hours")),
        InlinePanel("closures", heading=_("Closures and holidays"), label=_("closure")),
    ]

    class Meta:
        verbose_name = _("bookable room")
        verbose_name_plural = _("bookable rooms")

    def __str__(self):
        return f"{self.room.name}, {self.room.facility.title}"

    @property
    def facility(self):
        return self.room.facility


class BookableHours(models.Model):
    """When associations may book the room on one weekday, e.g. Tuesday 16–22."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    room = ParentalKey(
        BookableRoom, verbose_name=_("room"), on_delete=models.CASCADE, related_name="hours"
    )
    weekday = models.PositiveSmallIntegerField(
        _("weekday"), choices=Weekday.choices, help_text=_("The day these hours apply to.")
    )
    start = models.TimeField(_("from"), help_text=_("From this time, e.g. 16:00."))
    end = models.TimeField(_("to"), help_text=_("Until this time, e.g. 22:00."))

    panels = [FieldPanel("weekday"), FieldPanel("start"), FieldPanel("end")]

    class Meta:
        verbose_name = _("bookable hours")
        verbose_name_plural = _("bookable hours")
        ordering = ["weekday", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="booking_hours_end_after_start"
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start:%H:%M}–{self.end:%H:%M}"


class Closure(models.Model):
    """Days the room cannot be booked: holidays, renovation, exams."""

    room = ParentalKey(
        BookableRoom, verbose_name=_("room"), on_delete=models.CASCADE, related_name="closures"
    )
    first_day = models.DateField(_("first day"), help_text=_("The first closed day."))
    last_day = models.DateField(
        _("last day"), help_text=_("The last closed day (the same day for one day).")
    )
    reason = models.CharField(
        _("reason"),
        max_length=200,
        blank=True,
        help_text=_("Shown publicly, e.g. Efterårsferie or Renovering."),
    )

    panels = [FieldPanel("first_day"), FieldPanel("last_day"), FieldPanel("reason")]

    class Meta:
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        ordering = ["first_day"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")),
                name="booking_closure_last_after_first",
            )
        ]

    def __str__(self):
        return f"{self.first_day}–{self.last_day} {self.reason}".strip()


class Season(models.Model):
    """A season round: requests sent in the window are allocated together, then published."""

    name = models.CharField(_("name"), max_length=100, help_text=_("E.g. Sæson 2027/28."))
    first_day = models.DateField(
        _("first day"), help_text=_("The first day of the season, e.g. Monday of week 33.")
    )
    last_day = models.DateField(
        _("last day"), help_text=_("The last day of the season, e.g. Sunday of week 26.")
    )
    window_opens = models.DateTimeField(
        _("request window opens"), help_text=_("From when associations can send requests.")
    )
    window_closes = models.DateTimeField(
        _("request window closes"),
        help_text=_("Requests sent after this are decided first come, first served."),
    )
    published_at = models.DateTimeField(
        _("allocation published"),
        null=True,
        blank=True,
        help_text=_("Set when the booking team publishes the allocation; empty until then."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel([FieldPanel("first_day"), FieldPanel("last_day")], heading=_("Season")),
        MultiFieldPanel(
            [FieldPanel("window_opens"), FieldPanel("window_closes")],
            heading=_("Request window"),
        ),
    ]

    class Meta:
        verbose_name = _("season")
        verbose_name_plural = _("seasons")
        ordering = ["-first_day"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.first_day and self.last_day and self.last_day <= self.first_day:
            errors["last_day"] = _("The season must end after it starts.")
        if self.window_opens and self.window_closes and self.window_closes <= self.window_opens:
            errors["window_closes"] = _("The request window must close after it opens.")
        if self.window_closes and self.first_day and self.window_closes.date() > self.first_day:
            errors.setdefault(
                "window_closes", _("The request window must close before the season starts.")
            )
        if errors:
            raise ValidationError(errors)


class Status(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Booking(models.Model):
    """An association's request for a room: once, or every (other) week between two dates."""

    class Repeat(models.TextChoices):
        ONCE = "once", _("Once")
        WEEKLY = "weekly", _("Every week")
        BIWEEKLY = "biweekly", _("Every other week")

    Status = Status

    room = models.ForeignKey(
        BookableRoom, verbose_name=_("room"), on_delete=models.CASCADE, related_name="bookings"
    )
    association = models.ForeignKey(
        "associations.AssociationPage",
        verbose_name=_("association"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    group = models.ForeignKey(
        BookingGroup,
        verbose_name=_("named group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bookings",
        help_text=_("Set instead of the association when a named group books."),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    purpose = models.CharField(
        _("purpose"), max_length=200, blank=True, help_text=_("E.g. gymnastics for children.")
    )
    repeat = models.CharField(
        _("repeat"), max_length=10, choices=Repeat.choices, default=Repeat.ONCE
    )
    first_date = models.DateField(_("date"))
    last_date = models.DateField(_("last date"), null=True, blank=True)
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("to"))
    excluded_dates = models.JSONField(_("excluded dates"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_decisions",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    season = models.ForeignKey(
        Season,
        verbose_name=_("season round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
        help_text=_("Set when the request was sent in the season's request window."),
    )
    allocated = models.BooleanField(
        _("given the time in the allocation"),
        default=False,
        help_text=_("The booking team chose this request when requests conflicted."),
    )
    access_code = models.CharField(
        _("door code"),
        max_length=40,
        blank=True,
        help_text=_(
            "Filled in by the booking team, e.g. 4711. Only in the approval email and the "
            "association's own booking list, never public."
        ),
    )
    reminded_at = models.DateTimeField(
        _("reminder sent"),
        null=True,
        blank=True,
        help_text=_("When the reminder before the first date was sent."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["first_date", "start_time", "pk"]
        permissions = [("manage_bookings", _("Can approve, decline and cancel bookings"))]
        constraints = [
            # Booked by exactly one association or one named group.
            models.CheckConstraint(
                condition=(
                    models.Q(association__isnull=False, group__isnull=True)
                    | models.Q(association__isnull=True, group__isnull=False)
                ),
                name="booking_one_booker",
            )
        ]

    def __str__(self):
        return f"{self.booker}: {self.room} {self.first_date} {self.start_time:%H:%M}"

    @property
    def booker(self) -> str:
        """Who booked, by name: the association's title or the named group's name."""
        if self.group_id:
            return self.group.name
        return self.association.title


class BookingSlot(models.Model):
    """One dated occurrence of a booking; its status can differ (one cancelled date)."""

    Status = Status

    booking = models.ForeignKey(
        Booking, verbose_name=_("booking"), on_delete=models.CASCADE, related_name="slots"
    )
    # The booking's room again, so that the database can compare slots of one room.
    room = models.ForeignKey(
        BookableRoom, verbose_name=_("room"), on_delete=models.CASCADE, related_name="slots"
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    cancelled_by_staff = models.BooleanField(_("cancelled by staff"), default=False)
    cancellation_reason = models.CharField(_("cancellation reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("booked slot")
        verbose_name_plural = _("booked slots")
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["room", "start"], name="booking_slot_room_start")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="booking_slot_end_after_start"
            )
        ]

    def __str__(self):
        return f"{self.booking.booker} {self.start:%Y-%m-%d %H:%M}"
