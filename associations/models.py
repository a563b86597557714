"""Associations ("foreninger") and their directory."""

from django.conf import settings
from django.db import models
from django.db.models.fields.related_descriptors import ForwardManyToOneDescriptor
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core import page_cache, pagination
from core.blocks import RICH_TEXT_FEATURES
from core.models import ContentPage, ImageAltMixin, IndexPage
from core.pagination import PAGE_PARAM, paginate
from core.sorting import danish_sort_key, initial_letter
from core.validators import validate_cvr
from news.models import NewsArticlePage


class AssociationIndexPage(IndexPage):
    subpage_types = ["associations.AssociationPage"]
    query_params = ("category", PAGE_PARAM)

    class Meta:
        verbose_name = _("association directory")
        verbose_name_plural = _("association directories")

    def get_directory(self, category: str = "") -> list[tuple[int, str]]:
        """``(pk, letter)`` of every active, public association in Danish alphabetical order
        (A–Z, Æ, Ø, Å), optionally of one category.

        Only ids and titles are read: Danish order is not the database's, so the whole list is
        sorted here (and remembered), and only the associations on the page shown are loaded.
        """

        def compute():
            associations = active_associations().descendant_of(self)
            if category:
                associations = associations.filter(category=category)
            rows = associations.order_by().values_list("pk", "title")
            ordered = sorted(rows, key=lambda row: (danish_sort_key(row[1]), row[0]))
            return [(pk, initial_letter(title)) for pk, title in ordered]

        # Sorting 10,000 titles the Danish way took 0.35 s: kept until the next publish.
        return page_cache.remembered(f"association-directory:{self.pk}:{category}", compute)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category = request.GET.get("category", "")
        if category not in AssociationPage.Category.values:
            if category:
                page_cache.dont_store(request)  # shows every association, like the plain page
            category = ""
        directory = self.get_directory(category)
        per_page = pagination.DIRECTORY_PER_PAGE
        shown = paginate(request, directory, per_page)
        # Read through the directory's own rule again: one not listable since is left out.
        pages = active_associations().in_bulk([pk for pk, _letter in shown.object_list])
        groups: dict[str, list] = {}
        for pk, letter in shown.object_list:
            if pk in pages:
                groups.setdefault(letter, []).append(pages[pk])
        # The letter index links every letter to the page where its first association is.
        first_page: dict[str, int] = {}
        for position, (_pk, letter) in enumerate(directory):
            first_page.setdefault(letter, position // per_page + 1)
        context["categories"] = AssociationPage.Category.choices
        context["current_category"] = category
        context["letter_groups"] = list(groups.items())
        context["letter_pages"] = list(first_page.items())
        context["associations"] = shown
        return context


class AssociationPage(ContentPage):
    """An association's profile; its own activities and news live beneath it."""

    class Category(models.TextChoices):
        SPORT = "sport", _("Sport and exercise")
        CULTURE = "culture", _("Culture and hobbies")
        SOCIAL = "social", _("Social and humanitarian")
        CHILDREN_YOUTH = "children_youth", _("Children and youth")
        SENIORS = "seniors", _("Seniors")
        NATURE = "nature", _("Nature and environment")
        HEALTH = "health", _("Health and patient associations")
        OTHER = "other", _("Other")

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The association's logo. The association's name is used as its alt text."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the association does and who it is for."),
    )
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
        help_text=_("Used to filter the association directory."),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("The association's public email address.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_("The association's public phone number."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The association's own website, if any.")
    )
    cvr = models.CharField(
        _("CVR number"),
        max_length=8,
        blank=True,
        validators=[validate_cvr],
        help_text=_("Optional. 8 digits."),
    )
    meeting_place = models.ForeignKey(
        "facilities.FacilityPage",
        verbose_name=_("meeting place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="associations",
        help_text=_("The facility where the association usually meets."),
    )
    membership_info = models.TextField(
        _("membership"), blank=True, help_text=_("Fees, how to join, trial sessions.")
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive associations are hidden from the directory."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("category"),
        FieldPanel("logo"),
        *ImageAltMixin.image_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website"), FieldPanel("cvr")],
            heading=_("Contact"),
        ),
        FieldPanel("meeting_place"),
        FieldPanel("membership_info"),
        FieldPanel("active"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("description"),
        index.SearchField("membership_info"),
        index.SearchField("category_label"),
        index.FilterField("category"),
        index.FilterField("active"),
    ]

    def category_label(self) -> str:
        """The category's name in the page's own language (indexed for search)."""
        from django.utils import translation

        with translation.override(self.locale.language_code):
            return str(self.get_category_display())

    api_fields = [
        *ContentPage.api_fields,
        "category",
        "logo",
        "description",
        "email",
        "phone",
        "website",
        "cvr",
        "meeting_place",
        "membership_info",
        "active",
    ]

    parent_page_types = ["associations.AssociationIndexPage"]
    subpage_types = ["activities.ActivityPage", "news.NewsArticlePage"]

    class Meta:
        verbose_name = _("association")
        verbose_name_plural = _("associations")

    def get_news(self, limit=5):
        """The association's newest public news articles."""
        # Its upcoming activities come from ``activity_tags`` in the template instead:
        # activities import associations (an activity's organiser), not the reverse.
        articles = NewsArticlePage.objects.listable().descendant_of(self)
        return articles.order_by("-date", "-pk")[:limit]


class SpecificPageDescriptor(ForwardManyToOneDescriptor):
    """Reads the page as its own type (``AssociationPage``, ``BusinessPage``), not ``Page``."""

    def get_object(self, instance):
        return super().get_object(instance).specific


class SpecificPageForeignKey(models.ForeignKey):
    """A foreign key to ``wagtailcore.Page`` whose accessor returns the specific page."""

    forward_related_accessor_class = SpecificPageDescriptor


class Membership(models.Model):
    """A user's membership of one member page, which grants editing rights to its subtree.

    A member page is an association (``AssociationPage``) or another page type registered
    with ``associations.access.register_member_page_type`` (a business, ``business``): the
    field keeps the name ``association`` and points at the page itself. Wagtail grants page
    permissions to groups, so every member page has its own group
    (``associations.access.ensure_association_access``); saving or deleting a membership
    keeps the user's group membership in step (``associations.signals``).
    """

    class Role(models.TextChoices):
        CONTACT = "contact", _("Contact person")
        EDITOR = "editor", _("Editor")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="association_memberships",
        help_text=_("The person's user account."),
    )
    association = SpecificPageForeignKey(
        "wagtailcore.Page",
        verbose_name=_("association or business"),
        on_delete=models.CASCADE,
        related_name="memberships",
        help_text=_("The association or business page the person may edit."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.EDITOR,
        help_text=_(
            "Contact persons are the municipality's main contact; editors only edit content."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["association__title", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "association"], name="unique_membership_per_association"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.association}"


class AssociationAccess(models.Model):
    """The Wagtail group and image collection that carry one association's editing rights.

    Created on the first membership (``associations.access.ensure_association_access``):
    the group gets add/change (never publish) on the association page's subtree and
    add/choose on its own collection, so members never see other associations' files.
    """

    association = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("association or business"),
        on_delete=models.CASCADE,
        related_name="access",
    )
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="+"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("association access")
        verbose_name_plural = _("association access")

    def __str__(self):
        return str(self.association)


def active_associations():
    """Public associations that are still active: the directory and the nomination form's list."""
    return AssociationPage.objects.listable().filter(active=True)
