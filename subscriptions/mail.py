"""Building the emails: plain text and HTML, in the subscriber's language, with RFC 8058 headers.

Every email but the confirmation request carries a one-click unsubscribe link in its body and
in ``List-Unsubscribe`` (an https URL; a POST to it unsubscribes, RFC 8058) with
``List-Unsubscribe-Post: List-Unsubscribe=One-Click``. There is no tracking pixel and no
tracked link: links go straight to the pages.

The envelope sender (where bounces go) is ``SUBSCRIPTIONS_BOUNCE_ADDRESS`` when set; the
``From`` header stays ``DEFAULT_FROM_EMAIL``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.site_url import absolute_url
from subscriptions import tokens


def link(name: str, token: str, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse(f"subscriptions:{name}", args=[token]))


def bounce_address() -> str:
    return getattr(settings, "SUBSCRIPTIONS_BOUNCE_ADDRESS", "") or settings.DEFAULT_FROM_EMAIL


def build(subscriber, subject: str, template: str, context: dict, *, unsubscribe=None):
    """An email to ``subscriber`` from ``subscriptions/emails/<template>.txt|.html``.

    ``unsubscribe``: the subscription ids the one-click link ends (``[]``: every one); None
    for the confirmation request, which is no list mail.
    """
    language = subscriber.language
    headers = {"From": settings.DEFAULT_FROM_EMAIL, "Auto-Submitted": "auto-generated"}
    context = {**context, "subscriber": subscriber, "language": language}
    if unsubscribe is not None:
        token = tokens.make(tokens.UNSUBSCRIBE, subscriber, u=list(unsubscribe))
        context["unsubscribe_url"] = link("unsubscribe", token, language)
        context["manage_url"] = link("manage", tokens.make(tokens.MANAGE, subscriber), language)
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        headers["List-Id"] = f"<subscriptions.{settings.SITE_URL.split('://')[-1]}>"
    with translation.override(language):
        context["site_name"] = settings.WAGTAIL_SITE_NAME
        text = render_to_string(f"subscriptions/emails/{template}.txt", context)
        html = render_to_string(f"subscriptions/emails/{template}.html", context)
        subject = str(subject)
    message = EmailMultiAlternatives(
        subject, text, from_email=bounce_address(), to=[subscriber.email], headers=headers
    )
    message.attach_alternative(html, "text/html")
    return message
