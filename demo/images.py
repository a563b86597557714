"""Demo pictures as Wagtail images, drawn once from their specification and found by title.

A picture's specification is ``{"label", "alt"}`` next to the entry it belongs to; logos and
slide pictures follow the templates in ``images.toml``, which also names the collection and
the sizes.

Every picture's title is unique and belongs to one entry (its key). The title is how a later
run finds the picture again, so it must not depend on the order the entries are seeded in:
two entries asking for one title is a data error, never a numbered copy ("Foreningsdag (2)"
was a second, different drawing with the same name in the image library, issue #15.14).
"""

from __future__ import annotations

from collections.abc import Mapping

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection

from .datafiles import DataFile
from .drawing import make_image, make_logo
from .text import danish_slug
from .validation import validate


class ImageStore:
    """Creates demo images on first use and reuses them on every later run.

    The stable key of an image is its title inside the demo collection: the seed
    never regenerates a picture whose title already exists there, and a title belongs to one
    entry only.
    """

    def __init__(self, spec: DataFile, *, small: bool = False):
        sizes = spec.table("sizes")
        self.image_size = tuple(sizes["small_picture" if small else "picture"])
        self.logo_size = sizes["small_logo" if small else "logo"]
        self.templates = {name: spec.table(name) for name in ("logo", "slide")}
        self.model = get_image_model()
        self.collection = self._collection(spec.table("collection")["name"])
        self.by_title = {
            image.title: image for image in self.model.objects.filter(collection=self.collection)
        }
        #: Demo images that existed before this run, and images made during it.
        self.existing = len(self.by_title)
        self.created = 0
        self._owner: dict[str, str] = {}
        self._new_files: list = []

    @staticmethod
    def _collection(name: str) -> Collection:
        root = Collection.get_first_root_node()
        found = root.get_children().filter(name=name).first()
        return found or root.add_child(name=name)

    def _title_for(self, title: str, key: str) -> str:
        """``title``, claimed for ``key``; a ``ValueError`` when another key has claimed it.

        Raised inside ``demo.validation.building(entry)``, the error names the data-file entry.
        """
        owner = self._owner.setdefault(title, key)
        if owner != key:
            raise ValueError(
                _(
                    "the picture title “%(title)s” is already used by %(owner)s: give this "
                    "picture its own label (titles in the image library are unique)"
                )
                % {"title": title, "owner": owner}
            )
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
            validate(image)
            image.save()
            self._new_files.append(image.file)
            self.by_title[title] = image
            self.created += 1
        return image

    def picture(self, spec: Mapping | None, key: str):
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

    def slide_picture(self, title: str, key: str):
        """A picture for an info-screen slide, labelled and titled as images.toml's ``[slide]``
        says (the title names the screen, so a slide and a page about one event differ)."""
        template = self.templates["slide"]
        label, alt = (template[name].format(title=title) for name in ("label", "alt"))
        return self._get_or_create(
            self._title_for(template["title"].format(title=title), key),
            alt,
            f"demo-{danish_slug(key)}.jpg",
            lambda: make_image(label, key, size=self.image_size),
        )

    def logo(self, initials: str, key: str, name: str):
        """An association's round logo with its initials."""
        template = self.templates["logo"]
        title, alt = template["title"].format(name=name), template["alt"].format(name=name)
        return self._get_or_create(
            self._title_for(title, key),
            alt,
            f"logo-{danish_slug(key)}.png",
            lambda: make_logo(initials, key, size=self.logo_size),
        )

    def discard_new_files(self) -> None:
        """Delete the files drawn this run, for a run whose database work is rolled back."""
        for file in self._new_files:
            file.storage.delete(file.name)
        self._new_files.clear()
