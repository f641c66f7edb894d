"""The identifiers other datasets give a record, as its page lists them."""

from django import template

register = template.Library()


@register.inclusion_tag("negotiations/identifiers.html")
def identifier_links(identifiers):
    """Each identifier named ("Wikidata Q797"), linked to the scheme's page for the record
    where the scheme has public pages, joined by semicolons."""
    return {"identifiers": identifiers}
