"""The base of every admin image form, so all of them validate through ``core.uploads``.

Kept apart from ``core.uploads``: Wagtail's image forms module needs the app registry, while
``core.uploads`` is imported by other apps' forms while models are still loading.
"""

from wagtail.images.forms import BaseImageForm

from core.uploads import ImageUploadField


class ImageForm(BaseImageForm):
    """Base of every admin image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.fields.get("file")
        if current is not None and not isinstance(current, ImageUploadField):
            # Built per form, like Wagtail's, so the limits follow the current settings.
            self.fields["file"] = ImageUploadField(
                label=current.label, required=current.required, widget=current.widget
            )
