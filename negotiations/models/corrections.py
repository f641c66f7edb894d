"""Public corrections: an editor's save marked as correcting what the tracker said."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from simple_history.models import HistoricalRecords


def latest_correction(model):
    """Annotations for rows of ``model``: the date (``corrected_at``) and note
    (``correction_note``) of its latest public correction, in the query that reads them."""
    latest = Correction.objects.filter(
        content_type__app_label=model._meta.app_label,
        content_type__model=model._meta.model_name,
        object_id=OuterRef("pk"),
    ).order_by("-corrected_at", "-pk")
    return {
        "corrected_at": Subquery(latest.values("corrected_at")[:1]),
        "correction_note": Subquery(latest.values("note")[:1]),
    }


class Correction(models.Model):
    """A save of a record that corrects what the tracker said, with a note for readers.

    Only a save an editor marks so is one: ordinary edits are not advertised. The note is
    public; who made it stays in the edit history.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    corrected_at = models.DateTimeField(
        help_text="When the corrected version was recorded (its time in the edit history)."
    )
    note = models.TextField(help_text="For readers: what was wrong, and what is right now.")
    # A mended note keeps its earlier wording in the history; a removal is exported.
    history = HistoricalRecords()

    class Meta:
        ordering = ["-corrected_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.CheckConstraint(condition=~Q(note=""), name="correction_says_what_it_corrects")
        ]

    def __str__(self):
        day = self.corrected_at
        return f"Corrected on {day.day} {day:%b %Y}: {self.note}"
