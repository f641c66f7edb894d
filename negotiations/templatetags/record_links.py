"""Links to records' pages, as pages list them."""

from django import template
from django.utils.html import format_html_join

register = template.Library()


@register.simple_tag
def linked_names(records, empty=""):
    """Each record's name linked to its page, joined by commas; ``empty`` when there are none."""
    records = list(records)
    if not records:
        return empty
    links = ((record.get_absolute_url(), record.name) for record in records)
    return format_html_join(", ", '<a href="{}">{}</a>', links)
