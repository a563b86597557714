from unittest import mock

import pytest
from django.core.management import call_command

from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from webhooks.models import Subscription


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    # The receiver runs on 127.0.0.1; tests that check the SSRF rule switch this off again.
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True
    settings.WEBHOOKS_CONNECT_TIMEOUT = 1
    settings.WEBHOOKS_READ_TIMEOUT = 1


@pytest.fixture
def news_index(db):
    home = home_for_default_site(title="Vallensbæk Kommune")
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def draft_article(news_index):
    return NewsArticlePageFactory(
        parent=news_index, title="Ny legeplads ved Strandparken", live=False
    )


def subscribe(url, **kwargs) -> Subscription:
    return Subscription.objects.create(name="Hovedsitet", target_url=url, **kwargs)


def run_worker():
    """The real db_worker, until no task is due (future retries stay queued).

    In-process, inside the test's transaction: the worker's ``close_old_connections()``
    would close that connection on PostgreSQL (autocommit is off in a test), so it is a
    no-op here; a real worker process keeps it.
    """
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        _call_worker()


def _call_worker():
    call_command(
        "db_worker",
        "--batch",
        "--backend=webhooks",
        "--queue-name=webhooks",
        "--interval=0",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page
