"""Every API response a test receives, checked against the served OpenAPI document.

``check_response`` finds the operation for a request's method and path, and fails when the
status is not declared, the content type is not the declared one, or the JSON body does not
match the declared schema (JSON Schema 2020-12, as OpenAPI 3.1 uses, through ``jsonschema``).
``check_every_response`` wraps Django's test ``Client`` so every response to a
``/api/v3/`` request is checked; ``tests/api/conftest.py`` turns it on for all of tests/api.

Validators are compiled once per operation and status, and the document once per run.
"""

from __future__ import annotations

import functools
import json
import re

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

API_PREFIX = "/api/v3/"
#: The document and its interactive page describe the API; they are not operations in it.
NOT_OPERATIONS = {"/api/v3/openapi.json", "/api/v3/docs/"}
DOCUMENT_URI = "urn:vcms:openapi"


class ContractError(AssertionError):
    """A response the OpenAPI document does not describe."""


@functools.cache
def document() -> dict:
    """The OpenAPI document as ``/api/v3/openapi.json`` serves it (JSON round trip included)."""
    from django.core.serializers.json import DjangoJSONEncoder

    from cms.api import api

    return json.loads(json.dumps(api.get_openapi_schema(), cls=DjangoJSONEncoder))


@functools.cache
def _registry() -> Registry:
    resource = Resource.from_contents(document(), default_specification=DRAFT202012)
    return Registry().with_resource(DOCUMENT_URI, resource)


@functools.cache
def _routes() -> list[tuple[re.Pattern, str]]:
    """``(regex, template)`` for every path, literal paths before templated ones."""
    routes = []
    for template in document()["paths"]:
        pattern = re.escape(template)
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", pattern)
        routes.append((re.compile(f"^{pattern}$"), template))
    routes.sort(key=lambda route: route[1].count("{"))
    return routes


def find_operation(method: str, path: str) -> tuple[str, dict] | None:
    for regex, template in _routes():
        if regex.match(path):
            operation = document()["paths"][template].get(method.lower())
            if operation is not None:
                return template, operation
    return None


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@functools.cache
def _validator(template: str, method: str, status: str, media: str) -> Draft202012Validator:
    ref = "#/" + _pointer("paths", template, method, "responses", status, "content", media)
    return Draft202012Validator({"$ref": f"{DOCUMENT_URI}{ref}/schema"}, registry=_registry())


def check_response(method: str, path: str, response) -> None:
    """Raise :class:`ContractError` unless the document describes ``response``."""
    if not path.startswith(API_PREFIX) or path in NOT_OPERATIONS:
        return
    method = method.lower()
    found = find_operation("get" if method == "head" else method, path)
    if found is None:
        if response.status_code in (404, 405):
            return  # no such operation, and the API says so
        raise ContractError(f"{method.upper()} {path}: no operation in the OpenAPI document")
    template, operation = found
    status = str(response.status_code)
    responses = operation.get("responses", {})
    declared = responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")
    where = f"{method.upper()} {path} ({operation.get('operationId')}) → {status}"
    if declared is None:
        raise ContractError(f"{where}: status not declared (declared: {sorted(responses)})")
    content = declared.get("content")
    body = response.content if not getattr(response, "streaming", False) else b""
    if not content or method == "head" or not body:
        return
    media = response.get("Content-Type", "").split(";")[0].strip()
    if media not in content:
        raise ContractError(f"{where}: sent as {media!r}, declared {sorted(content)}")
    if not media.endswith("json"):
        return
    status_key = (
        status
        if status in responses
        else next(key for key in (f"{status[0]}XX", "default") if key in responses)
    )
    errors = sorted(
        _validator(template, method, status_key, media).iter_errors(json.loads(body)),
        key=lambda error: list(error.absolute_path),
    )
    if errors:
        details = "\n".join(
            f"  at {'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message[:300]}"
            for e in errors[:5]
        )
        raise ContractError(f"{where}: body does not match the schema\n{details}")


def check_every_response(monkeypatch) -> None:
    """Check every response Django's test client gets from ``/api/v3/`` (see the module).

    Call from an autouse fixture with pytest's ``monkeypatch``; undone when the test ends.
    """
    from django.test.client import Client

    original = Client.request

    def request(self, **environ):
        response = original(self, **environ)
        check_response(
            environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", ""), response
        )
        return response

    monkeypatch.setattr(Client, "request", request)
