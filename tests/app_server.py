"""The tracker served by gunicorn, the production server, in a process of its own."""

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

from .doha import ROOT
from .manage_process import CHOSEN_BY_THE_TEST


def database_url_for_servers():
    """The PostgreSQL test database as a URL, for a server in a process of its own."""
    settings = connection.settings_dict
    return (
        f"postgresql://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def begin_get(port, path, host="127.0.0.1", **headers):
    """A GET whose status and headers have arrived, its body not yet read."""
    client = http.client.HTTPConnection(host, port, timeout=60)
    client.request("GET", path, headers=headers)
    return client.getresponse()


def get(port, path, host="127.0.0.1", **headers):
    """(status, headers, body) of a GET over HTTP."""
    response = begin_get(port, path, host, **headers)
    body = response.read()
    response.close()
    return response.status, response.headers, body


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(database_url, log, **environment):
    """Serve on a free loopback port with one worker, its log written to ``log`` and
    ``environment`` added to its own; yields the port, and stops the server afterwards."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in CHOSEN_BY_THE_TEST}
    env |= {
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": "served-test-" * 4,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        **environment,
    }
    with open(log, "w") as output:
        server = subprocess.Popen(
            [
                Path(sys.executable).with_name("gunicorn"),
                "tracker.wsgi",
                "--workers=1",
                f"--bind=127.0.0.1:{port}",
                "--timeout=60",
                "--error-logfile=-",
            ],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", port)) == 0:
                        break
                assert server.poll() is None, Path(log).read_text()
                assert time.monotonic() < deadline, "gunicorn did not answer within 30 s"
                time.sleep(0.1)
            yield port
        finally:
            server.terminate()
            server.wait(timeout=30)
