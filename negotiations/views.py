"""Public pages: thin views that parse input, pick querysets and render one template each.

An htmx request renders only the named partial of the page's template that it swaps.
"""

from functools import wraps

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from .fields import chronological
from .filters import ActorFilter, EventFilter
from .forms import (
    ChangesForm,
    ListPageForm,
    RecordedDayForm,
    TimelineEntriesForm,
    TimelinePageForm,
)
from .models import (
    Actor,
    Attendance,
    Citation,
    Event,
    Negotiation,
    Position,
    Proposal,
    ProposalLink,
    Round,
    Source,
)
from .pages.actor import ActorPage
from .pages.comparison import compare_proposals
from .pages.proposal import ProposalPage
from .pages.status import NegotiationStatus
from .pages.timeline import TimelinePage, timeline_negotiations
from .parameters import reads
from .record_time import as_of
from .record_time.as_recorded import first_recorded_day
from .record_time.changes import ChangesPage
from .standing import recorded_standing

PROPOSAL_PAGE_SIZE = 25
ACTOR_PAGE_SIZE = 50


def as_recorded(view):
    """With ``?as_of=D``, the page as it was recorded at the end of day D (edit history)."""

    @wraps(view)
    def shown_as_recorded(request, *args, **kwargs):
        form = as_of.asked(request)
        if not form.is_valid():
            return _refused(request, form)
        day = as_of.day(form)
        if day is None:
            return view(request, *args, **kwargs)
        try:
            with as_of.shown_on(day):
                return view(request, *args, **kwargs)
        except Http404:
            first = _first_recorded(kwargs)
            if first is None or first <= day:
                raise
            context = {
                "first_recorded": first,
                "first_recorded_page": as_of.address_on(request.path, first),
            }
            return render(request, "404.html", context, status=404)

    return shown_as_recorded


def _first_recorded(kwargs):
    """When the negotiation (``slug``) or proposal (``pk``) a page shows was first recorded."""
    if "slug" in kwargs:
        return first_recorded_day(Negotiation, slug=kwargs["slug"])
    return first_recorded_day(Proposal, id=kwargs["pk"])


@reads()
def home(request):
    """Every negotiation the tracker follows, with its latest activity."""
    negotiations = Negotiation.objects.with_activity()
    return render(request, "negotiations/home.html", {"negotiations": negotiations})


@reads(RecordedDayForm)
@as_recorded
def negotiation_status(request, slug):
    """Where the talks stand today, every fact with its source."""
    try:
        status = NegotiationStatus.build(slug)
    except Negotiation.DoesNotExist as error:
        raise Http404("No such negotiation.") from error
    return render(
        request,
        "negotiations/status.html",
        {"negotiation": status.negotiation, "status": status},
    )


@reads(RecordedDayForm, EventFilter, TimelineEntriesForm, TimelinePageForm)
@as_recorded
def timeline(request, slug=None):
    """Events and agreement steps in date order, filtered and paged by a (date, id) cursor;
    one or all negotiations."""
    negotiation = get_object_or_404(timeline_negotiations(), slug=slug) if slug else None
    filters = EventFilter(
        request.GET, queryset=Event.objects.for_timeline(negotiation), within=negotiation
    )
    entries = TimelineEntriesForm(request.GET)
    paging = TimelinePageForm(request.GET)
    context = {"negotiation": negotiation, "filters": filters, "entries": entries, "timeline": None}
    status = 200
    if filters.is_valid() and entries.is_valid() and paging.is_valid():
        context["timeline"] = TimelinePage.build(
            negotiation,
            filters,
            shown=entries.shown(bool(filters.form.cleaned_data.get("kind"))),
            after=paging.cleaned_data["after"],
            before=paging.cleaned_data["before"],
        )
    else:
        context["problems"] = (
            _form_problems(filters.form) + _form_problems(entries) + _form_problems(paging)
        )
        # htmx swaps only successful responses; a plain request learns it asked wrongly.
        status = 200 if request.htmx else 400
    template = "negotiations/timeline.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    response = render(request, template, context, status=status)
    # One address answers with a whole page or with a fragment: caches must tell them apart.
    patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
    return response


def _refused(request, form):
    """The 400 page naming each problem of ``form``, a page's parameters."""
    return render(request, "400.html", {"problems": _form_problems(form)}, status=400)


def _form_problems(form):
    """(field label, message) pairs for every error of a form; the label is empty for the form."""
    return [
        (form.fields[name].label if name in form.fields else "", message)
        for name, messages in form.errors.items()
        for message in messages
    ]


@reads("page")
def proposal_list(request, slug):
    """A negotiation's proposals in order, each with its terms, status and chain."""
    negotiation = get_object_or_404(Negotiation, slug=slug)
    proposals = (
        Proposal.objects.filter(negotiation=negotiation)
        .with_terms()
        .with_standing()
        .order_by(*chronological(newest_first=True, undated_first=True))
    )
    asked = ListPageForm(request.GET)
    if not asked.is_valid():
        return _refused(request, asked)
    page = page_of(
        Paginator(proposals, PROPOSAL_PAGE_SIZE), asked.cleaned_data["page"], "proposals"
    )
    Citation.objects.attach_to(page.object_list)
    for proposal in page.object_list:
        proposal.standing_now = recorded_standing(proposal)
    return render(
        request,
        "negotiations/proposal_list.html",
        {"negotiation": negotiation, "proposals": page.object_list, "page": page},
    )


@reads(RecordedDayForm)
@as_recorded
def proposal_detail(request, pk):
    """One proposal: its terms in plain words, phases, lifecycle, status history, links and
    sources."""
    try:
        page = ProposalPage.build(pk)
    except Proposal.DoesNotExist as error:
        raise Http404("No such proposal.") from error
    template = "negotiations/proposal_detail.html"
    if request.htmx and not request.htmx.history_restore_request:
        # The status page fetches where each recent agreement stands.
        template += "#standing"
    response = render(
        request,
        template,
        {"page": page, "proposal": page.proposal, "negotiation": page.proposal.negotiation},
    )
    patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
    return response


@reads()
def proposal_compare(request, pk, other_pk):
    """Two proposals side by side, term by term, read as the link recorded between them says:
    changed, added, dropped (or carried over), unchanged."""
    if pk == other_pk:
        raise Http404("A proposal is compared with another one.")
    # Exact lookups (unlike pk__in) answer "none" for ids beyond the column's range.
    pair = Q(pk=pk) | Q(pk=other_pk)
    # The links between the two, either way, in one query (a link never points to itself).
    links = Prefetch(
        "links",
        queryset=ProposalLink.objects.filter(Q(other=pk) | Q(other=other_pk)),
        to_attr="links_in_pair",
    )
    # Who an evacuation moves is part of its words.
    terms = Proposal.objects.with_terms().prefetch_related(links)
    proposals = terms.filter(pair).in_bulk()
    if len(proposals) != 2:
        raise Http404("No such proposal.")
    first, second = proposals[pk], proposals[other_pk]
    comparison = compare_proposals(first, second, [*first.links_in_pair, *second.links_in_pair])
    return render(
        request,
        "negotiations/proposal_compare.html",
        {
            "comparison": comparison,
            "earlier": comparison.earlier,
            "later": comparison.later,
            "negotiation": comparison.earlier.negotiation,
            "rows": comparison.rows,
        },
    )


#: How many of an actor's latest stances on an issue the positions page shows; the CSV
#: export has them all.
POSITION_HISTORY_SIZE = 5


@reads(RecordedDayForm)
@as_recorded
def positions(request, slug):
    """For each issue, each actor's latest stances over time, oldest first."""
    negotiation = get_object_or_404(Negotiation, slug=slug)
    stances = (
        Position.objects.filter(negotiation=negotiation)
        .latest_per_actor_and_issue(POSITION_HISTORY_SIZE)
        .for_page()
    )
    return render(
        request,
        "negotiations/positions.html",
        {"negotiation": negotiation, "positions": stances, "history_size": POSITION_HISTORY_SIZE},
    )


@reads(RecordedDayForm)
@as_recorded
def rounds(request, slug):
    """A negotiation's rounds of talks: where and when, who attended for whom, what each
    produced, every fact with its source."""
    negotiation = get_object_or_404(Negotiation, slug=slug)
    attended = Attendance.objects.select_related("actor", "person").order_by("actor__name", "pk")
    held = list(
        Round.objects.filter(negotiation=negotiation)
        .prefetch_related(Prefetch("attendances", queryset=attended))
        .order_by(*chronological("start"))
    )
    Citation.objects.attach_to(
        [*held, *(a for held_round in held for a in held_round.attendances.all())]
    )
    return render(request, "negotiations/rounds.html", {"negotiation": negotiation, "rounds": held})


@reads("from", "to")
def negotiation_changes(request, slug):
    """Every record of a negotiation added, changed or removed in the days asked for."""
    negotiation = get_object_or_404(Negotiation, slug=slug)
    form = ChangesForm(request.GET, today=timezone.localdate())
    if form.is_valid():
        # The boxes show the days listed, chosen or not.
        form = ChangesForm(
            {"from": form.cleaned_data["from"], "to": form.cleaned_data["to"]},
            today=form.today,
        )
    context = {"negotiation": negotiation, "form": form, "page": None}
    if not form.is_valid():
        context["problems"] = _form_problems(form)
        return render(request, "negotiations/changes.html", context, status=400)
    context["page"] = ChangesPage.build(
        negotiation, form.cleaned_data["from"], form.cleaned_data["to"]
    )
    return render(request, "negotiations/changes.html", context)


def page_of(paginator, number, what):
    """The page ``number`` (a ``ListPageForm``'s), not found (404) past the last."""
    try:
        return paginator.page(number or 1)
    except InvalidPage as error:
        raise Http404(f"No such page of {what}.") from error


@reads(ActorFilter, "page")
def actor_list(request):
    """Every actor, found by name or other name, kind, negotiation or Wikidata QID; a QID
    that finds an actor leads to its page, so that other datasets link to us by theirs."""
    filters = ActorFilter(request.GET, queryset=Actor.objects.listed())
    if not filters.is_valid():
        context = {"filters": filters, "problems": _form_problems(filters.form)}
        return render(request, "negotiations/actor_list.html", context, status=400)
    actors = filters.qs
    if filters.form.cleaned_data.get("wikidata"):
        found = list(actors[:2])
        if len(found) == 1:  # a QID identifies one actor at most
            return redirect(found[0])
    asked = ListPageForm(request.GET)
    if not asked.is_valid():
        return _refused(request, asked)
    page = page_of(Paginator(actors, ACTOR_PAGE_SIZE), asked.cleaned_data["page"], "actors")
    context = {"filters": filters, "actors": page.object_list, "page": page}
    return render(request, "negotiations/actor_list.html", context)


@reads()
def actor_detail(request, slug):
    """What an actor proposed, said and attended, and its role in each negotiation."""
    try:
        page = ActorPage.build(slug)
    except Actor.DoesNotExist as error:
        raise Http404("No such actor.") from error
    return render(request, "negotiations/actor_detail.html", {"actor": page.actor, "page": page})


@reads()
def source_detail(request, pk):
    """A cited document and every passage the tracker takes from it."""
    citations = (
        # source__pk, unlike source: an id beyond the column's range matches nothing.
        Citation.objects.filter(source__pk=pk)
        .select_related("source")
        .order_by("content_type__model", "object_id", "pk")
        .with_records()
    )
    # The source comes with its citations; it is looked up alone only when nothing cites it.
    source = citations[0].source if citations else get_object_or_404(Source, pk=pk)
    return render(
        request, "negotiations/source_detail.html", {"source": source, "citations": citations}
    )
