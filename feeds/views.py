"""iCalendar downloads, robots.txt and the short /was address."""

from pathlib import Path

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Locale

from activities.filters import ACTIVITY_FILTERS, ActivityFilterForm
from activities.models import ActivityPage
from core.models import MunicipalitySettings
from core.page_cache import reads_query
from core.site_url import absolute_url
from core.validators import fits_a_database_id
from home.templatetags.navigation import accessibility_statement

from .ical import build_calendar, feed_activities

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


def _ics_response(calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
@cache_control(public=True, max_age=900)
@reads_query(*ACTIVITY_FILTERS)
def activities_ics(request):
    """All public activities, or those matching ``?audience=&organiser=&facility=&free=``.

    The parameters are the activity calendar's own filters (ids), so a filtered calendar
    page links to a feed of the same selection.
    """
    locale = Locale.get_active()
    form = ActivityFilterForm(
        request.GET or None, activities=ActivityPage.objects.all(), locale=locale
    )
    activities = form.filter_activities(ActivityPage.objects.filter(locale=locale))
    return _ics_response(
        build_calendar(feed_activities(activities), request, _("Activities in Vallensbæk")),
        "aktiviteter.ics",
    )


@require_safe
@cache_control(public=True, max_age=900)
@reads_query()
def activity_ics(request, pk: int):
    """One activity ("Tilføj til kalender"); 404 unless the public may see it."""
    if not fits_a_database_id(pk):
        raise Http404
    activities = feed_activities(ActivityPage.objects.filter(pk=pk))
    activity = get_object_or_404(activities)
    return _ics_response(
        build_calendar([activity], request, activity.title), f"{activity.slug}.ics"
    )


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /django-admin/
Disallow: /soeg/
Disallow: /en/soeg/

Sitemap: {sitemap}
"""


@require_GET
@cache_control(public=True, max_age=86400)
@reads_query()
def robots_txt(request):
    sitemap = absolute_url(reverse("sitemap"))
    return HttpResponse(ROBOTS.format(sitemap=sitemap), content_type="text/plain; charset=utf-8")


FAVICON = Path(__file__).resolve().parent.parent / "static" / "img" / "favicon.ico"


@require_GET
@cache_control(public=True, max_age=86400)
def favicon(request):
    """``/favicon.ico``, where browsers and feed readers look first, whatever the page says."""
    return HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")


@require_GET
def accessibility_statement_redirect(request):
    """``/was``: the short address the law asks for, to the accessibility statement.

    The address in the municipality's settings when one is set (e.g. on was.digst.dk),
    otherwise the published statement page.
    """
    url = MunicipalitySettings.for_request_or_empty(request).accessibility_statement_url
    if url:
        return HttpResponseRedirect(url)
    statement = accessibility_statement({"request": request})
    if statement is None:
        raise Http404
    return HttpResponseRedirect(statement.get_url(request))
