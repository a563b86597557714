"""Factories for the news index and articles."""

import datetime as dt

import factory
import wagtail_factories

from home.factories import HomePageFactory, paragraph
from news.models import NewsArticlePage, NewsIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyheder"
    parent = factory.SubFactory(HomePageFactory)
    intro = "Nyt fra Vallensbæk Kommune."

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ny legeplads ved Strandparken {n}")
    parent = factory.SubFactory(NewsIndexPageFactory)
    summary = "Kommunen bygger en ny legeplads, der åbner til sommer."
    date = factory.LazyFunction(dt.date.today)
    body = factory.LazyFunction(lambda: [paragraph("<p>Legepladsen får gynger og sandkasse.</p>")])

    class Meta:
        model = NewsArticlePage
