"""manage.py run in a process of its own, as an operator would run it."""

import os
import subprocess
import sys
import tempfile

from .doha import ROOT

# Settings a test chooses itself: never inherited from the test run. The browser fixture
# sets DJANGO_ALLOW_ASYNC_UNSAFE for its own process only; production never has it.
CHOSEN_BY_THE_TEST = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DEVELOPMENT_DATA",
}


#: The production profile's settings, for a server checked before its first migrate.
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "production-test-key-" + "k7Qz9w3Xr2Lp8Vn5Bt6Hy4Jm1Gd0Fs" * 2,
    "ALLOWED_HOSTS": "tracker.example.org",
    "BEHIND_HTTPS_PROXY": "1",
    # A new server checked before its first migrate: nothing may need the tables.
    "DATABASE_URL": f"sqlite:///{tempfile.gettempdir()}/tracker-never-migrated.sqlite3",
}


def run_manage(*args, **environment):
    """Run ``manage.py *args`` with the test run's environment less the settings a test
    chooses, plus ``environment``; return the finished process."""
    env = {key: value for key, value in os.environ.items() if key not in CHOSEN_BY_THE_TEST}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**env, **environment},
        capture_output=True,
        text=True,
        timeout=300,
    )


def manage(database_url, *args):
    """Run ``manage.py *args`` against ``database_url``; fail with its output, else return it."""
    result = run_manage(*args, DATABASE_URL=database_url)
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}{result.stderr}"
    return result.stdout
