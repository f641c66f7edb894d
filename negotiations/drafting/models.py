"""A pasted report and the records drafted from it, waiting for an editor's review.

Drafts are never shown on public pages: an accepted draft becomes an ordinary record (with
its history, citation and version guard) through the record's own admin form, and a
rejected one is deleted.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse

from ..models import Negotiation, Source


class ArticleDraft(models.Model):
    """A report an editor pasted, with the dateline its relative dates resolve from."""

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="article_drafts"
    )
    title = models.CharField(max_length=300, help_text="The headline, or how to refer to it.")
    publisher = models.CharField(max_length=200, help_text="Who published it: “AFP”.")
    url = models.URLField("URL", max_length=500, blank=True)
    published_on = models.DateField(
        "published on",
        help_text="The report's day (its dateline): “on Monday” is read from this day.",
    )
    text = models.TextField(help_text="The report's text, pasted as plain text.")
    #: The source record the editor made from this report, once accepted.
    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "draft from an article"
        verbose_name_plural = "drafts from articles"

    def __str__(self):
        return f"{self.title} ({self.publisher}, {self.published_on:%-d %b %Y})"

    def get_review_url(self):
        return reverse("admin:drafting_articledraft_change", args=[self.pk])

    def cite_the_recorded_source(self):
        """If the report's address is already a recorded source's, make it the source its
        drafts cite (pasting a report again never records its source twice); that source."""
        if self.source_id is None and self.url:
            self.source = Source.objects.filter(url=self.url).order_by("pk").first()
            if self.source is not None:
                self.save(update_fields=["source"])
        return self.source


class DraftRecordQuerySet(models.QuerySet):
    def pending(self):
        """Drafts not yet accepted (a rejected draft is deleted)."""
        return self.filter(accepted_id=None)


class DraftRecord(models.Model):
    """One record proposed from a report: the values an editor reviews and the passage of
    the report it rests on, verbatim."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", "statement"
        FIGURE = "figure", "figure"
        EVENT = "event", "event"
        PROPOSAL = "proposal", "proposal"
        EXCHANGE_TERM = "exchangeterm", "exchange term"
        OTHER_TERM = "otherterm", "other term"
        POSITION = "position", "position"

    article = models.ForeignKey(ArticleDraft, on_delete=models.CASCADE, related_name="records")
    position = models.PositiveIntegerField(help_text="Its order among the report's drafts.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    #: The record's form values, as the admin form of its kind takes them.
    values = models.JSONField()
    #: The words of the values, for highlighting them in the passage.
    words = models.CharField(max_length=1000, blank=True)
    passage = models.TextField()
    #: The drafted figure whose breakdown this one is, or the proposal whose term it is.
    part_of = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="parts"
    )
    accepted_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, null=True, blank=True)
    accepted_id = models.PositiveBigIntegerField(null=True, blank=True)
    #: The record the editor saved from this draft; None while it waits.
    accepted_as = GenericForeignKey("accepted_type", "accepted_id")

    objects = DraftRecordQuerySet.as_manager()

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="draft_record_position"),
            models.CheckConstraint(
                condition=models.Q(accepted_type__isnull=True, accepted_id__isnull=True)
                | models.Q(accepted_type__isnull=False, accepted_id__isnull=False),
                name="draft_record_accepted_as_a_whole",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} drafted from {self.article.title}"

    @property
    def is_accepted(self):
        return self.accepted_id is not None

    def get_accepted_url(self):
        """The admin page of the record saved from this draft."""
        return reverse(f"admin:negotiations_{self.kind}_change", args=[self.accepted_id])

    def get_accept_url(self):
        """The record's own admin form, filled in from this draft."""
        return f"{reverse(f'admin:negotiations_{self.kind}_add')}?_draft={self.pk}"
