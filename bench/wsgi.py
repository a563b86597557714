"""WSGI entry point for the bench server: the project's application, plus B0.

B0 is the baseline body served as a static file by the same gunicorn, without Django:
a few lines of WSGI in front of Django (the way whitenoise serves static files), using the
server's ``wsgi.file_wrapper`` (sendfile). Only ``/__bench__/static/baseline.json`` is
answered here, and only when ``BENCH_STATIC_FILE`` names a file.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")

STATIC_PATH = "/__bench__/static/baseline.json"


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


application = StaticBaseline(get_wsgi_application(), os.environ.get("BENCH_STATIC_FILE", ""))
