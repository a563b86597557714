"""Factories for association guides."""

import datetime as dt

import factory
import wagtail_factories

from guides.models import GuideIndexPage, GuidePage
from home.factories import HomePageFactory


def guide_step(title: str, text: str, checklist=()) -> dict:
    """One ``step`` block in the raw StreamField format."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "body": f"<p>{text}</p>",
            "checklist": list(checklist),
            "downloads": [],
            "contact": None,
        },
    }


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Foreningsguider"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Hjælp til at starte og drive en forening."

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sådan starter I en forening {n}")
    parent = factory.SubFactory(GuideIndexPageFactory)
    summary = "Trin for trin: fra idé til stiftende generalforsamling."
    steps = factory.LazyFunction(
        lambda: [
            guide_step(
                "Skriv vedtægter",
                "Vedtægterne beskriver foreningens formål og regler.",
                ["Formål", "Medlemskab", "Kontingent"],
            ),
            guide_step("Hold stiftende generalforsamling", "Inviter alle interesserede."),
        ]
    )
    last_reviewed = factory.LazyFunction(dt.date.today)
    review_interval_months = 12

    class Meta:
        model = GuidePage
