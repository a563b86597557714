"""The skeleton of the site: the home page, the default Site and the six index pages."""

from __future__ import annotations

from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core.demo import data
from home.models import HomePage

from .pages import PageSeeder, find_child, publish_child
from .text import block, stream

HOME_SLUG = "forside"

#: (key, model path, title, slug, intro). ``key`` is how other seeders find the index.
INDEXES = [
    (
        "news",
        "news.NewsIndexPage",
        "Nyheder",
        "nyheder",
        "Nyt fra Vallensbæk Kommune, fra byens foreninger og fra dit lokalområde.",
    ),
    (
        "activities",
        "activities.ActivityIndexPage",
        "Aktiviteter",
        "aktiviteter",
        "Det sker i Vallensbæk: kultur, motion, natur og fællesskab for alle aldre.",
    ),
    (
        "renovations",
        "renovations.RenovationIndexPage",
        "Renoveringer",
        "renoveringer",
        "Se hvad kommunen bygger og renoverer, hvornår det er færdigt, og hvem det berører.",
    ),
    (
        "associations",
        "associations.AssociationIndexPage",
        "Foreninger",
        "foreninger",
        "Find en forening i Vallensbæk – til sport, kultur, natur eller fællesskab.",
    ),
    (
        "guides",
        "guides.GuideIndexPage",
        "Foreningsguider",
        "foreningsguider",
        "Trin for trin: sådan starter, driver og udvikler du en forening i Vallensbæk.",
    ),
    (
        "facilities",
        "facilities.FacilityIndexPage",
        "Lokaler",
        "lokaler",
        "Kommunens lokaler, som foreninger kan bruge om aftenen og i weekenden.",
    ),
]


def home_body() -> str:
    return stream(
        [
            block("latest_news", {"heading": "Seneste nyheder", "count": 4}),
            block("upcoming_activities", {"heading": "Det sker i Vallensbæk", "count": 6}),
            block("current_renovations", {"heading": "Renoveringer lige nu", "count": 3}),
        ]
    )


def _default_site() -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    return site


def seed_home(ctx) -> None:
    """Make a HomePage the root of the default site and remove Wagtail's welcome page."""
    seeder = PageSeeder(ctx, _("Home page"))
    site = _default_site()
    current = site.root_page.specific if site.pk else None
    if isinstance(current, HomePage):
        home = current
        seeder.existing += 1
    else:
        root = Page.get_first_root_node()
        home = find_child(root, HOME_SLUG)
        if home is None:
            spec = data.HOME
            image = ctx.images.picture(spec.get("image"), "home")
            home = publish_child(
                root,
                HomePage(
                    title=spec["title"],
                    slug=HOME_SLUG,
                    locale=ctx.locale,
                    hero_title=spec["hero_title"],
                    hero_text=spec.get("hero_text", ""),
                    image=image,
                    image_alt=spec["image"]["alt"] if image else "",
                    body=home_body(),
                ),
            )
            seeder.created += 1
        else:
            seeder.existing += 1
        site.root_page = home
        site.hostname, site.port = site.hostname or "localhost", site.port or 80
        site.site_name = site.site_name or "Vallensbæk Kommune"
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page: a plain Page at depth 2.
        if current is not None and type(current) is Page and current.pk != home.pk:
            current.delete()
    ctx.home = home
    seeder.done()


def seed_indexes(ctx) -> None:
    """The six section index pages directly under the home page."""
    from django.apps import apps

    seeder = PageSeeder(ctx, _("Index pages"))
    for key, model_path, title, slug, intro in INDEXES:
        model = apps.get_model(model_path)
        ctx.indexes[key] = seeder.ensure(
            ctx.home,
            slug,
            # Sections belong in the main menu, as an editor would tick "show in menus".
            lambda model=model, title=title, intro=intro: model(
                title=title, intro=intro, show_in_menus=True
            ),
        )
    seeder.done()


def home(ctx) -> HomePage:
    """The default site's home page, found when not seeded this run."""
    if ctx.home is None:
        ctx.home = Site.objects.get(is_default_site=True).root_page.specific
    return ctx.home


def index(ctx, key: str) -> Page:
    """The index page for ``key`` ("news", "activities", …), found when not seeded this run."""
    if key not in ctx.indexes:
        slug = next(entry[3] for entry in INDEXES if entry[0] == key)
        ctx.indexes[key] = find_child(home(ctx), slug)
    return ctx.indexes[key]
