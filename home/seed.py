"""Demo seeders for the skeleton of the site (``site.toml``), standard pages and public forms.

The home page becomes the root of the default Site (Wagtail's welcome page goes); the
sections, standard pages (``pages.toml``) and form pages (``forms.toml``) go under it, in
that order. Sections and forms name their page type in ``model``.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core import retention
from core.site_url import ensure_default_site, site_root_url
from demo.pages import PageSeeder, find_child, page_model, publish_child
from demo.registry import register
from demo.text import body
from demo.validation import building

from .models import HomePage, StandardPage

HOME_SLUG = "forside"


def home_body(entry) -> str:
    """The home page's StreamField (its listings of news, activities …) from site.toml."""
    return body(HomePage, "body", entry["body"])


def _default_site() -> Site:
    """The default Site, or a new one, on the address of ``SITE_URL`` (core.site_url)."""
    site = Site.objects.filter(is_default_site=True).first()
    return ensure_default_site(site or Site(is_default_site=True))


def build_home(ctx, entry) -> HomePage:
    image = ctx.images.picture(entry.get("image"), "home")
    return HomePage(
        title=entry["title"],
        slug=HOME_SLUG,
        locale=ctx.locale,
        hero_title=entry["hero_title"],
        hero_text=entry.get("hero_text", ""),
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        body=home_body(entry),
    )


@register("home")
def seed_home(ctx) -> None:
    """Make a HomePage the root of the default site and remove Wagtail's welcome page."""
    seeder = PageSeeder(ctx, _("Home page"))
    site_data = ctx.data("site")
    site = _default_site()
    current = site.root_page.specific if site.pk else None
    if isinstance(current, HomePage):
        home = current
        seeder.existing += 1
    else:
        root = Page.get_first_root_node()
        home = find_child(root, HOME_SLUG)
        if home is None:
            entry = site_data.table("home")
            with building(entry):
                home = publish_child(root, build_home(ctx, entry))
            seeder.created += 1
        else:
            seeder.existing += 1
        site.root_page = home
        site.site_name = site.site_name or site_data.table("site")["site_name"]
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page: a plain Page at depth 2.
        if current is not None and type(current) is Page and current.pk != home.pk:
            current.delete()
    ctx.home = home
    seeder.done()


@register("sections", after="home")
def seed_sections(ctx) -> None:
    """The section index pages directly under the home page, in menu order."""
    seeder = PageSeeder(ctx, _("Index pages"))
    for entry in ctx.data("site").entries("sections"):
        key = entry["key"]  # read first: building() reports keys nobody read
        ctx.indexes[key] = seeder.ensure(
            ctx.home_page(),
            entry,
            # Sections belong in the main menu, as an editor would tick "show in menus".
            lambda e: page_model(e)(title=e["title"], intro=e["intro"], show_in_menus=True),
        )
    seeder.done()


def page_facts() -> dict[str, int]:
    """The numbers the privacy and cookie pages state, from the settings that enforce them:
    each retention rule's period in days (``core.retention``, what ``purge_personal_data``
    uses) and the lifetimes of the site's cookies in days."""
    facts = {rule.setting: rule.days() for rule in retention.rules() if rule.setting}
    facts["CSRF_COOKIE_DAYS"] = settings.CSRF_COOKIE_AGE // 86400
    facts["SESSION_COOKIE_DAYS"] = settings.SESSION_COOKIE_AGE // 86400
    return facts


def fill_facts(text: str) -> str:
    """``{{SUBMISSION_RETENTION_DAYS}}`` … in a page's text replaced by :func:`page_facts`."""
    for name, value in page_facts().items():
        text = text.replace(f"{{{{{name}}}}}", str(value))
    if "{{" in text:
        raise ValueError(_("unknown number in {{…}}: %s") % text[text.index("{{") :][:40])
    return text


def build_standard(ctx, entry) -> StandardPage:
    image = ctx.images.picture(entry.get("image"), f"page/{entry['slug']}")
    return StandardPage(
        title=entry["title"],
        summary=fill_facts(entry["summary"]),
        image=image,
        image_alt=entry["image"]["alt"] if image else "",
        body=fill_facts(body(StandardPage, "body", entry.get("body", []))),
    )


# The last pages to be made, after the sections' content: the demo's page ids then stay as
# they have always been, which the API examples in the docs quote (/pages/41/ …).
@register("standard_pages", after=["sections", "news", "activities", "renovations", "guides"])
def seed_standard_pages(ctx) -> None:
    seeder = PageSeeder(ctx, _("Standard pages"))
    for entry in ctx.data("pages").entries("pages"):
        seeder.ensure(ctx.home_page(), entry, lambda e: build_standard(ctx, e))
    seeder.done()


@register("public_forms", after="standard_pages")
def seed_public_forms(ctx) -> None:
    """The form pages where citizens send suggestions and nominations."""
    seeder = PageSeeder(ctx, _("Public forms"))
    for entry in ctx.data("forms").entries("forms"):
        seeder.ensure(
            ctx.home_page(), entry, lambda e: page_model(e)(title=e["title"], intro=e["intro"])
        )
    seeder.done()


@register(
    "page_links",
    after=["standard_pages", "public_forms", "news", "activities", "guides", "english"],
)
def seed_page_links(ctx) -> None:
    """Calls to action that name one of our own pages (``call_to_action.page`` in the data,
    seeded as its address, see ``demo.text``) become page links: they follow the page when it
    moves, and disappear while it is unpublished."""
    section = _("Links to our own pages")
    home = ctx.home_page()
    root = site_root_url()
    linked = 0
    if home is None:
        ctx.report(section, 0, 0)
        return
    # Every locale's pages: an English call to action may name a Danish-only page.
    for page in Page.objects.filter(depth__gte=home.depth).specific():
        stream = getattr(page, "body", None)
        raw = list(getattr(stream, "raw_data", None) or [])
        changed = False
        for item in raw:
            value = item.get("value") if item.get("type") == "call_to_action" else None
            url = (value or {}).get("url") or ""
            if not url.startswith(f"{root}/"):
                continue
            path = url.removeprefix(root).strip("/")
            target = Page.objects.filter(url_path=f"{home.url_path}{path}/").first()
            if target is None:
                continue
            item["value"] = {**value, "page": target.pk, "url": ""}
            changed = True
        if changed:
            page.body = json.dumps(raw)
            page.save_revision().publish()
            linked += 1
    ctx.report(section, linked, 0)
