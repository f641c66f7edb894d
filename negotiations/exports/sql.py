"""SQL text for names and constants, for the statements PostgreSQL's COPY runs."""

from django.db import connection


def quote(name):
    """A table's or column's name, quoted for the database."""
    return connection.ops.quote_name(name)


def literal(text):
    """A SQL string literal for a short constant (a separator, a trigger character)."""
    if text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return " || ".join(f"chr({ord(character)})" for character in text)
