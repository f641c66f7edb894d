"""What every page's template is told besides its own context."""

from .record_time import as_of


def as_recorded(request):
    """The day a page is shown as recorded on, and the address of today's page, if it is."""
    day = as_of.shown_day()
    if day is None:
        return {}
    return {"recorded_day": day, "todays_page": as_of.todays_address(request)}
