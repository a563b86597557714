"""What can be subscribed to, and what each publish announces: the registry.

Three kinds of target:

- a **topic** (``core.Topic``): every newly published page whose ``topics`` include it (in
  any language: topics are matched by translation key);
- a **section** (an index page such as *Nyheder* or *Aktiviteter*): every newly published
  page below it;
- a **single page** of a subscribable type (a renovation project): each new *item* on it,
  for a renovation project each new timeline update.

Section and page types are registered here by label. Another app adds its own without
importing this one, with a Wagtail hook in its ``wagtail_hooks.py``::

    @hooks.register("register_subscribable_page_type")
    def hearing_pages():
        return HearingPage, hearing_items  # hearing_items(page) -> iterable of Item

and ``register_subscribable_section`` returning an index page class the same way.
An item function returns :class:`Item`-shaped tuples ``(key, title, summary, url)``; a
type registered without one announces nothing of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from django.apps import apps
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from core.models import Topic
from core.querysets import listable

SUMMARY_CHARS = 300
#: The key of the page itself among the items a publish announces.
PAGE_KEY = "page"


class Item(NamedTuple):
    key: str
    title: str
    summary: str
    url: str


def _plain(html: str) -> str:
    return Truncator(" ".join(strip_tags(html or "").split())).chars(SUMMARY_CHARS)


def renovation_updates(page) -> Iterable[Item]:
    url = page.get_full_url() or ""
    for update in page.updates.all():
        yield Item(
            f"update:{update.pk}",
            f"{page.title}: {update.title}",
            _plain(update.text),
            f"{url}#update-{update.pk}",
        )


#: label -> item function (None: the type has no items of its own).
PAGE_TYPES: dict[str, Callable | None] = {"renovations.RenovationProjectPage": renovation_updates}
SECTION_TYPES: list[str] = [
    "news.NewsIndexPage",
    "activities.ActivityIndexPage",
    "renovations.RenovationIndexPage",
]


def _label(model) -> str:
    return model if isinstance(model, str) else model._meta.label


def page_types() -> dict[str, Callable | None]:
    found = dict(PAGE_TYPES)
    for hook in hooks.get_hooks("register_subscribable_page_type"):
        result = hook()
        model, items = result if isinstance(result, tuple) else (result, None)
        found[_label(model)] = items
    return found


def section_types() -> list[str]:
    found = list(SECTION_TYPES)
    for hook in hooks.get_hooks("register_subscribable_section"):
        found.append(_label(hook()))
    return found


def _models(labels) -> list:
    return [apps.get_model(label) for label in labels]


def kind_of_page(page) -> str | None:
    """``"section"``, ``"page"`` or None for a page (specific or not)."""
    label = page.specific_class._meta.label if page.specific_class else None
    if label in section_types():
        return "section"
    if label in page_types():
        return "page"
    return None


def items_of(page) -> list[Item]:
    """The items of a subscribable page (its new ones are announced to its subscribers)."""
    func = page_types().get(page.specific_class._meta.label)
    return [Item(*item) for item in func(page)] if func else []


def page_item(page) -> Item:
    """The page itself, as announced to its sections' and topics' subscribers."""
    return Item(PAGE_KEY, page.title, page.meta_description(), page.get_full_url() or "")


def section_pages():
    types = _models(section_types())
    return listable(Page.objects.type(*types)).specific().order_by("path")


def subscribable_pages():
    types = _models(page_types())
    return listable(Page.objects.type(*types)).specific().order_by("title")


def topics(language: str | None = None):
    return Topic.objects.filter(locale__language_code=language) if language else Topic.objects


def name_of(subscription) -> str:
    """What a subscription follows, as the subscriber reads it."""
    if subscription.kind == "topic":
        return _("News about %(topic)s") % {"topic": subscription.topic.name}
    return subscription.page.title
