"""Demo step for ``seed_demo``: two association members and the public form pages.

The members get no password here; ``ensure_dev_users`` (development only) sets and prints
one, so a seeded production-like database never holds a known password.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from .models import Membership

#: (association slug, username, email, first name, last name, role)
DEMO_MEMBERS = [
    (
        "vallensbaek-badmintonklub",
        "badminton",
        "badminton@example.invalid",
        "Bente",
        "Holm",
        Membership.Role.CONTACT,
    ),
    (
        "kajakklubben-vallensbaek-havn",
        "kajak",
        "kajak@example.invalid",
        "Kasper",
        "Lund",
        Membership.Role.EDITOR,
    ),
]

#: (model path, slug, title, intro)
FORM_PAGES = [
    (
        "submissions.ActivitySuggestionPage",
        "foreslaa-en-aktivitet",
        "Foreslå en aktivitet",
        "Kender du til en aktivitet i Vallensbæk, som andre skal vide besked om? Fortæl os om "
        "den her. Kommunikationsafdelingen læser alle forslag, før noget bliver offentliggjort.",
    ),
    (
        "submissions.GuideSuggestionPage",
        "del-et-godt-raad",
        "Del et godt råd til foreningsguiderne",
        "Har din forening erfaringer, som andre foreninger kan bruge? Del dem her, så kommer de "
        "måske med i foreningsguiderne.",
    ),
    (
        "recognition.NominationPage",
        "indstil-en-ildsjael",
        "Indstil en ildsjæl",
        "Kender du en frivillig, der gør en forskel? Indstil vedkommende til kommunens "
        "skulderklap. Et udvalg læser alle indstillinger.",
    ),
]


def seed_members(ctx) -> None:
    from core.seeding.associations import association

    User = get_user_model()
    created = existing = 0
    for slug, username, email, first_name, last_name, role in DEMO_MEMBERS:
        page = association(ctx, slug)
        if page is None:
            continue
        user, user_created = User.objects.get_or_create(
            username=username,
            defaults={"email": email, "first_name": first_name, "last_name": last_name},
        )
        if user_created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        _membership, membership_created = Membership.objects.get_or_create(
            user=user, association=page, defaults={"role": role}
        )
        if user_created or membership_created:
            created += 1
        else:
            existing += 1
    ctx.report(_("Association members"), created, existing)


def seed_form_pages(ctx) -> None:
    from django.apps import apps

    from core.seeding import tree
    from core.seeding.pages import PageSeeder

    seeder = PageSeeder(ctx, _("Public forms"))
    home = tree.home(ctx)
    for model_path, slug, title, intro in FORM_PAGES:
        model = apps.get_model(model_path)
        seeder.ensure(home, slug, lambda m=model, t=title, i=intro: m(title=t, intro=i))
    seeder.done()


def register_seeders() -> None:
    """Add the steps to ``seed_demo`` after the associations and guides exist."""
    try:
        from core.seeding import SEEDERS, register
    except ImportError:  # the seed package is optional outside development
        return
    names = [name for name, _seeder in SEEDERS]
    if "associations" in names:
        register("association_members", seed_members, after="associations")
    after = next((n for n in ("standard_pages", "guides") if n in names), None)
    register("public_forms", seed_form_pages, after=after)
