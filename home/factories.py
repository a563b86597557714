"""Factories for the home page and standard pages."""

import factory
import wagtail_factories
from wagtail.models import Page
from wagtail.rich_text import RichText

from core.factories import set_default_site_root
from home.models import HomePage, StandardPage


def root_page() -> Page:
    return Page.get_first_root_node()


def paragraph(html: str) -> tuple:
    """A ``BodyStreamBlock`` paragraph for a factory's ``body``."""
    return ("paragraph", RichText(html))


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page directly under the tree root (pass ``parent`` to place it elsewhere)."""

    title = factory.Sequence(lambda n: f"Vallensbæk Kommune {n}")
    slug = factory.Sequence(lambda n: f"forside-{n}")
    parent = factory.LazyFunction(root_page)
    hero_title = "Velkommen til Vallensbæk"
    hero_text = "Her finder du nyheder, aktiviteter og foreninger i Vallensbæk."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Om kommunen {n}")
    parent = factory.SubFactory(HomePageFactory)
    summary = "Praktiske oplysninger om Vallensbæk Kommune."
    body = factory.LazyFunction(lambda: [paragraph("<p>Rådhuset ligger ved stationen.</p>")])

    class Meta:
        model = StandardPage


def home_for_default_site(**kwargs) -> HomePage:
    """A home page that the default Site serves at "/"."""
    home = HomePageFactory(**kwargs)
    set_default_site_root(home)
    return home
