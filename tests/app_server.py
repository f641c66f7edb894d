"""The tracker served by gunicorn, the production server, in a process of its own."""

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from .doha import ROOT
from .manage_process import CHOSEN_BY_THE_TEST


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
