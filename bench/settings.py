"""Settings for the served benchmark: the tracker's own settings plus a floor view's URL.

Only bench/serve.py uses this module, so the floor view never exists in a deployment.
"""

from tracker.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
