"""The screen herd: many simulated screens polling their feeds with ETag, one publish midway.

Each simulated screen polls on its own fixed schedule (a random phase within the poll
interval), sends the last ETag as ``If-None-Match`` and remembers the first moment its feed
contains the publish marker. Runs in the runner's process with asyncio + httpx.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field

import httpx


@dataclass
class HerdLog:
    """What every screen saw: (wall time, latency s, status) per poll, and update times."""

    polls: list[tuple[float, float, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    updated_at: dict[int, float] = field(default_factory=dict)


async def _screen(client, number, url, poll, started, seconds, marker, log, rng):
    next_poll = started + rng.uniform(0, poll)
    etag = None
    while next_poll < started + seconds:
        await asyncio.sleep(max(0.0, next_poll - time.time()))
        headers = {"If-None-Match": etag} if etag else {}
        t0 = time.perf_counter()
        try:
            response = await client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            log.errors.append(f"{type(exc).__name__}: {exc}")
            log.polls.append((time.time(), time.perf_counter() - t0, 0))
        else:
            log.polls.append((time.time(), time.perf_counter() - t0, response.status_code))
            if response.status_code == 200:
                etag = response.headers.get("ETag")
                if number not in log.updated_at and marker in response.text:
                    log.updated_at[number] = time.time()
            elif response.status_code != 304:
                log.errors.append(f"HTTP {response.status_code}")
        next_poll += poll


async def run_herd(
    base_url: str,
    keys: list[str],
    screens: int,
    poll: float,
    seconds: float,
    marker: str,
    publish_after: float,
    publish,
) -> tuple[HerdLog, dict, float]:
    """Run the herd; ``publish()`` (blocking) runs in a thread after ``publish_after`` s.

    Returns the log, what ``publish`` returned and the wall-clock start.
    """
    log = HerdLog()
    rng = random.Random(7)
    limits = httpx.Limits(max_connections=screens, max_keepalive_connections=screens)
    timeout = httpx.Timeout(10.0)
    started = time.time() + 0.5
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=timeout) as client:
        tasks = [
            asyncio.create_task(
                _screen(
                    client,
                    number,
                    f"/api/v3/screens/{keys[number % len(keys)]}/feed/",
                    poll,
                    started,
                    seconds,
                    marker,
                    log,
                    rng,
                )
            )
            for number in range(screens)
        ]
        await asyncio.sleep(max(0.0, started + publish_after - time.time()))
        published = await asyncio.to_thread(publish)
        await asyncio.gather(*tasks)
    return log, published, started


async def warm(base_url: str, keys: list[str], concurrency: int = 6) -> int:
    """Fetch every feed once, so the herd starts in steady state (screens that have been
    polling all day), not with every feed cold at once. Returns the feeds that failed."""
    failed = 0
    semaphore = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:

        async def one(key):
            nonlocal failed
            async with semaphore:
                try:
                    response = await client.get(f"/api/v3/screens/{key}/feed/?preview=true")
                    failed += response.status_code != 200
                except httpx.HTTPError:
                    failed += 1

        await asyncio.gather(*(one(key) for key in keys))
    return failed


def percentile(values: list[float], pct: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def summarise(log: HerdLog, screens: int, published_at: float, poll: float) -> dict:
    """Errors, p95 before/after the publish, and how long until every screen updated."""
    before = [lat for (at, lat, _s) in log.polls if at < published_at]
    after = [lat for (at, lat, _s) in log.polls if at >= published_at]
    delays = [at - published_at for at in log.updated_at.values()]
    return {
        "screens": screens,
        "polls": len(log.polls),
        "errors": len(log.errors),
        "error_samples": sorted(set(log.errors))[:5],
        "status_counts": _counts(s for (_a, _l, s) in log.polls),
        "p95_before_ms": _ms(percentile(before, 95)),
        "p95_after_ms": _ms(percentile(after, 95)),
        "screens_updated": len(log.updated_at),
        "seconds_until_all_updated": round(max(delays), 2)
        if len(delays) == screens and delays
        else None,
        "poll_seconds": poll,
    }


def _counts(statuses) -> dict:
    counts: dict[str, int] = {}
    for status in statuses:
        counts[str(status)] = counts.get(str(status), 0) + 1
    return counts


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)
