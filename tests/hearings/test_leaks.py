"""What hearings show the public, over every output they reach (#18 "Show in your closing note").

Outputs: the site (hearing page, its form, the index, the home page, the easy-read version), the
API (page detail and listing, ``/api/v3/hearings/``), RSS ``/feeds/hoeringer/``, search (site and
API), the sitemap, the screen feed's slides, the subscription emails received by the loopback
SMTP server, and the webhook payloads.

1. No answerer's email, no hidden address, no text of an answer awaiting moderation or rejected,
   no internal rejection reason, and no redacted passage.
2. A hearing hidden in any of the ways ``tests.visibility.HIDDEN`` makes (draft, expired, login
   or password restricted, scheduled, live before its go-live time) appears in none of them.
   Each maker's result is checked against the project's own rule (``core.querysets.is_listable``)
   first, so the test follows the rule rather than restating it.

A hearing whose *start* is ahead (state "kommende") is public by design: it is listed as
upcoming, and its form refuses answers (``test_answer_form``).
"""

import json

import pytest

from core.querysets import is_listable
from hearings.factories import HearingAnswerFactory
from hearings.models import HearingAnswer, HearingPage
from screens.factories import ScreenFactory
from tests.subscriptions.conftest import confirmed
from tests.subscriptions.conftest import run_worker as run_subscriptions_worker
from tests.visibility import HIDDEN
from tests.webhooks.conftest import subscribe
from webhooks.models import Delivery

pytestmark = pytest.mark.django_db

EMAIL = "hemmelig.borger@example.com"
HIDDEN_ADDRESS = "Skjultevej 99, 2625 Vallensbæk"
PUBLISHED_TEXT = "Planen om stationstorvet er god. Ring til mig på 12345678."
REDACTED = "Ring til mig på 12345678."
PENDING_TEXT = "Ikke modereret endnu: Kildevej 5"
REJECTED_TEXT = "Afvist svar om stationstorvet"
SECRETS = (
    EMAIL,
    HIDDEN_ADDRESS,
    REDACTED,
    PENDING_TEXT,
    REJECTED_TEXT,
    "venter@example.com",
    "afvist@example.com",
    "Intern begrundelse",
)
SUBSCRIBER = "abonnent@example.com"


@pytest.fixture
def answers(hearings):
    HearingAnswerFactory(
        hearing=hearings.hearing,
        name="Synlig Borger",
        email=EMAIL,
        address=HIDDEN_ADDRESS,
        hide_address=True,
        text=PUBLISHED_TEXT,
        redacted_passages=REDACTED,
        redaction_note="Telefonnummer skjult",
        status=HearingAnswer.Status.PUBLISHED,
    )
    HearingAnswerFactory(hearing=hearings.hearing, text=PENDING_TEXT, email="venter@example.com")
    HearingAnswerFactory(
        hearing=hearings.hearing,
        text=REJECTED_TEXT,
        email="afvist@example.com",
        status=HearingAnswer.Status.REJECTED,
        rejection_reason="Intern begrundelse",
    )
    return hearings


def body_of(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return f"{response.status_code} {body.decode()}"


def public_outputs(client, hearings, extra_pages=()) -> dict[str, str]:
    """Every public output hearings reach, as text; ``extra_pages`` are fetched by URL too."""
    screen = ScreenFactory(show_open_hearings=True)
    urls = {
        "page": hearings.hearing.url,
        "easy read": hearings.hearing.url + "?version=let",
        "form": hearings.form_url,
        "index": hearings.index.url,
        "home": hearings.home.url,
        "api page": f"/api/v3/pages/{hearings.hearing.pk}/",
        "api pages": "/api/v3/pages/?type=hearings.HearingPage&fields=*",
        "api hearings": "/api/v3/hearings/",
        "rss": "/feeds/hoeringer/",
        "search": "/soeg/?q=stationstorvet",
        "api search": "/api/v3/search/?q=stationstorvet",
        "search hidden": "/soeg/?q=skjult",
        "api search hidden": "/api/v3/search/?q=skjult",
        "sitemap": "/sitemap.xml",
        "screen": f"/api/v3/screens/{screen.key}/feed/",
    }
    urls.update({f"direct {url}": url for url in extra_pages})
    return {name: body_of(client.get(url)) for name, url in urls.items()}


def test_no_email_hidden_address_or_unmoderated_text_anywhere(client, answers):
    outputs = public_outputs(client, answers)

    published = "Planen om stationstorvet er god."
    for name in ("page", "api page"):
        assert published in outputs[name], name
    assert "Synlig Borger" in outputs["page"]
    assert answers.hearing.title in outputs["screen"] and answers.hearing.title in outputs["rss"]
    for name, body in outputs.items():
        for secret in SECRETS:
            assert secret not in body, (name, secret)


@pytest.mark.parametrize("how", sorted(HIDDEN))
def test_a_hidden_hearing_appears_in_no_public_output(client, answers, how):
    hidden = answers.add(slug="skjult-hoering", title="Skjult høring om stationstorvet")
    HearingAnswerFactory(
        hearing=hidden, text="Svar på den skjulte høring", status=HearingAnswer.Status.PUBLISHED
    )
    url, pk = hidden.url, hidden.pk
    HIDDEN[how](HearingPage.objects.get(pk=pk))
    assert not is_listable(HearingPage.objects.get(pk=pk)), how

    outputs = public_outputs(client, answers, extra_pages=[url, url + "svar/"])

    assert answers.hearing.title in outputs["rss"], "the visible hearing is still listed"
    for name, body in outputs.items():
        # A 404 for the URL asked for may repeat that URL (the language switcher); nothing more.
        traces = ("Skjult høring", "Svar på den skjulte høring")
        if not name.startswith("direct"):
            traces += ("skjult-hoering",)
        for trace in traces:
            assert trace not in body, (how, name, trace)
    detail = client.get(f"/api/v3/pages/{pk}/")
    assert detail.status_code == 404, how


@pytest.fixture
def listeners(answers, smtp_server):
    """A confirmed subscriber to the hearings section and a webhook receiver for every page."""
    confirmed(email=SUBSCRIBER, page=answers.index)
    subscribe("http://127.0.0.1:9/")
    return smtp_server


def hidden_hearings(hearings):
    """One new hearing per way a publish stays out of public output, published that way."""
    import datetime as dt

    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    from hearings.factories import HearingIndexPageFactory, HearingPageFactory

    def draft(title, slug, parent=hearings.index):
        return HearingPageFactory(parent=parent, title=title, slug=slug, live=False)

    made = {}
    page = draft("Skjult høring kladde", "skjult-kladde")
    page.save_revision()
    made["draft"] = page
    page = draft("Skjult høring planlagt", "skjult-planlagt")
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save_revision().publish()
    made["scheduled"] = page
    private_index = HearingIndexPageFactory(parent=hearings.home, slug="interne-hoeringer")
    PageViewRestriction.objects.create(
        page=private_index, restriction_type=PageViewRestriction.LOGIN
    )
    page = draft("Skjult høring privat", "skjult-privat", parent=private_index)
    page.save_revision().publish()
    made["restricted"] = page
    page = draft("Skjult høring udløbet", "skjult-udloebet")
    page.expire_at = timezone.now() - dt.timedelta(minutes=1)
    page.save_revision().publish()
    made["expired"] = page
    return made


def test_subscription_emails_and_webhooks_name_only_public_hearings(
    answers, listeners, django_capture_on_commit_callbacks
):
    from hearings.factories import HearingPageFactory

    # As a commit would: the subscription notices and webhook deliveries get queued.
    with django_capture_on_commit_callbacks(execute=True):
        made = hidden_hearings(answers)
        visible = HearingPageFactory(
            parent=answers.index, title="Ny høring om cykelstier", slug="cykelstier", live=False
        )
        visible.save_revision().publish()
    for how, page in made.items():
        assert not is_listable(HearingPage.objects.get(pk=page.pk)), how
    run_subscriptions_worker()

    emails = [message.text for message in listeners.messages_to(SUBSCRIBER)]
    assert emails and all("Ny høring om cykelstier" in text for text in emails)
    payloads = [json.dumps(d.payload, ensure_ascii=False) for d in Delivery.objects.all()]
    # (Restricting the new private section is itself announced, as "unpublished".)
    published = Delivery.objects.filter(event="published")
    assert {d.page_id for d in published} == {visible.pk}
    named = set(Delivery.objects.values_list("page_id", flat=True))
    assert not named & {page.pk for page in made.values()}
    for output in emails + payloads:
        for secret in SECRETS:
            assert secret not in output, secret
        for page in made.values():
            assert page.title not in output and page.slug not in output, page.title
