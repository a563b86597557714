"""A read subset in the style of the event database v2 ("Eventdatabasen"), for OS2display.

``/occurrences``, ``/events``, ``/tags``, ``/organizations``, ``/locations`` (and one item of
each by id) as JSON-LD/hydra lists: ``hydra:member``, ``hydra:totalItems``, ``hydra:view``;
``page`` (from 1) and ``itemsPerPage`` (10 by default, at most 50); integer ids. Events are
the public activities, occurrences their dates, tags the audiences, organizations the
organising associations, locations the facilities. ``X-Api-Key`` is accepted and not
required: everything here is public. Only ``listable()`` content, in Danish.
"""

from functools import wraps

from django.core.paginator import Paginator
from django.http import Http404
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from activities.models import ActivityPage, Occurrence
from associations.models import AssociationPage
from core.api.images import image_renditions, prefetch_image
from core.models import Audience
from facilities.models import FacilityPage

from . import query
from .http import BadQuery, json, problem

LD_JSON = "application/ld+json"
PER_PAGE, MAX_PER_PAGE = 10, 50


def _danish(queryset):
    return queryset.filter(locale=Locale.get_default())


def public_activities():
    return _danish(ActivityPage.objects.listable())


def public_occurrences():
    return Occurrence.objects.public().filter(activity__locale=Locale.get_default())


def public_facilities():
    return _danish(FacilityPage.objects.listable())


def public_associations():
    return _danish(AssociationPage.objects.listable())


def public_tags():
    """The audiences of public activities."""
    return Audience.objects.filter(pk__in=public_activities().values("audiences")).order_by(
        "sort_order", "name"
    )


class Records:
    """Serialises one request's records; public organisers and places looked up once."""

    def __init__(self, request):
        self.request = request
        self.facilities = set(public_facilities().values_list("pk", flat=True))
        self.associations = set(public_associations().values_list("pk", flat=True))

    def url(self, page) -> str:
        return page.get_full_url(self.request)

    def location(self, facility: FacilityPage) -> dict:
        return {
            "@id": f"locations/{facility.pk}",
            "@type": "Location",
            "entityId": facility.pk,
            "name": facility.title,
            # The event database says "street"; OS2display's poster client reads "streetAddress".
            "street": facility.address,
            "streetAddress": facility.address,
            "postalCode": facility.postcode,
            "city": facility.city,
            "url": self.url(facility),
        }

    def organization(self, association: AssociationPage) -> dict:
        return {
            "@id": f"organizations/{association.pk}",
            "@type": "Organization",
            "entityId": association.pk,
            "name": association.title,
            "email": association.email or None,  # the association's public address
            "url": self.url(association),
        }

    @staticmethod
    def tag(audience: Audience) -> dict:
        return {
            "@id": f"tags/{audience.pk}",
            "@type": "Tag",
            "id": audience.pk,
            "name": audience.name,
        }

    def event(self, activity: ActivityPage, with_occurrences: bool = False) -> dict:
        images = image_renditions(activity.image, activity.image_alt) or {}
        sizes = {"small": "web_small", "medium": "web_large", "large": "screen_landscape"}
        if activity.facility_id in self.facilities:
            location = self.location(activity.facility)
        elif activity.address:
            location = {
                "name": activity.address,
                "street": activity.address,
                "streetAddress": activity.address,
            }
        else:
            location = None
        record = {
            "@id": f"events/{activity.pk}",
            "@type": "Event",
            "entityId": activity.pk,
            "title": activity.title,
            "excerpt": activity.summary,
            "url": self.url(activity),
            "ticketUrl": activity.registration_url or None,
            "imageUrls": {k: (images.get(v) or {}).get("full_url") for k, v in sizes.items()},
            "organizer": self.organization(activity.organiser)
            if activity.organiser_id in self.associations
            else None,
            "partners": [],
            "tags": [a.name for a in activity.audiences.all()],
            "location": location,
        }
        if with_occurrences:
            record["occurrences"] = [
                self.occurrence(o, activity) for o in activity.occurrences.all()
            ]
        return record

    @staticmethod
    def occurrence(occurrence: Occurrence, activity: ActivityPage) -> dict:
        return {
            "@id": f"occurrences/{occurrence.pk}",
            "@type": "Occurrence",
            "entityId": occurrence.pk,
            "start": timezone.localtime(occurrence.start).isoformat(),
            "end": timezone.localtime(occurrence.end).isoformat(),
            "ticketPriceRange": "Gratis" if activity.is_free else (activity.price_text or None),
            "room": None,
            "status": None,
        }

    def occurrence_with_event(self, occurrence: Occurrence) -> dict:
        activity = occurrence.activity
        return {**self.occurrence(occurrence, activity), "event": self.event(activity)}


def _with_activity_data(queryset, prefix: str = ""):
    return queryset.select_related(f"{prefix}facility", f"{prefix}organiser").prefetch_related(
        f"{prefix}audiences", prefetch_image(f"{prefix}image")
    )


def _page_url(request, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return f"{request.path}?{params.urlencode()}"


def hydra_list(request, queryset, record, name: str) -> dict:
    per_page = PER_PAGE
    if "itemsPerPage" in request.GET:
        per_page = query.integer("itemsPerPage", request.GET["itemsPerPage"], 1, MAX_PER_PAGE)
    number = query.integer("page", request.GET["page"]) if "page" in request.GET else 1
    paginator = Paginator(queryset, per_page)
    last = max(paginator.num_pages, 1)
    items = list(paginator.page(number).object_list) if number <= last else []
    view = {
        "@id": _page_url(request, number),
        "@type": "hydra:PartialCollectionView",
        "hydra:first": _page_url(request, 1),
        "hydra:last": _page_url(request, last),
    }
    if number < last:
        view["hydra:next"] = _page_url(request, number + 1)
    if 1 < number <= last + 1:
        view["hydra:previous"] = _page_url(request, min(number - 1, last))
    return {
        "@context": "http://www.w3.org/ns/hydra/context.jsonld",
        "@id": request.path,
        "@type": "hydra:Collection",
        "hydra:member": [record(item) for item in items],
        "hydra:totalItems": paginator.count,
        "hydra:view": view,
    }


def answer(view):
    """GET and HEAD; bad input → 400 problem+json, unknown id → 404 problem+json."""

    @require_safe
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # X-Api-Key is accepted and not checked: everything served here is public.
        try:
            return json(view(request, *args, **kwargs), content_type=LD_JSON)
        except BadQuery as error:
            return problem(400, "Invalid query parameter", error.message, parameter=error.param)
        except Http404:
            return problem(404, "Not found", "No public item has this id.")

    return wrapper


def _one(queryset, pk):
    item = queryset.filter(pk=query.integer("id", str(pk))).first()
    if item is None:
        raise Http404
    return item


def _filter_by_event(request, queryset, prefix: str, param_prefix: str):
    """Tags (audience name or slug), organiser and place ids, as the event database names them."""
    tags = query.texts(request, f"{param_prefix}tags")
    if tags:
        by_name = queryset.filter(**{f"{prefix}audiences__name__in": tags})
        by_slug = queryset.filter(**{f"{prefix}audiences__slug__in": tags})
        queryset = by_name | by_slug
    organizers = query.integers(request, f"{param_prefix}organizer.entityId")
    if organizers:
        queryset = queryset.filter(**{f"{prefix}organiser__in": organizers})
    locations = query.integers(request, f"{param_prefix}location.entityId")
    if locations:
        queryset = queryset.filter(**{f"{prefix}facility__in": locations})
    return queryset.distinct()


@answer
def occurrences(request):
    """``?event.tags=&event.organizer.entityId=&event.location.entityId=&start[gte]=&end[gt]=``"""
    queryset = _filter_by_event(request, public_occurrences(), "activity__", "event.")
    queryset = queryset.filter(
        **query.range_filters(request, "start", "start"),
        **query.range_filters(request, "end", "end"),
    )
    queryset = _with_activity_data(queryset.select_related("activity"), "activity__")
    records = Records(request)
    return hydra_list(
        request, queryset.order_by("start", "pk"), records.occurrence_with_event, "occurrences"
    )


@answer
def occurrence(request, pk):
    records = Records(request)
    queryset = _with_activity_data(public_occurrences().select_related("activity"), "activity__")
    return records.occurrence_with_event(_one(queryset, pk))


def _events_queryset(request):
    queryset = _filter_by_event(request, public_activities(), "", "")
    ranges = {
        **query.range_filters(request, "occurrences.start", "occurrences__start"),
        **query.range_filters(request, "occurrences.end", "occurrences__end"),
    }
    if ranges:
        queryset = queryset.filter(
            pk__in=public_occurrences()
            .filter(**{k.removeprefix("occurrences__"): v for k, v in ranges.items()})
            .values("activity")
        )
    return _with_activity_data(queryset).prefetch_related("occurrences").order_by("start", "pk")


@answer
def events(request):
    """``?tags=&organizer.entityId=&location.entityId=&occurrences.start[gte]=&occurrences.end[lte]=``"""
    records = Records(request)
    return hydra_list(
        request,
        _events_queryset(request),
        lambda a: records.event(a, with_occurrences=True),
        "events",
    )


@answer
def event(request, pk):
    records = Records(request)
    queryset = _with_activity_data(public_activities()).prefetch_related("occurrences")
    return records.event(_one(queryset, pk), with_occurrences=True)


@answer
def tags(request):
    return hydra_list(request, public_tags(), Records.tag, "tags")


@answer
def tag(request, pk):
    return Records.tag(_one(public_tags(), pk))


def _organizations():
    """Associations that organise public activities."""
    return (
        public_associations()
        .filter(pk__in=public_activities().values("organiser"))
        .order_by("title", "pk")
    )


@answer
def organizations(request):
    return hydra_list(request, _organizations(), Records(request).organization, "organizations")


@answer
def organization(request, pk):
    return Records(request).organization(_one(_organizations(), pk))


@answer
def locations(request):
    queryset = public_facilities().order_by("title", "pk")
    return hydra_list(request, queryset, Records(request).location, "locations")


@answer
def location(request, pk):
    return Records(request).location(_one(public_facilities(), pk))
