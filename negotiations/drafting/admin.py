"""Staff paste a report, then review what it drafts: the source first, then each statement,
figure and event, accepted through its record's own admin form or rejected.

The records' own admin pages are the core admin's: drafting extends them from here, through
the form fillers that admin consults (``negotiations.admin.extensions``)."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse

from ..admin.extensions import FormFiller, SaveRefused, register_form_filler
from ..models import Citation, Source
from .forms import ArticleDraftForm
from .models import ArticleDraft, DraftRecord
from .review import form_initial, marked_passage, record_drafts


@admin.register(ArticleDraft)
class ArticleDraftAdmin(admin.ModelAdmin):
    form = ArticleDraftForm
    list_display = ["title", "publisher", "published_on", "negotiation", "created_at"]
    fields = ["negotiation", "title", "publisher", "url", "published_on", "text"]

    def save_model(self, request, obj, form, change):
        obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change:
            recorded = obj.cite_the_recorded_source()
            if recorded is not None:
                self.message_user(
                    request,
                    f"This report's address is the recorded source “{recorded}”: "
                    "its drafts will cite it.",
                )
            found = record_drafts(obj, form.drafts, form.index)
            level, words = (
                (messages.SUCCESS, f"{found} drafts to review")
                if found
                else (
                    messages.WARNING,
                    "No statement, figure or dated event was found in it: add records by hand",
                )
            )
            self.message_user(request, f"“{obj.title}”: {words}.", level)

    def response_add(self, request, obj, post_url_continue=None):
        return HttpResponseRedirect(obj.get_review_url())

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The review page: the report's source, then every draft with its passage."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("No such draft from an article.")
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        if request.method == "POST":
            return self.reject(request, article)
        records = list(article.records.select_related("part_of", "accepted_type"))
        for record in records:
            record.marked = marked_passage(record)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Review the drafts of “{article.title}”",
            "opts": self.opts,
            "article": article,
            "records": records,
            "pending": sum(not record.is_accepted for record in records),
            "can_change": self.has_change_permission(request, article),
        }
        return TemplateResponse(request, "admin/drafting/review.html", context)

    def reject(self, request, article):
        """Rejecting a draft deletes it, and the drafts of its breakdown with it."""
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        removed, _ = article.records.pending().filter(pk=key_in(request.POST, "reject")).delete()
        if removed:
            self.message_user(request, "Draft rejected: nothing was recorded from it.")
        else:
            self.message_user(
                request, "That draft was already accepted or rejected.", messages.WARNING
            )
        return HttpResponseRedirect(article.get_review_url())


class FilledFromDraft(FormFiller):
    """A record's add form filled in from a draft (``?_draft=<id>``), citing the report with
    the draft's passage; saving it accepts the draft."""

    def fills(self, model):
        return model._meta.app_label == "negotiations" and model._meta.model_name in set(
            DraftRecord.Kind.values
        )

    def pending_draft(self, model_admin, request):
        """The draft of this kind the address names, if it waits and its source is saved."""
        if "_draft" not in request.GET:
            return None
        return (
            DraftRecord.objects.pending()
            .filter(pk=key_in(request.GET, "_draft"), kind=model_admin.model._meta.model_name)
            .filter(article__source__isnull=False)
            .select_related("article", "part_of")
            .first()
        )

    def initial(self, model_admin, request):
        draft = self.pending_draft(model_admin, request)
        return None if draft is None else form_initial(draft)

    def formset_kwargs(self, model_admin, request, obj, inline, kwargs):
        if request.method != "GET" or inline.model is not Citation:
            return kwargs
        draft = self.pending_draft(model_admin, request)
        if draft is not None:
            kwargs["initial"] = [{"source": draft.article.source_id, "passage": draft.passage}]
        return kwargs

    def saved(self, model_admin, request, obj, form, change):
        if change or "_draft" not in request.GET:
            return
        # Locked: of two editors accepting one draft, the second is refused, not recorded twice.
        with transaction.atomic():
            draft = self.pending_draft(model_admin, request)
            claimed = (
                DraftRecord.objects.pending()
                .select_for_update()
                .filter(pk=getattr(draft, "pk", None))
            )
            if not claimed.exists():
                raise DraftTaken(
                    "This draft was accepted or rejected meanwhile: nothing was saved."
                )
            draft.accepted_as = obj
            draft.save(update_fields=["accepted_type", "accepted_id"])

    def response_add(self, model_admin, request, obj, response):
        draft = DraftRecord.objects.filter(pk=key_in(request.GET, "_draft")).first()
        if draft is not None and draft.accepted_id == obj.pk:
            return HttpResponseRedirect(draft.article.get_review_url())
        return response


class DraftTaken(SaveRefused):
    """The draft being accepted was accepted or rejected by someone else meanwhile."""


class SourceFromArticle(FormFiller):
    """The source admin's add form filled in from a pasted report (``?_article=<id>``);
    saving it makes it the source every draft of the report cites."""

    def fills(self, model):
        return model is Source

    def article(self, request):
        """The report the address names, if its source is not saved yet."""
        return ArticleDraft.objects.filter(pk=key_in(request.GET, "_article"), source=None).first()

    def initial(self, model_admin, request):
        article = self.article(request)
        if article is None:
            return None
        return {
            "title": article.title,
            "headline": article.title,
            "kind": "news_report",
            "publisher": article.publisher,
            "url": article.url,
            "published_on": article.published_on.isoformat(),
            "published_on_precision": "day",
        }

    def saved(self, model_admin, request, obj, form, change):
        article = None if change else self.article(request)
        if article is not None:
            article.source = obj
            article.save(update_fields=["source"])

    def response_add(self, model_admin, request, obj, response):
        article = ArticleDraft.objects.filter(pk=key_in(request.GET, "_article")).first()
        if article is not None and article.source_id == obj.pk:
            return HttpResponseRedirect(article.get_review_url())
        return response


# The records' own admin pages (negotiations.admin) consult these; it knows nothing of drafts.
register_form_filler(FilledFromDraft())
register_form_filler(SourceFromArticle())


def key_in(data, name):
    """The record id the parameter ``name`` gives, or None for anything else ("²", "x",
    a number no key column holds)."""
    value = data.get(name, "")
    return int(value) if value.isascii() and value.isdecimal() and len(value) <= 18 else None
