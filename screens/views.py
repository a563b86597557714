"""The player page that runs full-screen on each info screen."""

from pathlib import Path

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Page

from core.page_cache import reads_query
from core.querysets import listable
from core.validators import fits_a_database_id

from .cache import poll_seconds
from .models import Screen


def feed_url(key: str) -> str:
    # Resolved by URL name when cms/api.py mounts the router; fall back to the documented path.
    try:
        return reverse("wagtailapi_v3:screens_feed", kwargs={"key": key})
    except NoReverseMatch:  # the API router is not mounted (e.g. a project without the API)
        return f"/api/v3/screens/{key}/feed/"


@require_GET
@xframe_options_sameorigin  # the admin shows the player in a frame as a preview
def player(request, key: str):
    """Render the self-contained player; it fetches its content from the feed itself.

    An unknown key still gets a calm full-screen page rather than an error page, because
    whoever set up the screen needs to read what is wrong from across the room.
    """
    screen = Screen.objects.filter(key=key).select_related("locale").first()
    language = screen.locale.language_code if screen else translation.get_language()
    with translation.override(language):
        context = _context(request, key, screen)
        context["language_code"] = language
        return render(request, "screens/player.html", context, status=200 if screen else 404)


def _context(request, key, screen) -> dict:
    return {
        "screen": screen,
        "key": key,
        "config": {
            "key": key,
            "feedUrl": feed_url(key),
            "orientation": screen.orientation if screen else "landscape",
            "pollSeconds": poll_seconds(),
            # Until the first feed arrives (which names its own zone).
            "timeZone": timezone.get_current_timezone_name(),
            "preview": request.GET.get("preview") == "1",
            "serviceWorkerUrl": reverse("screens_service_worker"),
            "serviceWorkerScope": reverse("screens_service_worker").rsplit("/", 1)[0] + "/",
        },
        "labels": {
            "offlineSince": _("offline since %(time)s"),
            "kinds": {
                "manual": "",
                "news": _("News"),
                "activity": _("Activity"),
                "renovation": _("Renovation"),
                "bookings": _("Bookings"),
                "hearing": _("Hearing"),
            },
        },
    }


@require_GET
def service_worker(request):
    """The player's service worker, served under /screens/ so its scope covers every player."""
    script = Path(__file__).parent / "static" / "screens" / "sw.js"
    response = HttpResponse(
        script.read_text(encoding="utf-8"), content_type="application/javascript"
    )
    # Browsers check for a new worker on each load; never let a cache pin an old one.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
@reads_query()
def short_link(request, pk: str):
    """``/s/<id>``: the short address a screen's QR code encodes, to the page's public URL.

    A temporary redirect (the page may move or go away), and the same 404 as an unknown id for
    a page the public may not see (draft, private, expired, scheduled): a short link never
    tells that such a page exists, nor where.
    """
    page_id = int(pk)
    if not fits_a_database_id(page_id):
        raise Http404
    page = listable(Page.objects.filter(pk=page_id), tags=(f"p{page_id}",)).specific().first()
    url = page.get_url(request) if page is not None else None
    if not url:
        raise Http404
    return HttpResponseRedirect(url)
