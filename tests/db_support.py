"""The rows the migrations create, put back after a transactional test's flush removed them."""


def restore_migration_rows() -> None:
    """Make sure the default locale, the root page and the root collection exist.

    A transactional test (``transactional_db``, a live server) ends with a flush that empties
    every table, the rows the migrations created included. Tests after it in the same process
    (which one comes after which depends on how pytest-xdist shares the modules out) build on
    those three rows. Call with database access.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
