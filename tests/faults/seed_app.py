"""Minimal content for the fault tests' app: a home page, a news article and one info screen.

Run as ``python tests/faults/seed_app.py`` with the app's environment. The database was built
with ``migrate --run-syncdb`` (see app_settings), so the rows Wagtail's data migrations would
add (locales, the tree root) are created here.
"""

import django

django.setup()

from wagtail.models import Locale, Page  # noqa: E402

from home.factories import home_for_default_site  # noqa: E402
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory  # noqa: E402
from screens.factories import ManualSlideFactory, ScreenFactory  # noqa: E402

da, _ = Locale.objects.get_or_create(language_code="da")
Locale.objects.get_or_create(language_code="en")
if not Page.get_first_root_node():
    Page.add_root(instance=Page(title="Root", slug="root", locale=da, live=True))
home = home_for_default_site(title="Vallensbæk Kommune", slug="forside")
news_index = NewsIndexPageFactory(parent=home, title="Nyheder", slug="nyheder")
NewsArticlePageFactory(parent=news_index, title="Ny legeplads ved Strandparken", slug="legeplads")
screen = ScreenFactory(key="raadhus-foyer", name="Rådhusets foyer")
ManualSlideFactory(title="Borgerservice lukker tidligt fredag", screens=[screen])
print("seeded")
