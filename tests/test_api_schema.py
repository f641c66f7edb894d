"""Schemathesis, a tool we did not write, calls every operation of the served schema with
generated parameters, valid and invalid, in every phase it has (the schema's examples,
coverage of each constraint, fuzzing, and sequences of calls that follow the responses)
and with every check it has: no answer is a server error, every answer matches the schema
(status, content type, headers, body), what the schema calls valid is answered and what
it calls invalid refused, and a method the schema does not name answers 405."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.db import connection, connections
from schemathesis import engine
from schemathesis.engine import events

# Every case reads the one Doha copy loaded for the module; the API writes nothing.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

#: Generated cases per operation and phase, besides the coverage phase's own: enough to try
#: every parameter in every run; the run with --run-slow (CI's PostgreSQL pass) tries more.
CASES_PER_OPERATION = 5
CASES_PER_OPERATION_WHEN_SLOW = 20


def without_unwritable_constraints(context, query):
    """Leave out a range that ends before it starts: it is refused, as the schema says in
    words, because OpenAPI cannot say it of two parameters."""
    start, end = (query or {}).get("date_from"), (query or {}).get("date_to")
    return not (isinstance(start, str) and isinstance(end, str) and start and end and end < start)


@pytest.fixture(scope="module")
def served_schema(django_db_blocker, pytestconfig):
    """The document /api/v1/openapi.json serves once the module's records are in (it lists
    the slugs that exist), its cases sent to the app in this process. Schemathesis calls it
    from threads of its own, whose connections see the module's committed records."""
    with django_db_blocker.unblock():
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    schema.config.update(workers=1)
    cases = CASES_PER_OPERATION
    if pytestconfig.getoption("--run-slow"):
        cases = CASES_PER_OPERATION_WHEN_SLOW
    schema.config.generation.update(max_examples=cases, database="none")
    schema.hook("filter_query")(without_unwritable_constraints)
    schema.hook("after_call")(remember_the_threads_connections)
    return schema


#: The connections schemathesis's threads opened, by id.
OPENED = {}


@pytest.fixture
def connections_kept_between_calls():
    """Each of schemathesis's threads keeps its connection from call to call, closed once
    the run is over (nothing else would, and the test database could not be dropped while
    one is open). As a server with CONN_MAX_AGE=0, each call would open one anew: 6.5 ms on
    PostgreSQL, for some 2,800 calls."""
    settings = connection.settings_dict  # the threads' connections are made from it too
    kept = settings["CONN_MAX_AGE"]
    settings["CONN_MAX_AGE"] = None
    try:
        yield
    finally:
        settings["CONN_MAX_AGE"] = kept
        # From this thread, through the database driver's own connection: Django's wrapper
        # of it may only be used in the thread that opened it.
        for opened in OPENED.values():
            if opened.connection is not None:
                opened.connection.close()
        OPENED.clear()


def remember_the_threads_connections(context, case, response):
    """after_call hook, in the thread that called: keep its connections, to close them."""
    for opened in connections.all(initialized_only=True):
        OPENED[id(opened)] = opened


def failures_of(scenario):
    """Each failed check of a scenario, once, with the request that shows it."""
    found = {}
    for checks in scenario.recorder.checks.values():
        for check in checks:
            if check.failure_info is not None:
                key = (scenario.label, check.name)
                found.setdefault(
                    key,
                    f"{scenario.label} {check.name}: {check.failure_info.failure.message}\n"
                    f"{check.failure_info.code_sample}",
                )
    return found.values()


#: The engine's phases, in two runs: the coverage phase's cases are the same every run (each
#: parameter's bounds, types and missing or repeated values, some 2,300 calls), so it runs on
#: PostgreSQL, the database a deployment uses; the generated ones run on both databases.
PHASES = {
    "coverage": ["examples", "coverage"],
    "fuzzing and stateful": ["examples", "fuzzing", "stateful"],
}


@pytest.mark.parametrize("phases", PHASES.values(), ids=PHASES)
def test_every_check_passes_on_every_operation_in_every_phase(
    served_schema, connections_kept_between_calls, phases
):
    if "coverage" in phases and connection.vendor != "postgresql":
        pytest.skip("the coverage phase's fixed cases run in the PostgreSQL pass")
    served_schema.config.phases.update(phases=phases)
    # The engine schemathesis's command line runs, with its default checks: all of them.
    problems, finished = [], {}
    for event in engine.from_schema(served_schema).execute():
        if isinstance(event, events.PhaseFinished):
            finished[event.phase.name.value] = event.status
        elif isinstance(event, events.ScenarioFinished):
            problems += failures_of(event)
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            problems.append(str(event.info if hasattr(event, "info") else event.exception))
    assert not problems, "\n\n".join(problems)
    for phase in phases[1:]:
        assert finished[phase] == "success", phase
