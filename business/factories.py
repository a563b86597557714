"""Factories for the business directory and business pages."""

import factory
import wagtail_factories

from business.models import BusinessIndexPage, BusinessOffer, BusinessPage, OfferKind
from home.factories import HomePageFactory


class BusinessIndexPageFactory(wagtail_factories.PageFactory):
    title = "Erhvervspartnere"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Virksomheder i Vallensbæk, der støtter foreningslivet."

    class Meta:
        model = BusinessIndexPage


class BusinessPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strandvejens Tømrerfirma {n}")
    parent = factory.SubFactory(BusinessIndexPageFactory)
    summary = "Lokalt tømrerfirma, der hjælper foreninger med klubhuse og materialer."
    cvr = "29189579"
    email = "info@strandvejens-toemrer.dk"
    phone = "43 64 00 00"
    contact_name = "Karen Holm"
    contact_email = "karen.holm@strandvejens-toemrer.dk"
    contact_phone = "21 43 65 87"

    class Meta:
        model = BusinessPage


class BusinessOfferFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(BusinessPageFactory)
    kind = OfferKind.SPONSORSHIP
    details = "Præmier til foreningsdagens lotteri"

    class Meta:
        model = BusinessOffer
