"""One gate for the whole API: input no database or search backend can take is refused first.

Wagtail's endpoints and the project's routers parse their own parameters, and several of them
passed input straight to the database: an ``offset`` of 2**64 (PostgreSQL: "bigint out of
range"), a NUL byte in ``html_path`` or ``locale`` (PostgreSQL text cannot hold one), an id
of 2**63 in a URL path (SQLite: "Python int too large"), a 1,500-word ``search`` (the query
parser recursed too deep), a 30 MB body. Every one was a 500. This middleware, in front of
``/api/v3/``, answers them as problem+json before any route runs:

- any control character (C0, DEL, C1) in the path, a query parameter's name or its value → 400;
- a path segment that is an integer too big for a 64-bit column → 404 (no such object exists);
- a query value (or one item of a comma-separated list) that is an integer outside the
  64-bit range, or ``offset``/``limit`` that is not a non-negative integer → 422;
- ``search``/``q`` longer than :data:`MAX_SEARCH_CHARS` characters or
  :data:`MAX_SEARCH_WORDS` words → 422;
- a body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (by ``Content-Length`` or while reading) → 413.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.api.v3.errors import problem_response

from core.validators import MAX_DB_INT, fits_a_database_id

API_PREFIX = "/api/v3/"
MAX_SEARCH_CHARS = 200
MAX_SEARCH_WORDS = 32
SEARCH_PARAMS = ("search", "q")
#: Parameters that must be non-negative integers wherever they appear.
COUNT_PARAMS = ("offset", "limit")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_INTEGER = re.compile(r"^[+-]?\d+$")


def has_control_character(text: str) -> bool:
    return _CONTROL.search(text) is not None


def out_of_range(text: str) -> bool:
    """Whether ``text`` is an integer no 64-bit database column can hold."""
    text = text.strip()
    if not _INTEGER.match(text):
        return False
    # More than 20 characters is out of range anyway, and int() refuses over 4,300 digits.
    return len(text) > 20 or not fits_a_database_id(int(text))


def path_problem(path: str) -> tuple[int, str] | None:
    if has_control_character(path):
        return 400, _("The address contains a control character (such as NUL).")
    if any(out_of_range(segment) for segment in path.split("/")):
        return 404, _("No object has this id: it is larger than any id can be.")
    return None


def query_problem(query) -> tuple[int, str, str] | None:
    """(status, message, parameter) for the first unusable parameter in ``query`` (a QueryDict)."""
    for name, values in query.lists():
        if has_control_character(name):
            return (
                400,
                _("A query parameter name contains a control character (such as NUL)."),
                "",
            )
        for value in values:
            if has_control_character(value):
                return (
                    400,
                    _("The query parameter “%(name)s” contains a control character (such as NUL).")
                    % {"name": name},
                    name,
                )
            if name in COUNT_PARAMS and not (value.isascii() and value.strip().isdigit()):
                return (
                    422,
                    _("The query parameter “%(name)s” must be a whole number of 0 or more.")
                    % {"name": name},
                    name,
                )
            if any(out_of_range(part) for part in value.split(",")):
                return (
                    422,
                    _("The query parameter “%(name)s” must be a whole number below %(max)s.")
                    % {"name": name, "max": MAX_DB_INT + 1},
                    name,
                )
            if name in SEARCH_PARAMS and (
                len(value) > MAX_SEARCH_CHARS or len(value.split()) > MAX_SEARCH_WORDS
            ):
                return (
                    422,
                    _(
                        "The search “%(name)s” may be at most %(chars)s characters and "
                        "%(words)s words long."
                    )
                    % {"name": name, "chars": MAX_SEARCH_CHARS, "words": MAX_SEARCH_WORDS},
                    name,
                )
    return None


def body_too_big(request) -> bool:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return limit is not None and length > limit


def problem(status: int, detail: str, param: str | None = None) -> HttpResponse:
    """problem+json; for a query parameter with ``errors`` like Wagtail's own 422s."""
    errors = None
    if param is not None:
        errors = [{"type": "value_error", "loc": ["query", param], "msg": detail}]
    return problem_response(status=status, title=title_for(status), detail=detail, errors=errors)


def title_for(status: int) -> str:
    return {
        400: _("Bad Request"),
        404: _("Not Found"),
        413: _("Content Too Large"),
        422: _("Unprocessable Content"),
    }[status]


def too_large_detail() -> str:
    return _("The request body is larger than %(size)s bytes.") % {
        "size": settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    }


class ApiInputGuardMiddleware:
    """Refuse unusable API input as problem+json, in Danish unless the client asks for English."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        language = translation.get_language_from_request(request)
        with translation.override(language):
            found = path_problem(request.path_info) or query_problem(request.GET)
            if found is None and body_too_big(request):
                found = 413, too_large_detail()
            if found is not None:
                response = problem(*found)
                response["Content-Language"] = language
                return response
        return self.get_response(request)

    def process_exception(self, request, exception):
        """A body that turns out too big while it is read (no Content-Length) is 413 too."""
        if isinstance(exception, RequestDataTooBig) and request.path_info.startswith(API_PREFIX):
            return problem(413, too_large_detail())
        return None
