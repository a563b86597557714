import re
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from core.factories import TopicFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory
from subscriptions.models import Subscriber, Subscription

EMAIL = "karen.holm@example.com"


@pytest.fixture
def home(db):
    return home_for_default_site(title="Vallensbæk Kommune")


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, title="Nyheder")


@pytest.fixture
def sport(db):
    return TopicFactory(name="Idræt", slug="idraet")


@pytest.fixture
def renovation(home):
    index = RenovationIndexPageFactory(parent=home, title="Renoveringer")
    return RenovationProjectPageFactory(parent=index, title="Renoveringer: Pilegårdsskolen")


def run_worker():
    """The real db_worker for the subscriptions queue, until no task is due (as webhooks')."""
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command(
            "db_worker",
            "--batch",
            "--backend=subscriptions",
            "--queue-name=subscriptions",
            "--interval=0",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )


_capture = None


@pytest.fixture(autouse=True)
def _commits(django_capture_on_commit_callbacks):
    """Lets the helpers run what waits for the (test-wrapped) transaction to commit."""
    global _capture
    _capture = django_capture_on_commit_callbacks
    yield
    _capture = None


def committed():
    """Runs ``transaction.on_commit`` callbacks at the end of the block, as a commit would."""
    return _capture(execute=True)


def publish(page):
    with committed():
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def new_article(parent, **kwargs):
    """A draft article, then published once (its first publish)."""
    article = NewsArticlePageFactory(parent=parent, live=False, **kwargs)
    return publish(article)


def confirmed(email=EMAIL, *, language="da", frequency="immediate", **target):
    subscriber, _created = Subscriber.objects.get_or_create(
        email=email, defaults={"language": language, "confirmed_at": timezone.now()}
    )
    if "topic" in target:
        kind = Subscription.Kind.TOPIC
    elif target["page"].specific_class.__name__.endswith("ProjectPage"):
        kind = Subscription.Kind.PAGE
    else:
        kind = Subscription.Kind.SECTION
    return Subscription.objects.create(
        subscriber=subscriber,
        kind=kind,
        frequency=frequency,
        status=Subscription.Status.CONFIRMED,
        confirmed_at=timezone.now(),
        **target,
    )


def link_in(text: str, name: str) -> str:
    """The path of the first ``/abonnement/<name>/…`` link in an email body."""
    match = re.search(rf"https?://[^/\s]+(/(?:en/)?abonnement/{name}/[^\s\"<]+/)", text)
    assert match, f"no {name} link in {text!r}"
    return match.group(1)


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)
