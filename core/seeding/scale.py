"""``seed_demo --scale N``: N extra synthetic pages, written in bulk for benchmarks.

Every run adds another N pages (slugs end in their tree position, so they never clash).
Pages are built and inserted in batches, so memory stays flat however large N is.
"""

from __future__ import annotations

import functools
import random
import time

from django.db import reset_queries
from django.utils.translation import gettext as _

from . import tree
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
    ctx.report(_("Images for synthetic pages"), created, len(images) + len(logos) - created)
    return Resources.load(images, logos, ctx.locale)


def seed_scale(ctx, total: int, batch_size: int = 1000) -> int:
    """Add ``total`` synthetic pages spread over the content types; returns pages added."""
    resources = _resources(ctx)
    added = 0
    for kind, count in allocate(total):
        if not count:
            continue
        started = time.monotonic()
        writer = BulkPageWriter(tree.index(ctx, kind.index_key), kind.model)
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
                    _("  %(kind)s: %(done)d of %(count)d pages (%(seconds).1f s)")
                    % {
                        "kind": kind.model._meta.verbose_name_plural,
                        "done": done,
                        "count": count,
                        "seconds": time.monotonic() - started,
                    }
                )
        added += done
    return added
