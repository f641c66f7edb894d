"""What every record's admin page shares: the edit history with change notes and revert,
public corrections, and the refusal of a save over a newer version."""

from django.contrib import messages
from django.contrib.admin.utils import flatten
from django.db import transaction
from django.http import HttpResponseRedirect
from simple_history.admin import SimpleHistoryAdmin

from ..models import Correction, StaleRecordError
from .extensions import SaveRefused, form_fillers_of
from .forms import CORRECTION_FIELDS, DATE_FIELDS, ChangeNoteForm, stale_record_message


class TrackerAdmin(SimpleHistoryAdmin):
    """Shared defaults: history with change notes and revert, optimistic locking, short lists;
    and the form fillers other apps register (``extensions``)."""

    form = ChangeNoteForm
    formfield_overrides = DATE_FIELDS
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
        for filler in self.form_fillers():
            filler.saved(self, request, obj, form, change)

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
        except SaveRefused as refusal:
            # A form filler refused the save; the whole request was rolled back.
            self.message_user(request, str(refusal), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def form_fillers(self):
        """The fillers other apps registered for this admin's model (``extensions``)."""
        return form_fillers_of(self.model)

    def get_changeform_initial_data(self, request):
        for filler in self.form_fillers():
            initial = filler.initial(self, request)
            if initial is not None:
                return initial
        return super().get_changeform_initial_data(request)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        # Django's own hook copies the POST for each inline, which only "save as new" writes
        # to: a page with 15 inlines copied its hundreds of fields 15 times (milliseconds
        # each). The same arguments, with the request's own data, which cannot be written to.
        kwargs = {"instance": obj, "prefix": prefix, "queryset": inline.get_queryset(request)}
        if request.method == "POST":
            save_as_new = "_saveasnew" in request.POST
            data = request.POST.copy() if save_as_new else request.POST
            kwargs.update(data=data, files=request.FILES, save_as_new=save_as_new)
        for filler in self.form_fillers():
            kwargs = filler.formset_kwargs(self, request, obj, inline, kwargs)
        return kwargs

    def response_add(self, request, obj, post_url_continue=None):
        response = super().response_add(request, obj, post_url_continue)
        for filler in self.form_fillers():
            response = filler.response_add(self, request, obj, response)
        return response

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
