"""``manage.py seed_demo``: the Danish demo site for Vallensbæk, from ``demo/data/``."""

import time
from pathlib import Path

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail.models import Page

from demo.context import CHATTY_LOGGERS, SeedContext, quiet_loggers
from demo.datafiles import DATA_DIR, DemoDataError
from demo.images import ImageStore
from demo.indexing import indexed_once
from demo.registry import registry


class Command(BaseCommand):
    help = (
        "Create the Danish demo content (home page, section indexes, news, activities, "
        "renovations, associations, guides, facilities, topics, audiences, contacts, "
        "screens) from the data files in demo/data/. Idempotent: content that exists (by "
        "slug under its parent, snippets by slug, images by title) is left alone. A data "
        "file that does not validate stops the run and nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--small-images",
            action="store_true",
            help="Generate small pictures (faster; for tests).",
        )
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=DATA_DIR,
            metavar="DIR",
            help="Read the data files from DIR instead of demo/data/.",
        )

    def handle(self, *args, **options):
        with quiet_loggers(CHATTY_LOGGERS, enabled=options["verbosity"] < 2):
            self.seed(small_images=options["small_images"], data_dir=options["data_dir"])

    def seed(self, *, small_images: bool, data_dir: Path):
        started = time.monotonic()
        ctx = SeedContext(write=self.stdout.write, data_dir=data_dir)
        try:
            # One transaction: a data file that fails half-way leaves nothing behind.
            with transaction.atomic(), indexed_once():
                ctx.images = ImageStore(ctx.data("images"), small=small_images)
                for seeder in registry.ordered():
                    seeder.run(ctx)
                ctx.report(_("Images"), ctx.images.created, ctx.images.existing)
        except DemoDataError as exc:
            if ctx.images is not None:
                ctx.images.discard_new_files()
            # The progress lines above reported work the rollback has undone.
            raise CommandError(f"{exc}\n" + _("Nothing was saved.")) from exc
        self.write_page_counts()
        self.stdout.write(
            self.style.SUCCESS(
                _("Done in %(seconds).1f s.") % {"seconds": time.monotonic() - started}
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
