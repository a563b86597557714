"""The booking screens in the admin: members request rooms, the booking team decides."""

import csv
import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from associations.models import AssociationPage
from core import ratelimit
from core.exports import neutralise_cell

from . import allocation, services
from .availability import availability, week_start
from .forms import CancelDatesForm, DecisionForm, PublishForm, RequestForm
from .models import BookableRoom, Booking, BookingGroup, BookingSlot, Season, Status
from .rules import conflicts, local, season_bounds

WEEKS_SHOWN = 4
WAITS_FOR_ALLOCATION = gettext_noop("The request waits for the season's allocation.")


def _rooms():
    return BookableRoom.objects.select_related("room__facility").order_by(
        "room__facility__title", "room__sort_order", "room__pk"
    )


def _member_or_staff(request):
    user = request.user
    if not (services.may_book_at_all(user) or services.is_booking_staff(user)):
        raise PermissionDenied


def _staff(request):
    if not services.is_booking_staff(request.user):
        raise PermissionDenied


def _over_limit(request) -> bool:
    """One account sending booking actions faster than BOOKING_RATE_LIMIT (a script)."""
    if request.method != "POST":
        return False
    verdict = ratelimit.check(
        request,
        group="booking",
        rate=settings.BOOKING_RATE_LIMIT,
        key=lambda group, request: str(request.user.pk),
    )
    return verdict.limited


def _first_day(request) -> dt.date:
    try:
        return week_start(dt.date.fromisoformat(request.GET.get("from", "")))
    except ValueError:
        return week_start(timezone.localdate())


def _prefilled(request) -> dict:
    """The date and times a link from the public facility page chose (bad values left out)."""
    initial = {}
    for name, parse in (
        ("first_date", dt.date.fromisoformat),
        ("start_time", dt.time.fromisoformat),
        ("end_time", dt.time.fromisoformat),
    ):
        try:
            initial[name] = parse(request.GET.get(name, ""))
        except ValueError:
            continue
    return initial


def index(request):
    """Rooms to book and the member's own associations' bookings."""
    _member_or_staff(request)
    associations = services.bookable_associations(request.user)
    groups = services.bookable_groups(request.user)
    bookings = (
        Booking.objects.filter(Q(association__in=associations) | Q(group__in=groups))
        .select_related("room__room__facility", "association", "group")
        .prefetch_related("slots")
        .order_by("-created_at")
    )
    return TemplateResponse(
        request,
        "booking/admin/index.html",
        {
            "rooms": _rooms(),
            "bookings": bookings,
            "is_staff": services.is_booking_staff(request.user),
            "now": timezone.now(),
        },
    )


def room(request, pk):
    """A room's free hours for the next weeks and the request form."""
    _member_or_staff(request)
    bookable = get_object_or_404(_rooms(), pk=pk)
    associations = services.bookable_associations(request.user)
    groups = services.bookable_groups(request.user).filter(rooms=bookable)
    if not bookable.associations_may_book:
        associations = associations.none()
    form = RequestForm(
        request.POST or None,
        associations=associations,
        groups=groups,
        room=bookable,
        initial=_prefilled(request),
    )
    limited = _over_limit(request)
    if limited:
        form.is_valid()
        form.add_error(None, _("Too many booking requests in a short time. Wait a minute."))
    if request.method == "POST" and not limited and form.is_valid():
        booking = form.save(commit=False)
        try:
            services.request_booking(booking, request.user)
        except ValidationError as error:
            form.add_error(None, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Your booking is confirmed.")
                if booking.status == Status.APPROVED
                else _("Your request is sent. You get an email when it is decided."),
            )
            return redirect("booking_index")
    first = _first_day(request)
    weeks = availability(
        BookableRoom.objects.filter(pk=bookable.pk).prefetch_related("hours", "closures"),
        first,
        7 * WEEKS_SHOWN,
    )[0]
    return TemplateResponse(
        request,
        "booking/admin/room.html",
        {
            "bookable": bookable,
            "form": form,
            "weeks": [weeks.days[i : i + 7] for i in range(0, len(weeks.days), 7)],
            "previous": first - dt.timedelta(weeks=WEEKS_SHOWN),
            "next": first + dt.timedelta(weeks=WEEKS_SHOWN),
            "can_book": associations.exists() or groups.exists(),
        },
        status=(429 if limited else 400) if request.method == "POST" else 200,
    )


def withdraw(request, pk):
    if request.method != "POST":
        return redirect("booking_index")
    booking = get_object_or_404(Booking, pk=pk)
    try:
        services.withdraw(booking, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The request is withdrawn."))
    return redirect("booking_index")


def cancel_slot(request, pk):
    if request.method != "POST":
        return redirect("booking_index")
    slot = get_object_or_404(BookingSlot.objects.select_related("booking", "room"), pk=pk)
    try:
        services.cancel_slot(slot, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The date is cancelled."))
    return redirect("booking_index")


def requests(request):
    """Staff: a room's week grid with requests and conflicts, and the requests to decide."""
    _staff(request)
    rooms = list(_rooms())
    chosen = next((r for r in rooms if str(r.pk) == request.GET.get("room")), None)
    chosen = chosen or (rooms[0] if rooms else None)
    first = _first_day(request)
    grid, pending = [], []
    if chosen is not None:
        grid = availability(
            BookableRoom.objects.filter(pk=chosen.pk).prefetch_related("hours", "closures"),
            first,
            7,
            with_requests=True,
        )[0].days
        pending_bookings = (
            Booking.objects.filter(
                room=chosen,
                status=Status.REQUESTED,
                slots__start__gte=timezone.make_aware(dt.datetime.combine(first, dt.time.min)),
            )
            .exclude(season__published_at__isnull=True, season__isnull=False)
            .distinct()
            .select_related("association", "group", "requested_by")
            .prefetch_related("slots")
        )
        for booking in pending_bookings:
            slots = [s for s in booking.slots.all() if s.status == Status.REQUESTED]
            pending.append((booking, slots, conflicts(chosen, slots, exclude_booking=booking)))
    return TemplateResponse(
        request,
        "booking/admin/requests.html",
        {
            "rooms": rooms,
            "chosen": chosen,
            "grid": grid,
            "pending": pending,
            "first": first,
            "previous": first - dt.timedelta(weeks=1),
            "next": first + dt.timedelta(weeks=1),
            "decision_form": DecisionForm(),
            "seasons": Season.objects.all()[:5],
        },
    )


def decide(request, pk):
    _staff(request)
    booking = get_object_or_404(Booking.objects.select_related("room"), pk=pk)
    back = reverse("booking_requests") + f"?room={booking.room_id}"
    form = DecisionForm(request.POST or None)
    if request.method != "POST":
        return redirect(back)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(back)
    if booking.season_id and not booking.season.published_at:
        messages.error(request, _(WAITS_FOR_ALLOCATION))
        return redirect(back)
    try:
        if form.cleaned_data["decision"] == "approve":
            services.approve(
                booking, request.user, access_code=form.cleaned_data["access_code"] or None
            )
            messages.success(request, _("The booking is approved."))
        else:
            services.decline(booking, request.user, form.cleaned_data["reason"])
            messages.success(request, _("The booking is declined."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(back)


def bulk_approve(request):
    """Approve the ticked requests one by one; a conflicting one is left, with its reason."""
    _staff(request)
    if request.method != "POST":
        return redirect("booking_requests")
    ids = [value for value in request.POST.getlist("booking") if value.isdigit()]
    approved = 0
    bookings = Booking.objects.filter(pk__in=ids).select_related(
        "room", "association", "group", "season"
    )
    for booking in bookings:
        if booking.season_id and not booking.season.published_at:
            messages.error(
                request,
                f"{booking.booker}: {_(WAITS_FOR_ALLOCATION)}",
            )
            continue
        try:
            services.approve(booking, request.user)
        except ValidationError as error:
            messages.error(request, f"{booking.booker}: {' '.join(error.messages)}")
        else:
            approved += 1
    messages.success(request, _("%(count)s bookings approved.") % {"count": approved})
    room = request.POST.get("room", "")
    return redirect(reverse("booking_requests") + (f"?room={room}" if room.isdigit() else ""))


def cancel_dates(request, pk):
    _staff(request)
    bookable = get_object_or_404(_rooms(), pk=pk)
    form = CancelDatesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            affected = services.cancel_dates(
                bookable,
                form.cleaned_data["first_day"],
                form.cleaned_data["last_day"],
                request.user,
                form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Cancelled. %(count)s bookings are affected and their associations notified.")
                % {"count": len(affected)},
            )
            return redirect(reverse("booking_requests") + f"?room={bookable.pk}")
    return TemplateResponse(
        request,
        "booking/admin/cancel_dates.html",
        {"bookable": bookable, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def export_season(request):
    """Staff: every slot of the season (``?season=2026`` starts in week 33 of 2026) as CSV."""
    _staff(request)
    today = timezone.localdate()
    year = request.GET.get("season", "")
    if year.isdigit() and 2000 <= int(year) <= 2100:
        first, last = season_bounds(dt.date(int(year), 12, 31))
    else:
        first, last = season_bounds(today)
    slots = (
        BookingSlot.objects.filter(
            start__gte=local(first, dt.time.min),
            start__lt=local(last + dt.timedelta(days=1), dt.time.min),
        )
        .select_related("booking__association", "booking__group", "room__room__facility")
        .order_by("room__room__facility__title", "room__room__name", "start")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="bookinger-{first:%Y}-{last:%Y}.csv"'
    response.write("\ufeff")  # Excel reads the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Facility"),
            _("Room"),
            _("Association"),
            _("Date"),
            _("From"),
            _("To"),
            _("Status"),
            _("Purpose"),
        ]
    )
    for slot in slots:
        start, end = timezone.localtime(slot.start), timezone.localtime(slot.end)
        writer.writerow(
            neutralise_cell(value)
            for value in (
                slot.room.room.facility.title,
                slot.room.room.name,
                slot.booking.booker,
                start.date().isoformat(),
                f"{start:%H:%M}",
                f"{end:%H:%M}",
                slot.get_status_display(),
                slot.booking.purpose,
            )
        )
    return response


def season_allocation(request, pk):
    """Staff: a season round's waiting requests per room and week, side by side with the
    requests they compete with and any approved slot in the way."""
    _staff(request)
    season = get_object_or_404(Season, pk=pk)
    rooms = list(_rooms())
    chosen = next((r for r in rooms if str(r.pk) == request.GET.get("room")), None)
    chosen = chosen or (rooms[0] if rooms else None)
    week = None
    if request.GET.get("from"):
        week = _first_day(request)
    rows = []
    if chosen is not None:
        for booking in allocation.waiting(season, chosen).prefetch_related("slots"):
            slots = allocation.requested_slots(booking)
            if week is not None:
                slots = [
                    s
                    for s in slots
                    if week <= timezone.localtime(s.start).date() < week + dt.timedelta(weeks=1)
                ]
                if not slots:
                    continue
            rows.append(
                (
                    booking,
                    slots,
                    allocation.rivals(booking, slots),
                    conflicts(chosen, slots, exclude_booking=booking),
                )
            )
    return TemplateResponse(
        request,
        "booking/admin/allocation.html",
        {
            "season": season,
            "rooms": rooms,
            "chosen": chosen,
            "week": week,
            "rows": rows,
            "undecided": allocation.undecided(season),
            "publish_form": PublishForm(),
            "associations": AssociationPage.objects.filter(bookings__status=Status.APPROVED)
            .distinct()
            .order_by("title"),
            "booking_groups": BookingGroup.objects.filter(bookings__status=Status.APPROVED)
            .distinct()
            .order_by("name"),
        },
    )


def _chosen_booker(value: str):
    """The association (``association-<id>``) or named group (``group-<id>``) the copy
    form chose; None for anything else."""
    kind, _dash, pk = value.partition("-")
    if not pk.isdigit() or len(pk) > 18:
        return None
    if kind == "association":
        return AssociationPage.objects.filter(pk=pk).first()
    if kind == "group":
        return BookingGroup.objects.filter(pk=pk).first()
    return None


def season_copy(request, pk):
    """Staff: copy an association's or a named group's approved series of last season into
    this season."""
    _staff(request)
    season = get_object_or_404(Season, pk=pk)
    back = reverse("booking_allocation", args=[season.pk])
    if request.method != "POST":
        return redirect(back)
    booker = _chosen_booker(request.POST.get("booker", ""))
    if booker is None:
        messages.error(request, _("Choose an association or a booking group."))
        return redirect(back)
    created, problems = allocation.copy_last_season(season, booker)
    messages.success(
        request,
        _("%(count)s of %(association)s's series from last season copied as new requests.")
        % {"count": len(created), "association": str(booker)},
    )
    for problem in problems:
        messages.error(request, _("Not copied: %(problem)s") % {"problem": problem})
    return redirect(back)


def season_choose(request, pk):
    """Staff: give a waiting request the time it competes for."""
    _staff(request)
    booking = get_object_or_404(Booking.objects.select_related("season", "room"), pk=pk)
    if booking.season_id is None:
        raise PermissionDenied
    back = reverse("booking_allocation", args=[booking.season_id]) + f"?room={booking.room_id}"
    if request.method == "POST":
        try:
            allocation.choose(booking)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(association)s gets the time.") % {"association": booking.booker},
            )
    return redirect(back)


def season_publish(request, pk):
    """Staff: publish the allocation (approve the chosen, decline the rest, send emails)."""
    _staff(request)
    season = get_object_or_404(Season, pk=pk)
    back = reverse("booking_allocation", args=[season.pk])
    form = PublishForm(request.POST or None)
    if request.method != "POST":
        return redirect(back)
    if not form.is_valid():
        messages.error(request, _("Give a reason for the declined requests."))
        return redirect(back)
    try:
        approved, declined = allocation.publish(season, request.user, form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The allocation is published: %(approved)s approved, %(declined)s declined.")
            % {"approved": len(approved), "declined": len(declined)},
        )
    return redirect(back)
