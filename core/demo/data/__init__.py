"""Danish demo content for Vallensbæk CMS, as plain Python data.

This package holds realistic, fictional content for seeding a demo site:
topics, audiences, contacts, facilities, associations, news, activities,
renovations, association guides, standard pages, the home page, info-screen
slides and a site alert. It has no Django imports, so it can be read and tested
without a database.

Conventions:

* Dict keys are English; values are Danish, in plain language.
* Dates are relative to the day the seed runs (``*_offset_days``), so the demo
  always looks current. Texts avoid weekdays, months and seasons.
* ``slug`` values are lowercase ASCII with hyphens (æ → ae, ø → oe, å → aa)
  and unique within their list.
* References between lists use slugs (facilities, associations, topics,
  audiences) or keys (contacts).
* ``image`` entries are ``{"label": ..., "alt": ...}``; the seed draws them
  with :func:`core.demo.images.make_image`.
* All people are fictional. Addresses other than the town hall are
  illustrative.

The content is split into modules by type; everything is re-exported here.
"""

from .activities import ACTIVITIES
from .associations import ASSOCIATIONS
from .facilities import FACILITIES
from .guides import GUIDES
from .news import NEWS
from .pages import ALERT, HOME, SCREENS_MANUAL_SLIDES, STANDARD_PAGES
from .renovations import RENOVATIONS
from .taxonomy import AUDIENCES, CONTACTS, TOPICS

__all__ = [
    "ACTIVITIES",
    "ALERT",
    "ASSOCIATIONS",
    "AUDIENCES",
    "CONTACTS",
    "FACILITIES",
    "GUIDES",
    "HOME",
    "NEWS",
    "RENOVATIONS",
    "SCREENS_MANUAL_SLIDES",
    "STANDARD_PAGES",
    "TOPICS",
]
