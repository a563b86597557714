"""Errors as RFC 9457 ``application/problem+json``, the way Wagtail API v3 reports them.

Wagtail registers handlers on the v3 API that turn validation errors into 422 and
``HttpError``/``Http404`` into their status, all as problem+json. Project routers mounted
on the same API raise these exceptions and get identical error bodies.
"""

from wagtail.api.v3.errors import PROBLEM_JSON, ProblemDetail, as_validation_error

__all__ = ["PROBLEM_JSON", "PROBLEM_RESPONSES", "ProblemDetail", "invalid_query"]

#: Responses to declare on an endpoint so OpenAPI documents its error bodies.
PROBLEM_RESPONSES = {400: ProblemDetail, 404: ProblemDetail, 422: ProblemDetail}


def invalid_query(param: str, message: str) -> Exception:
    """A 422 error about query parameter ``param``; raise the returned exception."""
    return as_validation_error(ValueError(message), message, loc=("query", param))
