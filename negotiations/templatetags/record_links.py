"""Links to records' pages, as pages list them."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from ..models import page_address

register = template.Library()


@register.simple_tag
def linked_names(records, empty=""):
    """Each record's name linked to its page, joined by commas; ``empty`` when there are none."""
    records = list(records)
    if not records:
        return empty
    links = ((record.get_absolute_url(), record.name) for record in records)
    return format_html_join(", ", '<a href="{}">{}</a>', links)


@register.simple_tag
def proposer(proposal):
    """Who proposed it, linked, or the words that stand for a proposer not named."""
    if proposal.proposed_by is None:
        return proposal.proposer_words
    return linked_names([proposal.proposed_by])


@register.simple_tag
def speaker_and_side(statement):
    """Who spoke and, linked, the side they spoke for ("Majed al-Ansari, for Qatar"); the
    side alone when it spoke itself."""
    side = linked_names([statement.on_behalf_of])
    if statement.is_the_sides_own:
        return side
    return format_html("{}, for {}", statement.speaker_label, side)


@register.simple_tag
def page_url(route, key):
    """The address of a record's page, like ``{% url %}``; as recorded on the page's day, if
    the page is shown so and the linked page can be."""
    return page_address(route, key)


@register.simple_tag
def export_url(dataset, file_format="csv", **filters):
    """The address of a dataset's download narrowed by ``filters`` (negotiation, actor, issue:
    slugs), as the export page takes them; empty filters are left out."""
    address = reverse("export-dataset", args=[dataset, file_format])
    query = urlencode({name: value for name, value in filters.items() if value})
    return f"{address}?{query}" if query else address
