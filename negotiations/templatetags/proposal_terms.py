"""Template access to the plain-words wording of proposal terms."""

from django import template

from negotiations.pages.comparison import describe_term

register = template.Library()


@register.filter
def in_plain_words(term):
    """A proposal term as a reader says it: "about 42 hostages, released by Hamas"."""
    return describe_term(term)
