import pytest

from activities.factories import ActivityIndexPageFactory
from home.factories import home_for_default_site


@pytest.fixture
def home(db):
    return home_for_default_site()


@pytest.fixture
def calendar(home):
    """The municipal activity calendar ("Aktiviteter") under the home page."""
    return ActivityIndexPageFactory(parent=home)
