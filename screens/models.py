"""Info screens ("infoskærme"): the screens themselves, manual slides and urgent alerts."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from core.models import ImageAltMixin


def default_locale_id():
    """The site's default content language, so a new screen shows Danish content."""
    try:
        return Locale.get_default().pk
    except Locale.DoesNotExist:
        return None


def active_q(now) -> Q:
    """Enabled and inside the optional [start, end) window."""
    return (
        Q(enabled=True)
        & (Q(start__isnull=True) | Q(start__lte=now))
        & (Q(end__isnull=True) | Q(end__gt=now))
    )


class Screen(index.Indexed, models.Model):
    """A physical info screen and the content it shows.

    A screen is a device, not content, so it is not translated: its ``locale`` says which
    language version of the content it plays.
    """

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("Landscape (1920×1080)")
        PORTRAIT = "portrait", _("Portrait (1080×1920)")

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_(
            "What staff call the screen, e.g. Rådhusets foyer. Shown on the screen while it loads."
        ),
    )
    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_(
            "Used in the screen's address, e.g. raadhus-foyer gives /screens/raadhus-foyer/."
        ),
    )
    location = models.CharField(
        _("location"), max_length=200, blank=True, help_text=_("Where the screen hangs.")
    )
    orientation = models.CharField(
        _("orientation"),
        max_length=10,
        choices=Orientation.choices,
        default=Orientation.LANDSCAPE,
        help_text=_("How the screen hangs; images are cut to fit."),
    )
    default_slide_seconds = models.PositiveSmallIntegerField(
        _("seconds per slide"),
        default=12,
        validators=[MinValueValidator(3), MaxValueValidator(300)],
        help_text=_("How long each slide shows unless the slide says otherwise (3–300)."),
    )
    active_from = models.TimeField(
        _("switched on from"),
        null=True,
        blank=True,
        help_text=_("Outside the active hours the screen only shows the clock. Empty: always."),
    )
    active_until = models.TimeField(
        _("switched on until"),
        null=True,
        blank=True,
        help_text=_("When the screen goes back to the clock, e.g. 22:00. Empty: always on."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
        default=default_locale_id,
        help_text=_("The language of the content the screen shows."),
    )

    news_topics = models.ManyToManyField(
        "core.Topic",
        blank=True,
        related_name="+",
        verbose_name=_("news topics"),
        help_text=_("Show the latest news about these topics."),
    )
    show_association_news = models.BooleanField(
        _("association news"), default=False, help_text=_("Show news written by associations.")
    )
    news_limit = models.PositiveSmallIntegerField(
        _("number of news"),
        default=5,
        validators=[MaxValueValidator(50)],
        help_text=_("At most this many news slides, the newest first (0–50)."),
    )
    activity_days = models.PositiveSmallIntegerField(
        _("activities in the next days"),
        default=7,
        validators=[MaxValueValidator(90)],
        help_text=_("0 shows no activities."),
    )
    activity_facility = models.ForeignKey(
        "facilities.FacilityPage",
        verbose_name=_("only activities at"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Show only activities in this building. Empty: activities everywhere."),
    )
    activity_limit = models.PositiveSmallIntegerField(
        _("number of activities"),
        default=10,
        validators=[MaxValueValidator(50)],
        help_text=_("At most this many activity slides, the soonest first (0–50)."),
    )
    bookings_facility = models.ForeignKey(
        "facilities.FacilityPage",
        verbose_name=_("today's bookings at"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A slide with today's room bookings in this building (a screen by the hall)."),
    )
    show_renovation_disruptions = models.BooleanField(
        _("current renovation disruptions"),
        default=False,
        help_text=_("Show renovation projects with a disruption today, e.g. a closed road."),
    )
    show_open_hearings = models.BooleanField(
        _("open hearings"),
        default=False,
        help_text=_("Show the hearings citizens can answer now, with a QR code to the form."),
    )
    show_manual_slides = models.BooleanField(
        _("manual slides"),
        default=True,
        help_text=_("Show the slides written for the screens."),
    )

    # Written from the cached heartbeat when staff open the screen list, never per poll.
    last_seen_at = models.DateTimeField(_("last contact"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("location"),
        FieldRowPanel([FieldPanel("orientation"), FieldPanel("default_slide_seconds")]),
        FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_until")]),
        FieldPanel("locale"),
        MultiFieldPanel(
            [
                FieldPanel("news_topics"),
                FieldPanel("show_association_news"),
                FieldPanel("news_limit"),
            ],
            heading=_("News"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("activity_days"),
                FieldPanel("activity_facility"),
                FieldPanel("activity_limit"),
            ],
            heading=_("Activities"),
        ),
        FieldPanel("bookings_facility"),
        FieldPanel("show_renovation_disruptions"),
        FieldPanel("show_open_hearings"),
        FieldPanel("show_manual_slides"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("location")]

    class Meta:
        verbose_name = _("screen")
        verbose_name_plural = _("screens")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"/screens/{self.key}/"

    def clean(self):
        super().clean()
        if bool(self.active_from) != bool(self.active_until):
            raise ValidationError(
                {"active_until": _("Give both the start and the end of the active hours.")}
            )


class ManualSlideQuerySet(models.QuerySet):
    def active(self, now=None):
        return self.filter(active_q(now or timezone.now()))

    def for_screen(self, screen):
        """Slides in the screen's language chosen for it, or for every screen."""
        return self.filter(locale_id=screen.locale_id).filter(
            Q(screens=screen) | Q(screens__isnull=True)
        )


class ManualSlide(TranslatableMixin, ImageAltMixin, index.Indexed, models.Model):
    """A slide written directly for the screens, e.g. "Borgerservice holder lukket fredag"."""

    title = models.CharField(
        _("title"),
        max_length=80,
        help_text=_("Large text people can read from across the room. At most 80 characters."),
    )
    text = models.TextField(
        _("text"),
        max_length=300,
        blank=True,
        help_text=_("A few short lines under the title. At most 300 characters."),
    )
    url = models.URLField(_("link"), blank=True, help_text=_("Shown on the screen as a QR code."))
    start = models.DateTimeField(
        _("show from"), null=True, blank=True, help_text=_("Empty: from now.")
    )
    end = models.DateTimeField(
        _("show until"), null=True, blank=True, help_text=_("Empty: until removed.")
    )
    enabled = models.BooleanField(
        _("enabled"),
        default=True,
        help_text=_("Switch off to stop showing the slide without deleting it."),
    )
    duration_seconds = models.PositiveSmallIntegerField(
        _("seconds on screen"),
        null=True,
        blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(300)],
        help_text=_("Empty: the screen's default."),
    )
    sort_order = models.SmallIntegerField(_("order"), default=0)
    screens = models.ManyToManyField(
        Screen,
        blank=True,
        related_name="manual_slides",
        verbose_name=_("screens"),
        help_text=_("Empty: every screen in this language."),
    )

    objects = ManualSlideQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        *ImageAltMixin.image_panels,
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("enabled"),
        FieldRowPanel([FieldPanel("duration_seconds"), FieldPanel("sort_order")]),
        FieldPanel("screens"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("manual slide")
        verbose_name_plural = _("manual slides")
        ordering = ["sort_order", "start", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = self.clean_image_alt()
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if errors:
            raise ValidationError(errors)

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.enabled
            and (self.start is None or self.start <= now)
            and (self.end is None or self.end > now)
        )


class AlertQuerySet(models.QuerySet):
    def active(self, now=None):
        return self.filter(active_q(now or timezone.now()))

    def enabled_not_ended(self, now=None):
        """Active alerts and those that will start later: what may change the display."""
        now = now or timezone.now()
        return self.filter(Q(enabled=True) & (Q(end__isnull=True) | Q(end__gt=now)))


class Alert(TranslatableMixin, index.Indexed, models.Model):
    """An urgent message: a banner on the website and a takeover of every screen."""

    class Severity(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")
        CRITICAL = "critical", _("Critical")

    message = models.TextField(
        _("message"),
        max_length=280,
        help_text=_(
            "Say what is happening and what to do, in plain words. At most 280 characters."
        ),
    )
    severity = models.CharField(
        _("severity"),
        max_length=10,
        choices=Severity.choices,
        default=Severity.WARNING,
        help_text=_("Critical wins over the others when several alerts are on at once."),
    )
    url = models.URLField(
        _("read more link"),
        blank=True,
        help_text=_("A page with more information. Shown as a link and on screens as a QR code."),
    )
    start = models.DateTimeField(
        _("show from"), null=True, blank=True, help_text=_("Empty: at once.")
    )
    end = models.DateTimeField(
        _("show until"), null=True, blank=True, help_text=_("Empty: until switched off.")
    )
    enabled = models.BooleanField(
        _("switched on"),
        default=False,
        help_text=_("An active alert shows on the website and takes over every screen."),
    )

    objects = AlertQuerySet.as_manager()

    panels = [
        FieldPanel("message"),
        FieldPanel("severity"),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("enabled"),
    ]
    search_fields = [index.SearchField("message")]

    #: Higher wins when several alerts are active at once.
    SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-start", "-pk"]

    def __str__(self):
        return self.message[:60]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.enabled
            and (self.start is None or self.start <= now)
            and (self.end is None or self.end > now)
        )
