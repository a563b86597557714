"""Fixtures for translation tests: the search tests' small site, and an English visitor."""

import pytest

from tests.search.conftest import client, site  # noqa: F401 (fixtures)


@pytest.fixture
def english_home(site):  # noqa: F811
    from tests.i18n.helpers import translate

    return translate(site.home, {"Vallensbæk Kommune": "Vallensbaek Municipality"})
