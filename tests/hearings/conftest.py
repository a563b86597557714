"""A published hearing under a home page on the default site."""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone

from hearings.factories import HearingIndexPageFactory, HearingPageFactory
from hearings.models import HearingIndexPage, HearingPage
from home.factories import home_for_default_site


def days(n: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=n)


@dataclass
class Hearings:
    home: object
    index: HearingIndexPage
    hearing: HearingPage

    def add(self, **fields) -> HearingPage:
        page = HearingPageFactory(parent=self.index, **fields)
        page.save_revision().publish()
        return HearingPage.objects.get(pk=page.pk)

    @property
    def form_url(self) -> str:
        return self.hearing.url + "svar/"


@pytest.fixture
def hearings(db):
    home = home_for_default_site(slug="forside-hoering")
    index = HearingIndexPageFactory(parent=home, slug="hoeringer")
    hearing = HearingPageFactory(parent=index, slug="stationstorvet", title="Lokalplan 95")
    hearing.save_revision().publish()
    return Hearings(home, index, HearingPage.objects.get(pk=hearing.pk))


def answer_data(**overrides) -> dict:
    data = {
        "name": "Karen Jensen",
        "email": "karen@example.com",
        "email_confirm": "karen@example.com",
        "address": "Hemmelig Allé 7, 2625 Vallensbæk",
        "hide_address": "on",
        "respondent": "person",
        "organisation": "",
        "text": "Jeg ønsker flere træer på pladsen.",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
