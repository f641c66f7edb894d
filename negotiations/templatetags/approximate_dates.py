"""Approximate dates in pages, marked up at the precision they are known to."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def approximate_date(value):
    """``<time datetime="2024-W11">week of 11 Mar 2024</time>``; nothing for an absent date."""
    if value is None:
        return ""
    return format_html('<time datetime="{}">{}</time>', value.html_datetime, value)
