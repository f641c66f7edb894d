"""The tracker's settings for the test run: the same, but with a fast password hasher.

PBKDF2 at Django's default cost takes most of a second per hash, and the suite hashes
a password for each user it creates; tests check permissions, not hashing strength.
"""

from tracker.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
