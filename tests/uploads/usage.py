"""Putting an image or a document on a published page, which is what makes it public."""

from home.factories import StandardPageFactory


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
