"""The public views: subscribe, confirm, one-click unsubscribe, manage.

Nothing here sends email: a subscription request queues the confirmation email
(``subscriptions.tasks``). The page after a request says the same whatever the address's
state, so the form tells nobody whether an address is subscribed already.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from core import ratelimit
from core.models import Topic
from submissions import form_quota
from submissions.public_form import HONEYPOT_FIELD
from subscriptions import targets, tokens
from subscriptions.forms import CONSENT_TEXT, ManageForm, SubscribeForm
from subscriptions.models import Consent, Notice, Subscriber, Subscription
from subscriptions.tasks import send_confirmation

SENT_PARAM = "sendt"


def client_rate_limit() -> str:
    """Accepted subscription requests per client (address + browser), default 10/h."""
    return getattr(settings, "SUBSCRIPTIONS_CLIENT_RATE_LIMIT", "10/h")


def address_rate_limit() -> str:
    """Confirmation requests per email address, whoever asks, default 3/h."""
    return getattr(settings, "SUBSCRIPTIONS_ADDRESS_RATE_LIMIT", "3/h")


def _rules(email: str):
    digest = hashlib.sha256(email.encode()).hexdigest()
    return [
        ("subscriptions-client", client_rate_limit(), form_quota.client_browser),
        ("subscriptions-ip", client_rate_limit(), form_quota.client_address),
        ("subscriptions-address", address_rate_limit(), lambda group, request: digest),
    ]


def _blocked(request, email: str) -> ratelimit.Verdict:
    verdicts = [
        ratelimit.check(request, group=group, rate=rate, key=key, increment=False)
        for group, rate, key in _rules(email)
    ]
    limited = [verdict for verdict in verdicts if verdict.limited]
    return max(limited, key=lambda v: v.retry_after) if limited else ratelimit.Verdict(False)


def _record(request, email: str) -> None:
    for group, rate, key in _rules(email):
        ratelimit.record(request, group=group, rate=rate, key=key)


def _client(request) -> dict:
    address = form_quota.client_address(None, request) or None
    return {
        "ip_address": address,
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
    }


def _initial_targets(request) -> list[str]:
    chosen = []
    for value in request.GET.getlist("side"):
        if value.isdigit():
            chosen.append(f"page:{value}")
    for value in request.GET.getlist("emne"):
        if value.isdigit():
            chosen.append(f"topic:{value}")
    return chosen


def _render(request, form, *, status=200, error_message=None, **extra):
    context = {
        "form": form,
        "honeypot_field": form[HONEYPOT_FIELD],
        "consent_text": CONSENT_TEXT,
        "error_message": error_message,
        **extra,
    }
    return TemplateResponse(request, "subscriptions/subscribe.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        if SENT_PARAM in request.GET:
            return TemplateResponse(request, "subscriptions/subscribe.html", {"sent": True})
        form = SubscribeForm(initial={"targets": _initial_targets(request)})
        return _render(request, form)

    form = SubscribeForm(request.POST)
    if form.is_spam():
        return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")
    if not form.is_valid():
        return _render(
            request,
            form,
            status=400,
            error_message=_("Please correct the errors marked below. Nothing was sent yet."),
        )
    email = form.cleaned_data["email"]
    verdict = _blocked(request, email)
    if verdict.limited:
        response = _render(
            request,
            form,
            status=429,
            error_message=form_quota.retry_message(verdict.retry_after),
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    with transaction.atomic():
        subscriber, pending = _request(request, form)
    _record(request, email)
    if pending and subscriber.can_receive:
        ids = [subscription.pk for subscription in pending]
        transaction.on_commit(lambda: send_confirmation.enqueue(subscriber.pk, ids))
    return HttpResponseRedirect(f"{request.path}?{SENT_PARAM}=1")


def _target(kind: str, pk: int):
    """The topic or page a chosen value names, if it may be subscribed to now."""
    if kind == "topic":
        return Subscription.Kind.TOPIC, Topic.objects.filter(pk=pk).first()
    page = targets.section_pages().filter(pk=pk).first()
    if page is not None:
        return Subscription.Kind.SECTION, page
    page = targets.subscribable_pages().filter(pk=pk).first()
    return Subscription.Kind.PAGE, page


def _request(request, form):
    """Save the request: pending subscriptions and their consent records."""
    data = form.cleaned_data
    subscriber, _created = Subscriber.objects.select_for_update().get_or_create(
        email=data["email"], defaults={"language": data["language"]}
    )
    source = (request.META.get("HTTP_REFERER") or request.build_absolute_uri())[:500]
    frequency = Subscription.Frequency(data["frequency"])
    pending = []
    for kind, pk in form.chosen():
        kind, target = _target(kind, pk)
        if target is None:
            continue
        lookup = {"topic": target} if kind == Subscription.Kind.TOPIC else {"page": target}
        subscription = Subscription.objects.filter(subscriber=subscriber, **lookup).first()
        if subscription is not None and subscription.status == Subscription.Status.CONFIRMED:
            # Confirmed already: nothing changes and nothing is sent (it may be someone
            # else typing this address; the owner changes settings from their own link).
            continue
        if subscription is None:
            subscription = Subscription(subscriber=subscriber, kind=kind, **lookup)
        subscription.status = Subscription.Status.PENDING
        subscription.frequency = frequency
        subscription.requested_language = data["language"]
        subscription.unsubscribed_at = None
        subscription.save()
        text = f"{CONSENT_TEXT} [{subscription.target_name}; {frequency.label}]"
        Consent.objects.create(
            subscription=subscription,
            action=Consent.Action.REQUESTED,
            text=text,
            source_url=source,
            **_client(request),
        )
        pending.append(subscription)
    return subscriber, pending


def _link_error(request, error: tokens.BadLink):
    return TemplateResponse(
        request, "subscriptions/link_error.html", {"message": error.message}, status=400
    )


@never_cache  # signed personal links: never in the page cache or a CDN
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        subscriber, data = tokens.read(tokens.CONFIRM, token)
    except tokens.BadLink as error:
        return _link_error(request, error)
    ids = [pk for pk in data.get("u", []) if isinstance(pk, int)]
    if request.method != "POST":
        # A GET never confirms: mail scanners open links, a person presses the button.
        pending = subscriber.subscriptions.filter(pk__in=ids).select_related("topic", "page")
        return TemplateResponse(
            request, "subscriptions/confirm.html", {"subscriptions": pending, "token": token}
        )
    now = timezone.now()
    with transaction.atomic():
        pending = list(
            subscriber.subscriptions.select_for_update().filter(
                pk__in=ids, status=Subscription.Status.PENDING
            )
        )
        for subscription in pending:
            requested = subscription.consents.filter(action=Consent.Action.REQUESTED).last()
            subscription.status = Subscription.Status.CONFIRMED
            subscription.confirmed_at = now
            subscription.save(update_fields=["status", "confirmed_at"])
            Consent.objects.create(
                subscription=subscription,
                action=Consent.Action.CONFIRMED,
                text=requested.text if requested else str(CONSENT_TEXT),
                source_url=request.build_absolute_uri(request.path)[:200],
                **_client(request),
            )
        if pending:
            language = data.get("lang")
            if language in ("da", "en"):
                subscriber.language = language
            subscriber.confirmed_at = now
            subscriber.hard_bounces = 0
            subscriber.bouncing_since = None
            subscriber.save()
    manage_url = reverse("subscriptions:manage", args=[tokens.make(tokens.MANAGE, subscriber)])
    confirmed = subscriber.subscriptions.filter(
        pk__in=ids, status=Subscription.Status.CONFIRMED
    ).select_related("topic", "page")
    return TemplateResponse(
        request,
        "subscriptions/confirmed.html",
        {"subscriptions": confirmed, "manage_url": manage_url},
    )


def unsubscribe_subscriptions(subscriber, ids) -> int:
    """End the given subscriptions (all when ``ids`` is empty); what waits is not sent."""
    subscriptions = subscriber.subscriptions.exclude(status=Subscription.Status.UNSUBSCRIBED)
    if ids:
        subscriptions = subscriptions.filter(pk__in=ids)
    chosen = list(subscriptions.values_list("pk", flat=True))
    Notice.objects.filter(subscription__in=chosen, status=Notice.Status.PENDING).update(
        status=Notice.Status.DROPPED
    )
    return Subscription.objects.filter(pk__in=chosen).update(
        status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
    )


@never_cache
@csrf_exempt  # RFC 8058: mail clients POST here without a CSRF token; the link is signed.
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        subscriber, data = tokens.read(tokens.UNSUBSCRIBE, token)
    except tokens.BadLink as error:
        return _link_error(request, error)
    ids = [pk for pk in data.get("u", []) if isinstance(pk, int)]
    chosen = subscriber.subscriptions.all()
    if ids:
        chosen = chosen.filter(pk__in=ids)
    chosen = chosen.select_related("topic", "page")
    manage_url = reverse("subscriptions:manage", args=[tokens.make(tokens.MANAGE, subscriber)])
    context = {"subscriptions": chosen, "manage_url": manage_url, "token": token}
    if request.method == "POST":
        with transaction.atomic():
            unsubscribe_subscriptions(subscriber, ids)
        context["done"] = True
    return TemplateResponse(request, "subscriptions/unsubscribe.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    try:
        subscriber, _data = tokens.read(tokens.MANAGE, token)
    except tokens.BadLink as error:
        return _link_error(request, error)
    active = list(
        subscriber.subscriptions.exclude(status=Subscription.Status.UNSUBSCRIBED).select_related(
            "topic", "page"
        )
    )
    first = active[0] if active else None
    initial = {
        "keep": [str(subscription.pk) for subscription in active],
        "frequency": first.frequency if first else Subscription.Frequency.IMMEDIATE,
        "language": subscriber.language,
    }
    saved = False
    if request.method == "POST":
        if "unsubscribe_all" in request.POST:
            with transaction.atomic():
                unsubscribe_subscriptions(subscriber, [])
            return HttpResponseRedirect(f"{request.path}?gemt=1")
        form = ManageForm(request.POST, subscriptions=active, initial=initial)
        if form.is_valid():
            keep = {int(pk) for pk in form.cleaned_data["keep"]}
            with transaction.atomic():
                drop = [s.pk for s in active if s.pk not in keep]
                if drop:
                    unsubscribe_subscriptions(subscriber, drop)
                Subscription.objects.filter(pk__in=keep, subscriber=subscriber).update(
                    frequency=form.cleaned_data["frequency"]
                )
                subscriber.language = form.cleaned_data["language"]
                subscriber.save(update_fields=["language"])
            return HttpResponseRedirect(f"{request.path}?gemt=1")
        status = 400
    else:
        form = ManageForm(subscriptions=active, initial=initial)
        status = 200
        saved = "gemt" in request.GET
    return TemplateResponse(
        request,
        "subscriptions/manage.html",
        {"form": form, "subscriber": subscriber, "active": active, "saved": saved},
        status=status,
    )


def subscribe_url(obj) -> str:
    """The subscribe form with ``obj`` (a page or a topic) chosen."""
    if isinstance(obj, Topic):
        return f"{reverse('subscriptions:subscribe')}?emne={obj.pk}"
    if isinstance(obj, Page):
        return f"{reverse('subscriptions:subscribe')}?side={obj.pk}"
    return reverse("subscriptions:subscribe")
