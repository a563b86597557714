"""``/api/v3/preview/``: the draft an editor is previewing, for a headless frontend."""

from django.http import HttpRequest, HttpResponse
from ninja import Router
from wagtail.api.v3.routers.pages import PageDetailSchema

from core.api.errors import PROBLEM_RESPONSES
from core.preview import get_preview_page

router = Router(tags=["preview"])


@router.get(
    "/",
    response={200: PageDetailSchema, **PROBLEM_RESPONSES},
    url_name="preview_page",
    summary="Preview a draft",
    operation_id="preview_detail",
    description=(
        "The unpublished page state an editor is previewing, identified by the "
        "`content_type` and `token` the admin put in the frontend's preview URL."
    ),
)
def preview_page(request: HttpRequest, response: HttpResponse, content_type: str, token: str):
    # Draft content: never stored by a browser or a shared cache.
    response["Cache-Control"] = "private, no-store"
    return get_preview_page(content_type, token)
