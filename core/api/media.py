"""The image and document querysets behind Wagtail API v3's ``/images/`` and ``/documents/``.

Wagtail lists every image and document outside a view-restricted collection, to anyone. That
published citizens' photos and members' files the moment they were uploaded, long before
moderation: titles, sizes and ``download_url``. Here both endpoints (listing, search and
detail) are narrowed with ``core.media.visible_media``:

- anonymous callers get only what public pages use;
- callers with an API token also get what their user sees in the admin (staff: everything;
  a member: their association's collection).

Writes (``POST``, ``PATCH``, ``DELETE``) are Wagtail's, behind its permission checks.

Images answer with ``alt`` beside Wagtail's fields (``ImageSchema`` below): the image's own
alt text, which a frontend needs to show it; the OpenAPI document says so.

``?search=`` with a NUL character is refused with a 422: PostgreSQL cannot take it, and
Wagtail's search would answer 500.
"""

from ninja import Field
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.documents.api.v3 import router as documents_router
from wagtail.images.api.v3 import router as images_router

from core.api.errors import invalid_query
from core.media import visible_media

_wagtail_get_images_queryset = images_router.get_images_queryset
_wagtail_get_documents_queryset = documents_router.get_documents_queryset


def _refuse_unsearchable(request) -> None:
    if "\x00" in request.GET.get("search", ""):
        raise invalid_query("search", "The search text must not contain NUL characters.")


def get_images_queryset(request):
    """Wagtail's images (restricted collections already left out), narrowed for the caller."""
    _refuse_unsearchable(request)
    return visible_media(_wagtail_get_images_queryset(request), request.user)


def get_documents_queryset(request):
    """Wagtail's documents (restricted collections already left out), narrowed likewise."""
    _refuse_unsearchable(request)
    return visible_media(_wagtail_get_documents_queryset(request), request.user)


class ImageSchema(images_router.ImageDetailSchema):
    """Wagtail's image, with the alt text a frontend shows it with.

    Keeps Wagtail's component name, so the document has one image schema for ``/images/``.
    """

    alt: str = Field(
        description="The image's alt text (its description in the admin); empty if none."
    )

    @staticmethod
    def resolve_alt(obj) -> str:
        return obj.default_alt_text or ""


PagedImageSchema = type(
    "PagedImageSchema",
    (WagtailLimitOffsetPagination.Output,),
    {"__annotations__": {"items": list[ImageSchema]}},
)


def _send_alt_with_images() -> None:
    """Answer every image operation with :class:`ImageSchema` instead of Wagtail's schema."""
    wagtail_paged = f"Paged{images_router.ImageDetailSchema.__name__}"
    for path_view in images_router.router.path_operations.values():
        for operation in path_view.operations:
            for status, model in list(operation.response_models.items()):
                fields = getattr(model, "model_fields", {})
                if "response" not in fields:
                    continue
                annotation = fields["response"].annotation
                if annotation is images_router.ImageDetailSchema:
                    replacement = ImageSchema
                elif getattr(annotation, "__name__", "") == wagtail_paged:
                    replacement = PagedImageSchema
                else:
                    continue
                operation.response_models[status] = operation._create_response_model(replacement)


def install() -> None:
    """Make Wagtail's image and document routers use the functions above.

    The routers look the functions up by name in their own module, so they are replaced
    there. Idempotent; fails loudly if a Wagtail upgrade moves them.
    """
    for module, name, replacement in (
        (images_router, "get_images_queryset", get_images_queryset),
        (documents_router, "get_documents_queryset", get_documents_queryset),
    ):
        if getattr(module, name, None) is None:
            raise RuntimeError(f"{module.__name__} no longer has {name}")
        setattr(module, name, replacement)
    _send_alt_with_images()
