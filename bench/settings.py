"""Settings for the served benchmark: the tracker's own settings plus a floor view's URL and
the synthetic data generator (``generate_synthetic``).

Only bench/serve.py and bench/implementation.py use this module, so the floor view never
exists in a deployment.
"""

from tracker.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# The synthetic data generator (negotiations/development), which DEBUG off leaves out.
if "negotiations.development" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "negotiations.development"]  # noqa: F405
