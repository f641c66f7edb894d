"""The production profile as an operator meets it: ``manage.py`` in a process of its own,
its settings from the environment (the production profile's never-migrated SQLite file, or
the development default; never the test database), refusing what is missing and passing
``check --deploy``. No test here reaches the test
database, so they run once, in the SQLite pass."""

import os
import shutil
import socket
import subprocess
import time

import pytest

from .manage_process import PRODUCTION, run_manage


def test_the_production_profile_passes_check_deploy_with_no_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_asks_where_tls_ends_when_no_one_said():
    environment = {key: value for key, value in PRODUCTION.items() if key != "BEHIND_HTTPS_PROXY"}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode != 0
    assert "tracker.W001" in result.stderr
    assert "BEHIND_HTTPS_PROXY=1" in result.stderr and "BEHIND_HTTPS_PROXY=0" in result.stderr


def test_a_server_serving_tls_itself_passes_check_deploy():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", **{**PRODUCTION, "BEHIND_HTTPS_PROXY": "0"}
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    environment = {key: value for key, value in PRODUCTION.items() if key != missing}
    result = run_manage("check", **environment)
    assert result.returncode != 0
    assert f"{missing} must be set when DEBUG is off." in result.stderr


def test_development_defaults_still_start_without_any_setting():
    result = run_manage("check")
    assert result.returncode == 0, result.stderr


def test_a_cache_url_that_is_not_redis_is_refused_at_start():
    result = run_manage("check", CACHE_URL="memcached://127.0.0.1:11211")
    assert result.returncode != 0
    assert "CACHE_URL must be a redis://, rediss:// or unix:// URL." in result.stderr


@pytest.fixture
def own_redis_server(tmp_path):
    """Starts a Redis server of the test's own on a free port, with the options given."""
    if shutil.which("redis-server") is None:
        message = "redis-server is not installed (see .ci/run)"
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(message + " (REQUIRE_REDIS=1)")
        pytest.skip(message)
    servers = []

    def start(*options):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        server = subprocess.Popen([*command, *options], stdout=subprocess.DEVNULL)
        servers.append(server)
        for _ in range(50):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    return f"redis://127.0.0.1:{port}/0"
            time.sleep(0.1)
        pytest.fail("the test's Redis server did not start")

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=10)


def deploy_check(cache_url):
    environment = {**PRODUCTION, "CACHE_URL": cache_url}
    return run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)


def test_check_deploy_warns_of_a_redis_whose_memory_is_unbounded(own_redis_server):
    result = deploy_check(own_redis_server())  # Redis's defaults: no limit, no eviction
    assert result.returncode != 0
    assert "tracker.W003" in result.stderr and "allkeys-lru" in result.stderr


def test_check_deploy_accepts_the_redis_the_readme_documents(own_redis_server):
    url = own_redis_server("--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru")
    result = deploy_check(url)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_leaves_the_generator_out():
    left_out = run_manage("generate_synthetic", "--help", **PRODUCTION)
    assert left_out.returncode != 0
    assert "Unknown command: 'generate_synthetic'" in left_out.stderr
    asked_for = run_manage("generate_synthetic", "--help", **PRODUCTION, DEVELOPMENT_DATA="1")
    assert asked_for.returncode == 0, asked_for.stderr
