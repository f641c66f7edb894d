"""SQL text for names and constants, for the statements PostgreSQL's COPY runs.

Every statement written with these is run with Django's parameters (``%s``), so a ``%`` of
ours is written ``%%`` as Django writes its own.
"""

from django.db import connection


def quote(name):
    """A table's or column's name, quoted for the database."""
    return connection.ops.quote_name(name)


def literal(text):
    """A SQL string literal for a short constant (a separator, a trigger character)."""
    if text.isprintable():
        return "'" + text.replace("'", "''").replace("%", "%%") + "'"
    return " || ".join(f"chr({ord(character)})" for character in text)
