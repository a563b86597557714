"""Demo pictures as Wagtail images, generated once and found again by title."""

from __future__ import annotations

from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.demo.images import make_image, make_logo

from .text import danish_slug

#: Every demo image lives in this collection; titles are unique inside it.
COLLECTION_NAME = "Demoindhold"


class ImageStore:
    """Creates demo images on first use and reuses them on every later run.

    The stable key of an image is its title inside the demo collection: the seed
    never regenerates a picture whose title already exists there.
    """

    def __init__(self, image_size: tuple[int, int] = (1600, 900), logo_size: int = 400):
        self.image_size = image_size
        self.logo_size = logo_size
        self.model = get_image_model()
        self.collection = self._collection()
        self.by_title = {
            image.title: image for image in self.model.objects.filter(collection=self.collection)
        }
        #: Demo images that existed before this run, and images made during it.
        self.existing = len(self.by_title)
        self.created = 0
        self._owner: dict[str, str] = {}

    def _collection(self) -> Collection:
        root = Collection.get_first_root_node()
        found = root.get_children().filter(name=COLLECTION_NAME).first()
        return found or root.add_child(name=COLLECTION_NAME)

    def _title_for(self, label: str, key: str) -> str:
        """``label``, numbered when another key already uses it, so each key keeps its picture."""
        title, number = label, 1
        while self._owner.setdefault(title, key) != key:
            number += 1
            title = f"{label} ({number})"
        return title

    def _get_or_create(self, title: str, alt: str, filename: str, draw):
        image = self.by_title.get(title)
        if image is None:
            image = self.model(
                title=title,
                description=alt,
                collection=self.collection,
                file=ContentFile(draw(), name=filename),
            )
            image.save()
            self.by_title[title] = image
            self.created += 1
        return image

    def picture(self, spec: dict, key: str):
        """The landscape picture for ``spec`` (``{"label", "alt"}``); ``key`` picks colours."""
        if not spec:
            return None
        label, alt = spec["label"], spec["alt"]
        return self._get_or_create(
            self._title_for(label, key),
            alt,
            f"demo-{danish_slug(key)}.jpg",
            lambda: make_image(label, key, size=self.image_size),
        )

    def logo(self, initials: str, key: str, name: str):
        """An association's round logo with its initials."""
        # Titles are the lookup key, so they are fixed Danish content, not translated UI.
        title, alt = f"Logo: {name}", f"Logo for {name}"
        return self._get_or_create(
            self._title_for(title, key),
            alt,
            f"logo-{danish_slug(key)}.png",
            lambda: make_logo(initials, key, size=self.logo_size),
        )
