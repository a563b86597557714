"""Start-up checks the production settings run: configurations that would fail silently.

They raise ``ImproperlyConfigured`` while the settings load, so gunicorn, ``manage.py`` and the
scheduled jobs all refuse to start, with the reason in the log.
"""

from django.core.exceptions import ImproperlyConfigured

#: Cache backends whose data lives in one process: every gunicorn worker and every app server
#: would count rate limits (and keep cached pages) on its own.
PER_PROCESS_CACHES = {"django.core.cache.backends.locmem.LocMemCache"}


def require_shared_cache(caches: dict, *, single_process: bool, workers: int) -> None:
    """Refuse a per-process default cache unless exactly one process serves the site.

    The rate limits of the public forms and the API count in the default cache. With local
    memory and two gunicorn workers, each worker counts alone: 5 posts an hour become 10 (and
    more with every worker or node). ``single_process`` is the operator's explicit statement
    (``SINGLE_PROCESS=true``) that one process serves everything; ``workers`` is gunicorn's
    ``WEB_CONCURRENCY``, which contradicts it when above 1.
    """
    backend = caches.get("default", {}).get("BACKEND", "")
    if backend not in PER_PROCESS_CACHES:
        return
    if not single_process:
        raise ImproperlyConfigured(
            "The cache is local to each process (no REDIS_URL), so every worker would count "
            "the rate limits on its own. Set REDIS_URL, or set SINGLE_PROCESS=true if exactly "
            "one process serves the site (gunicorn -w 1)."
        )
    if workers > 1:
        raise ImproperlyConfigured(
            f"SINGLE_PROCESS=true but WEB_CONCURRENCY={workers}: with a cache local to each "
            "process the workers would count the rate limits separately. Set REDIS_URL."
        )
