"""Public pages: thin views that parse input, pick querysets and render one template each.

An htmx request renders only the named partial of the page's template that it swaps.
"""

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, F, Q, Window
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from .filters import EventFilter
from .forms import TimelinePageForm
from .models import (
    Actor,
    Attendance,
    Citation,
    Event,
    Figure,
    Negotiation,
    Participation,
    Position,
    Proposal,
    Risk,
    Source,
    Statement,
)
from .proposal_page import ProposalPage
from .terms import compare_proposals
from .timeline_page import TimelinePage
from .visual_timeline import build_strip

PROPOSAL_PAGE_SIZE = 25
#: How many of the latest events and proposals the status page's strip places.
STATUS_STRIP_SIZE = 200
#: How many of the latest agreements the status page says the standing of.
STATUS_AGREEMENTS = 3
#: How many of the newest figures, risks and sources the status page lists.
STATUS_LIST_SIZE = 12


def home(request):
    """Every negotiation the tracker follows, with its latest activity."""
    negotiations = Negotiation.objects.with_activity()
    return render(request, "negotiations/home.html", {"negotiations": negotiations})


def negotiation_status(request, slug):
    """Where the talks stand today, every fact with its source."""
    # The negotiation comes with its participations; it is looked up alone only without any.
    participations = list(
        Participation.objects.filter(negotiation__slug=slug).select_related("negotiation", "actor")
    )
    if participations:
        negotiation = participations[0].negotiation
    else:
        negotiation = get_object_or_404(Negotiation, slug=slug)
    strip_proposals = list(
        Proposal.objects.filter(negotiation=negotiation)
        .select_related("proposed_by", "responds_to")
        .with_time_in_force()
        .latest_first()[:STATUS_STRIP_SIZE]
    )
    latest_proposal = strip_proposals[0] if strip_proposals else None
    agreements = [p for p in strip_proposals if p.kind == Proposal.Kind.AGREEMENT]
    addressed_to, mediators = [], []
    latest_status = None
    if latest_proposal is not None:
        roles = latest_proposal.actors_by_role()
        addressed_to, mediators = roles["addressed_to"], roles["mediators"]
        latest_status = latest_proposal.status_changes.order_by("-date", "-pk").first()
    strip_events = list(Event.objects.filter(negotiation=negotiation).recent(STATUS_STRIP_SIZE))
    recent_events = strip_events[:6]
    timeline_url = reverse("timeline", args=[slug])
    strip = build_strip(
        strip_events,
        strip_proposals,
        lambda event: (
            f"{timeline_url}?date_from={event.date}&date_to={event.date}#event-{event.pk}"
        ),
    )
    mediator_quotes = list(Statement.objects.mediator_quotes(negotiation)[:6])
    positions = list(
        Position.objects.filter(negotiation=negotiation)
        .current()
        .select_related("actor", "issue")
        .order_by(Lower("issue__name"), "issue", "actor__name")
    )
    figures = Figure.objects.filter(negotiation=negotiation).as_tree(STATUS_LIST_SIZE)
    risks = list(
        Risk.objects.filter(negotiation=negotiation)
        .select_related("named_by")
        .annotate(total=Window(Count("pk")))[:STATUS_LIST_SIZE]
    )
    facts = Citation.objects.attach_to(
        [
            negotiation,
            latest_proposal,
            latest_status,
            *recent_events,
            *mediator_quotes,
            *positions,
            *figures.shown,
            *risks,
        ]
    )
    sources = {
        citation.source_id: citation.source for fact in facts for citation in fact.citations.all()
    }
    context = {
        "negotiation": negotiation,
        "participations": participations,
        "last_event": recent_events[0] if recent_events else None,
        "latest_proposal": latest_proposal,
        "agreements": agreements[:STATUS_AGREEMENTS],
        "addressed_to": addressed_to,
        "mediators": mediators,
        "latest_status": latest_status,
        "mediator_quotes": mediator_quotes,
        "positions": positions,
        "figures": figures.roots,
        "figure_count": figures.top_level_count,
        "risks": risks,
        "risk_count": risks[0].total if risks else 0,
        "recent_events": recent_events,
        "sources": sorted(
            sources.values(), key=lambda source: (-source.published_on.toordinal(), source.title)
        ),
        "strip": strip,
    }
    return render(request, "negotiations/status.html", context)


def timeline(request, slug=None):
    """Events and agreement steps in date order, filtered and paged by a (date, id) cursor;
    one or all negotiations."""
    negotiation = get_object_or_404(Negotiation, slug=slug) if slug else None
    filters = EventFilter(
        request.GET, queryset=Event.objects.for_timeline(negotiation), within=negotiation
    )
    paging = TimelinePageForm(request.GET)
    context = {"negotiation": negotiation, "filters": filters, "timeline": None}
    status = 200
    if filters.is_valid() and paging.is_valid():
        context["timeline"] = TimelinePage.build(
            negotiation,
            filters,
            after=paging.cleaned_data["after"],
            before=paging.cleaned_data["before"],
        )
    else:
        context["problems"] = _form_problems(filters.form) + _form_problems(paging)
        # htmx swaps only successful responses; a plain request learns it asked wrongly.
        status = 200 if request.htmx else 400
    template = "negotiations/timeline.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    response = render(request, template, context, status=status)
    # One address answers with a whole page or with a fragment: caches must tell them apart.
    patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
    return response


def _form_problems(form):
    """(field label, message) pairs for every error of a form; the label is empty for the form."""
    return [
        (form.fields[name].label if name in form.fields else "", message)
        for name, messages in form.errors.items()
        for message in messages
    ]


def proposal_list(request, slug):
    """A negotiation's proposals in order, each with its terms, status and chain."""
    negotiation = get_object_or_404(Negotiation, slug=slug)
    proposals = (
        Proposal.objects.filter(negotiation=negotiation)
        .with_terms()
        .order_by(F("date").desc(nulls_first=True), "-pk")
    )
    paginator = Paginator(proposals, PROPOSAL_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except InvalidPage as error:
        raise Http404("No such page of proposals.") from error
    Citation.objects.attach_to(page.object_list)
    return render(
        request,
        "negotiations/proposal_list.html",
        {"negotiation": negotiation, "proposals": page.object_list, "page": page},
    )


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


def proposal_compare(request, pk, other_pk):
    """Two proposals side by side, term by term: changed, added, dropped, unchanged."""
    if pk == other_pk:
        raise Http404("A proposal is compared with another one.")
    # Exact lookups (unlike pk__in) answer "none" for ids beyond the column's range.
    proposals = Proposal.objects.with_terms().filter(Q(pk=pk) | Q(pk=other_pk)).in_bulk()
    if len(proposals) != 2:
        raise Http404("No such proposal.")
    earlier, later = proposals[pk], proposals[other_pk]
    rows = compare_proposals(earlier, later)
    return render(
        request,
        "negotiations/proposal_compare.html",
        {
            "earlier": earlier,
            "later": later,
            "negotiation": earlier.negotiation,
            "rows": rows,
            "counts": {
                status: sum(1 for row in rows if row.status == status)
                for status in ("changed", "added", "dropped", "unchanged")
            },
        },
    )


#: How many of an actor's latest stances on an issue the positions page shows; the CSV
#: export has them all.
POSITION_HISTORY_SIZE = 5


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


#: How many of an actor's latest statements and events its page lists.
ACTOR_PAGE_LIMIT = 25


def actor_detail(request, slug):
    """What an actor proposed, said and attended, and its role in each negotiation."""
    # The actor and the actors part of it, in one query.
    found = list(
        Actor.objects.filter(Q(slug=slug) | Q(part_of__slug=slug)).select_related("part_of")
    )
    actor = next((candidate for candidate in found if candidate.slug == slug), None)
    if actor is None:
        raise Http404("No such actor.")
    participations = list(actor.participations.select_related("negotiation"))
    statements = list(
        Statement.objects.filter(on_behalf_of=actor)
        .select_related("speaker", "possibly_spoken_by", "outlet", "negotiation")
        .order_by("-date", "-pk")[:ACTOR_PAGE_LIMIT]
    )
    # Where it has a role, the events of those talks: a bounded read (see the queryset).
    events = list(
        Event.objects.select_related("negotiation").latest_with_participant(
            actor, ACTOR_PAGE_LIMIT, [role.negotiation_id for role in participations]
        )
    )
    positions = list(
        Position.objects.filter(actor=actor)
        .current()
        .select_related("negotiation", "issue")
        .order_by("negotiation__title", Lower("issue__name"), "issue")
    )
    figures = list(
        actor.figures.select_related("negotiation").order_by("-date", "pk")[:ACTOR_PAGE_LIMIT]
    )
    risks = list(
        actor.risks_named.select_related("negotiation").order_by("-date", "pk")[:ACTOR_PAGE_LIMIT]
    )
    Citation.objects.attach_to([*statements, *events, *positions, *figures, *risks])
    context = {
        "actor": actor,
        "parts": [candidate for candidate in found if candidate.part_of_id == actor.pk],
        "participations": participations,
        "proposals": Proposal.objects.involving(actor)
        .marked_for(actor)
        .select_related("negotiation")
        .order_by(F("date").desc(nulls_first=True), "-pk")[:ACTOR_PAGE_LIMIT],
        "statements": statements,
        "attendances": Attendance.objects.filter(actor=actor)
        .select_related("round__negotiation", "person")
        .order_by("-round__start", "-pk")[:ACTOR_PAGE_LIMIT],
        "events": events,
        "positions": positions,
        "figures": figures,
        "risks": risks,
        "limit": ACTOR_PAGE_LIMIT,
    }
    return render(request, "negotiations/actor_detail.html", context)


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
