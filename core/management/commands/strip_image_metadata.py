"""``manage.py strip_image_metadata``: re-encode stored originals that still carry EXIF & co.

Uploads are stripped as they arrive (``core.image_metadata``). This command does the same
for images stored before that, once after deploying; it is safe to run again (an image
without metadata is left alone) and to stop half-way.

For each image with metadata: the original is re-encoded (orientation applied, colour
profile kept), stored under a new private name, and the old file is deleted. Its renditions
are deleted too, because Willow copied the EXIF into them; Wagtail makes new ones on the
next request. Width, height, size and hash are updated. When the orientation turned the
picture, its focal point no longer fits and is cleared. The page cache is emptied at the
end, so no cached page points at a deleted rendition. A CDN in front keeps its copies until
they expire or are purged.
"""

import io

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from core import cache_versions
from core.image_metadata import clean_image_bytes, private_name

PROGRESS_EVERY = 100


def replace_original(image, data: bytes) -> None:
    """Store ``data`` as ``image``'s original and drop the old file and the renditions."""
    old_name = image.file.name
    storage = image.file.storage
    size = (image.width, image.height)
    with transaction.atomic():
        image.file.save(private_name(old_name), ContentFile(data), save=False)
        with PILImage.open(io.BytesIO(data)) as picture:
            image.width, image.height = picture.size
        image.file_size = len(data)
        image.file_hash = hash_filelike(io.BytesIO(data))
        if (image.width, image.height) != size:
            image.set_focal_point(None)
        image.save()
        image.renditions.all().delete()  # Wagtail deletes their files after the commit
        transaction.on_commit(lambda: storage.delete(old_name))


class Command(BaseCommand):
    help = (
        "Remove EXIF (GPS position, camera), XMP, IPTC and comments from stored original "
        "images, apply their orientation and delete their renditions. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report the images that carry metadata."
        )

    def handle(self, *args, dry_run=False, **options):
        images = get_image_model().objects.order_by("pk")
        total = images.count()
        found = unreadable = 0
        verb = "Would clean" if dry_run else "Cleaned"
        for number, image in enumerate(images.iterator(), start=1):
            try:
                with image.open_file() as f:
                    cleaned = clean_image_bytes(f.read())
            except Exception as error:  # a missing file or one Pillow cannot read
                unreadable += 1
                self.stderr.write(f"[{number}/{total}] #{image.pk} “{image.title}”: {error}")
                continue
            if cleaned is not None:
                found += 1
                if not dry_run:
                    replace_original(image, cleaned)
                self.stdout.write(f"[{number}/{total}] {verb} #{image.pk} “{image.title}”")
            elif number % PROGRESS_EVERY == 0:
                self.stdout.write(f"[{number}/{total}] …")
        if found and not dry_run:
            cache_versions.bump(*cache_versions.COUNTERS)
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {found} of {total} images"
                + (f"; {unreadable} could not be read" if unreadable else "")
                + "."
            )
        )
