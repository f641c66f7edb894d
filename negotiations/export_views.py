"""Analyst exports: the data dictionary page and the streaming CSV and JSON downloads."""

from django.http import Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render

from .export import (
    DATASETS,
    PLAIN_TYPES,
    SCHEMA_CHANGELOG,
    SCHEMA_VERSION,
    TYPE_MEANINGS,
    ExportRequest,
    stream_csv,
    stream_json,
)

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def export_dictionary(request):
    """Every dataset with its columns, their types and meanings, and download links."""
    return render(
        request,
        "negotiations/export.html",
        {
            "datasets": DATASETS.values(),
            "schema_version": SCHEMA_VERSION,
            "changelog": SCHEMA_CHANGELOG,
            "type_meanings": TYPE_MEANINGS.items(),
            "plain_types": sorted(PLAIN_TYPES),
        },
    )


def export_dataset(request, dataset, file_format):
    """One dataset, narrowed by the same filters as the pages, streamed as CSV or JSON."""
    if dataset not in DATASETS or file_format not in CONTENT_TYPES:
        raise Http404("No such dataset.")
    export = ExportRequest(DATASETS[dataset], request.GET)
    errors = export.errors()
    if errors:
        # Never an unfiltered file in place of the one asked for.
        message = "The export was not made:\n" + "\n".join(f"- {error}" for error in errors)
        return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")
    if file_format == "csv":
        content = stream_csv(export.dataset, export.queryset(), bom=export.bom)
        disposition = "attachment"
    else:
        content = stream_json(export.dataset, export.queryset())
        disposition = "inline"
    response = StreamingHttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'{disposition}; filename="{export.filename(file_format)}"'
    response["X-Schema-Version"] = SCHEMA_VERSION
    return response
