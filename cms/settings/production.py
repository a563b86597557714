"""Production settings. Refuses to start without SECRET_KEY and ALLOWED_HOSTS.

``manage.py check --deploy`` reports nothing with the environment in docs/operations.md
(SECRET_KEY, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS, DATABASE_URL, and REDIS_URL or
SINGLE_PROCESS=true). TLS ends at the reverse proxy, which must set ``X-Forwarded-Proto``.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required
from .guards import require_shared_cache

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:  # also when it holds only commas and spaces
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set.")
#: Origins allowed to post forms cross-origin (the admin and forms on the site's own host
#: need nothing here), e.g. ``https://www.vallensbaek.dk``.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

#: Rate limits must count in a store every process shares (Redis): see cms.settings.guards.
SINGLE_PROCESS = env_bool("SINGLE_PROCESS", False)
require_shared_cache(
    CACHES,  # noqa: F405
    single_process=SINGLE_PROCESS,
    workers=env_int("WEB_CONCURRENCY", 1),
)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers and orchestrators probe over plain HTTP inside the network: answer them
# instead of redirecting (see cms.health).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# The admin's preview frames our own pages, so framing is same-origin (X_FRAME_OPTIONS and
# the CSP's frame-ancestors 'self' agree); Django's reminder to use DENY (W019) is silenced.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if not SECURE_HSTS_PRELOAD:
    # Preloading is the domain owner's decision for every subdomain of the municipality's
    # domain, and hard to undo; it stays opt-in, so its reminder (W021) is silenced.
    SILENCED_SYSTEM_CHECKS.append("security.W021")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

#: Staff with the two-factor permission (Kommunikation) and superusers must use an
#: authenticator app; DJANGO_ADMIN_ENABLED stays off unless set (see base.py).
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
