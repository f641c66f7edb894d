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
