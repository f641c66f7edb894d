"""Which query parameters a public page reads, and what becomes of the others."""

from functools import wraps

from django.http import HttpResponseRedirect


def reads(*parameters):
    """A page that reads only these parameters (names, or the forms and filter sets that
    read them): an address with others is sent to the same address without them, so that
    made-up parameters never make a page of their own, nor a stored copy."""
    names = set()
    for source in parameters:
        names |= {source} if isinstance(source, str) else set(parameter_names(source))

    def decorator(view):
        @wraps(view)
        def reading_only_its_parameters(request, *args, **kwargs):
            unknown = set(request.GET) - names
            if not unknown:
                return view(request, *args, **kwargs)
            kept = request.GET.copy()
            for name in unknown:
                del kept[name]
            query = kept.urlencode()
            return HttpResponseRedirect(f"{request.path}?{query}" if query else request.path)

        return reading_only_its_parameters

    return decorator


def parameter_names(form_or_filter_set):
    """The parameters a form class or a filter set class reads."""
    return getattr(form_or_filter_set, "base_filters", None) or form_or_filter_set.base_fields
