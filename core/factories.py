"""Factories for the shared snippets and for images, used by every app's factories and tests."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, Site

from core.models import Audience, Contact, Topic


def default_locale() -> Locale:
    return Locale.get_default()


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Emne {n}")
    slug = factory.Sequence(lambda n: f"emne-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Topic


class AudienceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Målgruppe {n}")
    slug = factory.Sequence(lambda n: f"maalgruppe-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Audience


class ContactFactory(DjangoModelFactory):
    name = "Mette Jensen"
    role = "Kultur og Fritid"
    email = "kultur@vallensbaek.dk"
    phone = "43 97 97 00"
    hours = "Man–tors 9–15"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Contact


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Billede {n}")


def set_default_site_root(page: Page) -> Site:
    """Point the default Site at ``page`` so it is served at "/"."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(
            hostname="localhost", port=80, root_page=page, is_default_site=True
        )
    site.root_page = page
    site.save()
    return site
