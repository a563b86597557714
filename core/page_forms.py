"""The admin form every project page type starts from."""

from wagtail.admin.forms import WagtailAdminPageForm

from core.slugs import danish_slug


class BasePageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the slug transliterated before Wagtail checks it is free.

    Cleaning the field (rather than only the model) makes "already in use" a form error on
    the slug the page will really get, instead of a failure when the page is saved.
    """

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        return slug if slug.isascii() else danish_slug(slug)
