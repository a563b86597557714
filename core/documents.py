"""Document downloads: Wagtail's serve view, with headers that keep a downloaded file inert.

``cms/urls.py`` routes ``/documents/<id>/<filename>`` here. Wagtail's view runs the
``before_serve_document`` hooks (the collection's view restrictions, and ``core.media``'s rule
that a document no public page uses is not found) and streams the file from any storage, local
or S3 (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``). On top of that:

- the file response carries ``Content-Security-Policy: default-src 'none'; sandbox``: an HTML
  or SVG file that slipped in as a "document" cannot run script or reach the site's cookies
  even if a browser renders it (Wagtail itself sends only ``default-src 'none'``). django-csp
  leaves a header that is already set alone;
- ``Content-Disposition: attachment`` for every type (``WAGTAILDOCS_INLINE_CONTENT_TYPES = []``),
  checked again here;
- a document in a restricted collection, or one that no public page uses (served to its
  owners and staff only), is marked ``private, no-store`` so no CDN or shared cache keeps a
  copy that the next visitor would get without the privacy check.

The password form and the login redirect Wagtail returns for restricted documents are left as
they are (the form must be able to submit).
"""

from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

from core.media import public_media

DOCUMENT_CSP = "default-src 'none'; sandbox"


def serve(request, document_id, document_filename):
    """Serve a document like Wagtail does, then harden the file response's headers."""
    response = wagtail_serve(request, document_id, document_filename)
    is_file = response.streaming or response.status_code == 304
    if not is_file:
        return response
    response["Content-Security-Policy"] = DOCUMENT_CSP
    response["X-Content-Type-Options"] = "nosniff"
    disposition = response.get("Content-Disposition", "")
    if not disposition.startswith("attachment"):
        response["Content-Disposition"] = "attachment" + disposition[len("inline") :]
    documents = get_document_model().objects.select_related("collection")
    document = documents.get(pk=document_id)
    restricted = document.collection.get_view_restrictions().exists()
    if restricted or not public_media(documents.filter(pk=document.pk)).exists():
        patch_cache_control(response, private=True, no_store=True)
    return response
