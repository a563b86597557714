"""The headless API: Wagtail 8's API v3 plus the project's routers, wired in one place.

Everything public is described by one OpenAPI document at ``/api/v3/openapi.json``
(interactive docs at ``/api/v3/docs/``):

- ``/pages/``: Wagtail's page listing, detail and find; page types expose their
  ``api_fields`` (see ``core.api.fields`` for how images, snippets and dates appear;
  ``CoreConfig.ready()`` loads it before Wagtail builds its page schemas). Anonymous callers
  only ever see ``listable()`` pages (``core.api.querysets``);
- ``/news/``, ``/activities/``, ``/renovations/``, ``/associations/``, ``/guides/``,
  ``/facilities/``: typed listings with what a card shows, one request per listing
  (``core.api.listings``; each app's ``api.py`` declares its card);
- ``/activities/occurrences/``: the calendar of dated occurrences (``activities.api``);
- ``/topics/``, ``/audiences/``, ``/contacts/``: the public snippets (``core.api.snippets``);
- ``/images/``, ``/documents/``: Wagtail's media endpoints; anonymous callers only see files
  that public pages use, token holders also what they see in the admin (``core.api.media``);
- ``/preview/``: draft content for a headless frontend, by preview token
  (``core.api.preview_router``);
- ``/screens/``: info screen feeds (``screens.api``);
- ``/bookings/``: a facility's free and taken room hours, and its approved booked slots as a
  list (``booking.api``);
- ``/hearings/``: public hearings as cards, with state and published answers (``hearings.api``).
- ``/fairs/``: an association and business day's published exhibitors (``fairs.api``).
- ``/businesses/``: the business partners, typed, filterable by offer (``business.api``).
"""

from wagtail.api.v3.api import api

from activities.api import router as activities_router
from associations.api import router as associations_router
from booking.api import router as booking_router
from business.api import router as business_router
from core.api import media, openapi, querysets
from core.api.parser import StorableJSONParser
from core.api.preview_router import router as preview_router
from core.api.renderers import LocalTimeJSONRenderer
from core.api.snippets import router as snippets_router
from facilities.api import router as facilities_router
from fairs.api import router as fairs_router
from guides.api import router as guides_router
from hearings.api import router as hearings_router
from news.api import router as news_router
from renovations.api import router as renovations_router
from screens.api import router as screens_router

querysets.install()
media.install()
openapi.install(api)
# A NUL character or a lone surrogate in a JSON body is a 400, never a database error.
api.parser = StorableJSONParser()
# Every date-time in Danish time with its offset, never UTC "Z" (core.times).
api.renderer = LocalTimeJSONRenderer()

api.title = "Vallensbæk Kommune API"
api.description = (
    "Public content of Vallensbæk Kommune: pages (news, activities, renovations, "
    "associations, guides, facilities, hearings), the activity calendar, topics and audiences, "
    "and info screen feeds. Built on the Wagtail API v3. Every date-time is ISO 8601 in "
    "Europe/Copenhagen with its UTC offset, e.g. 2026-12-01T14:00:00+01:00."
)

api.add_router("/news/", news_router)
api.add_router("/activities/", activities_router)
api.add_router("/renovations/", renovations_router)
api.add_router("/associations/", associations_router)
api.add_router("/guides/", guides_router)
api.add_router("/facilities/", facilities_router)
api.add_router("/preview/", preview_router)
api.add_router("/", snippets_router)
api.add_router("/search/", "search.api.router")
api.add_router("/screens/", screens_router)
api.add_router("/bookings/", booking_router)
api.add_router("/hearings/", hearings_router)
api.add_router("/fairs/", fairs_router)
api.add_router("/businesses/", business_router)

__all__ = ["api"]
