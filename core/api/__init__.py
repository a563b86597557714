"""Shared building blocks for the headless API (Wagtail API v3 + the project's routers).

``cms/api.py`` is the one place that wires the API together; the modules here hold what
several apps' routers reuse: image renditions, field schemas for ``api_fields``, the public
page queryset, problem+json errors and draft previews.
"""
