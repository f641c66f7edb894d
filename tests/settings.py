"""The tracker's settings for the test run: the same, but with a fast password hasher and
the development data app (``generate_synthetic``) installed.

PBKDF2 at Django's default cost takes most of a second per hash, and the suite hashes
a password for each user it creates; tests check permissions, not hashing strength.
"""

from tracker.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The synthetic data generator (negotiations/development), whatever DEBUG says.
if "negotiations.development" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "negotiations.development"]  # noqa: F405

# The widgets' Jinja2 templates do not change while the suite runs; with DEBUG on (as the
# settings default) Jinja2 would look at each file's time before every widget it renders.
TEMPLATES[0]["OPTIONS"] = {**TEMPLATES[0].get("OPTIONS", {}), "auto_reload": False}  # noqa: F405

# A commit on PostgreSQL waits for its write-ahead log to reach the disk; the suite's
# tests that commit (and the flush after each) need no durability, only the same SQL.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
