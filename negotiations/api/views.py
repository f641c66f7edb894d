"""The read-only JSON API: one view set per kind of record, filtered by the pages' own
filter sets, paged by cursor, with ETags."""

import re

from django.conf import settings
from django.db.models import Prefetch
from django.http import JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control
from django.utils.decorators import decorator_from_middleware, method_decorator
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import pagination, routers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.reverse import reverse

from .. import filters
from ..fields import chronological
from ..models import (
    Actor,
    Attendance,
    Citation,
    Deadline,
    Event,
    ExchangeTerm,
    Figure,
    Handover,
    ImplementationStatement,
    Membership,
    Milestone,
    Negotiation,
    OtherTerm,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalLink,
    Round,
    Source,
    Statement,
    StatusChange,
    Violation,
)
from ..models.proposals import ROLES
from ..record_time import as_of
from . import implementation_serializers, serializers
from .schema import CURSOR, RecordSchema

#: A slug as the tracker writes them; the schema says so, so that clients (and the schema's
#: own tests) ask only for addresses that can exist.
SLUG = "[-a-zA-Z0-9_]+"

PROBLEM = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="What was wrong with the request: each parameter's messages, or `detail`.",
)
NOT_FOUND = OpenApiResponse(OpenApiTypes.OBJECT, description="`detail`: no such record.")


def given_once(request, name):
    """The value of a parameter given at most once (None when left out); given more often,
    it is refused rather than read one way or another."""
    given = request.query_params.getlist(name)
    if len(given) > 1:
        raise ValidationError({name: [f"Give one value for {name}, not {len(given)}."]})
    return given[0] if given else None


class Cursor(pagination.CursorPagination):
    """Pages of records in the order they were added, by a cursor: a page stays the same
    page however many records are added after it."""

    ordering = "id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    invalid_cursor_message = "Use the next or previous address of a page as it is written."

    def get_page_size(self, request):
        # The library falls back to its default on a size it cannot read: refuse it instead.
        given = given_once(request, self.page_size_query_param)
        if given is None:
            return self.page_size
        if not re.fullmatch("[0-9]{1,3}", given) or not 1 <= int(given) <= self.max_page_size:
            problem = f"Give a whole number from 1 to {self.max_page_size}."
            raise ValidationError({self.page_size_query_param: [problem]})
        return int(given)

    def decode_cursor(self, request):
        # The library's cursor is base64 read leniently ("%%%%" is the first page); this one
        # is plain and read strictly, so that the schema can say exactly what it accepts.
        given = given_once(request, self.cursor_query_param)
        if given is None:
            return None
        written = re.fullmatch(CURSOR, given)
        if written is None:
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})
        direction, position = written.groups()
        return pagination.Cursor(offset=0, reverse=direction == "before", position=position)

    def encode_cursor(self, cursor):
        # Ids are unique: a page is marked by an id alone, never by an offset among equals.
        direction = "before" if cursor.reverse else "after"
        query = self.request.query_params.copy()
        query[self.cursor_query_param] = f"{direction}-{cursor.position}"
        return self.request.build_absolute_uri(f"{self.request.path}?{query.urlencode()}")

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.cursor_query_param:
                parameter["schema"]["pattern"] = f"^{CURSOR}$"
                parameter["description"] = "A page's `next` or `previous` cursor, as written."
            elif parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
                parameter["description"] = (
                    f"Records a page (50 unless given; at most {self.max_page_size})."
                )
        return parameters


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
    # Read-only, and OPTIONS answers 405 site-wide (tracker.middleware): a 405 names these.
    http_method_names = ["get", "head"]
    schema = RecordSchema()

    def dispatch(self, request, *args, **kwargs):
        self.recorded_day = as_of.asked(request)
        # Filters choose among today's records, before reading a past day's: the schema
        # lists today's slugs, and an actor recorded after that day leaves no record in
        # the answer rather than making the request wrong.
        self.filters = self.filterset_class(request.GET, queryset=self.queryset.all())
        # An invalid day or filter is refused in initial(), where the API answers its
        # problems: a request refused so reads no past day (on SQLite, making its views
        # costs more than the refusal).
        valid = self.recorded_day.is_valid() and self.filters.is_valid()
        day = as_of.day(self.recorded_day) if valid else None
        with as_of.shown_on(day):
            return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for form in (self.recorded_day, self.filters):
            if not form.is_valid():
                raise ValidationError(form.errors)

    def filter_queryset(self, queryset):
        return self.filters.filter_queryset(queryset)

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
        list=extend_schema(responses={200: view_set.serializer_class, 400: PROBLEM}),
        retrieve=extend_schema(
            responses={200: view_set.serializer_class, 400: PROBLEM, 404: NOT_FOUND}
        ),
    )(view_set)


@documented
class NegotiationViewSet(RecordViewSet):
    """Negotiations, with who takes part and as what."""

    queryset = Negotiation.objects.prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("actor")),
        # Oldest first, as on the rounds page; a round whose start is not stated last.
        Prefetch("rounds", queryset=Round.objects.order_by(*chronological("start"))),
        "identifiers",
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

    queryset = (
        Proposal.objects.select_related("negotiation", "proposed_by")
        .with_standing()
        .prefetch_related(
            *ROLES,
            Prefetch("links", queryset=ProposalLink.objects.order_by("pk")),
            Prefetch("linked_from", queryset=ProposalLink.objects.order_by("pk")),
            Prefetch(
                "exchange_terms",
                queryset=ExchangeTerm.objects.select_related(
                    "releasing_party", "receiving_party", "phase"
                )
                .prefetch_related("categories")
                .order_by("pk"),
            ),
            Prefetch(
                "other_terms",
                queryset=OtherTerm.objects.select_related("phase")
                .with_evacuee_codes()
                .order_by("pk"),
            ),
            Prefetch("phases", queryset=Phase.objects.order_by("number", "pk")),
            Prefetch(
                "milestones",
                queryset=Milestone.objects.prefetch_related("actors").in_order(),
            ),
            Prefetch(
                "status_changes",
                queryset=StatusChange.objects.order_by(*chronological()),
            ),
            "identifiers",
            *cited("", "milestones", "status_changes"),
        )
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

    queryset = (
        Actor.objects.select_related("part_of")
        .with_other_names()
        .prefetch_related(
            "identifiers",
            Prefetch(
                "memberships",
                Membership.objects.select_related("group").order_by(
                    "relation", "group__name", *chronological("since")
                ),
            ),
        )
    )
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


@documented
class RoundViewSet(RecordViewSet):
    """Rounds of talks: where and when, and what each produced."""

    queryset = Round.objects.select_related("negotiation").prefetch_related(*cited(""))
    serializer_class = serializers.RoundSerializer
    filterset_class = filters.RoundFilter


class AttendanceFilter(filters.AttendanceFilter):
    """The exports' filters of attendances, and the round attended."""

    round = filters.IdFilter(
        queryset=Round.objects.all(), to_field_name="id", label="Round (its id)"
    )

    class Meta(filters.AttendanceFilter.Meta):
        fields = [*filters.AttendanceFilter.Meta.fields, "round"]


@documented
class AttendanceViewSet(RecordViewSet):
    """Who attended each round of talks, on whose behalf: a named person, or a delegation as
    the source describes it."""

    queryset = Attendance.objects.select_related("round__negotiation", "actor").prefetch_related(
        *cited("")
    )
    serializer_class = serializers.AttendanceSerializer
    filterset_class = AttendanceFilter


@documented
class PersonViewSet(RecordViewSet):
    """Named individuals, and officials the sources name only by office."""

    queryset = Person.objects.select_related("affiliation").prefetch_related(
        "identifiers", *cited("")
    )
    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter


@documented
class HandoverViewSet(RecordViewSet):
    """Handovers: each batch of an exchange under an agreement, carried out, delayed or
    refused."""

    queryset = Handover.objects.select_related(
        "proposal__negotiation", "phase", "releasing_party", "receiving_party", "reason_given_by"
    ).prefetch_related("categories", *cited(""))
    serializer_class = implementation_serializers.HandoverSerializer
    filterset_class = filters.HandoverFilter


@documented
class ImplementationStatementViewSet(RecordViewSet):
    """Who says, as of when, how far a term of an agreement is carried out; and the
    editors' own reading, marked as theirs."""

    queryset = ImplementationStatement.objects.select_related(
        "proposal__negotiation", "asserted_by"
    ).prefetch_related(*cited(""))
    serializer_class = implementation_serializers.ImplementationStatementSerializer
    filterset_class = filters.ImplementationStatementFilter


@documented
class ViolationViewSet(RecordViewSet):
    """Violations one side alleges, and whether anyone confirmed or denied them."""

    queryset = Violation.objects.select_related(
        "negotiation", "accused_by", "accused", "verified_by"
    ).prefetch_related(*cited(""))
    serializer_class = implementation_serializers.ViolationSerializer
    filterset_class = filters.ViolationFilter


@documented
class DeadlineViewSet(RecordViewSet):
    """The days agreements set for their steps, and when each step came."""

    queryset = Deadline.objects.select_related("proposal__negotiation", "phase").prefetch_related(
        *cited("")
    )
    serializer_class = implementation_serializers.DeadlineSerializer
    filterset_class = filters.DeadlineFilter


class Root(routers.APIRootView):
    """The API's lists, its schema and its documentation, each by its full address."""

    schema = AutoSchema()

    @extend_schema(
        responses={
            200: OpenApiResponse(
                {
                    "type": "object",
                    "properties": {
                        "schema": {"type": "string", "format": "uri"},
                        "docs": {"type": "string", "format": "uri"},
                    },
                    "required": ["schema", "docs"],
                    "additionalProperties": {"type": "string", "format": "uri"},
                },
                description="Each list's address by its name (`events`, …), `schema` and `docs`.",
            )
        }
    )
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response.data["schema"] = reverse("api-schema", request=request)
        response.data["docs"] = reverse("api-docs", request=request)
        return response


def unknown_address(request, *args, **kwargs):
    """Any other address under /api/: a 404 in JSON, as the API's own 404s are."""
    root = request.build_absolute_uri(reverse("api-root"))
    return JsonResponse({"detail": f"No such address: the API's are listed at {root}"}, status=404)
