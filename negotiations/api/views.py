"""The read-only JSON API: one view set per kind of record, filtered by the pages' own
filter sets, paged by cursor, with ETags."""

from django.conf import settings
from django.db.models import Prefetch
from django.middleware.http import ConditionalGetMiddleware
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.decorators import decorator_from_middleware, method_decorator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

from .. import filters
from ..as_recorded import recorded_on
from ..forms import RecordedDayForm
from ..models import (
    Actor,
    Citation,
    Event,
    ExchangeTerm,
    Figure,
    Milestone,
    Negotiation,
    OtherTerm,
    Participation,
    Phase,
    Position,
    Proposal,
    Source,
    Statement,
    StatusChange,
)
from ..page_scopes import LARGEST_KEY
from . import serializers

#: A slug as the tracker writes them; the schema says so, so that clients (and the schema's
#: own tests) ask only for addresses that can exist.
SLUG = "[-a-zA-Z0-9_]+"

PROBLEM = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="What was wrong with the request: each parameter's messages, or `detail`.",
)
NOT_FOUND = OpenApiResponse(OpenApiTypes.OBJECT, description="`detail`: no such record.")
AS_OF = OpenApiParameter(
    "as_of",
    OpenApiTypes.DATE,
    description="The records as recorded at the end of this day (YYYY-MM-DD, not after "
    "today), from the edit history: what was added or changed later is not in the answer, "
    "whatever day it is about.",
)


class Cursor(CursorPagination):
    """Pages of records in the order they were added, by an opaque cursor: a page stays the
    same page however many records are added after it."""

    ordering = "id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def decode_cursor(self, request):
        # A cursor the API did not write is a wrong parameter (400), not a missing page;
        # its position is an id, which the library does not check.
        try:
            cursor = super().decode_cursor(request)
            position = None if cursor is None else cursor.position
            if position is not None and not 0 <= int(position) <= LARGEST_KEY:
                raise ValueError(position)
        except (NotFound, ValueError) as error:
            problem = {self.cursor_query_param: [self.invalid_cursor_message]}
            raise ValidationError(problem) from error
        return cursor


def cited(*lookups):
    """Prefetches of the citations of the listed records and of those they nest."""
    return [
        Prefetch(
            f"{lookup}__citations" if lookup else "citations",
            queryset=Citation.objects.order_by("pk"),
        )
        for lookup in lookups
    ]


@method_decorator(decorator_from_middleware(ConditionalGetMiddleware), name="dispatch")
class RecordViewSet(viewsets.ReadOnlyModelViewSet):
    """Lists and single records of one kind. The ETag is the response's own hash, so a
    client's copy is answered 304 until the data it shows changes."""

    pagination_class = Cursor

    def dispatch(self, request, *args, **kwargs):
        self.recorded_day = RecordedDayForm(request.GET, today=timezone.localdate())
        if self.recorded_day.is_valid() and self.recorded_day.cleaned_data["as_of"]:
            with recorded_on(self.recorded_day.cleaned_data["as_of"]):
                return super().dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if not self.recorded_day.is_valid():
            raise ValidationError(self.recorded_day.errors)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PUBLIC_MAX_AGE_SECONDS,
            stale_while_revalidate=settings.PUBLIC_MAX_AGE_SECONDS,
        )
        return response


def documented(view_set):
    """The error answers every list and every record can give, in the schema."""
    return extend_schema_view(
        list=extend_schema(
            parameters=[AS_OF], responses={200: view_set.serializer_class, 400: PROBLEM}
        ),
        retrieve=extend_schema(
            parameters=[AS_OF],
            responses={200: view_set.serializer_class, 400: PROBLEM, 404: NOT_FOUND},
        ),
    )(view_set)


@documented
class NegotiationViewSet(RecordViewSet):
    """Negotiations, with who takes part and as what."""

    queryset = Negotiation.objects.prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("actor")),
        *cited(""),
    )
    serializer_class = serializers.NegotiationSerializer
    filterset_class = filters.NegotiationFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG


@documented
class ProposalViewSet(RecordViewSet):
    """Proposals, counter-proposals and agreements with their terms, phases, lifecycle steps
    and dated statuses."""

    queryset = Proposal.objects.select_related("negotiation", "proposed_by").prefetch_related(
        "addressed_to",
        "mediators",
        "signatories",
        "guarantors",
        Prefetch(
            "exchange_terms",
            queryset=ExchangeTerm.objects.select_related("releasing_party", "receiving_party")
            .prefetch_related("categories")
            .order_by("pk"),
        ),
        Prefetch("other_terms", queryset=OtherTerm.objects.order_by("pk")),
        Prefetch("phases", queryset=Phase.objects.order_by("number", "pk")),
        Prefetch(
            "milestones",
            queryset=Milestone.objects.prefetch_related("actors").order_by("date", "pk"),
        ),
        Prefetch(
            "status_changes",
            queryset=StatusChange.objects.order_by("date", "pk"),
        ),
        *cited("", "milestones", "status_changes"),
    )
    serializer_class = serializers.ProposalSerializer
    filterset_class = filters.ProposalFilter


@documented
class EventViewSet(RecordViewSet):
    """Events: meetings, visits, statements, military and humanitarian developments, truces."""

    queryset = Event.objects.select_related("negotiation").prefetch_related(
        "participants", "people", *cited("")
    )
    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilter


@documented
class StatementViewSet(RecordViewSet):
    """Statements, attributed to whom they speak for, quoted or reported."""

    queryset = Statement.objects.select_related(
        "negotiation", "on_behalf_of", "speaker", "possibly_spoken_by", "outlet"
    ).prefetch_related(*cited(""))
    serializer_class = serializers.StatementSerializer
    filterset_class = filters.StatementFilter


@documented
class PositionViewSet(RecordViewSet):
    """Each actor's stance on each issue, as of a date."""

    queryset = Position.objects.select_related("negotiation", "actor", "issue").prefetch_related(
        *cited("")
    )
    serializer_class = serializers.PositionSerializer
    filterset_class = filters.PositionFilter


@documented
class FigureViewSet(RecordViewSet):
    """Figures (casualties, hostages, prisoners, …) with their attribution."""

    queryset = Figure.objects.select_related("negotiation", "attributed_to").prefetch_related(
        *cited("")
    )
    serializer_class = serializers.FigureSerializer
    filterset_class = filters.FigureFilter


@documented
class ActorViewSet(RecordViewSet):
    """Parties, mediators, guarantors and the other actors of the talks."""

    queryset = Actor.objects.select_related("part_of")
    serializer_class = serializers.ActorSerializer
    filterset_class = filters.ActorFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG


@documented
class SourceViewSet(RecordViewSet):
    """The reports and documents the records cite."""

    queryset = Source.objects.all()
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilter
