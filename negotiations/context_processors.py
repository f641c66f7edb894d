"""What every page's template is told besides its own context."""

from .record_time.as_recorded import recorded_day


def as_recorded(request):
    """The day a page is shown as recorded on, and the address of today's page, if it is."""
    day = recorded_day.get()
    if day is None:
        return {}
    today = request.GET.copy()
    today.pop("as_of", None)
    query = today.urlencode()
    return {
        "recorded_day": day,
        "todays_page": f"{request.path}?{query}" if query else request.path,
    }
