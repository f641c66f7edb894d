"""Template access to the plain-words wording of proposal terms."""

from django import template

register = template.Library()


@register.filter
def in_plain_words(term):
    """A proposal term as a reader says it: "about 42 hostages, released by Hamas"."""
    return term.describe()
