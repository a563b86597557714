import pytest

from tests.associations.world import *  # noqa: F403


@pytest.fixture
def nomination_page(world):
    from recognition.models import NominationPage

    page = NominationPage(title="Indstil en ildsjæl", slug="indstil-en-ildsjael")
    world.home.add_child(instance=page)
    return page
