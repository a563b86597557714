"""``python -m bench.profile_feed``: where a screen feed poll's time goes, per middleware.

Runs in-process with the bench settings (``cms.settings.bench``) against ``DATABASE_URL``:
N polls of one cached feed (hit, or 304 with ``--etag``) through Django's real WSGI handler
under cProfile, once with the project's middleware and once with the fast path
(``screens.fastpath``) taken out, and prints each middleware's own share (its cumulative
time minus the next one's) and the time per request. Also B2 (the bench view with
CommonMiddleware only). Figures are in-process, without the network or gunicorn.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time


def _environ(path: str, etag: str | None) -> dict:
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }
    if etag:
        environ["HTTP_IF_NONE_MATCH"] = etag
    return environ


def _run(handler, path, etag, n, profiled=True) -> tuple[float, pstats.Stats | None]:
    def start_response(status, headers, exc_info=None):
        return None

    for _ in range(50):  # warm: the feed cached, imports done
        b"".join(handler(_environ(path, etag), start_response))
    profile = cProfile.Profile() if profiled else None
    started = time.process_time()
    if profile:
        profile.enable()
    for _ in range(n):
        b"".join(handler(_environ(path, etag), start_response))
    if profile:
        profile.disable()
    # CPU time of this process: what the request costs, whatever else the machine does.
    elapsed = time.process_time() - started
    return elapsed / n, pstats.Stats(profile) if profile else None


def _middleware_shares(stats: pstats.Stats, middleware: list[str], n: int) -> list[tuple]:
    """(middleware, own µs per request): cumulative time of its __call__/process_* minus the
    next one's."""
    cumulative = {}
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        for dotted in middleware:
            module = dotted.rsplit(".", 1)[0]
            if filename.endswith(module.replace(".", "/") + ".py") and func == "__call__":
                cumulative[dotted] = max(cumulative.get(dotted, 0), ct)
    rows = []
    chain = [m for m in middleware if m in cumulative]
    for index, dotted in enumerate(chain):
        inner = cumulative[chain[index + 1]] if index + 1 < len(chain) else 0
        rows.append((dotted, (cumulative[dotted] - inner) / n * 1e6))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key", default="bench-herd-000")
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument(
        "--no-profile",
        action="store_true",
        help="CPU time per request only, without cProfile's overhead (best of 3 runs)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler

    from bench.wsgi import BareHandler

    path = f"/api/v3/screens/{args.key}/feed/"
    project = list(settings.MIDDLEWARE)
    without = [m for m in project if m != "screens.fastpath.FeedFastPathMiddleware"]
    handlers = {}
    for label, chain in (("before (no fast path)", without), ("after (fast path)", project)):
        settings.MIDDLEWARE = chain
        handlers[label] = (WSGIHandler(), chain)
    settings.MIDDLEWARE = project
    etag = None
    response = {}

    def capture(status, headers, exc_info=None):
        response.update(dict(headers))

    b"".join(handlers["after (fast path)"][0](_environ(path, None), capture))
    etag = response.get("ETag")
    print(f"feed {path}: ETag {etag}")
    profiled = not args.no_profile

    def timed(handler, path, tag):
        if profiled:
            return _run(handler, path, tag, args.n)
        return min(_run(handler, path, tag, args.n, profiled=False) for _ in range(3))

    b2_seconds, _stats = timed(BareHandler(), "/__bench__/b2/baseline.json", None)
    print(f"B2 (CommonMiddleware only): {b2_seconds * 1e6:.0f} µs per request")
    for label, (handler, chain) in handlers.items():
        for kind, tag in (("hit", None), ("304", etag)):
            seconds, stats = timed(handler, path, tag)
            print(
                f"\n== {label}, {kind}: {seconds * 1e6:.0f} µs per request "
                f"({b2_seconds / seconds:.2f}× B2's rate)"
            )
            if stats is None:
                continue
            for dotted, micros in _middleware_shares(stats, chain, args.n):
                print(f"  {micros:8.1f} µs  {dotted}")
            if args.top:
                out = io.StringIO()
                stats.stream = out
                stats.sort_stats("tottime").print_stats(args.top)
                print("\n".join(out.getvalue().splitlines()[6 : 8 + args.top]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
