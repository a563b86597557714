"""A node lost under load (#20 item 3): through Varnish, one gunicorn node is killed and
restarted while clients read cached pages, uncached pages and a screen feed.

- Varnish's health probe takes the node out and brings it back (``varnishadm backend.list``);
- only requests in flight on the killed node may fail (bounded by the number of clients);
- the screen feed never fails;
- an editor signed in on node 1 posts on node 2 (the session and the CSRF token are shared:
  sessions live in the database/Redis, not in a node).

The numbers (requests, failures, the seconds until the node is out and back) are printed, so
they show in the CI log. The load is bounded (``LOAD_SECONDS``; CI runs this once).
"""

import asyncio
import os
import random
import re
import signal
import subprocess
import time

import httpx
import pytest

from tests.stack.conftest import STACK, run_dir, run_in_stack, stack_env, stack_port, varnishadm

pytestmark = pytest.mark.stack

#: Concurrent clients (the issue: "e.g. 50 concurrent clients"): most read cached pages
#: (Varnish hits), a few read pages every node renders afresh, and screens poll their feed.
#: The renders are bounded on purpose: a node kept saturated makes its probe time out, which
#: says nothing about losing a node (and the CI machine has two shared cores).
CACHED_CLIENTS = 44
UNCACHED_CLIENTS = 2
SCREENS = 4
CLIENTS = CACHED_CLIENTS + UNCACHED_CLIENTS + SCREENS
#: Seconds of load at least; the node is killed after KILL_AFTER of them. The load goes on
#: until the node has been back in rotation for AFTER_BACK seconds, at most MAX_SECONDS.
LOAD_SECONDS = 40
KILL_AFTER = 8
AFTER_BACK = 5
MAX_SECONDS = 90
#: How long the probe may take to notice (1 s interval, 2 of 3 must fail) and to readmit
#: (a restarted node boots Django first).
PROBE_SECONDS = 20

CONTENT = """
import json
from news.models import NewsArticlePage
from screens.models import Screen
articles = [a.url for a in NewsArticlePage.objects.listable().order_by("-date")[:5]]
page = NewsArticlePage.objects.listable().order_by("-date").first()
print(json.dumps({"articles": articles, "page": page.pk,
                  "screens": list(Screen.objects.values_list("key", flat=True)[:4])}))
"""

LOCKED = """
import json
from wagtail.models import Page
print(json.dumps({{"locked": Page.objects.get(pk={pk}).locked}}))
"""

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def node_health(name: str) -> str:
    """``healthy`` or ``sick``: what Varnish's probe says of ``name`` (``node1``)."""
    for line in varnishadm("backend.list").splitlines():
        fields = line.split()
        if fields and fields[0].endswith(f".{name}"):
            return "healthy" if "healthy" in fields else "sick"
    raise AssertionError(f"Varnish has no backend {name}: {varnishadm('backend.list')}")


def wait_health(name: str, wanted: str, seconds: float) -> float | None:
    """Poll the probe's verdict until it is ``wanted``; when it was seen (or None)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if node_health(name) == wanted:
            return time.time()
        time.sleep(0.1)
    return None


def group_members(pgid: int) -> list[int]:
    """The live (not zombie) processes of process group ``pgid``."""
    out = subprocess.run(
        ["ps", "-e", "-o", "pid=,pgid=,stat="], check=True, capture_output=True, text=True
    ).stdout
    return [
        int(pid)
        for pid, group, stat in (line.split() for line in out.splitlines())
        if int(group) == pgid and not stat.startswith("Z")
    ]


def wait_group_gone(pgid: int, seconds: float) -> float | None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not group_members(pgid):
            return time.time()
        time.sleep(0.1)
    return None


class Stats:
    """Every request's outcome, by kind; failures with the moment they happened."""

    def __init__(self):
        self.requests: dict[str, int] = {}
        self.failures: list[tuple[float, str, str, str]] = []

    def record(self, kind: str, url: str, error: str | None) -> None:
        self.requests[kind] = self.requests.get(kind, 0) + 1
        if error is not None:
            self.failures.append((time.time(), kind, url, error))

    def failed(self, kind: str) -> int:
        return sum(1 for failure in self.failures if failure[1] == kind)


async def get(client, stats: Stats, kind: str, url: str, **kwargs) -> None:
    try:
        response = await client.get(url, **kwargs)
    except httpx.HTTPError as error:
        stats.record(kind, url, f"{type(error).__name__}: {error}")
        return
    stats.record(kind, url, None if response.status_code == 200 else str(response.status_code))


async def cached_client(client, stats, stop, urls: list[str]) -> None:
    while not stop.is_set():
        await get(client, stats, "cached", random.choice(urls))


async def uncached_client(client, stats, stop, urls: list[str]) -> None:
    while not stop.is_set():
        # The messages cookie makes Varnish pass it and the page cache skip it: a render.
        await get(client, stats, "uncached", random.choice(urls), headers={"Cookie": "messages=x"})
        await asyncio.sleep(0.2)


async def screen_client(client, stats, stop, url: str) -> None:
    while not stop.is_set():
        await get(client, stats, "screen feed", url)
        await asyncio.sleep(1)


def cookie_header(jar: httpx.Cookies) -> dict[str, str]:
    """The jar as a ``Cookie`` header. The production settings mark the session and CSRF
    cookies ``Secure`` (TLS ends at nginx in front of Varnish), and httpx sends no secure
    cookie over the stack's plain HTTP by itself; a browser behind TLS sends them."""
    return {"Cookie": "; ".join(f"{name}={value}" for name, value in jar.items())}


def sign_in(node: str) -> httpx.Cookies:
    """An editor's session and CSRF cookies, signed in on ``node`` (a base URL)."""
    with httpx.Client(base_url=node, timeout=30) as editor:
        form = editor.get("/admin/login/")
        assert form.status_code == 200, form.status_code
        token = CSRF_FIELD.search(form.text)[1]
        answer = editor.post(
            "/admin/login/",
            data={
                "username": "admin",
                "password": "vallensbaek-dev",
                "csrfmiddlewaretoken": token,
            },
            headers=cookie_header(editor.cookies),
        )
        assert answer.status_code == 302, (answer.status_code, answer.text[:300])
        jar = editor.cookies
    assert "sessionid" in jar and "csrftoken" in jar
    return jar


def post_on(node: str, jar: httpx.Cookies, path: str, token: bool = True) -> int:
    """POST ``path`` on ``node`` with the editor's cookies (and CSRF token) from another node."""
    data = {"csrfmiddlewaretoken": jar["csrftoken"]} if token else {}
    response = httpx.post(node + path, data=data, headers=cookie_header(jar), timeout=30)
    return response.status_code


async def load(base_url: str, cached, uncached, feeds, scenario) -> Stats:
    stats = Stats()
    stop = asyncio.Event()
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits) as client:
        tasks = [
            asyncio.create_task(cached_client(client, stats, stop, cached))
            for _ in range(CACHED_CLIENTS)
        ]
        tasks += [
            asyncio.create_task(uncached_client(client, stats, stop, uncached))
            for _ in range(UNCACHED_CLIENTS)
        ]
        tasks += [
            asyncio.create_task(screen_client(client, stats, stop, feeds[n % len(feeds)]))
            for n in range(SCREENS)
        ]
        try:
            await asyncio.to_thread(scenario)
        finally:
            stop.set()
            await asyncio.gather(*tasks)
    return stats


def test_a_node_killed_under_load_is_taken_out_and_back_and_only_in_flight_requests_fail(
    stack, capsys
):
    content = run_in_stack(CONTENT)
    assert content["screens"], "the demo has no screen"
    cached = ["/", "/nyheder/", "/aktiviteter/", "/foreninger/", *content["articles"]]
    uncached = ["/", "/nyheder/", *content["articles"][:2]]
    feeds = [f"/api/v3/screens/{key}/feed/" for key in content["screens"]]
    node1 = f"http://127.0.0.1:{stack_port() + 1}"
    node2 = f"http://127.0.0.1:{stack_port() + 2}"
    with httpx.Client(base_url=stack, timeout=30) as client:
        for url in cached:
            assert client.get(url).status_code == 200  # cached in Varnish from here on
    assert node_health("node1") == node_health("node2") == "healthy"
    editor = sign_in(node1)

    master = int((run_dir() / "node1.pid").read_text())
    marks: dict[str, float | None] = {}
    posted: dict[str, int] = {}

    def scenario():
        marks["start"] = time.time()
        time.sleep(KILL_AFTER)
        marks["killed"] = time.time()
        # The node is lost: its master and its workers at once (its process group), as when
        # its machine or the OOM killer takes it. A SIGKILL of the master alone leaves the
        # workers serving until they notice (15-20 s here) and finish their requests.
        os.killpg(master, signal.SIGKILL)
        marks["out"] = wait_health("node1", "sick", PROBE_SECONDS)
        # Node 1, where the editor signed in, is gone: node 2 takes the editor's post.
        posted["lock"] = post_on(node2, editor, f"/admin/pages/{content['page']}/lock/")
        posted["no_token"] = post_on(
            node2, editor, f"/admin/pages/{content['page']}/unlock/", token=False
        )
        marks["workers_gone"] = wait_group_gone(master, PROBE_SECONDS)
        subprocess.run(
            [str(STACK), "node-start", "1"], check=True, env=stack_env(), capture_output=True
        )
        marks["restarted"] = time.time()
        marks["back"] = wait_health("node1", "healthy", PROBE_SECONDS)
        end = max(marks["start"] + LOAD_SECONDS, (marks["back"] or time.time()) + AFTER_BACK)
        time.sleep(max(0.0, min(end, marks["start"] + MAX_SECONDS) - time.time()))
        marks["end"] = time.time()

    assert group_members(master), "node1's master is not running"
    try:
        stats = asyncio.run(load(stack, cached, uncached, feeds, scenario))
        locked = run_in_stack(LOCKED.format(pk=content["page"]))["locked"]
        posted["unlock"] = post_on(node2, editor, f"/admin/pages/{content['page']}/unlock/")
    finally:
        if group_members(master):
            # The killed master's workers (its process group) should have left; make sure.
            os.killpg(master, signal.SIGKILL)

    killed = marks["killed"]
    total = sum(stats.requests.values())
    with capsys.disabled():
        print(
            f"\nnode loss under load: {total} requests in {marks['end'] - marks['start']:.1f} s "
            f"({CACHED_CLIENTS} clients on cached pages, {UNCACHED_CLIENTS} on uncached ones, "
            f"{SCREENS} screens): {stats.requests}"
        )
        print(f"failed: {len(stats.failures)} ({ {k: stats.failed(k) for k in stats.requests} })")
        for moment, kind, url, error in stats.failures[:10]:
            print(f"  {moment - killed:+.2f} s after the kill: {kind} {url}: {error}")
        out = f"{marks['out'] - killed:.2f} s" if marks["out"] else "never"
        back = f"{marks['back'] - marks['restarted']:.2f} s" if marks["back"] else "never"
        print(
            f"node1 SIGKILLed {killed - marks['start']:.1f} s into the load; Varnish's probe "
            f"took it out after {out}; restarted {marks['restarted'] - killed:.1f} s after the "
            f"kill, back in rotation {back} after the restart "
            f"({(marks['back'] or marks['end']) - killed:.1f} s out of rotation in all)"
        )
        print(
            f"editor signed in on node1, on node2: lock {posted['lock']}, without the CSRF "
            f"token {posted['no_token']}, unlock {posted['unlock']}; locked={locked}"
        )

    assert marks["out"] is not None, "Varnish's probe never took the killed node out"
    assert marks["back"] is not None, "Varnish's probe never brought the node back"
    assert stats.failed("screen feed") == 0, stats.failures
    # Only requests in flight on the killed node may fail: at most one per client.
    assert len(stats.failures) <= CLIENTS, stats.failures[:10]
    assert stats.requests["cached"] > CLIENTS and stats.requests["uncached"] > 0
    # The session and CSRF token made on node 1 are valid on node 2.
    assert posted["lock"] == 302 and locked is True
    assert posted["no_token"] == 403
    assert posted["unlock"] == 302
