"""POST data for the Wagtail admin page forms, built with Wagtail's form-data helpers.

Each function returns a complete, valid submission for one page type; tests override single
fields to provoke one validation error at a time.
"""

import datetime as dt

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

DATE_FORMAT = "%d.%m.%Y"  # WAGTAIL_DATE_FORMAT
DATETIME_FORMAT = "%d.%m.%Y %H:%M"  # WAGTAIL_DATETIME_FORMAT


def admin_date(day: dt.date) -> str:
    return day.strftime(DATE_FORMAT)


def admin_datetime(moment: dt.datetime) -> str:
    """A local wall-clock datetime as typed into the admin's date-time field."""
    return moment.strftime(DATETIME_FORMAT)


def _page(title: str, slug: str, **fields) -> dict:
    return {"title": title, "slug": slug, "comments": inline_formset([]), **fields}


def home_page_data(**overrides) -> dict:
    data = _page(
        "Vallensbæk Kommune",
        "forside",
        hero_title="Velkommen til Vallensbæk",
        hero_text="",
        image="",
        image_alt="",
        body=streamfield([]),
    )
    return nested_form_data({**data, **overrides})


def standard_page_data(**overrides) -> dict:
    data = _page(
        "Om kommunen",
        "om-kommunen",
        summary="Fakta om Vallensbæk.",
        image="",
        image_alt="",
        body=streamfield([("paragraph", rich_text("<p>Vallensbæk ligger ved Køge Bugt.</p>"))]),
    )
    return nested_form_data({**data, **overrides})


def index_page_data(title: str, slug: str, **overrides) -> dict:
    return nested_form_data({**_page(title, slug, intro=""), **overrides})


def news_article_data(**overrides) -> dict:
    data = _page(
        "Ny legeplads",
        "ny-legeplads",
        date=admin_date(dt.date(2026, 5, 1)),
        summary="Legepladsen åbner til sommer.",
        image="",
        image_alt="",
        body=streamfield([("paragraph", rich_text("<p>Med gynger.</p>"))]),
        contact="",
        related_pages=inline_formset([]),
    )
    return nested_form_data({**data, **overrides})


def activity_data(start: dt.datetime, end: dt.datetime, /, **overrides) -> dict:
    data = _page(
        "Fællessang",
        "faellessang",
        summary="Vi synger sammen.",
        image="",
        image_alt="",
        start=admin_datetime(start),
        end=admin_datetime(end),
        recurrence="",
        recurrence_until="",
        excluded_dates=inline_formset([]),
        facility="",
        address="Vallensbæk Bibliotek, Idrætsvej 2",
        organiser="",
        department="Kultur og Fritid",
        is_free="on",
        price_text="",
        registration_url="",
        registration_deadline="",
        capacity_note="",
        accessibility_info="",
        body=streamfield([]),
    )
    return nested_form_data({**data, **overrides})


def association_data(**overrides) -> dict:
    data = _page(
        "Vallensbæk Skakklub",
        "vallensbaek-skakklub",
        summary="Skak for alle aldre hver onsdag.",
        category="culture",
        logo="",
        image="",
        image_alt="",
        description=rich_text("<p>Kom og spil.</p>"),
        email="skak@example.dk",
        phone="",
        website="",
        cvr="29189579",
        meeting_place="",
        membership_info="",
        active="on",
    )
    return nested_form_data({**data, **overrides})


def guide_data(**overrides) -> dict:
    step = {
        "title": "Skriv vedtægter",
        "body": rich_text("<p>Vedtægterne er foreningens regler.</p>"),
        "checklist": {"count": "1", "0": {"value": "Formål", "deleted": "", "order": "0"}},
        "downloads": {"count": "0"},
        "contact": "",
    }
    data = _page(
        "Sådan starter I en forening",
        "saadan-starter-i-en-forening",
        summary="Fra idé til forening.",
        image="",
        image_alt="",
        steps=streamfield([("step", step)]),
        contact="",
        last_reviewed=admin_date(dt.date(2026, 1, 15)),
        review_interval_months="12",
    )
    return nested_form_data({**data, **overrides})


def renovation_data(**overrides) -> dict:
    data = _page(
        "Nyt tag på skolen",
        "nyt-tag-paa-skolen",
        summary="Taget skiftes.",
        image="",
        image_alt="",
        building="Pilehaveskolen",
        address="Pilehavevej 3",
        status="in_progress",
        planned_start=admin_date(dt.date(2026, 4, 1)),
        planned_end=admin_date(dt.date(2026, 9, 30)),
        expected_end=admin_date(dt.date(2026, 10, 31)),
        description=rich_text("<p>Arbejdet foregår på hverdage.</p>"),
        contact="",
        phases=inline_formset([]),
        disruptions=inline_formset([]),
        updates=inline_formset([]),
    )
    return nested_form_data({**data, **overrides})


def facility_data(**overrides) -> dict:
    data = _page(
        "Pilehavehallen",
        "pilehavehallen",
        summary="Idrætshal med multisal.",
        image="",
        image_alt="",
        address="Pilehavevej 11",
        postcode="2665",
        city="Vallensbæk Strand",
        description=rich_text("<p>Hallen kan lånes om aftenen.</p>"),
        rooms=inline_formset([{"name": "Multisalen", "capacity": "60"}]),
        availability=inline_formset([]),
        booking_url="",
        booking_contact="",
    )
    return nested_form_data({**data, **overrides})


def add_url(model, parent) -> str:
    from django.urls import reverse

    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_url(page) -> str:
    from django.urls import reverse

    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def in_admin_language(msgid: str) -> str:
    """``msgid`` as the Danish admin shows it (English until ``locale/da`` translates it)."""
    from django.utils import translation

    with translation.override("da"):
        return translation.gettext(msgid)


def post_invalid(client, url: str, data: dict, *, publish: bool = True):
    """POST a submission the admin must refuse: the form comes back (200), never a 500."""
    if publish:
        data = {**data, "action-publish": "action-publish"}
    response = client.post(url, data)
    assert response.status_code == 200, f"expected the form again, got {response.status_code}"
    # ``is_valid`` also covers the inline formsets (phases, disruptions, excluded dates).
    assert not response.context["form"].is_valid(), "the form was accepted"
    return response


def page_text(response) -> str:
    """The response HTML with entities decoded, to search for messages."""
    import html

    return html.unescape(response.content.decode())
