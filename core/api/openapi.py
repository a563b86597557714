"""The OpenAPI document at ``/api/v3/openapi.json``, made valid and true to what is sent.

Django Ninja builds the document from the routers; a few of its habits (and Wagtail's) make
it invalid or untrue for a client generator. :func:`contract` corrects them, once, on the
whole document; :func:`install` makes the API serve the corrected document:

- **Public reads need no token.** Wagtail marks them ``[BearerTokenAuth, AllowAnonymous]``,
  and ``AllowAnonymous`` becomes an ``http`` scheme without ``scheme`` (invalid OpenAPI), so
  generators send ``Authorization: Bearer `` with an empty token. Here it is the empty
  security requirement ``{}``: a token is optional.
- **Request bodies with a default object** (``allOf: [$ref]`` plus ``default``) cannot be
  generated ("ModelProperty cannot have a default value"); the body is optional anyway, so
  the default is dropped.
- **Operations no request can reach**: a path parameter that allows no value (Wagtail's snippet
  revision routes when no snippet type keeps revisions: ``const: ""``) are left out.
- **Errors are declared** on every operation as ``application/problem+json`` (RFC 9457) with
  the ``ProblemDetail`` schema: 400, 404 and 422 everywhere (a limit above the maximum, an
  unknown id, path or ``site``, invalid parameters), 429 (the rate limits), 401 and 403 where
  a token is required (a public read takes a missing or invalid token as anonymous); ``302``
  on the two ``find`` operations, which redirect.
- **Links** (OpenAPI 3.1 ``links`` on the 200 response, :data:`LINKS`) say which response
  value feeds which other operation: a listing's first item id opens its detail operation
  (every card listing and search hit is a page: ``pages_detail``), an occurrence its activity.
  Clients and schemathesis' stateful phase follow them (``tests/api/test_schemathesis.py``).
"""

from __future__ import annotations

import copy
from functools import wraps

from wagtail.api.v3.errors import PROBLEM_JSON, ProblemDetail

PROBLEM_SCHEMA = "ProblemDetail"
PROBLEM_REF = {"$ref": f"#/components/schemas/{PROBLEM_SCHEMA}"}

#: Statuses and what they mean for the caller, declared where they can occur.
DESCRIPTIONS = {
    "302": "Found: the Location header names the detail URL",
    "400": "Bad request (a limit above the maximum, an unknown rich text format or offer)",
    "401": "The API token is missing, invalid or expired",
    "403": "The token's user may not do this",
    "404": "Not found, or not public: an unknown id or path, or a listing's unknown site",
    "422": "Invalid parameters or body: one entry per problem in errors",
    "413": "The request body is larger than the server accepts (DATA_UPLOAD_MAX_MEMORY_SIZE)",
    "429": "Too many requests: over the rate limit",
}

#: Operations that answer a redirect to another API URL rather than a body.
REDIRECTING = {"pages_find", "redirects_find"}

#: ``operationId`` → its links: name → (target ``operationId``, parameters as runtime
#: expressions or literal values). A target the document lacks is left out.
FIRST_ID = "$response.body#/items/0/id"
_PAGE = ("pages_detail", {"page_id": FIRST_ID})
LINKS: dict[str, dict[str, tuple[str, dict]]] = {
    "pages_list": {"FirstPage": _PAGE},
    "news_list": {"FirstArticle": _PAGE},
    "activities_list": {"FirstActivity": _PAGE},
    "renovations_list": {"FirstRenovation": _PAGE},
    "associations_list": {"FirstAssociation": _PAGE},
    "guides_list": {"FirstGuide": _PAGE},
    "facilities_list": {"FirstFacility": _PAGE},
    "businesses_list": {"FirstBusiness": ("businesses_detail", {"business_id": FIRST_ID})},
    "search": {"FirstHit": _PAGE},
    "activities_occurrences": {
        "FirstOccurrenceActivity": (
            "pages_detail",
            {"page_id": "$response.body#/items/0/activity/id"},
        )
    },
    "pages_detail": {
        "Children": ("pages_list", {"child_of": "$response.body#/id"}),
    },
    "images_list": {"FirstImage": ("images_detail", {"image_id": FIRST_ID})},
    "documents_list": {"FirstDocument": ("documents_detail", {"document_id": FIRST_ID})},
    "sites_list": {"FirstSite": ("sites_detail", {"site_id": FIRST_ID})},
    "sites_detail": {"RootPage": ("pages_detail", {"page_id": "$response.body#/root_page_id"})},
    "redirects_list": {"FirstRedirect": ("redirects_detail", {"redirect_id": FIRST_ID})},
    "topics_list": {
        "FirstTopic": ("snippets_detail", {"type": "core.Topic", "pk": FIRST_ID}),
    },
    "audiences_list": {
        "FirstAudience": ("snippets_detail", {"type": "core.Audience", "pk": FIRST_ID}),
    },
    "contacts_list": {
        "FirstContact": ("snippets_detail", {"type": "core.Contact", "pk": FIRST_ID}),
    },
}

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
ANONYMOUS = "AllowAnonymous"


def install(api) -> None:
    """Make ``api`` serve (and hand to ``get_openapi_schema()`` callers) the corrected document."""
    if getattr(api.get_openapi_schema, "vcms_contract", False):
        return
    original = api.get_openapi_schema

    @wraps(original)
    def get_openapi_schema(*args, **kwargs):
        schema = original(*args, **kwargs)
        contract(schema)
        return schema

    get_openapi_schema.vcms_contract = True
    api.get_openapi_schema = get_openapi_schema


def contract(schema: dict) -> dict:
    """Correct ``schema`` in place (see the module docstring) and return it."""
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.setdefault(PROBLEM_SCHEMA, ProblemDetail.model_json_schema())
    _drop_anonymous_scheme(components)
    for path, item in list(schema.get("paths", {}).items()):
        for method in [m for m in item if m in HTTP_METHODS]:
            operation = item[method]
            if _unreachable(operation):
                del item[method]
                continue
            _optional_token(operation)
            _drop_body_default(operation)
            _declare_problems(operation)
            if method == "get":
                _declare_not_modified(operation)
        if not any(m in HTTP_METHODS for m in item):
            del schema["paths"][path]
    _declare_links(schema)
    return schema


def _operations(schema: dict) -> dict[str, dict]:
    return {
        operation["operationId"]: operation
        for item in schema.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS and "operationId" in operation
    }


def _declare_links(schema: dict) -> None:
    operations = _operations(schema)
    for source, links in LINKS.items():
        ok = operations.get(source, {}).get("responses", {}).get("200")
        if ok is None:
            continue
        for name, (target, parameters) in links.items():
            if target not in operations:
                continue
            names = {p["name"] for p in operations[target].get("parameters", [])}
            if not set(parameters) <= names:
                continue  # a parameter the target does not have: the link would be false
            ok.setdefault("links", {})[name] = {
                "operationId": target,
                "parameters": dict(parameters),
            }


def _drop_anonymous_scheme(components: dict) -> None:
    schemes = components.get("securitySchemes", {})
    schemes.pop(ANONYMOUS, None)
    if not schemes:
        components.pop("securitySchemes", None)


def _optional_token(operation: dict) -> None:
    security = operation.get("security")
    if not security:
        return
    if any(ANONYMOUS in requirement for requirement in security):
        kept = [r for r in security if ANONYMOUS not in r]
        operation["security"] = [*kept, {}]


def _unreachable(operation: dict) -> bool:
    for parameter in operation.get("parameters", []):
        if parameter.get("in") != "path":
            continue
        param_schema = parameter.get("schema", {})
        if param_schema.get("const") == "" or param_schema.get("enum") == []:
            return True
    return False


def _drop_body_default(operation: dict) -> None:
    for media in operation.get("requestBody", {}).get("content", {}).values():
        body = media.get("schema", {})
        if "default" in body and ("$ref" in body or "allOf" in body):
            del body["default"]


def _declare_not_modified(operation: dict) -> None:
    # Every public GET answers a matching If-None-Match with 304 (core.api.conditional, and
    # the screen feeds' own ETags); a client that sends one must expect it.
    operation.setdefault("responses", {})["304"] = {
        "description": "Not modified: the ETag sent in If-None-Match still matches.",
        "headers": {"ETag": {"schema": {"type": "string"}, "description": "The current ETag"}},
    }


def _token_required(operation: dict) -> bool:
    security = operation.get("security") or []
    return bool(security) and all(security)


def _declare_problems(operation: dict) -> None:
    responses = operation.setdefault("responses", {})
    # Ninja writes integer keys; JSON has strings. One kind, so nothing is declared twice.
    for key in [k for k in responses if not isinstance(k, str)]:
        responses[str(key)] = responses.pop(key)
    # 404 everywhere: an unknown id or path, and on listings an unknown ``site`` or parent.
    statuses = {"400", "404", "422", "429"}
    if _token_required(operation):
        statuses |= {"401", "403"}
    if "requestBody" in operation:
        statuses |= {"413"}  # core.api.guard
    for status in sorted(statuses | {s for s in responses if s.startswith("4")}):
        responses[status] = {
            "description": responses.get(status, {}).get("description")
            or DESCRIPTIONS.get(status, "Error"),
            "content": {PROBLEM_JSON: {"schema": copy.deepcopy(PROBLEM_REF)}},
        }
    if operation.get("operationId") in REDIRECTING:
        responses["302"] = {
            "description": DESCRIPTIONS["302"],
            "headers": {
                "Location": {"schema": {"type": "string"}, "description": "The detail URL"}
            },
        }
