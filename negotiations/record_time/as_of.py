"""``?as_of=D``, the request's side of record time: the one place that reads the parameter,
opens the day it names (``as_recorded.recorded_on``) and says which links keep that day.

The page views (``views.as_recorded``), the API's view sets and the templates' context
(``context_processors``) read the day through it; the addresses records give
(``models.page_address``) ask it which parameters a link keeps, since
``NegotiationsConfig.ready()`` registered ``kept_in_links`` with them.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

from ..forms import RecordedDayForm
from .as_recorded import recorded_on

#: The query parameter.
PARAMETER = "as_of"

#: The pages that can be shown as recorded on a day: links to them keep the day.
RECORDED_ROUTES = frozenset(
    {"negotiation-status", "timeline", "proposal-detail", "positions", "rounds"}
)

#: The day being shown, while a request is read as recorded on it.
_shown_day = ContextVar("recorded_day", default=None)


def asked(request):
    """The day a request asks for, as a bound form: valid with ``day(form)`` a day or None
    (today's records), or invalid with the reasons in its errors."""
    return RecordedDayForm(request.GET, today=timezone.localdate())


def day(form):
    """The day a valid form asks for; None for today's records."""
    return form.cleaned_data[PARAMETER]


@contextmanager
def shown_on(day):
    """Reads within the block see the records as they stood at the end of ``day``, and links
    to the pages that can be shown so keep it; with None, today's records, links as they are."""
    if day is None:
        yield
        return
    with recorded_on(day):
        token = _shown_day.set(day)
        try:
            yield
        finally:
            _shown_day.reset(token)


def shown_day():
    """The day the request is shown as recorded on, or None for today's records."""
    return _shown_day.get()


def kept_in_links(route):
    """The parameters a link to ``route`` keeps from the page being shown: the day, where that
    page can be shown as recorded on it."""
    day = _shown_day.get()
    if day is not None and route in RECORDED_ROUTES:
        return {PARAMETER: day.isoformat()}
    return {}


def address_on(path, day):
    """The address of the page at ``path`` as recorded on ``day``."""
    return f"{path}?{PARAMETER}={day}"


def todays_address(request):
    """The address of the page the request asks for, with today's records."""
    today = request.GET.copy()
    today.pop(PARAMETER, None)
    query = today.urlencode()
    return f"{request.path}?{query}" if query else request.path
