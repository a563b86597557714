from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, services
from .models import BookableRoom, BookingGroup, Season


class BookableRoomViewSet(SnippetViewSet):
    model = BookableRoom
    icon = "home"
    menu_label = _("Bookable rooms")
    add_to_admin_menu = False
    list_display = ["__str__", "needs_approval", "minimum_notice_days"]


register_snippet(BookableRoomViewSet)


class SeasonViewSet(SnippetViewSet):
    model = Season
    icon = "calendar"
    menu_label = _("Seasons")
    add_to_admin_menu = False
    list_display = ["name", "first_day", "last_day", "window_opens", "window_closes"]


register_snippet(SeasonViewSet)


class BookingGroupViewSet(SnippetViewSet):
    model = BookingGroup
    icon = "group"
    menu_label = _("Booking groups")
    add_to_admin_menu = False
    list_display = ["name"]


register_snippet(BookingGroupViewSet)


@hooks.register("register_admin_urls")
def register_booking_urls():
    return [
        path("booking/", admin_views.index, name="booking_index"),
        path("booking/rooms/<int:pk>/", admin_views.room, name="booking_room"),
        path("booking/<int:pk>/withdraw/", admin_views.withdraw, name="booking_withdraw"),
        path(
            "booking/slots/<int:pk>/cancel/", admin_views.cancel_slot, name="booking_cancel_slot"
        ),
        path("booking/requests/", admin_views.requests, name="booking_requests"),
        path("booking/<int:pk>/decide/", admin_views.decide, name="booking_decide"),
        path("booking/approve/", admin_views.bulk_approve, name="booking_bulk_approve"),
        path(
            "booking/seasons/<int:pk>/allocation/",
            admin_views.season_allocation,
            name="booking_allocation",
        ),
        path(
            "booking/seasons/<int:pk>/publish/",
            admin_views.season_publish,
            name="booking_allocation_publish",
        ),
        path(
            "booking/seasons/<int:pk>/copy/",
            admin_views.season_copy,
            name="booking_copy_last_season",
        ),
        path("booking/<int:pk>/choose/", admin_views.season_choose, name="booking_choose"),
        path("booking/export/", admin_views.export_season, name="booking_export"),
        path(
            "booking/rooms/<int:pk>/cancel-dates/",
            admin_views.cancel_dates,
            name="booking_cancel_dates",
        ),
    ]


class MemberMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return services.is_booking_staff(user) or services.may_book_at_all(user)


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return services.is_booking_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_booking_menu_item():
    return MemberMenuItem(_("Book a room"), reverse("booking_index"), icon_name="date", order=350)


@hooks.register("register_admin_menu_item")
def register_requests_menu_item():
    return StaffMenuItem(
        _("Booking requests"), reverse("booking_requests"), icon_name="tasks", order=351
    )
