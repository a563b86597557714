"""Previewing drafts in a headless frontend, with wagtail-headless-preview.

When ``HEADLESS_PREVIEW_URL`` is set, every page gets a second preview mode, "External
frontend", next to the website preview. Choosing it stores the unsaved page state under a
signed token (``wagtail_headless_preview.PagePreview``) and shows the frontend at
``HEADLESS_PREVIEW_URL?content_type=<app.model>&token=<token>``. The frontend then reads
the draft from ``GET /api/v3/preview/?content_type=…&token=…``, in the same shape as
``/api/v3/pages/{id}/``.

The token is the only credential: it is signed, names one page state and is accepted for
``HEADLESS_PREVIEW_MAX_AGE`` seconds. Nothing else in the API ever returns draft content to
anonymous callers.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

HEADLESS_PREVIEW_MODE = "headless"


def headless_preview_enabled() -> bool:
    config = getattr(settings, "WAGTAIL_HEADLESS_PREVIEW", None) or {}
    return bool(config.get("CLIENT_URLS", {}).get("default"))


class HeadlessPreviewModeMixin(HeadlessPreviewMixin):
    """Adds "External frontend" to a page's preview modes, keeping the website preview."""

    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        if headless_preview_enabled():
            modes.append((HEADLESS_PREVIEW_MODE, _("External frontend")))
        return modes

    def serve_preview(self, request, mode_name):
        if mode_name == HEADLESS_PREVIEW_MODE:
            return HeadlessPreviewMixin.serve_preview(self, request, mode_name)
        # Skip wagtail-headless-preview's override: the website preview stays Wagtail's.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)


def get_preview_page(content_type: str, token: str) -> Page:
    """The page state stored under ``token``; ``Http404`` for anything not valid now."""
    app_label, _dot, model_name = content_type.partition(".")
    try:
        ct = ContentType.objects.get_by_natural_key(app_label, model_name.lower())
    except ContentType.DoesNotExist:
        raise Http404("Unknown content type.") from None
    model = ct.model_class()
    if model is None or not issubclass(model, HeadlessPreviewMixin):
        raise Http404("Unknown content type.")
    try:
        model.get_preview_signer().unsign(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
        preview = PagePreview.objects.get(content_type=ct, token=token)
    except (BadSignature, PagePreview.DoesNotExist):
        raise Http404("This preview link is invalid or has expired.") from None
    return preview.as_page()
