"""Template helpers for news, such as the home page's "latest news"."""

from django import template

from core.querysets import in_locale
from news.models import NewsArticlePage

register = template.Library()


@register.simple_tag
def latest_news(count: int, locale_id=None) -> list:
    """The newest public articles, featured first, in the language of ``locale_id``."""
    articles = in_locale(NewsArticlePage.objects.listable(), locale_id)
    return list(articles.order_by("-featured", "-date", "-pk")[:count])
