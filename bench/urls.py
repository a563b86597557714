"""The bench urlconf (``cms.settings.bench``): the project's URLs plus, only when
``BENCH_BASELINE_ENABLED`` is on, the bench endpoints under ``/__bench__/``.

Production uses ``cms.urls`` and never imports this module.
"""

from django.conf import settings
from django.urls import path

from cms.urls import urlpatterns as project_urlpatterns

from . import views

urlpatterns = []
if getattr(settings, "BENCH_BASELINE_ENABLED", False):
    urlpatterns += [
        path("__bench__/baseline.json", views.baseline, name="bench_baseline"),
        # B2: the same view, served by bench.wsgi's bare handler (CommonMiddleware only).
        path("__bench__/b2/baseline.json", views.baseline, name="bench_baseline_bare"),
        path("__bench__/cold-feed/<slug:key>/", views.cold_feed, name="bench_cold_feed"),
        path("__bench__/raw-search/", views.raw_search, name="bench_raw_search"),
    ]
urlpatterns += project_urlpatterns
