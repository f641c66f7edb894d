"""Free-text search of the pages and exports.

On PostgreSQL it is full-text search: words are matched by their English stem ("hostage"
finds "hostages") and the query takes web-search syntax ("a phrase", -word, or). Elsewhere
every word must appear, as written, in one of the searched fields. Identifiers (URLs,
slugs) are matched as written on both.
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import Q

#: The text search configuration of the documents and of the queries. An index serves a
#: search only if both use the same one (the events' index, made by the first migration, uses it).
CONFIGURATION = "english"


def document(*fields):
    """The text of ``fields`` as one searchable document."""
    return SearchVector(*fields, config=CONFIGURATION)


def matching(queryset, fields, text, identifiers=()):
    """The rows of ``queryset`` whose ``fields`` match the search ``text``. Identifiers (a
    URL, a slug) are not words: every word of the search must be part of one of them, on
    every database."""
    if connections[queryset.db].vendor == "postgresql":
        query = SearchQuery(text, search_type="websearch", config=CONFIGURATION)
        queryset = queryset.alias(searched=document(*fields))
        if not identifiers:
            return queryset.filter(searched=query)
        return queryset.filter(Q(searched=query) | every_word_in(identifiers, text))
    return queryset.filter(every_word_in((*fields, *identifiers), text))


def every_word_in(fields, text):
    """Every word of ``text`` is part of one of ``fields``."""
    condition = Q()
    for word in text.split():
        match = Q()
        for field in fields:
            match |= Q(**{f"{field}__icontains": word})
        condition &= match
    return condition


def syntax(using):
    """What a reader may type in the search box, on the database ``using``."""
    if connections[using].vendor == "postgresql":
        return (
            'Every word, in any form ("hostage" finds "hostages"); "a phrase" in quotes; '
            "-word to leave a word out; or between alternatives."
        )
    return "Every word, as written (part of a word is enough)."
