"""Records edited on another record's page: terms, phases and steps on a proposal's,
citations on every cited record's, aliases, memberships and identifiers on an actor's, and so on."""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten
from django.contrib.contenttypes.admin import GenericTabularInline

from ..models import (
    ActorAlias,
    Attendance,
    Citation,
    ExchangeTerm,
    ExternalIdentifier,
    Figure,
    Issue,
    Membership,
    Milestone,
    OtherTerm,
    Participation,
    Phase,
    ProposalLink,
    StatusChange,
)
from .forms import (
    DATE_FIELDS,
    SHORT_TEXT_BOXES,
    CitationFormSet,
    CitedInlineForm,
    IdentifierFormSet,
    InlineFormSet,
    IssueInlineForm,
    MilestoneFormSet,
    StatusChangeFormSet,
    VersionedForm,
    dated,
)


class VersionedInlineMixin:
    """Inline records carry their version too, so terms edited on a proposal are not lost."""

    form = VersionedForm
    formset = InlineFormSet
    formfield_overrides = DATE_FIELDS

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "loaded_version" in flatten(fields) else [*fields, "loaded_version"]


class CitedInlineMixin(VersionedInlineMixin):
    """Inline rows that cite their source on the parent's page; their citations are listed."""

    form = CitedInlineForm

    def get_fields(self, request, obj=None):
        # Without declared fields, the form's own (its source and passage) and the read-only
        # "cited" come back from the parent: each goes last, once.
        last = ("cited", "source", "passage", "loaded_version")
        fields = [name for name in super().get_fields(request, obj) if name not in last]
        return [*fields, *last]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "cited"]

    @admin.display(description="cited sources")
    def cited(self, record):
        if record.pk is None:
            return "—"
        return "; ".join(str(citation.source) for citation in record.citations.all()) or "none"


class AliasInline(VersionedInlineMixin, admin.TabularInline):
    model = ActorAlias
    extra = 0


class IdentifierInline(CitedInlineMixin, admin.TabularInline):
    """Identifiers other datasets give the record (a Wikidata QID, a UCDP id), each citing
    the source that ties it to the record."""

    model = ExternalIdentifier
    formset = IdentifierFormSet
    extra = 0
    fields = ["scheme", "value"]
    # Rarely edited: folded, so that a page of many parts stays a few screens long.
    classes = ["collapse"]
    verbose_name = "identifier in another dataset"
    verbose_name_plural = "identifiers in other datasets (Wikidata, UCDP, PA-X, ACLED…)"


class CitationInline(GenericTabularInline):
    model = Citation
    formset = CitationFormSet
    formfield_overrides = SHORT_TEXT_BOXES
    extra = 1
    min_num = 1
    autocomplete_fields = ["source"]
    verbose_name_plural = "citations (every fact rests on at least one source)"


class OptionalCitationInline(CitationInline):
    """For a record that holds others' facts more than its own: it may cite the sources of
    its own dates, and need not cite any."""

    extra = 0
    min_num = 0
    verbose_name_plural = "citations (of the dates the talks began and ended)"


class PhasedInlineMixin:
    """A term chooses its phase among its own proposal's phases."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if "phase" in formset.form.base_fields:
            phases = obj.phases.all() if obj is not None else Phase.objects.none()
            formset.form.base_fields["phase"].queryset = phases
        return formset


#: A proposal's page holds many parts: each group opens on a click (and opens by itself
#: when a row in it has an error), so that six steps and ten terms fit in a few screens.
COLLAPSED = ["collapse"]


class PhaseOfItsProposal:
    """A term edited on its own page chooses among its proposal's phases, each named with
    its proposal while no proposal is chosen yet."""

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        phase = form.base_fields.get("phase")
        if phase is not None:
            if obj is not None:
                phase.queryset = obj.proposal.phases.all()
            else:
                phase.queryset = Phase.objects.select_related("proposal")
                phase.label_from_instance = lambda choice: f"{choice} of “{choice.proposal}”"
        return form


class PhaseInline(VersionedInlineMixin, admin.StackedInline):
    classes = COLLAPSED
    model = Phase
    extra = 0
    fields = [
        (
            "number",
            "duration_qualifier",
            "duration_min",
            "duration_max",
            "duration_words",
            "duration_unit",
        ),
        dated("start"),
        dated("end"),
        "condition_to_advance",
        "description",
    ]


class MilestoneInline(CitedInlineMixin, admin.StackedInline):
    classes = COLLAPSED
    model = Milestone
    formset = MilestoneFormSet
    extra = 0
    autocomplete_fields = ["actors"]
    fields = [
        ("kind", *dated("date")),
        dated("scheduled_end"),
        ("length_qualifier", "length_min", "length_max", "length_words", "length_unit"),
        ("place", "actors"),
        "note",
    ]


class ProposalLinkInline(VersionedInlineMixin, admin.TabularInline):
    classes = COLLAPSED
    model = ProposalLink
    fk_name = "proposal"
    extra = 0
    autocomplete_fields = ["other"]
    fields = ["kind", "other", "note"]
    verbose_name = "link to another proposal"
    verbose_name_plural = "links to other proposals (beyond responding to one)"


class CategoriesAsCheckboxes:
    """A term's categories, a short fixed list, as boxes to tick."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in ("categories", "evacuees"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ExchangeTermInline(
    CategoriesAsCheckboxes, PhasedInlineMixin, VersionedInlineMixin, admin.StackedInline
):
    classes = COLLAPSED
    model = ExchangeTerm
    extra = 0
    autocomplete_fields = ["releasing_party", "receiving_party"]
    fields = [
        ("releasing_party", "receiving_party", "phase"),
        ("group", "categories", "affiliation"),
        ("count_qualifier", "count_min", "count_max", "count_words"),
        ("ratio_qualifier", "ratio_min", "ratio_max", "ratio_words", "ratio_per"),
        ("condition", "description"),
    ]


class OtherTermInline(
    CategoriesAsCheckboxes, PhasedInlineMixin, VersionedInlineMixin, admin.StackedInline
):
    """Stacked, in rows of a few fields, so that it fits a 1280-pixel window."""

    classes = COLLAPSED
    model = OtherTerm
    extra = 0
    fields = [
        ("kind", "withdrawal_extent", "phase"),
        ("amount_qualifier", "amount_min", "amount_max", "amount_words", "unit"),
        "applies_to",
        ("evacuees", "from_place", "to_place", "means"),
        ("condition", "description"),
    ]


class StatusChangeInline(CitedInlineMixin, admin.StackedInline):
    classes = COLLAPSED
    model = StatusChange
    formset = StatusChangeFormSet
    extra = 0
    fields = [("status", *dated("date")), "note"]


class ParticipationInline(CitedInlineMixin, admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["actor"]


class IssueInline(VersionedInlineMixin, admin.TabularInline):
    model = Issue
    form = IssueInlineForm
    extra = 0
    fields = ["name", "slug", "topic", "description"]


class AttendanceInline(CitedInlineMixin, admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["actor", "person"]


class FigureBreakdownInline(VersionedInlineMixin, admin.TabularInline):
    model = Figure
    fk_name = "part_of"
    extra = 0
    verbose_name = "breakdown figure"
    verbose_name_plural = "breakdown (figures within this one)"
    fields = [
        "counts",
        "value_qualifier",
        "value_min",
        "value_max",
        "value_words",
        "attribution",
        *dated("date"),
        "negotiation",
    ]


class MembershipInline(CitedInlineMixin, admin.StackedInline):
    """The coalitions and sides an actor belongs or belonged to, each citing its source."""

    classes = COLLAPSED
    model = Membership
    fk_name = "member"
    extra = 0
    autocomplete_fields = ["group"]
    fields = [("relation", "group"), dated("since"), dated("until")]
    verbose_name = "membership of a coalition or side"
    verbose_name_plural = "memberships of coalitions and sides (over time; several at once)"
