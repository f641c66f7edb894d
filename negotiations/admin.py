"""Staff editing: every domain record, with its citations and terms on the same page."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from simple_history.admin import SimpleHistoryAdmin

from . import releases
from .drafting.admin import FilledFromDraft, SourceFromArticle
from .models import (
    Actor,
    ActorAlias,
    Attendance,
    Citation,
    Correction,
    DomainModel,
    Event,
    ExchangeTerm,
    Figure,
    Issue,
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
    Risk,
    Round,
    Source,
    StaleRecordError,
    Statement,
    StatusChange,
    slug_for,
)
from .models.proposals import ROLES


def stale_record_message(record, loaded_version):
    """Tell the editor who saved the record meanwhile and what they changed."""
    who, when, changes = record.changes_since(loaded_version)
    name = record._meta.verbose_name
    saved_by = f" ({who or 'someone'}, {when:%d %b %Y %H:%M} UTC)" if when else ""
    lines = [
        f"Someone else saved this {name} while you were editing it{saved_by}; "
        "nothing you entered here was saved."
    ]
    if changes:
        described = "; ".join(
            f"{field}: “{shorten(old)}” → “{shorten(new)}”" for field, old, new in changes
        )
        lines.append(f"Changed meanwhile: {described}.")
    lines.append("Reload the page to start from the current version, then apply your changes.")
    return " ".join(lines)


def dated(name):
    """The form fields of an approximate date, in a row: the date, its precision and the
    earliest day that "on or before" may have."""
    return (name, f"{name}_precision", f"{name}_earliest")


def shorten(value, limit=80):
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class VersionedForm(forms.ModelForm):
    """Carries the version of the record the editor loaded; saving over a newer one is refused."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_versioned():
            version = self.instance.version
            if hasattr(self.instance, "_history"):
                # A revert starts from an old version but replaces the current one.
                version = self.current_version()
            self.fields["loaded_version"].initial = version

    def is_versioned(self):
        """Only domain records carry a version (citations do not), and only once saved."""
        return isinstance(self.instance, DomainModel) and not self.instance._state.adding

    def current_version(self, lock=False):
        records = type(self.instance)._base_manager.filter(pk=self.instance.pk).order_by()
        if lock:
            # On PostgreSQL a concurrent save of the same record waits here until this
            # admin request's transaction ends, then sees the version it wrote. No key
            # update: rows that only refer to this record (a citation) need not wait.
            records = records.select_for_update(no_key=True)
        return records.values_list("version", flat=True).first()

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_versioned():
            return cleaned_data
        loaded = cleaned_data.get("loaded_version")
        if loaded is None:
            raise ValidationError(
                "This form does not say which version of the record it was loaded from. "
                "Reload the page and apply your changes again.",
                code="no_version",
            )
        with transaction.atomic(using=self.instance._state.db):
            current = self.current_version(lock=True)
        if current is not None and current != loaded:
            raise ValidationError(stale_record_message(self.instance, loaded), code="stale")
        # The save itself then runs UPDATE ... WHERE version = loaded: the last guard.
        self.instance.version = loaded
        return cleaned_data


class ChangeNoteForm(VersionedForm):
    """A record's admin form: its version, the editor's reason kept in the history, and
    whether this save publicly corrects what the tracker said."""

    change_note = forms.CharField(
        required=False,
        max_length=100,
        help_text="Optional: why you made this change. Kept with this version in the history.",
    )
    is_correction = forms.BooleanField(
        required=False,
        label="This save corrects an error",
        help_text="Readers then see “Corrected on (today): (the note below)” with the record "
        "and on the changes page. Leave it off for updates: new facts are not corrections.",
    )
    correction_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="For readers, when this save corrects an error: what was wrong, and what is "
        "right now.",
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("is_correction"):
            if self.instance.pk is None:
                self.add_error("is_correction", "A new record corrects nothing yet.")
            elif not cleaned_data.get("correction_note", "").strip():
                self.add_error("correction_note", "Say what was wrong, for readers.")
        elif cleaned_data.get("correction_note", "").strip():
            self.add_error(
                "is_correction", "Tick this box to publish the correction note, or clear it."
            )
        return cleaned_data


#: The fields that mark a save as a public correction.
CORRECTION_FIELDS = ("is_correction", "correction_note")


class SlugFilledIn:
    """For a form of a record with an address: a slug left empty is made from ``slug_from``
    on save, dashes parting words (Django's live slug preview would drop them: "russiaukraine")."""

    slug_from = "title"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields[
            "slug"
        ].help_text = f"The page address. Leave it empty to make it from the {self.slug_from}."

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("slug") and cleaned_data.get(self.slug_from):
            cleaned_data["slug"] = slug_for(cleaned_data[self.slug_from])
        return cleaned_data


class SluggedForm(SlugFilledIn, ChangeNoteForm):
    """A record with a page address, on its own admin page."""


class ActorForm(SluggedForm):
    slug_from = "name"


class IssueForm(SluggedForm):
    slug_from = "name"


class IssueInlineForm(SlugFilledIn, VersionedForm):
    slug_from = "name"


class VersionedInlineMixin:
    """Inline records carry their version too, so terms edited on a proposal are not lost."""

    form = VersionedForm

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "loaded_version" in flatten(fields) else [*fields, "loaded_version"]


class CitedInlineForm(VersionedForm):
    """An inline record that rests on a source: a new one names it here, on the parent's page,
    with the passage (Django's admin cannot nest the citations inline within an inline)."""

    source = forms.ModelChoiceField(
        Source.objects.all(),
        required=False,
        widget=AutocompleteSelect(Citation._meta.get_field("source"), admin.site),
        help_text="The source this rests on; required for a new row. More on its own page.",
    )
    passage = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 30}),
        help_text="The source's words, quoted exactly.",
    )

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding and not cleaned_data.get("source"):
            self.add_error("source", "Name the source this rests on.")
        if cleaned_data.get("passage") and not cleaned_data.get("source"):
            self.add_error("source", "Name the source the passage is quoted from.")
        return cleaned_data

    def save(self, commit=True):
        record = super().save(commit=commit)
        if commit and self.cleaned_data.get("source"):
            Citation.objects.create(
                record=record,
                source=self.cleaned_data["source"],
                passage=self.cleaned_data.get("passage", ""),
            )
        return record


class CitedInlineMixin(VersionedInlineMixin):
    """Inline rows that cite their source on the parent's page; their citations are listed."""

    form = CitedInlineForm

    def get_fields(self, request, obj=None):
        fields = [name for name in super().get_fields(request, obj) if name != "loaded_version"]
        return [*fields, "cited", "source", "passage", "loaded_version"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "cited"]

    @admin.display(description="cited sources")
    def cited(self, record):
        if record.pk is None:
            return "—"
        return "; ".join(str(citation.source) for citation in record.citations.all()) or "none"


#: Boxes of three lines that grow as they are typed in: a page of many parts stays a few
#: screens long.
SHORT_TEXT_BOXES = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}}


class AliasInline(VersionedInlineMixin, admin.TabularInline):
    model = ActorAlias
    extra = 0


class CitationInline(GenericTabularInline):
    model = Citation
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


class RowsCheckedTogetherFormSet(forms.BaseInlineFormSet):
    """Inline rows with a rule across them: ``problem(records)`` says what is wrong with
    the rows the save would keep, and nothing is saved while it does; ``gaps(records)``
    what they seem to lack, said as warnings once they are saved."""

    warnings = ()

    def gaps(self, records):
        return []

    def clean(self):
        super().clean()
        kept = [
            form.instance
            for form in self.forms
            if form.is_valid()
            and (form.has_changed() or form.instance.pk is not None)
            and not (self.can_delete and form.cleaned_data.get("DELETE"))
        ]
        problem = self.problem(kept)
        if problem:
            raise ValidationError(problem)
        self.warnings = self.gaps(kept)


class MilestoneFormSet(RowsCheckedTogetherFormSet):
    """An agreement's milestones must follow each other in an order it can have lived."""

    def problem(self, milestones):
        return Milestone.order_problem(milestones) or self.instance.milestone_disagreement(
            milestones
        )

    def gaps(self, milestones):
        return Milestone.order_gaps(milestones)


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


class StatusChangeFormSet(RowsCheckedTogetherFormSet):
    """The proposal's status must agree with its latest status change."""

    def problem(self, changes):
        return self.instance.status_disagreement(changes)


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


class TrackerAdmin(SimpleHistoryAdmin):
    """Shared defaults: history with change notes and revert, optimistic locking, short lists."""

    form = ChangeNoteForm
    # The library's own list carries an inline style attribute, which the CSP blocks.
    object_history_list_template = "admin/negotiations/object_history_list.html"
    list_per_page = 50
    save_on_top = True

    def get_fields(self, request, obj=None):
        extras = self.form_extras(obj)
        # An admin that lists no fields gets all of its form's, the correction box too.
        unoffered = set(CORRECTION_FIELDS) - set(extras)
        fields = [name for name in super().get_fields(request, obj) if name not in unoffered]
        present = set(flatten(fields))
        return [*fields, *(name for name in extras if name not in present)]

    @staticmethod
    def form_extras(obj):
        """The fields every record's form adds; only a record already saved can be corrected."""
        if obj is None:
            return ("change_note", "loaded_version")
        return ("change_note", *CORRECTION_FIELDS, "loaded_version")

    def save_model(self, request, obj, form, change):
        obj._change_reason = form.cleaned_data.get("change_note") or None
        super().save_model(request, obj, form, change)
        if form.cleaned_data.get("is_correction"):
            saved = obj.history.order_by("-history_date", "-history_id").first()
            Correction.objects.create(
                record=obj,
                corrected_at=saved.history_date,
                note=form.cleaned_data["correction_note"].strip(),
            )

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for warning in getattr(formset, "warnings", ()):
            self.message_user(request, f"Saved, but: {warning}", messages.WARNING)

    def save_related(self, request, form, formsets, change):
        # Inline records saved from this page share the page's change note.
        for formset in formsets:
            for inline_form in formset.forms:
                inline_form.instance._change_reason = form.cleaned_data.get("change_note") or None
        super().save_related(request, form, formsets, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleRecordError as error:
            return self.refuse_stale_save(request, error)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Revert to an earlier version, in one transaction and with the same locking."""
        try:
            with transaction.atomic():
                return super().history_form_view(request, object_id, version_id, extra_context)
        except StaleRecordError as error:
            return self.refuse_stale_save(request, error)

    def refuse_stale_save(self, request, error):
        # The form's check passed but another save won the race to the row (SQLite has no
        # row locks); the whole request was rolled back.
        message = stale_record_message(error.record, error.loaded_version)
        self.message_user(request, message, messages.ERROR)
        return HttpResponseRedirect(request.get_full_path())


@admin.register(Source)
class SourceAdmin(SourceFromArticle, TrackerAdmin):
    list_display = ["title", "kind", "publisher", "approximate_published_on"]
    list_filter = ["kind"]
    search_fields = ["title", "headline", "publisher", "url"]
    date_hierarchy = "published_on"
    fields = [
        "title",
        "headline",
        "kind",
        "publisher",
        "url",
        "archive_reference",
        dated("published_on"),
        "dateline",
    ]


@admin.register(Citation)
class CitationAdmin(TrackerAdmin):
    list_display = ["source", "content_type", "object_id", "passage"]
    list_filter = ["content_type"]
    search_fields = ["passage", "source__title"]
    autocomplete_fields = ["source"]


@admin.register(Correction)
class CorrectionAdmin(SimpleHistoryAdmin):
    """Published corrections. Editors make one by ticking "This save corrects an error" when
    they save a record; here a note can be mended."""

    list_display = ["corrected_at", "content_type", "object_id", "note"]
    list_filter = ["content_type"]
    search_fields = ["note"]
    date_hierarchy = "corrected_at"

    def get_readonly_fields(self, request, obj=None):
        # Which save a correction is of is fixed by that save: the changes page finds it so.
        if obj is not None:
            return ["content_type", "object_id", "corrected_at"]
        return []


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


@admin.register(Actor)
class ActorAdmin(TrackerAdmin):
    list_display = ["name", "kind", "part_of"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name", "description"]
    form = ActorForm
    autocomplete_fields = ["part_of"]
    inlines = [AliasInline, MembershipInline]


@admin.register(Membership)
class MembershipAdmin(TrackerAdmin):
    list_display = ["member", "relation", "group", "period"]
    list_filter = ["relation"]
    search_fields = ["member__name", "group__name"]
    autocomplete_fields = ["member", "group"]
    fields = ["member", ("relation", "group"), dated("since"), dated("until")]
    inlines = [CitationInline]


@admin.register(ActorAlias)
class ActorAliasAdmin(TrackerAdmin):
    list_display = ["name", "actor"]
    search_fields = ["name", "actor__name"]
    autocomplete_fields = ["actor"]


@admin.register(Person)
class PersonAdmin(TrackerAdmin):
    list_display = ["__str__", "affiliation"]
    search_fields = ["name", "title", "affiliation__name"]
    autocomplete_fields = ["affiliation"]
    inlines = [CitationInline]


@admin.register(Negotiation)
class NegotiationAdmin(TrackerAdmin):
    list_display = ["title", "stage", "approximate_start", "approximate_end"]
    form = SluggedForm
    search_fields = ["title"]
    fields = ["title", "slug", "summary", "stage", dated("start"), dated("end")]
    inlines = [ParticipationInline, IssueInline, OptionalCitationInline]


@admin.register(Issue)
class IssueAdmin(TrackerAdmin):
    list_display = ["name", "topic", "negotiation"]
    list_filter = ["topic", "negotiation"]
    search_fields = ["name", "slug", "negotiation__title"]
    form = IssueForm
    fields = ["negotiation", "name", "slug", "topic", "description"]


@admin.register(Participation)
class ParticipationAdmin(TrackerAdmin):
    list_display = ["actor", "role", "negotiation"]
    list_filter = ["role", "negotiation"]
    autocomplete_fields = ["actor"]
    inlines = [CitationInline]


@admin.register(Round)
class RoundAdmin(TrackerAdmin):
    list_display = ["title", "venue", "approximate_start", "negotiation"]
    list_filter = ["negotiation"]
    search_fields = ["title", "venue"]
    fields = [
        "negotiation",
        "title",
        "venue",
        dated("start"),
        dated("end"),
        "outcome",
    ]
    inlines = [AttendanceInline, CitationInline]


@admin.register(Attendance)
class AttendanceAdmin(TrackerAdmin):
    list_display = ["__str__", "actor", "round"]
    autocomplete_fields = ["actor", "person"]


@admin.register(Proposal)
class ProposalAdmin(FilledFromDraft, TrackerAdmin):
    formfield_overrides = SHORT_TEXT_BOXES
    list_display = ["title", "kind", "proposed_by", "approximate_date", "status", "negotiation"]
    list_filter = ["kind", "status", "negotiation"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["proposed_by", *ROLES, "responds_to"]
    fields = [
        "negotiation",
        ("kind", "status"),
        "title",
        "summary",
        ("proposed_by", "proposer_unstated"),
        ("addressed_to", "addressees_unstated"),
        ("mediators", "mediators_unstated"),
        dated("date"),
        "responds_to",
        ("signatories", "guarantors"),
        ("endorsers", "witnesses"),
        ("ceasefire_class", "form", "purpose"),
        ("coverage", "covered_areas"),
        "note",
        "editors_note",
    ]
    inlines = [
        PhaseInline,
        ExchangeTermInline,
        OtherTermInline,
        MilestoneInline,
        StatusChangeInline,
        ProposalLinkInline,
        CitationInline,
    ]


@admin.register(ExchangeTerm)
class ExchangeTermAdmin(FilledFromDraft, CategoriesAsCheckboxes, PhaseOfItsProposal, TrackerAdmin):
    list_display = ["__str__", "count", "ratio", "proposal"]
    list_filter = ["group", "categories"]
    autocomplete_fields = ["proposal", "releasing_party", "receiving_party"]
    fields = ["proposal", *ExchangeTermInline.fields]


@admin.register(OtherTerm)
class OtherTermAdmin(FilledFromDraft, CategoriesAsCheckboxes, PhaseOfItsProposal, TrackerAdmin):
    list_display = ["__str__", "kind", "proposal"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal"]


@admin.register(Milestone)
class MilestoneAdmin(TrackerAdmin):
    list_display = ["proposal", "kind", "approximate_date", "approximate_scheduled_end"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal", "actors"]
    fields = ["proposal", *MilestoneInline.fields]
    inlines = [CitationInline]


@admin.register(Phase)
class PhaseAdmin(TrackerAdmin):
    list_display = ["__str__", "proposal"]
    autocomplete_fields = ["proposal"]


@admin.register(ProposalLink)
class ProposalLinkAdmin(TrackerAdmin):
    list_display = ["proposal", "kind", "other"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal", "other"]


@admin.register(StatusChange)
class StatusChangeAdmin(TrackerAdmin):
    list_display = ["proposal", "status", "approximate_date"]
    autocomplete_fields = ["proposal"]
    inlines = [CitationInline]


@admin.register(Statement)
class StatementAdmin(FilledFromDraft, TrackerAdmin):
    list_display = ["speaker_label", "on_behalf_of", "approximate_date", "is_direct_quote"]
    list_filter = ["is_direct_quote", "negotiation"]
    search_fields = ["text", "speaker__name", "speaker_description"]
    autocomplete_fields = ["speaker", "possibly_spoken_by", "on_behalf_of", "outlet"]
    fields = [
        "negotiation",
        ("speaker", "speaker_description", "possibly_spoken_by"),
        "on_behalf_of",
        dated("date"),
        "date_note",
        "outlet",
        "text",
        "is_direct_quote",
    ]
    inlines = [CitationInline]


@admin.register(Event)
class EventAdmin(FilledFromDraft, TrackerAdmin):
    list_display = ["title", "kind", "approximate_date", "negotiation"]
    list_filter = ["kind", "negotiation"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["participants", "people", "round", "proposal", "statement"]
    fields = [
        "negotiation",
        "kind",
        "title",
        "summary",
        dated("date"),
        "date_note",
        "place",
        "participants",
        "people",
        "round",
        "proposal",
        "statement",
    ]
    inlines = [CitationInline]


@admin.register(Position)
class PositionAdmin(FilledFromDraft, TrackerAdmin):
    list_display = ["actor", "issue", "stance", "approximate_date"]
    list_filter = ["issue__topic", "negotiation"]
    search_fields = ["stance", "detail", "issue__name"]
    autocomplete_fields = ["actor", "issue"]
    fields = [
        "negotiation",
        "actor",
        "issue",
        "stance",
        "detail",
        dated("date"),
        "date_note",
    ]
    inlines = [CitationInline]


@admin.register(Figure)
class FigureAdmin(FilledFromDraft, TrackerAdmin):
    list_display = ["counts", "value", "attribution", "approximate_date"]
    list_filter = ["negotiation"]
    search_fields = ["counts", "attribution"]
    autocomplete_fields = ["attributed_to", "part_of"]
    fields = [
        "negotiation",
        "counts",
        ("value_qualifier", "value_min", "value_max", "value_words"),
        ("attributed_to", "attribution"),
        dated("date"),
        "part_of",
        "note",
    ]
    inlines = [FigureBreakdownInline, CitationInline]


@admin.register(Risk)
class RiskAdmin(TrackerAdmin):
    list_display = ["description", "named_by", "approximate_date"]
    autocomplete_fields = ["named_by"]
    fields = ["negotiation", "description", "named_by", dated("date")]
    inlines = [CitationInline]


class ReleaseForm(forms.Form):
    note = forms.CharField(
        max_length=500,
        required=False,
        help_text="What changed since the last release; shown with it on /export/.",
    )


def release_page(request):
    """Staff page listing the releases; a superuser writes a new one with a note."""
    if not request.user.is_superuser:
        raise PermissionDenied("Only a superuser publishes a release.")
    form = ReleaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        release = releases.make_release(note=form.cleaned_data["note"])
        messages.success(request, f"Release {release.name} written: {release.bytes:,} bytes.")
        return HttpResponseRedirect(request.path)
    context = {
        **admin.site.each_context(request),
        "title": "Releases",
        "form": form,
        "releases": releases.published(),
    }
    return TemplateResponse(request, "admin/negotiations/release.html", context)
