"""A real consumer: a typed client generated from the served OpenAPI document reads the demo.

At test time ``openapi-python-client`` generates a client from ``/api/v3/openapi.json`` as a
live server serves it (offline: no post hooks, so it calls nothing), the client is imported,
and it reads the demo content through HTTP: a listing, a detail of every page type, the
occurrences, each screen feed, images, documents and the public snippets. Every response must
parse into the generated models with its key fields set. Public reads use the plain
``Client`` (no ``Authorization`` header); one read with a staff token uses
``AuthenticatedClient``.

Skips when ``openapi-python-client`` is not installed; a document it cannot generate fails.
"""

from __future__ import annotations

import datetime as dt
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import APIToken, Page

from screens.models import Screen
from tests.browser_support import seed_demo_pages

PACKAGE = "vcms_generated_client"
GENERATOR = Path(sys.executable).with_name("openapi-python-client")
#: Printed at the end, for the record (pytest -s shows it).
REPORT: list[str] = []


def generator() -> str:
    found = str(GENERATOR) if GENERATOR.exists() else shutil.which("openapi-python-client")
    if not found:
        pytest.skip("openapi-python-client is not installed (make install-dev)")
    return found


def generate_client(document: bytes, directory: Path):
    """Generate the client package from ``document`` into ``directory`` and import it."""
    spec = directory / "openapi.json"
    spec.write_bytes(document)
    config = directory / "config.yaml"
    # No post hooks: the generator would otherwise run ruff over the output.
    config.write_text(f"post_hooks: []\npackage_name_override: {PACKAGE}\n")
    result = subprocess.run(
        [
            generator(),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(config),
            "--meta",
            "none",
            "--output-path",
            str(directory / PACKAGE),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # A warning means an endpoint was left out of the client.
    assert "Warning" not in output and "WARNING" not in output, output
    sys.path.insert(0, str(directory))
    try:
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]
        return importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(directory))


def api(module: str, operation: str):
    return importlib.import_module(f"{PACKAGE}.api.{module}.{operation}")


def parsed(response, model_name: str | None = None):
    """The parsed body of a 200 response, which must be of the generated ``model_name``."""
    assert response.status_code == 200, (response.status_code, response.content[:300])
    body = response.parsed
    assert body is not None
    if model_name:
        assert type(body).__name__ == model_name, (type(body).__name__, model_name)
    return body


def set_(value) -> bool:
    """Whether a generated field carries a value (not ``Unset``, not ``None``, not empty)."""
    return type(value).__name__ != "Unset" and value not in (None, "", [])


@pytest.fixture
def demo_server(transactional_db, live_server):
    """The demo seeded into the live server's database, plus one public document."""
    pages = seed_demo_pages("--small-images")
    Document = get_document_model()
    Document.objects.create(
        title="Takster for lokaleleje 2027",
        file=ContentFile(b"%PDF-1.4\n% Takster\n", name="takster-2027.pdf"),
    )
    return live_server, pages


def test_a_generated_client_reads_the_demo(demo_server, tmp_path):
    live_server, pages = demo_server
    pages = [page for page in pages if page.depth > 1]  # not the tree's root
    document = httpx.get(f"{live_server.url}/api/v3/openapi.json", timeout=60).content
    client_package = generate_client(document, tmp_path)
    client = client_package.Client(base_url=live_server.url, raise_on_unexpected_status=True)

    # A listing, in pages of 100.
    listing = parsed(api("pages", "pages_list").sync_detailed(client=client, limit=100))
    assert listing.count == len(pages)
    assert all(set_(item.title) and set_(item.meta.type_) for item in listing.items)
    REPORT.append(f"pages listing: {listing.count} pages, {len(listing.items)} in one response")

    # The typed card listings a frontend renders (#16.1), one request each, and fields=.
    for tag in ("news", "activities", "renovations", "associations", "guides", "facilities"):
        cards = parsed(api(tag, f"{tag}_list").sync_detailed(client=client, limit=50))
        assert cards.count > 0
        assert all(set_(card.title) and set_(card.meta.html_url) for card in cards.items)
        REPORT.append(f"{tag} cards: {cards.count}")
    news = parsed(
        api("news", "news_list").sync_detailed(client=client, fields="_,summary,date", limit=20)
    )
    assert news.items and all(set_(card.summary) and set_(card.date) for card in news.items)
    assert all(not set_(card.topics) for card in news.items), "fields= left out topics"

    # A detail of every page type, each parsed into its own generated model.
    first_of_type = {}
    for page in pages:
        first_of_type.setdefault(page.specific_class._meta.label, page)
    for label, page in sorted(first_of_type.items()):
        model = f"{page.specific_class.__name__}Schema"
        detail = parsed(api("pages", "pages_detail").sync_detailed(page.pk, client=client), model)
        assert detail.id == page.pk and detail.title == page.title
        assert detail.meta.type_ == label
        assert set_(detail.meta.html_url)
    REPORT.append(f"page details: {len(first_of_type)} page types, each its own model")
    news = parsed(
        api("pages", "pages_detail").sync_detailed(
            first_of_type["news.NewsArticlePage"].pk, client=client
        )
    )
    assert set_(news.summary) and set_(news.image.alt) and set_(news.image.web_small.url)

    # Occurrences in the coming month.
    today = timezone.localdate()
    occurrences = parsed(
        api("activities", "activities_occurrences").sync_detailed(
            client=client, from_=today, to=today + dt.timedelta(days=30), limit=100
        )
    )
    assert occurrences.count > 0
    for occurrence in occurrences.items:
        assert isinstance(occurrence.start, dt.datetime) and occurrence.start.utcoffset()
        assert set_(occurrence.activity.title) and set_(occurrence.activity.detail_url)
    REPORT.append(f"occurrences: {occurrences.count} in the next 30 days")

    # Every screen's feed.
    screens = list(Screen.objects.order_by("key"))
    assert screens
    slides = 0
    for screen in screens:
        feed = parsed(api("screens", "screens_feed").sync_detailed(screen.key, client=client))
        assert feed.screen.key == screen.key
        assert feed.slides and all(set_(slide.title) for slide in feed.slides)
        slides += len(feed.slides)
    REPORT.append(f"screen feeds: {len(screens)} screens, {slides} slides")

    # Images and documents, anonymously: what public pages use.
    images = parsed(api("images", "images_list").sync_detailed(client=client, limit=100))
    assert images.count > 0
    assert all(set_(image.title) and set_(image.alt) for image in images.items)
    image = parsed(api("images", "images_detail").sync_detailed(images.items[0].id, client=client))
    assert image.alt == images.items[0].alt and set_(image.meta.download_url)
    documents = parsed(api("documents", "documents_list").sync_detailed(client=client))
    REPORT.append(f"images: {images.count} public; documents: {documents.count} public")

    # The public snippets.
    for name in ("topics", "audiences", "contacts"):
        snippets = parsed(api("snippets", f"{name}_list").sync_detailed(client=client, limit=100))
        assert snippets.count > 0
        for item in snippets.items:
            assert set_(item.id) and set_(item.name)
        REPORT.append(f"{name}: {snippets.count}")

    # With a staff token, the documents the admin sees (the one no page uses included).
    user = get_user_model().objects.create_superuser("integration", "it@example.invalid", "x")
    _token, plaintext = APIToken.create_token(user=user, name="Generated client")
    authenticated = client_package.AuthenticatedClient(
        base_url=live_server.url, token=plaintext, raise_on_unexpected_status=True
    )
    all_documents = parsed(api("documents", "documents_list").sync_detailed(client=authenticated))
    assert "Takster for lokaleleje 2027" in [d.title for d in all_documents.items]
    assert all_documents.count > documents.count
    who = parsed(api("auth", "whoami").sync_detailed(client=authenticated), "WhoAmISchema")
    assert who.user.username == "integration"
    REPORT.append(f"documents with a staff token: {all_documents.count}")

    # Draft content never reaches the client.
    draft = pages[-1]
    Page.objects.filter(pk=draft.pk).update(live=False)
    missing = api("pages", "pages_detail").sync_detailed(draft.pk, client=client)
    assert missing.status_code == 404
    assert type(missing.parsed).__name__ == "ProblemDetail" and missing.parsed.status == 404

    print("\n".join(["generated client read:", *REPORT]))
