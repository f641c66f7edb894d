"""Schemathesis, a tool we did not write, calls every operation of the served schema with
generated parameters: no answer is a server error, and every answer matches the schema
(its status, content type, headers and body)."""

import json

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

# Every case reads the one Doha copy loaded for the module; the API writes nothing.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

#: Generated cases per operation: enough to try every parameter, bounded for the suite's time.
CASES_PER_OPERATION = 30

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


def served_document():
    """The document /api/v1/openapi.json serves (test_api.py reads it there), built once at
    collection, when no request can be served yet."""
    return json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(public=True)))


SCHEMA = schemathesis.openapi.from_dict(served_document())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@pytest.fixture(scope="module")
def application():
    """The app, called in this process. As Django's test client does, requests do not close
    the connection, whose transaction holds the test's data."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[o.label for o in OPERATIONS])
def test_every_answer_matches_the_schema_and_none_is_a_server_error(application, operation):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=CASES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def answer_matches(case):
        case.call_and_validate(app=application, checks=CHECKS)

    answer_matches()
