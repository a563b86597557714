"""``make backup`` / ``make restore`` (ops/backup.py) on PostgreSQL: a backup of the demo site,
restored into a fresh database and a fresh media directory, serves every page with every image
and document link working.

Runs in the PostgreSQL pass (it dumps the suite's test database with pg_dump and restores into
a new database on the same server, dropped afterwards). test_backup_sqlite.py covers SQLite.
"""

import html
import os
import shutil
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page

from core.querysets import listable
from home.models import StandardPage
from tests.faults.services import AppServer, app_env

ROOT = settings.BASE_DIR

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs PostgreSQL (runs in the PostgreSQL pass; SQLite: test_backup_sqlite.py)",
    ),
    pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump and pg_restore"),
]


class Links(HTMLParser):
    """Image sources and links to documents and media in one HTML page."""

    def __init__(self):
        super().__init__()
        self.images: set[str] = set()
        self.files: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" and attrs.get("src"):
            self.images.add(attrs["src"])
        href = attrs.get("href") or ""
        if tag == "a" and ("/documents/" in href or href.startswith(settings.MEDIA_URL)):
            self.files.add(href)


def links(body: str) -> Links:
    parser = Links()
    parser.feed(body)
    return parser


def database_url(name: str) -> str:
    s = connection.settings_dict
    auth = quote(s["USER"] or "postgres") + (f":{quote(s['PASSWORD'])}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def server_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(database_url("postgres"), autocommit=True) as conn:
        conn.execute(statement)


def backup_tool(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "ops/backup.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def demo_site(transactional_db, client):
    """The demo content plus a document linked from a page: ``{url: (title, links or None)}``.

    One page of each type is rendered before the backup (creating its renditions), so the
    restored site must show the very same image files for those.
    """
    # An earlier transactional test may have flushed the rows the migrations created.
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    started = time.monotonic()
    call_command("seed_demo", small_images=True, stdout=StringIO())
    seeded = time.monotonic()

    document = get_document_model().objects.create(
        title="Takstblad 2027",
        file=ContentFile(b"Takster for 2027\n", name="takstblad-2027.txt"),
    )
    page = listable(StandardPage.objects.all()).first()
    page.body.append(("document", {"document": document, "title": "Takstblad 2027"}))
    page.save_revision().publish()

    pages, seen_types = {}, set()
    for live in listable(Page.objects.filter(depth__gt=1)).specific().order_by("path"):
        before = None
        if type(live) not in seen_types or live.pk == page.pk:
            seen_types.add(type(live))
            response = client.get(live.url)
            assert response.status_code == 200, live.url
            before = links(response.content.decode())
        pages[live.url] = (live.title, before)
    assert "/documents/" in str(pages[page.url][1].files)
    print(f"seed {seeded - started:.1f} s, render {time.monotonic() - seeded:.1f} s")
    return pages


@pytest.fixture
def fresh_database():
    name = f"faults_restore_{uuid.uuid4().hex[:10]}"
    server_sql(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        server_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_restores_into_a_fresh_database_with_every_page_image_and_document(
    demo_site, fresh_database, tmp_path
):
    source = app_env(
        DATABASE_URL=database_url(connection.settings_dict["NAME"]),
        MEDIA_ROOT=settings.MEDIA_ROOT,
        BACKUP_DIR=tmp_path / "backups",
    )
    started = time.monotonic()
    backup = backup_tool(source, "backup")
    backed_up = time.monotonic()
    assert sorted(os.listdir(backup)) == ["database.dump", "manifest.json", "media.tar.gz"]

    restored_media = tmp_path / "media"
    target = app_env(DATABASE_URL=database_url(fresh_database), MEDIA_ROOT=restored_media)
    backup_tool(target, "restore", backup, "--yes")
    restored = time.monotonic()

    # The restored site, served with debug on so that it also serves /media/ itself.
    app = AppServer({**target, "DEBUG": "1"})
    app.start()
    try:
        pages = {}
        with ThreadPoolExecutor(4) as pool:
            for url, (status, _, body) in zip(
                demo_site, pool.map(app.get, demo_site), strict=True
            ):
                assert status == 200, (url, app.output())
                pages[url] = body.decode()
        targets = set()
        for url, (title, before) in demo_site.items():
            assert html.escape(title) in pages[url], url
            after = links(pages[url])
            if before is not None:
                # The same rendition files as before the backup: restored, not regenerated.
                assert after.images == before.images, url
                assert after.files == before.files, url
            targets |= {urlsplit(u).path for u in after.images | after.files}
        targets = sorted(targets)
        assert any("/documents/" in u for u in targets)
        with ThreadPoolExecutor(4) as pool:
            statuses = dict(zip(targets, (r[0] for r in pool.map(app.get, targets)), strict=True))
        assert {u: s for u, s in statuses.items() if s != 200} == {}
    finally:
        app.stop()
    print(
        f"backup {backed_up - started:.1f} s, restore {restored - backed_up:.1f} s, "
        f"serve+check {time.monotonic() - restored:.1f} s: {len(demo_site)} pages, "
        f"{len(targets)} images and documents"
    )
