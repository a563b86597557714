"""Settings shared by every environment. Everything configurable comes from the environment.

docs/configuration.md lists every variable read here (tests/docs/ checks it).
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from cms.csp import inline_style_hashes

from .env import env, env_bool, env_int, env_list, env_rate

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "core",
    "home",
    "news",
    "activities",
    "renovations",
    "associations",
    "business",
    "submissions",
    "fairs",
    "recognition",
    "guides",
    "facilities",
    "screens",
    "search",
    "webhooks",
    "booking",
    "subscriptions",
    "hearings",
    "signups",
    "eventimport",
    "accounts",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v3",
    "wagtail_headless_preview",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # The database queue for background work (webhooks; docs/webhooks.md).
    "django_tasks",
    "django_tasks_db",
    # django.contrib.admin with a superusers-only site (accounts.admin_site).
    "accounts.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

MIDDLEWARE = [
    # Outermost: HEAD runs as GET everywhere and loses only its body (core.http).
    "core.http.HeadAsGetMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.http.PermissionsPolicyMiddleware",
    # Outside the page cache, so cached responses get the header too (see cms.csp).
    "cms.csp.PathPolicyCSPMiddleware",
    # Before sessions and the page cache: a client over its API limit costs next to nothing.
    "cms.ratelimit.ApiRateLimitMiddleware",
    # A screen's cached poll (hit or 304) is answered here, after the rate limit, without
    # the rest of the stack (screens.fastpath; make bench: B2).
    "screens.fastpath.FeedFastPathMiddleware",
    # Input no database can take (NUL bytes, huge integers, huge bodies) → 4xx (core.api.guard).
    "core.api.guard.ApiInputGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware (slash redirects) and before the views: see core.page_cache.
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(), then: a user with an authenticator (or one who must have
    # one) reaches nothing but the code step until the code is given (accounts.middleware).
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    # After authentication (private answers for editors): ETag/304 for public API GETs.
    "core.api.conditional.ConditionalAPIMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A refused approval becomes a message on the editor (associations.approval).
    "associations.middleware.OutdatedReviewMiddleware",
    # The explorer and the chooser are not opened on pages the user may not see.
    "core.admin_visibility.HiddenPageFolderMiddleware",
    # Wagtail's reports are for staff only: 403 for members (core.staff).
    "core.staff.StaffOnlyReportsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: SQLite in the checkout unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set. An unreachable Redis is treated as an empty
# cache (core.cache_backends): the site keeps serving, uncached, and /readyz says so.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "vcms"),
            "OPTIONS": {
                "socket_connect_timeout": 0.3,
                "socket_timeout": 0.5,
                "retry_seconds": 5,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "vallensbaek-cms",
        }
    }
# Rate limits (forms and API, core.ratelimit) count in the default cache through a per-process
# batch (core.counter_cache): one round trip per counter and RATELIMIT_SYNC_MS, not two per
# request. 0 sends every count through.
RATELIMIT_CACHE = {"BACKEND": "core.counter_cache.BatchedCounterCache", "LOCATION": "default"}
CACHES["ratelimit"] = RATELIMIT_CACHE
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_SYNC_MS = env_int("RATELIMIT_SYNC_MS", 100)

# Staff sign-in (accounts/; docs/security.md) ---------------------------------------------
# django-axes counts failed sign-ins on /admin/login/ and /django-admin/login/ in the
# database (so a lockout survives a restart and a Redis outage) and refuses the right
# password too while a lockout lasts.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
#: Failed sign-ins per username from one client address before that pair is locked out.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
#: Failed sign-ins from one client address, whatever the usernames, before it is locked out.
#: Higher than the per-account limit: a town hall's staff share one address.
LOGIN_ADDRESS_FAILURE_LIMIT = env_int("LOGIN_ADDRESS_FAILURE_LIMIT", 30)
#: Minutes a lockout lasts, counted from the last failed attempt.
LOGIN_COOLOFF_MINUTES = env_int("LOGIN_COOLOFF_MINUTES", 15)
#: How a client is told apart for sign-in and password-reset limits: "ip" (REMOTE_ADDR), or
#: "header:x-real-ip" behind a reverse proxy that sets that header (clients cannot).
LOGIN_RATE_KEY = env("LOGIN_RATE_KEY", "ip")
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # + the address ceiling (accounts)
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_HANDLER = "accounts.throttling.AxesHandler"
AXES_LOCKOUT_CALLABLE = "accounts.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_address"
# The time the lockout page gives must hold: tries during a lockout do not extend it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# Successful sign-ins are not logged (personal data nobody needs); failures are kept only
# until their cool-off has passed.
AXES_DISABLE_ACCESS_LOG = True
# Its start-up banner would print on every manage.py command.
AXES_VERBOSE = False
#: Password reset e-mails per target address, and reset requests per client address
#: (django-ratelimit notation). The page answers the same whether the address exists or not.
PASSWORD_RESET_RATE_LIMIT = env("PASSWORD_RESET_RATE_LIMIT", "3/h")
PASSWORD_RESET_CLIENT_RATE_LIMIT = env("PASSWORD_RESET_CLIENT_RATE_LIMIT", "10/h")
#: Two-factor sign-in (TOTP) is required for users with the "Must sign in with two-factor
#: authentication" permission (the Kommunikation group) and superusers; off here, on in
#: production. Anyone who has set up an authenticator is always asked for a code.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)
#: The issuer name authenticator apps show next to the code.
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Vallensbæk Kommune")
#: Mount Django's own admin at /django-admin/ (superusers only). Off unless set.
DJANGO_ADMIN_ENABLED = env_bool("DJANGO_ADMIN_ENABLED", False)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Danish first, English as the first translation.
LANGUAGE_CODE = "da"
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("da", "Dansk"), ("en", "English")]
# Translating must never publish content that moderation has not approved.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Static files and media.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
#: Like the CSP's ``frame-ancestors 'self'``: Wagtail's preview frames our own pages.
X_FRAME_OPTIONS = "SAMEORIGIN"
#: Browser features no page of ours uses, refused for every page and anything it embeds
#: (core.http.PermissionsPolicyMiddleware): feature → allowed origins (empty: none).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
}
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_URL = env("STATIC_URL", "/static/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") or None
    # Path-style addressing ("path") for MinIO and other S3-compatible services.
    AWS_S3_ADDRESSING_STYLE = env("AWS_S3_ADDRESSING_STYLE") or None
    #: Key prefix inside the bucket, e.g. "media" when the bucket is shared.
    AWS_LOCATION = env("AWS_LOCATION")
    # Credentials: django-storages/boto3 read AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and
    # AWS_SESSION_TOKEN) from the environment, or use the instance's role when they are unset;
    # they are deliberately not copied into settings.
    # Two uploads with the same name must never replace each other.
    AWS_S3_FILE_OVERWRITE = False
    # The bucket stays private; objects inherit the bucket's policy.
    AWS_DEFAULT_ACL = None
    # Signed, expiring URLs for images (renditions) unless a public custom domain/CDN is used.
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", True)
    AWS_QUERYSTRING_EXPIRE = env_int("AWS_QUERYSTRING_EXPIRE", 3600)
    # Documents are streamed through Django: bigger ones spool to a temporary file, not RAM.
    AWS_S3_MAX_MEMORY_SIZE = env_int("AWS_S3_MAX_MEMORY_SIZE", 5 * 1024 * 1024)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (django-tasks). Wagtail's own small tasks run at once ("default"); webhook
# deliveries go through a real queue in the database, run by `manage.py db_worker --backend
# webhooks --queue-name webhooks` (make run starts one; deploy/systemd in production).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
    # Subscription emails (docs/subscriptions.md): their own worker, so a slow mail server
    # never holds the webhooks.
    # Activity sign-up emails (docs/signup.md) share that mail worker, on their own queue.
    "subscriptions": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["subscriptions", "signups"],
    },
}
#: Webhook targets on loopback, private, link-local or reserved addresses are refused (SSRF)
#: unless this allows them: local development and the tests' receiver on 127.0.0.1 only.
WEBHOOKS_ALLOW_PRIVATE_TARGETS = env_bool("WEBHOOKS_ALLOW_PRIVATE_TARGETS", False)
#: Seconds the worker waits to connect to a target and for its answer; a slow target only
#: holds the worker, never a publish.
WEBHOOKS_CONNECT_TIMEOUT = 3
WEBHOOKS_READ_TIMEOUT = 5

# Wagtail
WAGTAIL_SITE_NAME = "Vallensbæk Kommune"
#: The site's one public address (core.site_url): the default Site's hostname and port are
#: set from it after every migrate, and every absolute URL (sitemap, RSS, iCal, API, screen
#: QR codes, emails) is built on it. WAGTAILADMIN_BASE_URL is its older name.
SITE_URL = env("SITE_URL", env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")).rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always go through Wagtail's serve view (core.documents): collection privacy is
# checked on every download, also with S3 (the file is streamed, never a redirect to a bucket
# URL that could be shared), and every response is an attachment under a sandboxing CSP.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Pixels of all frames together (core.uploads counts animation frames; Wagtail does not).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Every admin/API image form validates through core.uploads (format, size, pixels, damage).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.ImageForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILAPI_DOCS_ENABLED = True
# No third-party calls from the admin: staff e-mail hashes are not sent to Gravatar, and the
# admin does not fetch releases.wagtail.org (make audit checks the dependencies instead).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Approval publishes the revision the moderator reviewed, never a newer one saved since.
WAGTAIL_FINISH_WORKFLOW_ACTION = "associations.approval.publish_reviewed_revision"
# API v3: rich text as display HTML (clients may ask for ?rich_text_format=markdown), and
# pages of up to 100 items (a month of activity occurrences fits in one request).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = env_int("WAGTAILAPI_LIMIT_MAX", 100)
#: Seconds clients and shared caches may reuse a public API answer without asking; 0 means
#: "revalidate every time" (a 304 then costs no database query). core.api.conditional.
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 0)
# Headless preview: the external frontend that renders drafts. When set, pages get an
# "External frontend" preview mode that opens HEADLESS_PREVIEW_URL?content_type=…&token=…
HEADLESS_PREVIEW_URL = env("HEADLESS_PREVIEW_URL")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": HEADLESS_PREVIEW_URL} if HEADLESS_PREVIEW_URL else {},
    "ENFORCE_TRAILING_SLASH": False,
}
#: Seconds a preview token is accepted by /api/v3/preview/.
HEADLESS_PREVIEW_MAX_AGE = env_int("HEADLESS_PREVIEW_MAX_AGE", 24 * 60 * 60)

# Search: the database backend (PostgreSQL full text with the Danish configuration on
# PostgreSQL), Elasticsearch 8 when ELASTICSEARCH_URL is set. With Elasticsearch the database
# index is kept as well: search.backends.elasticsearch8 answers from it (and logs a warning)
# whenever the cluster cannot be reached.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": "danish" if DATABASE_IS_POSTGRES else None,
    }
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "vallensbaek_"),
            "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
            "FALLBACK_BACKEND": "database",
        },
        "database": WAGTAILSEARCH_BACKENDS["default"],
    }
#: Days of daily search counts kept for the admin's search terms report.
WAGTAILSEARCH_HITS_MAX_AGE = env_int("WAGTAILSEARCH_HITS_MAX_AGE", 30)

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "noreply@vallensbaek.dk")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Public page cache and CDN ------------------------------------------------------------
#: Seconds an anonymous page response is kept in the cache (and by a CDN, s-maxage).
#: Publishing empties it at once; 0 turns the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
#: A CDN or Varnish in front: Wagtail's frontend cache purges published pages and, through
#: core.cache_purge, the listings and feeds that show them. Either an HTTP PURGE endpoint
#: (Varnish, Fastly-style) or Cloudflare (zone id + API token).
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_ZONE_ID") and env("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
    }
#: URL names of the feeds and sitemap that list pages (mounted in cms.urls): a publish purges
#: them from the CDN too (core.cache_purge).
PAGE_LISTING_ROUTES = ["feeds:news", "feeds:activities", "sitemap"]
#: Cache tags (core.cache_tags): the response header that carries them: "xkey" (Varnish with
#: varnish-modules), "Surrogate-Key" (Fastly) or "Cache-Tag" (Cloudflare Enterprise).
CACHE_TAG_HEADER = env("CACHE_TAG_HEADER", "xkey")
#: Purge by tag (core.cache_purge.TagPurgeBackend): Varnish's address, e.g.
#: http://127.0.0.1:6081/ (deploy/varnish/vcms.vcl answers PURGE with an xkey-purge header),
#: or a CDN's purge endpoint with CACHE_TAG_PURGE_HEADER=Surrogate-Key and
#: CACHE_TAG_PURGE_METHOD=POST (Fastly's token in CACHE_TAG_PURGE_TOKEN, sent as Fastly-Key).
if env("CACHE_TAG_PURGE_URL"):
    WAGTAILFRONTENDCACHE["tags"] = {
        "BACKEND": "core.cache_purge.TagPurgeBackend",
        "LOCATION": env("CACHE_TAG_PURGE_URL"),
        "HEADER": env("CACHE_TAG_PURGE_HEADER", "xkey-purge"),
        "METHOD": env("CACHE_TAG_PURGE_METHOD", "PURGE"),
        "HEADERS": (
            {"Fastly-Key": env("CACHE_TAG_PURGE_TOKEN")} if env("CACHE_TAG_PURGE_TOKEN") else {}
        ),
    }

# Content-Security-Policy (django-csp; cms.csp) ------------------------------------------
# The public site and the screen player run no inline script or style, so 'self' is enough.
#: Extra origins for images and video (media on S3 or a CDN is added automatically).
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
if env("AWS_STORAGE_BUCKET_NAME"):
    if env("AWS_S3_CUSTOM_DOMAIN"):
        CSP_MEDIA_ORIGINS.append(f"https://{env('AWS_S3_CUSTOM_DOMAIN')}")
    elif env("AWS_S3_ENDPOINT_URL"):
        CSP_MEDIA_ORIGINS.append(env("AWS_S3_ENDPOINT_URL").rstrip("/"))
    else:
        CSP_MEDIA_ORIGINS.append(f"https://{env('AWS_STORAGE_BUCKET_NAME')}.s3.amazonaws.com")
#: Origins allowed in frames: the video services editors embed.
CSP_FRAME_ORIGINS = env_list(
    "CSP_FRAME_ORIGINS",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", *inline_style_hashes(BASE_DIR / "templates" / "500.html")],
        "img-src": ["'self'", "data:", *CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_ORIGINS],
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
#: (path prefix, directives added there). Only the Wagtail admin, behind its login, gets
#: inline script and style: its choosers and date pickers still start from inline <script>
#: (Wagtail's CSP support is incomplete, wagtail/wagtail#1288) and its widgets set inline
#: styles; it previews uploads as blob: images. The Django admin and the API docs need
#: inline styles.
CSP_PATH_UPDATES = [
    (
        "/admin/",
        {
            "script-src": ["'unsafe-inline'"],
            "style-src": ["'unsafe-inline'"],
            "img-src": ["blob:"],
            "media-src": ["blob:"],
            "frame-src": ["blob:"],
        },
    ),
    ("/django-admin/", {"style-src": ["'unsafe-inline'"]}),
    ("/api/v3/docs", {"style-src": ["'unsafe-inline'"]}),
]

# Domain settings
#: How often screen players poll their feed, and the longest a built feed stays cached.
SCREENS_POLL_SECONDS = env_int("SCREENS_POLL_SECONDS", 30)
#: How long one process reuses the screens content version for cached live polls
#: (screens.cache.live_content_version); another node's change shows at most this late.
SCREENS_VERSION_MEMO_MS = env_int("SCREENS_VERSION_MEMO_MS", 500)
#: Public forms: accepted submissions per browser (address + CSRF cookie) and per address, all
#: browsers together (django-ratelimit notation; see submissions.form_quota), and how the
#: address is read ("ip", or e.g. "header:x-real-ip" behind a reverse proxy).
PUBLIC_FORM_RATE_LIMIT = env("PUBLIC_FORM_RATE_LIMIT", "5/h")
PUBLIC_FORM_ADDRESS_RATE_LIMIT = env("PUBLIC_FORM_ADDRESS_RATE_LIMIT", "30/h")
PUBLIC_FORM_RATE_KEY = env("PUBLIC_FORM_RATE_KEY", "ip")
#: The headless API: requests per client address under /api/v3/ (``off`` = no limit), how a
#: client is told apart (like PUBLIC_FORM_RATE_KEY), and the screen feeds' own higher limit
#: (a building's screens share one address; see cms.ratelimit).
API_RATE_LIMIT = env_rate("API_RATE_LIMIT", "300/m")
API_RATE_KEY = env("API_RATE_KEY", "ip")
API_SCREENS_RATE_LIMIT = env_rate("API_SCREENS_RATE_LIMIT", "1200/m")
#: Room booking: requests (and other booking actions) per signed-in account (``off`` = none).
BOOKING_RATE_LIMIT = env_rate("BOOKING_RATE_LIMIT", "30/m")
#: Room booking: ``manage.py send_booking_reminders`` reminds this many days before the first
#: date of an approved booking.
BOOKING_REMINDER_DAYS = env_int("BOOKING_REMINDER_DAYS", 2)
#: Personal data (docs/privacy.md): days each kind is kept before ``manage.py
#: purge_personal_data`` deletes or anonymises it. Search terms: WAGTAILSEARCH_HITS_MAX_AGE.
SUBMISSION_RETENTION_DAYS = env_int("SUBMISSION_RETENTION_DAYS", 180)
#: Hearings: bytes one attachment to an answer may have (PDF or image, at most 3 per answer).
HEARING_ATTACHMENT_MAX_BYTES = env_int("HEARING_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
NOMINATION_RETENTION_DAYS = env_int("NOMINATION_RETENTION_DAYS", 365)
INVITATION_RETENTION_DAYS = env_int("INVITATION_RETENTION_DAYS", 90)
#: Activity sign-ups (docs/signup.md): participants' names, emails and phones are deleted this
#: many days after the activity; the cancel link in the emails works this many days.
SIGNUP_RETENTION_DAYS = env_int("SIGNUP_RETENTION_DAYS", 30)
SIGNUP_CANCEL_LINK_MAX_AGE_DAYS = env_int("SIGNUP_CANCEL_LINK_MAX_AGE_DAYS", 180)
#: Stand applications (docs/business.md): the contact person and staff's note are emptied
#: this many days after the fair's end.
STAND_CONTACT_RETENTION_DAYS = env_int("STAND_CONTACT_RETENTION_DAYS", 90)
#: Event import (docs/signup.md): the most events and bytes one run reads, and the API key
#: Eventdatabasen wants in its X-Api-Key header.
EVENT_IMPORT_MAX_ITEMS = env_int("EVENT_IMPORT_MAX_ITEMS", 5000)
EVENT_IMPORT_MAX_BYTES = env_int("EVENT_IMPORT_MAX_BYTES", 20_000_000)
EVENTDATABASEN_API_KEY = env("EVENTDATABASEN_API_KEY", "")
#: Recurring activities expand into at most this many stored occurrences.
ACTIVITY_MAX_OCCURRENCES = 520

# Human-readable name used in page titles and the admin.
SITE_DISPLAY_NAME = _("Vallensbæk Kommune")
