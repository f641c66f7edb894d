"""Sources and the citations by which records rest on them."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import (
    Case,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    When,
    prefetch_related_objects,
)
from simple_history.models import HistoricalRecords

from ..fields import ApproximateDateField, approximate_date_constraints
from .base import CitedModel, DomainModel, page_address


def citations_with_sources():
    """Prefetch a record's citations together with the sources they cite, in one query."""
    return Prefetch("citations", queryset=Citation.objects.select_related("source"))


class SourceQuerySet(models.QuerySet):
    """Queries on cited documents."""

    def cited_in(self, negotiation):
        """Sources cited by any record of one negotiation, newest first."""
        citations = Citation.objects.of_records_in(negotiation)
        return self.filter(Exists(citations.filter(source=OuterRef("pk"))))


class Source(DomainModel):
    """A cited document, and what kind of document it is."""

    class Kind(models.TextChoices):
        NEWS_REPORT = "news_report", "news report"
        WIRE_REPORT = "wire_report", "wire report"
        OFFICIAL_STATEMENT = "official_statement", "official statement"
        PARTY_AFFILIATED_MEDIA = "party_affiliated_media", "party-affiliated media"
        INTERVIEW = "interview", "interview"
        DOCUMENT = "document", "document"
        OTHER = "other", "other"

    title = models.CharField(
        max_length=300, help_text="How the tracker refers to it; the headline if it has one."
    )
    headline = models.CharField(max_length=300, blank=True, help_text="As published, if known.")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    publisher = models.CharField(max_length=200, blank=True, help_text="Leave empty if unknown.")
    url = models.URLField("URL", max_length=500, blank=True, help_text="Leave empty if unknown.")
    archive_reference = models.CharField(
        max_length=300, blank=True, help_text="Where the tracker keeps its copy of the text."
    )
    published_on = ApproximateDateField(
        "published",
        help_text="The day; for a source known only by its month, the 1st with precision month.",
    )
    dateline = models.CharField(
        max_length=200,
        blank=True,
        help_text="Place and day the report speaks from; relative dates resolve from here.",
    )

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url="") | Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="source_url_is_http",
                violation_error_message="A source URL must start with http:// or https://.",
                violation_error_code="url",
            ),
            *approximate_date_constraints("published_on", "source"),
        ]

    def __str__(self):
        return f"{self.title} ({self.approximate_published_on})"

    def get_absolute_url(self):
        return page_address("source-detail", self.pk)


class CitationQuerySet(models.QuerySet):
    """Queries on citations."""

    def of_records_in(self, negotiation):
        """Citations of the negotiation and of the records that belong to it (not of people or
        actors, which belong to none)."""
        return self.filter(records_in(negotiation, CitedModel))

    def attach_to(self, records):
        """Fill each record's ``citations`` (with sources) from one query, whatever its kind."""
        records = [record for record in records if record is not None]
        prefetch_related_objects(
            records, Prefetch("citations", queryset=self.select_related("source"))
        )
        return records

    def with_records(self):
        """The citations (a list) with the records they support, each with what its name and
        address read, in one query whatever their kinds."""
        kinds = CitedModel.kinds()
        content_types = ContentType.objects.get_for_models(*kinds)
        record = Case(
            *(
                When(
                    content_type=content_types[model],
                    then=model.packed_named(OuterRef("object_id")),
                )
                for model in kinds
            ),
            output_field=models.TextField(),
        )
        citations = list(self.select_related("content_type").annotate(packed_record=record))
        for citation in citations:
            model = citation.content_type.model_class()
            if citation.packed_record:
                citation.record = model.unpacked_named(citation.packed_record)
        return citations


class Citation(models.Model):
    """One record resting on one source, optionally with the passage it rests on."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    passage = models.TextField(blank=True, help_text="The words of the source, quoted exactly.")
    history = HistoricalRecords()

    objects = CitationQuerySet.as_manager()

    class Meta:
        ordering = ["source__published_on", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.source.title}: {self.passage[:60]}" if self.passage else self.source.title


def records_in(negotiation, kind=models.Model):
    """A condition on ``content_type`` and ``object_id`` (of a citation, a correction): the
    negotiation and the records that belong to it, of the kinds that are a ``kind``."""
    from . import NEGOTIATION_PATHS

    paths = {model: path for model, path in NEGOTIATION_PATHS.items() if issubclass(model, kind)}
    content_types = ContentType.objects.get_for_models(*paths)
    attached = Q()
    for model, path in paths.items():
        records = model.objects.filter(**{path: negotiation.pk}).values("pk")
        attached |= Q(content_type=content_types[model], object_id__in=records)
    return attached
