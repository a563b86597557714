"""``manage.py seed_demo``: Danish demo content for Vallensbæk, optionally scaled up."""

import logging
import time
from contextlib import contextmanager

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail.models import Page

#: Loggers that write a line per page or task; quiet below --verbosity 2.
CHATTY_LOGGERS = ["wagtail", "django_tasks"]


@contextmanager
def quiet_loggers(names, enabled=True):
    """Raise ``names`` to WARNING for the duration, so progress lines stay readable."""
    loggers = [logging.getLogger(name) for name in names] if enabled else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Create the Danish demo content (home page, section indexes, news, activities, "
        "renovations, associations, guides, facilities, topics, audiences, contacts). "
        "Idempotent: content that exists (by slug under its parent, snippets by slug, "
        "images by title) is left alone. With --scale N, also add N synthetic pages for "
        "benchmarks; every --scale run adds another N."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Add N synthetic pages spread over the content types, written in bulk. "
            "Not idempotent on purpose: running it twice adds 2×N pages.",
        )
        parser.add_argument(
            "--batch-size", type=int, default=1000, help="Pages per bulk insert (--scale)."
        )
        parser.add_argument(
            "--update-index",
            action="store_true",
            help="Run update_index afterwards (bulk pages are not in the search index).",
        )
        parser.add_argument(
            "--small-images",
            action="store_true",
            help="Generate small pictures (faster; for tests).",
        )

    def handle(self, *args, **options):
        with quiet_loggers(CHATTY_LOGGERS, enabled=options["verbosity"] < 2):
            self.seed(**options)

    def seed(self, *, scale, batch_size, update_index, small_images, **options):
        from core import seeding
        from core.seeding.images import ImageStore
        from core.seeding.scale import seed_scale

        if scale < 0 or batch_size < 1:
            raise CommandError(_("--scale must be 0 or more and --batch-size at least 1."))
        started = time.monotonic()
        ctx = seeding.SeedContext(write=self.stdout.write)
        with transaction.atomic():
            ctx.images = (
                ImageStore(image_size=(320, 180), logo_size=96) if small_images else ImageStore()
            )
            seeding.run(ctx)
            ctx.report(_("Images"), ctx.images.created, ctx.images.existing)
        if scale:
            added = seed_scale(ctx, scale, batch_size=batch_size)
            self.stdout.write(_("Synthetic pages: %(count)d added") % {"count": added})
        self.write_page_counts()
        self.stdout.write(
            self.style.SUCCESS(
                _("Done in %(seconds).1f s.") % {"seconds": time.monotonic() - started}
            )
        )
        if update_index:
            call_command("update_index", verbosity=0)
        elif scale:
            self.stdout.write(
                _(
                    "Synthetic pages are not in the search index yet. "
                    "Run: python manage.py update_index"
                )
            )

    def write_page_counts(self):
        self.stdout.write(_("Pages per type:"))
        rows = (
            # depth 1 is Wagtail's invisible tree root, not a page anyone sees.
            Page.objects.filter(depth__gt=1)
            .values("content_type__app_label", "content_type__model")
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        for row in rows:
            model = apps.get_model(row["content_type__app_label"], row["content_type__model"])
            name = model._meta.verbose_name_plural if model else row["content_type__model"]
            self.stdout.write(f"  {name}: {row['count']}")
