"""What a webhook message says: which page changed and where to read it, nothing more.

The payload names the item (page type, id, locale, public and API URLs) and never carries
its content, so no personal data reaches a receiver's logs; a receiver reads the page from
the public API, which applies the visibility rule itself.
"""

from django.urls import reverse
from django.utils import timezone

from webhooks.events import message_type


def page_type(page) -> str:
    model = page.specific_class or type(page)
    return f"{model._meta.app_label}.{model.__name__}"


def page_urls(page) -> tuple[str | None, str | None]:
    """The page's absolute public URL and its API detail URL, from the page's site."""
    parts = page.get_url_parts()
    if not parts:
        return None, None
    _site_id, root_url, page_path = parts
    root = (root_url or "").rstrip("/")
    api_path = reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page.pk})
    return root + page_path, root + api_path


def build(event: str, page, now=None, url=None) -> dict:
    """The message; ``url`` overrides the page's current URL (where it was before a move)."""
    current_url, api_url = page_urls(page)
    url = url or current_url
    return {
        "type": message_type(event),
        "timestamp": timezone.localtime(now or timezone.now()).isoformat(),
        "data": {
            "type": page_type(page),
            "id": page.pk,
            "locale": page.locale.language_code,
            "url": url,
            "api_url": api_url,
            "event": event,
        },
    }
