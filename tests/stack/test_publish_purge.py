"""Through Varnish: a publish shows everywhere within a second; everything else stays a hit."""

import json
import threading
import time

import httpx
import pytest

from tests.stack.conftest import run_in_stack

pytestmark = pytest.mark.stack

#: An association's activity that the activity calendar's first page lists, the association,
#: and a news article that has nothing to do with either.
FIND_CONTENT = """
import json
from activities.models import ActivityPage
from associations.models import AssociationPage
from news.models import NewsArticlePage
candidates = []
for activity in ActivityPage.objects.listable().order_by("start")[:200]:
    parent = activity.get_parent().specific
    if isinstance(parent, AssociationPage):
        candidates.append({"activity": activity.pk, "activity_url": activity.url,
                           "association_url": parent.url, "title": activity.title})
article = NewsArticlePage.objects.listable().order_by("-date").first()
print(json.dumps({"candidates": candidates, "article_url": article.url}))
"""

#: Publishes a new title and prints when the transaction committed and when every on-commit
#: callback (the tag purge sent to Varnish among them) had run: the purge's own delay.
PUBLISH = """
import json, time
from django.db import transaction
from activities.models import ActivityPage
marks = []
with transaction.atomic():
    transaction.on_commit(lambda: marks.append(time.time()))
    page = ActivityPage.objects.get(pk={pk}).get_latest_revision_as_object()
    page.title = {title!r}
    page.save_revision().publish()
print(json.dumps({{"published": page.pk, "committed": marks[0], "purged": time.time()}}))
"""


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def shows(response, title: str) -> bool:
    """Whether the response shows ``title``: as is (HTML, iCalendar unfolded) or as JSON
    writes it (``\\u00e6`` for "æ"; ``str.encode("unicode_escape")`` gives ``\\xe6``, which
    no JSON has: that mismatch was why the API detail looked unpurged)."""
    text = response.text.replace("\r\n ", "")  # iCalendar folds long lines
    return title in text or json.dumps(title)[1:-1] in text


#: The issue's goal (#20): a publish shows through Varnish within 1 s. Each output is asked
#: continuously while the publish runs; asserted is when the last request that still got the
#: old version was *sent*, counted from the commit (the window in which a visitor could get
#: the old version). When the first new answer *arrived* (an uncached render, slow on a loaded
#: CI machine) is reported beside it.
WINDOW_SECONDS = 1.0
#: How long the test keeps asking after the commit before it gives up on an output.
GIVE_UP_SECONDS = 15.0
#: Pause between two requests of one poller (the hits are cheap; the publish needs the CPU).
POLL_PAUSE = 0.02


class Poller(threading.Thread):
    """Asks for one URL again and again until it shows ``title`` (or is told to stop)."""

    def __init__(self, base_url: str, url: str, title: str):
        super().__init__(daemon=True)
        self.base_url, self.url, self.title = base_url, url, title
        self.give_up = threading.Event()
        #: (sent, answered, X-Cache, shows the title) of every request.
        self.answers: list[tuple[float, float, str, bool]] = []
        self.error: BaseException | None = None

    def run(self):
        try:
            with httpx.Client(base_url=self.base_url, timeout=10) as client:
                while not self.give_up.is_set():
                    sent = time.time()
                    response = fetch(client, self.url)
                    fresh = shows(response, self.title)
                    self.answers.append((sent, time.time(), response.headers["X-Cache"], fresh))
                    if fresh:
                        return
                    time.sleep(POLL_PAUSE)
        except BaseException as error:  # reported by the test
            self.error = error

    def result(self, committed: float) -> dict:
        stale = [answer for answer in self.answers if not answer[3]]
        fresh = [answer for answer in self.answers if answer[3]]
        result = {"last_old_sent": round(stale[-1][0] - committed, 3) if stale else None}
        if fresh:
            sent, answered, x_cache, _ = fresh[0]
            result.update(
                first_new_sent=round(sent - committed, 3),
                first_new_answered=round(answered - committed, 3),
                x_cache=x_cache,
            )
        return result


def test_a_published_activity_shows_everywhere_and_nothing_else_is_purged(stack, capsys):
    content = run_in_stack(FIND_CONTENT)
    with httpx.Client(base_url=stack, timeout=10) as client:
        calendar = fetch(client, "/aktiviteter/")
    # One the calendar's first page shows.
    found = next(c for c in content["candidates"] if shows(calendar, c["title"]))
    activity = found["activity"]
    outputs = {
        "activity": found["activity_url"],
        "calendar": "/aktiviteter/",
        "association": found["association_url"],
        "ical": "/feeds/aktiviteter.ics",
        "activity_ical": f"/feeds/aktiviteter/{activity}.ics",
        "api_detail": f"/api/v3/pages/{activity}/",
    }
    article_url = content["article_url"]
    with httpx.Client(base_url=stack, timeout=10) as client:
        if shows(fetch(client, "/"), found["title"]):
            outputs["home"] = "/"
        for url in [*outputs.values(), article_url]:
            fetch(client, url)
            fetch(client, url)  # now cached in Varnish
        article_before = fetch(client, article_url)
        before = {name: fetch(client, url).headers["X-Cache"] for name, url in outputs.items()}
    assert article_before.headers["X-Cache"] == "HIT"
    assert set(before.values()) == {"HIT"}, before

    # "æ" on purpose: JSON escapes it, HTML and iCalendar do not.
    new_title = f"{found['title']} (ændret {time.strftime('%H%M%S')})"
    pollers = {name: Poller(stack, url, new_title) for name, url in outputs.items()}
    for poller in pollers.values():
        poller.start()
    try:
        marks = run_in_stack(PUBLISH.format(pk=activity, title=new_title))
        committed = marks["committed"]
        for poller in pollers.values():
            poller.join(max(0.0, committed + GIVE_UP_SECONDS - time.time()))
    finally:
        for poller in pollers.values():
            poller.give_up.set()
        for poller in pollers.values():
            poller.join(10)
    errors = {name: poller.error for name, poller in pollers.items() if poller.error}
    assert not errors, errors
    seen = {name: poller.result(committed) for name, poller in pollers.items()}
    with httpx.Client(base_url=stack, timeout=10) as client:
        article_after = fetch(client, article_url)

    with capsys.disabled():
        print(
            f"\nbefore the publish, X-Cache: {before}; article {article_before.headers['X-Cache']}"
        )
        print(
            "on-commit callbacks (the tag purge among them) done "
            f"{marks['purged'] - committed:.3f} s after the commit"
        )
        print("after the publish, per output (seconds from the commit):")
        for name, result in seen.items():
            print(f"  {name:14} {result}")
        print(
            f"unrelated article after the publish: X-Cache {article_after.headers['X-Cache']}, "
            f"hits {article_after.headers.get('X-Cache-Hits')}"
        )
    missing = {name for name, result in seen.items() if "first_new_answered" not in result}
    assert not missing, f"not updated in {GIVE_UP_SECONDS} s: {missing}"
    late = {
        name: result["last_old_sent"]
        for name, result in seen.items()
        if result["last_old_sent"] is not None and result["last_old_sent"] > WINDOW_SECONDS
    }
    assert not late, f"the old version later than {WINDOW_SECONDS} s after the commit: {late}"
    assert all(result["x_cache"] == "MISS" for result in seen.values()), seen
    assert article_after.headers["X-Cache"] == "HIT"
