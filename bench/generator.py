"""Synthetic pages for benchmarks, on top of the demo (``python -m bench.scale N``).

``run`` seeds the demo first (``seed_demo``, idempotent), then adds N synthetic pages
spread over the content types, written in bulk (``bench.bulk``): they point at the demo's
topics, contacts, facilities and associations. Every run adds another N pages (slugs end in
their tree position, so they never clash). Pages are built and inserted in batches, so
memory stays flat however large N is. Bulk pages are not in the search index: pass
``update_index`` or run ``manage.py update_index``. ``make bench`` gets here through
``bench/dbsetup.py``.
"""

from __future__ import annotations

import functools
import random
import sys
import time

from django.core.management import call_command
from django.db import reset_queries

from demo.context import CHATTY_LOGGERS, SeedContext, quiet_loggers
from demo.images import ImageStore

from .bulk import BulkPageWriter
from .synthetic import Resources, allocate

#: Pictures reused by every synthetic page (title, alt text); generated once.
POOL_PICTURES = [
    ("Syntetisk billede: Strand", "Tegnet landskab med strand, sol og bygninger"),
    ("Syntetisk billede: Mose", "Tegnet landskab med grønne bakker og vand"),
    ("Syntetisk billede: By", "Tegnet bybillede med huse ved vandet"),
    ("Syntetisk billede: Park", "Tegnet park med bakker og skyer"),
    ("Syntetisk billede: Havn", "Tegnet havn med bygninger og bølger"),
    ("Syntetisk billede: Skole", "Tegnet skolebygning på en bakke ved vandet"),
]
POOL_LOGOS = ["AB", "KF", "VS", "MO"]


def _resources(ctx) -> Resources:
    before = ctx.images.created
    images = [
        ctx.images.picture({"label": title, "alt": alt}, f"synthetic/{number}")
        for number, (title, alt) in enumerate(POOL_PICTURES)
    ]
    logos = [
        ctx.images.logo(initials, f"synthetic/logo/{initials}", f"syntetisk forening {initials}")
        for initials in POOL_LOGOS
    ]
    created = ctx.images.created - before
    ctx.write(
        f"Images for synthetic pages: {created} created, {len(images) + len(logos) - created} existed"
    )
    return Resources.load(images, logos, ctx.locale)


def seed_scale(ctx, total: int, batch_size: int = 1000) -> int:
    """Add ``total`` synthetic pages spread over the content types; returns pages added."""
    resources = _resources(ctx)
    added = 0
    for kind, count in allocate(total):
        if not count:
            continue
        started = time.monotonic()
        writer = BulkPageWriter(ctx.index(kind.index_key), kind.model)
        # Seeded by the first free position, so a run is reproducible on the same database.
        rng = random.Random(f"{kind.key}-{writer.next_step}")  # demo data, not secrets  # nosec B311
        done = 0
        while done < count:
            pages = []
            for _n in range(min(batch_size, count - done)):
                page = kind.build(resources, rng)
                writer.prepare(page)
                pages.append(page)
            after = None
            if kind.related:
                after = functools.partial(kind.related, resources, rng)
            writer.write(pages, after=after)
            # With DEBUG on, Django keeps the SQL of recent queries; bulk SQL is large.
            reset_queries()
            done += len(pages)
            if done % (batch_size * 10) == 0 or done == count:
                ctx.write(
                    f"  {kind.model._meta.verbose_name_plural}: {done} of {count} pages "
                    f"({time.monotonic() - started:.1f} s)"
                )
        added += done
    return added


def run(
    total: int,
    *,
    batch_size: int = 1000,
    update_index: bool = False,
    small_images: bool = False,
    write=print,
    stdout=None,
) -> int:
    """Seed the demo, add ``total`` synthetic pages, optionally index them; pages added."""
    call_command("seed_demo", small_images=small_images, stdout=stdout or sys.stdout)
    ctx = SeedContext(write=write)
    with quiet_loggers(CHATTY_LOGGERS):
        ctx.images = ImageStore(ctx.data("images"), small=small_images)
        added = seed_scale(ctx, total, batch_size=batch_size)
    write(f"Synthetic pages: {added} added")
    if update_index:
        call_command("update_index", verbosity=0)
    elif added:
        write(
            "Synthetic pages are not in the search index yet. Run: python manage.py update_index"
        )
    return added
