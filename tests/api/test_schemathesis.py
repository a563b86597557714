"""Property-based API check: schemathesis against ``/api/v3/openapi.json`` (``make audit``).

Every operation in the OpenAPI document is called with generated requests (valid ones and
edge cases: odd strings, big numbers, missing and extra parameters), straight through the
Django WSGI application, by an anonymous client. Each response must not be a 5xx, and its
status code, content type, headers and body must be the ones the schema declares.

The number of examples per operation is bounded (``SCHEMATHESIS_MAX_EXAMPLES``, default 12)
and the run is derandomised, so the suite stays fast and a failure reproduces. Marked
``schemathesis``: ``make audit`` runs it; ``make test`` skips it to stay quick.

The stateful phase chains calls along the document's OpenAPI links (core/api/openapi.py,
``LINKS``): a listing's first id into its detail operation, an occurrence into its activity.
It is bounded too: ``SCHEMATHESIS_STATEFUL_EXAMPLES`` scenarios (default 100) of at most
``SCHEMATHESIS_STATEFUL_STEPS`` calls (default 6).
"""

import os
from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from core.factories import AudienceFactory, ContactFactory, TopicFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from screens.factories import ManualSlideFactory, ScreenFactory

#: What must hold for every response: no 5xx, a declared status code and content type (the
#: document declares the problem+json errors, core/api/openapi.py), and a body that matches
#: the schema declared for its status code. Not enforced: checks such as "from must be on or
#: before to" cannot be expressed in the schema (ST202). `make audit` lists the rest with
#: SCHEMATHESIS_ALL_CHECKS=1.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
if os.environ.get("SCHEMATHESIS_ALL_CHECKS"):
    CHECKS = None  # schemathesis' defaults: everything

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "12"))
#: GET operations are where fuzzing found the 500s on PostgreSQL (#14.2); they are cheap, so a
#: PostgreSQL run gives them more (``SCHEMATHESIS_GET_EXAMPLES=40``).
GET_EXAMPLES = int(os.environ.get("SCHEMATHESIS_GET_EXAMPLES", str(MAX_EXAMPLES)))
STATEFUL_EXAMPLES = int(os.environ.get("SCHEMATHESIS_STATEFUL_EXAMPLES", "100"))
STATEFUL_STEPS = int(os.environ.get("SCHEMATHESIS_STATEFUL_STEPS", "6"))


@pytest.fixture
def api_schema(db):
    """The schema as the app serves it, with a little public content to find."""
    from cms.wsgi import application

    home = home_for_default_site()
    TopicFactory(name="Kultur", slug="kultur")
    NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=home))
    ActivityPageFactory(parent=ActivityIndexPageFactory(parent=home))
    AudienceFactory()
    ContactFactory()
    screen = ScreenFactory(key="raadhus-foyer")
    ManualSlideFactory(screens=[screen])
    # Called straight through WSGI, each request would end by closing the database connection
    # and with it the test's transaction; Django's test client switches this off the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v3/openapi.json", application)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


UNCALLABLE = "uncallable"


def check_operation(operation) -> str | None:
    """Run the bounded examples for one operation; the first failure as text, or None."""

    examples = GET_EXAMPLES if operation.method.upper() == "GET" else MAX_EXAMPLES

    @given(case=operation.as_strategy())
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    def run(case):
        case.call_and_validate(checks=CHECKS)

    try:
        run()
    except Unsatisfiable:
        # An operation whose parameters allow no value at all (the document leaves out the
        # ones it knows: core/api/openapi.py).
        return UNCALLABLE
    except (Exception, BaseExceptionGroup) as exc:  # check failures come as a group
        return f"{type(exc).__name__}: {exc}"[:2000]
    return None


@pytest.mark.schemathesis
def test_api_conforms_to_its_schema(api_schema, capsys):
    """No 5xx, and every response matches the schema, for every operation."""
    failures = {}
    uncallable = []
    operations = 0
    for result in api_schema.get_all_operations():
        operation = result.ok()
        operations += 1
        failure = check_operation(operation)
        if failure is UNCALLABLE:
            uncallable.append(operation.label)
        elif failure:
            failures[operation.label] = failure
    # Shown in the make audit output, pass or fail.
    with capsys.disabled():
        print(
            f"\nschemathesis on {connection.vendor}: {operations} operations, at most "
            f"{GET_EXAMPLES} examples per GET and {MAX_EXAMPLES} per other operation; "
            f"{len(failures)} failing; {len(uncallable)} with no possible request: {uncallable}"
        )
    assert operations > 20
    assert not failures, "\n\n".join(f"{label}\n{text}" for label, text in failures.items())


@pytest.mark.schemathesis
def test_chained_calls_along_the_links_hold(api_schema, capsys):
    """The stateful phase: calls chained by the document's links, each response checked.

    A detail operation reached through a link gets an id a listing really returned, so it
    must answer 200 with a body the schema declares, not only the 404s random ids get.
    """
    responses = Counter()

    # Anonymous reads: every write answers 401 and would only use up the scenarios.
    class Machine(api_schema.include(method="GET").as_state_machine()):
        def validate_response(self, response, case, additional_checks=None, **kwargs):
            responses[(case.operation.label, response.status_code)] += 1
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Machine.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=STATEFUL_STEPS,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    with capsys.disabled():
        print(
            f"\nschemathesis stateful on {connection.vendor}: {sum(responses.values())} calls "
            f"in {STATEFUL_EXAMPLES} scenarios of at most {STATEFUL_STEPS} steps; "
            f"{len({label for label, _status in responses})} operations reached"
        )
    # Which chains a derandomised run happens to complete changes whenever an operation is
    # added, so the run asserts only that it called the API and that every response passed
    # the checks above. That each link opens what its listing named is checked on real data,
    # link by link, in tests/api/test_openapi_contract.py.
    assert any(status == 200 for (_label, status) in responses), sorted(responses.items())


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v3/topics/", "/api/v3/audiences/", "/api/v3/contacts/"])
def test_a_non_numeric_translation_of_is_a_422_not_a_500(client, path):
    """Found by schemathesis: Wagtail looked the string up as a primary key and crashed."""
    response = client.get(path, {"translation_of": "abc"})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
