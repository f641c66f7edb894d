"""Approximate dates in pages, marked up at the precision they are known to."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def approximate_date(value):
    """``<time datetime="2024-W11">week of 11 Mar 2024</time>``; nothing for an absent date.
    "On or before" has no single HTML value, so it is plain text."""
    if value is None:
        return ""
    if value.html_datetime is None:
        return format_html('<span class="undated">{}</span>', value)
    return format_html('<time datetime="{}">{}</time>', value.html_datetime, value)


@register.filter
def phrased(value, preposition):
    """The date after a preposition, in grammar that holds at any precision: "from a day
    between 13 and 16 Dec 2022", "as of Mar 2024"; nothing for an absent date."""
    if value is None:
        return ""
    return value.phrased(preposition)
