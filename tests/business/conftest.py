from dataclasses import dataclass

import pytest

from business.factories import BusinessIndexPageFactory, BusinessOfferFactory, BusinessPageFactory
from business.models import OfferKind
from home.factories import home_for_default_site


@dataclass
class Partners:
    home: object
    index: object
    carpenter: object
    bakery: object


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def partners(db) -> Partners:
    home = home_for_default_site(title="Vallensbæk Kommune")
    index = publish(BusinessIndexPageFactory(parent=home, slug="erhvervspartnere"))
    carpenter = BusinessPageFactory(
        parent=index, title="Strandvejens Tømrerfirma", slug="toemrer", cvr="29189579"
    )
    BusinessOfferFactory(page=carpenter, kind=OfferKind.VOLUNTEER_HOURS, details="To frivillige")
    bakery = BusinessPageFactory(
        parent=index,
        title="Bageriet ved Søen",
        slug="bageriet",
        cvr="10000009",
        contact_name="Jonas Friis",
        contact_email="jonas.friis@bageriet-soeen.dk",
        contact_phone="28 11 22 33",
    )
    BusinessOfferFactory(page=bakery, kind=OfferKind.SPONSORSHIP, details="Kage til præmier")
    BusinessOfferFactory(page=bakery, kind=OfferKind.DISCOUNTS, details="10 % på lagkager")
    return Partners(home, index, publish(carpenter), publish(bakery))
