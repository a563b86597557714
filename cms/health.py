"""Health endpoints for load balancers and orchestrators.

``/healthz`` says only that the process answers. ``/readyz`` checks the parts a request
needs and answers 503 when a required one is down, so a load balancer stops sending traffic.
"""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return the value just written")
    cache.delete(key)


def check_search() -> None:
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    es = getattr(backend, "es", None)
    if es is not None and not es.ping():
        raise RuntimeError("Elasticsearch did not answer")


#: name → (check, required). The site keeps serving without cache or Elasticsearch
#: (uncached, database search), so only the database is required.
CHECKS = {
    "database": (check_database, True),
    "cache": (check_cache, False),
    "search": (check_search, False),
}


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    parts = {}
    ready = True
    for name, (check, required) in CHECKS.items():
        started = time.perf_counter()
        try:
            check()
        except Exception as exc:  # Any failure means "down"; the reason goes to the log.
            logger.warning("readyz: %s is down: %s", name, exc)
            parts[name] = {"status": "down", "required": required}
            ready = ready and not required
        else:
            parts[name] = {
                "status": "ok",
                "required": required,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            }
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": parts}, status=200 if ready else 503
    )
