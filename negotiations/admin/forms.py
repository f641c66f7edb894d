"""The forms of every record's admin page: the version it was loaded with, the editor's
change note, the correction box, addresses made from titles, and inline rows that cite
their source or are checked together."""

from functools import cached_property

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.core.exceptions import ValidationError
from django.db import models, transaction

from ..models import Citation, DomainModel, Milestone, Source, slug_for
from .dates import PartialDateField, dates_by_their_precision

#: Every admin form's dates take a month or a year alone as well as a day.
DATE_FIELDS = {models.DateField: {"form_class": PartialDateField}}


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
        dates_by_their_precision(self)
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


#: Boxes of three lines that grow as they are typed in: a page of many parts stays a few
#: screens long.
SHORT_TEXT_BOXES = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}}


class OneEmptyForm:
    """A formset that builds its empty form (the row "Add another" copies) once: the admin
    asks for it for each pass over an inline's rows, for its media and for whether it takes
    files, and Django builds it anew each time; a proposal's page built some 55 a view."""

    @cached_property
    def empty_form(self):
        return super().empty_form


class InlineFormSet(OneEmptyForm, forms.BaseInlineFormSet):
    """The rows of an inline."""


class CitationFormSet(OneEmptyForm, BaseGenericInlineFormSet):
    """A record's citations, as rows of its page."""


class RowsCheckedTogetherFormSet(InlineFormSet):
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


class StatusChangeFormSet(RowsCheckedTogetherFormSet):
    """The proposal's status must agree with its latest status change."""

    def problem(self, changes):
        return self.instance.status_disagreement(changes)


class IdentifierFormSet(RowsCheckedTogetherFormSet):
    """A record's identifiers: one scheme's value is given once."""

    def problem(self, identifiers):
        seen = set()
        for identifier in identifiers:
            key = (identifier.scheme, identifier.value)
            if key in seen:
                return f"{identifier} is given twice: keep one row of it."
            seen.add(key)
        return None
