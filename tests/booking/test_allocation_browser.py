"""The season allocation in a real browser: conflicts side by side, pick a winner, publish."""

import datetime as dt
import os

import pytest
from django.utils import timezone
from wagtail.models import Locale

from booking import services
from booking.models import Booking, Season, Status
from tests.associations.world import PASSWORD
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("SCREENSHOT_DIR", "")


@pytest.fixture
def round_with_conflicts(transactional_db):
    from tests.db_support import restore_migration_rows

    Locale.objects.get_or_create(language_code="da")
    restore_migration_rows()


def test_staff_pick_a_winner_and_publish_the_allocation(
    round_with_conflicts, browser, live_server, hall, world
):
    now = timezone.now()
    season = Season.objects.create(
        name="Sæson 2027/28",
        first_day=timezone.localdate() + dt.timedelta(days=7),
        last_day=timezone.localdate() + dt.timedelta(days=300),
        window_opens=now - dt.timedelta(days=1),
        window_closes=now + dt.timedelta(days=1),
    )
    day = next_weekday(1)
    for association, member, start, end in [
        (world.association_a, world.member_a, 19, 21),
        (world.association_b, world.member_b, 20, 22),
    ]:
        services.request_booking(
            Booking(
                room=hall.gym,
                association=association,
                repeat=Booking.Repeat.WEEKLY,
                first_date=day,
                last_date=day + dt.timedelta(weeks=3),
                start_time=dt.time(start),
                end_time=dt.time(end),
                purpose="Træning",
            ),
            member,
        )
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", hall.staff.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.goto(
        f"{live_server.url}/admin/booking/seasons/{season.pk}/allocation/?room={hall.gym.pk}"
    )
    assert page.locator("tr.booking-conflict").count() == 2
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, "allocation-before.png"), full_page=True)
    with page.expect_navigation():
        page.get_by_role("button", name="Giv Vallensbæk Petanqueklub tiden").click()
    assert "Får tiden" in page.content()
    with page.expect_navigation():
        page.get_by_role("button", name="Offentliggør fordelingen").click()
    assert "1 godkendt, 1 afvist" in page.content()
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, "allocation-published.png"), full_page=True)
    assert Booking.objects.filter(status=Status.APPROVED).get().association_id == (
        world.association_a.pk
    )
    page.close()


def test_staff_type_a_door_code_and_the_member_sees_it(
    round_with_conflicts, browser, live_server, hall, world
):
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=next_weekday(1, weeks_ahead=1),
            start_time=dt.time(18),
            end_time=dt.time(20),
        ),
        world.member_a,
    )

    def sign_in(page, user):
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        with page.expect_navigation():
            page.click("button[type=submit]")

    staff = browser.new_page(viewport={"width": 1280, "height": 1000})
    sign_in(staff, hall.staff)
    staff.goto(
        f"{live_server.url}/admin/booking/requests/?room={hall.gym.pk}"
        f"&from={booking.first_date.isoformat()}"
    )
    staff.get_by_label("Dørkode").fill("4711")
    if SHOTS:
        staff.screenshot(path=os.path.join(SHOTS, "door-code-staff.png"), full_page=True)
    with staff.expect_navigation():
        staff.locator(f"#code-{booking.pk}").press("Enter")
    assert "Bookingen er godkendt" in staff.content()
    staff.close()

    member = browser.new_page(viewport={"width": 1280, "height": 1000})
    sign_in(member, world.member_a)
    member.goto(f"{live_server.url}/admin/booking/")
    assert "Dørkode: 4711" in member.locator("table").nth(1).inner_text()
    if SHOTS:
        member.screenshot(path=os.path.join(SHOTS, "door-code-member.png"), full_page=True)
    member.close()
