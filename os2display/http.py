"""JSON responses and problem+json errors for the OS2display endpoints."""

from django.http import JsonResponse

PROBLEM_JSON = "application/problem+json"

#: OS2display's server caches a feed's data for about 300 s; so may anyone between.
MAX_AGE = 300


class BadQuery(Exception):
    """A query parameter that cannot be used; answered as 400 problem+json."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param
        self.message = message


def problem(status: int, title: str, detail: str, **extra) -> JsonResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JsonResponse(body, status=status, content_type=PROBLEM_JSON)


def json(data, content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(
        data, safe=False, content_type=content_type, json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response
