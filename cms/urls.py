from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import health
from cms.api import api
from core import documents as core_documents
from core.page_cache import reads_query
from feeds import views as feeds_views
from feeds.sitemap import ListableSitemap
from screens import views as screens_views

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Before Wagtail's admin: the throttled password reset takes its address (accounts.urls).
    path("admin/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own pattern (same URL): adds the sandboxing CSP and cache headers.
    re_path(r"^documents/(\d+)/(.*)$", core_documents.serve),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", api.urls),
    # Django's sitemap view reads ?p= (the sitemap's page number) and nothing else.
    path(
        "sitemap.xml",
        reads_query("p")(sitemap),
        {"sitemaps": {"pages": ListableSitemap}},
        name="sitemap",
    ),
    path("robots.txt", feeds_views.robots_txt, name="robots_txt"),
    path("favicon.ico", feeds_views.favicon, name="favicon"),
    path("was", feeds_views.accessibility_statement_redirect, name="was"),
    path("screens/", include("screens.urls")),
    # A page's short address, encoded in the screens' QR codes (screens.views.short_link).
    re_path(r"^s/(?P<pk>[0-9]+)/?$", screens_views.short_link, name="screens_short_link"),
    path("os2display/", include("os2display.urls")),
    path("booking/", include("booking.urls")),
    path("tilmelding/", include("signups.urls")),
]

if settings.DJANGO_ADMIN_ENABLED:
    # Superusers only (accounts.admin_site); not mounted at all unless enabled.
    urlpatterns.insert(2, path("django-admin/", admin.site.urls))

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Danish at "/", English under "/en/".
urlpatterns += i18n_patterns(
    path("soeg/", include("search.urls")),
    path("feeds/", include("feeds.urls")),
    path("abonnement/", include("subscriptions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
