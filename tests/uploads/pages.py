"""Pages that take uploads in or make them public: the suggestion form, a published page."""

import datetime as dt

from django.utils import timezone

from home.factories import StandardPageFactory


def suggestion(file, **overrides) -> dict:
    """What a citizen posts to "Foreslå en aktivitet", with ``file`` as the photo."""
    start = timezone.localtime() + dt.timedelta(days=10)
    return {
        "title": "Loppemarked på Pilegården",
        "summary": "Kom og gør et godt køb.",
        "start": start.strftime("%Y-%m-%dT10:00"),
        "end": start.strftime("%Y-%m-%dT14:00"),
        "address": "Pilegården, Vallensbæk",
        "image": file,
        "image_alt": "Borde med brugte ting",
        "name": "Karen Holm",
        "homepage": "",
        **overrides,
    }


def publish_on_a_page(*, image=None, document=None, parent=None, **kwargs):
    """A live standard page showing ``image`` as its main image and linking ``document``."""
    body = []
    if document is not None:
        body.append({"type": "document", "value": {"document": document.pk, "title": ""}})
    if parent is not None:
        kwargs["parent"] = parent
    return StandardPageFactory(
        title=kwargs.pop("title", "Praktisk information"),
        image=image,
        image_alt="Rådhuset set fra stationen" if image is not None else "",
        body=body,
        **kwargs,
    )
