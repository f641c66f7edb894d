"""What became of an agreement's terms: handovers, implementation statements, deadlines and
alleged violations, entered on the agreement's page, on a term's page or on their own."""

from django.contrib import admin

from ..models import Deadline, Handover, ImplementationStatement, Violation
from .base import TrackerAdmin
from .forms import dated
from .inlines import COLLAPSED, CategoriesAsCheckboxes, CitationInline, CitedInlineMixin

QUANTITY = ("qualifier", "min", "max", "words")


def quantity(name):
    """The form fields of an approximate quantity, in a row."""
    return tuple(f"{name}_{part}" for part in QUANTITY)


class PartsOfItsAgreement:
    """An inline on an agreement's page chooses terms and phases among the agreement's own;
    one on a term's page names that term and its agreement without asking."""

    PARTS = {"exchange_term": "exchange_terms", "other_term": "other_terms", "phase": "phases"}

    @staticmethod
    def agreement_of(parent):
        """The agreement whose parts are offered, from the record whose page it is."""
        return parent

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        agreement = self.agreement_of(obj) if obj is not None else None
        for field, relation in self.PARTS.items():
            if field in formset.form.base_fields:
                choices = formset.form.base_fields[field]
                model = choices.queryset.model
                choices.queryset = (
                    getattr(agreement, relation).all()
                    if agreement is not None
                    else model.objects.none()
                )
        return formset


HANDOVER_FIELDS = [
    ("outcome", *dated("date")),
    ("exchange_term", "phase"),
    ("releasing_party", "receiving_party"),
    ("group", "categories", "affiliation"),
    (*quantity("count"), "alive"),
    ("persons_named", "place"),
    ("reason", "reason_given_by"),
    "description",
]
STATEMENT_FIELDS = [
    ("status", *dated("date")),
    ("exchange_term", "other_term"),
    ("asserted_by", "asserter_description", "is_editors_reading"),
    "claim",
]
DEADLINE_FIELDS = [
    ("kind", *dated("due")),
    ("phase", "exchange_term", "other_term"),
    "description",
    dated("met_on"),
]
VIOLATION_FIELDS = [
    ("kind", *dated("date"), "place"),
    ("accused_by", "accuser_description", "accused"),
    ("exchange_term", "other_term"),
    "description",
    quantity("killed"),
    quantity("wounded"),
    ("verification", "verified_by", *dated("verified_on")),
]


class HandoverInline(
    CategoriesAsCheckboxes, PartsOfItsAgreement, CitedInlineMixin, admin.StackedInline
):
    classes = COLLAPSED
    model = Handover
    extra = 0
    autocomplete_fields = ["releasing_party", "receiving_party", "reason_given_by"]
    fields = HANDOVER_FIELDS
    verbose_name_plural = "handovers (exchanges carried out, delayed or refused)"


class ImplementationStatementInline(PartsOfItsAgreement, CitedInlineMixin, admin.StackedInline):
    classes = COLLAPSED
    model = ImplementationStatement
    extra = 0
    autocomplete_fields = ["asserted_by"]
    fields = STATEMENT_FIELDS
    verbose_name_plural = "implementation statements (how far a term is carried out, says who)"


class DeadlineInline(PartsOfItsAgreement, CitedInlineMixin, admin.StackedInline):
    classes = COLLAPSED
    model = Deadline
    extra = 0
    fields = DEADLINE_FIELDS


class ViolationInline(PartsOfItsAgreement, CitedInlineMixin, admin.StackedInline):
    """Violations alleged of this agreement; each belongs to the agreement's negotiation."""

    classes = COLLAPSED
    model = Violation
    fk_name = "proposal"
    extra = 0
    autocomplete_fields = ["accused_by", "accused", "verified_by"]
    fields = VIOLATION_FIELDS
    verbose_name_plural = "violations alleged (each an accusation, said by whom)"


#: On an agreement's page, after its own terms and steps.
AGREEMENT_INLINES = [HandoverInline, ImplementationStatementInline, DeadlineInline, ViolationInline]


class OfTheTermInline(CitedInlineMixin, admin.StackedInline):
    """On a term's page: its records name it and its agreement already."""

    classes = COLLAPSED
    extra = 0

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        return [field for field in fields if field not in ("exchange_term", "other_term")]


class TermStatementInline(OfTheTermInline):
    model = ImplementationStatement
    autocomplete_fields = ["asserted_by"]
    fields = [
        ("status", *dated("date")),
        ("asserted_by", "asserter_description"),
        "is_editors_reading",
        "claim",
    ]


class TermHandoverInline(CategoriesAsCheckboxes, PartsOfItsAgreement, OfTheTermInline):
    model = Handover

    @staticmethod
    def agreement_of(term):
        return term.proposal

    autocomplete_fields = ["releasing_party", "receiving_party", "reason_given_by"]
    fields = [row for row in HANDOVER_FIELDS if row != ("exchange_term", "phase")] + ["phase"]


@admin.register(Handover)
class HandoverAdmin(CategoriesAsCheckboxes, TrackerAdmin):
    list_display = ["__str__", "outcome", "approximate_date", "proposal"]
    list_filter = ["outcome", "group"]
    autocomplete_fields = [
        "proposal",
        "exchange_term",
        "releasing_party",
        "receiving_party",
        "reason_given_by",
    ]
    fields = ["proposal", *HANDOVER_FIELDS]
    inlines = [CitationInline]


@admin.register(ImplementationStatement)
class ImplementationStatementAdmin(TrackerAdmin):
    list_display = ["__str__", "status", "approximate_date", "proposal"]
    list_filter = ["status", "is_editors_reading"]
    autocomplete_fields = ["proposal", "exchange_term", "other_term", "asserted_by"]
    fields = ["proposal", *STATEMENT_FIELDS]
    inlines = [CitationInline]


@admin.register(Deadline)
class DeadlineAdmin(TrackerAdmin):
    list_display = ["__str__", "kind", "approximate_due", "approximate_met_on", "proposal"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal", "exchange_term", "other_term"]
    fields = ["proposal", *DEADLINE_FIELDS]
    inlines = [CitationInline]


@admin.register(Violation)
class ViolationAdmin(TrackerAdmin):
    list_display = ["__str__", "accused", "verification", "approximate_date", "negotiation"]
    list_filter = ["kind", "verification", "negotiation"]
    search_fields = ["description", "place"]
    autocomplete_fields = [
        "proposal",
        "exchange_term",
        "other_term",
        "accused_by",
        "accused",
        "verified_by",
    ]
    fields = ["negotiation", "proposal", *VIOLATION_FIELDS]
    inlines = [CitationInline]
