"""WSGI entry point for the bench server: the project's application, plus B0 and B2.

B0 is the baseline body served as a static file by the same gunicorn, without Django:
a few lines of WSGI in front of Django (the way whitenoise serves static files), using the
server's ``wsgi.file_wrapper`` (sendfile). Only ``/__bench__/static/baseline.json`` is
answered here, and only when ``BENCH_STATIC_FILE`` names a file.

B2 is B1's view (the same constant JSON) through a second Django handler in the same
process whose middleware is ``CommonMiddleware`` only: what a bare Django JSON view costs,
without the project's middleware stack (issue #20). Only paths under :data:`B2_PREFIX`
go there.
"""

import os

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")

STATIC_PATH = "/__bench__/static/baseline.json"
B2_PREFIX = "/__bench__/b2/"
#: B2's middleware: nothing of the project's, only Django's CommonMiddleware.
B2_MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]


class BareHandler(WSGIHandler):
    """A Django WSGI handler whose middleware chain is :data:`B2_MIDDLEWARE` only."""

    def load_middleware(self, is_async=False):
        project = settings.MIDDLEWARE
        settings.MIDDLEWARE = B2_MIDDLEWARE
        try:
            super().load_middleware(is_async)
        finally:
            settings.MIDDLEWARE = project


class B2Dispatch:
    """Send :data:`B2_PREFIX` paths to the bare handler, everything else to ``app``."""

    def __init__(self, app, bare):
        self.app, self.bare = app, bare

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO", "").startswith(B2_PREFIX):
            return self.bare(environ, start_response)
        return self.app(environ, start_response)


class StaticBaseline:
    """Serve one file at :data:`STATIC_PATH`; pass everything else to ``app``."""

    def __init__(self, app, filename: str):
        self.app = app
        self.filename = filename
        self.size = os.path.getsize(filename) if filename else 0

    def __call__(self, environ, start_response):
        if not self.filename or environ.get("PATH_INFO") != STATIC_PATH:
            return self.app(environ, start_response)
        start_response(
            "200 OK",
            [("Content-Type", "application/json"), ("Content-Length", str(self.size))],
        )
        handle = open(self.filename, "rb")  # noqa: SIM115 - closed by the server
        wrapper = environ.get("wsgi.file_wrapper")
        if wrapper is not None:
            return wrapper(handle, 64 * 1024)
        return iter(lambda: handle.read(64 * 1024), b"")


_project = get_wsgi_application()
application = StaticBaseline(
    B2Dispatch(_project, BareHandler()), os.environ.get("BENCH_STATIC_FILE", "")
)
