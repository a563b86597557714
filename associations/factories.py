"""Factories for the association directory and association profiles."""

import factory
import wagtail_factories

from associations.models import AssociationIndexPage, AssociationPage
from home.factories import HomePageFactory


class AssociationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Foreninger"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Find en forening i Vallensbæk."

    class Meta:
        model = AssociationIndexPage


class AssociationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vallensbæk Petanqueklub {n}")
    parent = factory.SubFactory(AssociationIndexPageFactory)
    summary = "Vi spiller petanque hver tirsdag og torsdag ved Strandparken."
    category = AssociationPage.Category.SPORT
    email = "kontakt@petanque-vallensbaek.dk"
    # A real-looking CVR number that passes the modulus-11 check.
    cvr = "29189579"
    description = "<p>Alle er velkomne til at prøve en gang gratis.</p>"

    class Meta:
        model = AssociationPage
