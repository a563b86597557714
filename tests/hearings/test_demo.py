"""#18.7 the demo has an upcoming, an open (6 answers) and a decided hearing."""

import pytest
from django.core.management import call_command

from hearings.models import HearingAnswer, HearingPage
from hearings.state import State

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_three_hearings_the_issue_asks_for(client):
    call_command("seed_demo", "--small-images", verbosity=0)
    hearings = {page.state: page for page in HearingPage.objects.live().public()}
    assert set(hearings) == {State.UPCOMING, State.OPEN, State.DECIDED}

    answers = HearingAnswer.objects.filter(hearing=hearings[State.OPEN])
    assert answers.count() == 6
    assert answers.exclude(channel=HearingAnswer.Channel.WEB).exists(), "some came by phone"
    assert answers.exclude(redacted_passages="").count() == 1
    assert answers.filter(respondent=HearingAnswer.Respondent.ORGANISATION).exists()
    assert hearings[State.DECIDED].hearing_note is not None
    page = client.get(hearings[State.DECIDED].url).content.decode()
    assert hearings[State.DECIDED].hearing_note.url in page
