"""Analyst exports: the data dictionary page and the streaming CSV and JSON downloads."""

import logging
from itertools import chain

from django.http import FileResponse, Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from . import releases
from .export import (
    DATASETS,
    DELETIONS,
    PLAIN_TYPES,
    SCHEMA_CHANGELOG,
    SCHEMA_VERSION,
    TYPE_MEANINGS,
    DeletionsOptions,
    ExportRequest,
    csv_header,
    csv_lines,
    stream_csv,
    stream_json,
)
from .parameters import reads

logger = logging.getLogger(__name__)

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


@reads()
def export_dictionary(request):
    """Every dataset with its columns, their types and meanings, and download links."""
    return render(
        request,
        "negotiations/export.html",
        {
            "datasets": DATASETS.values(),
            "deletions": DELETIONS,
            "releases": releases.published(),
            "schema_version": SCHEMA_VERSION,
            "changelog": SCHEMA_CHANGELOG,
            "type_meanings": TYPE_MEANINGS.items(),
            "plain_types": sorted(PLAIN_TYPES),
        },
    )


def export_dataset(request, dataset, file_format):
    """One dataset, narrowed by the same filters as the pages, streamed as CSV or JSON."""
    if file_format not in CONTENT_TYPES:
        raise Http404("No such dataset.")
    if dataset == DELETIONS.name:
        return export_deletions(request, file_format)
    if dataset not in DATASETS:
        raise Http404("No such dataset.")
    export = ExportRequest(DATASETS[dataset], request.GET)
    errors = export.errors()
    if errors:
        # Never an unfiltered file in place of the one asked for.
        return refused(errors)
    if file_format == "csv":
        content = stream_csv(export.dataset, export.queryset(), bom=export.bom)
    else:
        content = stream_json(export.dataset, export.queryset())
    return download(request, content, file_format, export.filename(file_format))


def export_deletions(request, file_format):
    """What was deleted from the datasets (since ``?since=``), from the edit history."""
    options = DeletionsOptions(request.GET)
    errors = options.errors_for_a_reader()
    if errors:
        return refused(errors)
    since = options.cleaned_data["since"]
    if file_format == "csv":
        content = chain([csv_header(DELETIONS)], csv_lines(DELETIONS, since))
    else:
        content = stream_json(DELETIONS, since)
    filename = f"deletions-{timezone.localdate().isoformat()}.{file_format}"
    return download(request, content, file_format, filename)


def download(request, content, file_format, filename):
    """A streamed file: CSV to save, JSON to read in place, with the schema version."""
    response = StreamingHttpResponse(
        failing_visibly(content, request), content_type=CONTENT_TYPES[file_format]
    )
    disposition = "attachment" if file_format == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Schema-Version"] = SCHEMA_VERSION
    return response


def refused(errors):
    """A 400 listing why the export was not made."""
    message = "The export was not made:\n" + "\n".join(f"- {error}" for error in errors)
    return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")


def failing_visibly(chunks, request):
    """The response's parts; an error after the first is logged and raised on, so that the
    server aborts the connection (gunicorn ends a chunked response without its last chunk)
    and the client sees an incomplete download, never a short file that looks whole."""
    try:
        yield from chunks
    except Exception:
        logger.exception("Export %s failed after it began; aborting the response", request.path)
        raise


def release_file(request, name, file):
    """A file of a release (its CSVs, datapackage.json, SHA256SUMS), at an address that
    does not change."""
    path = releases.file_of(name, file)
    if path is None:
        raise Http404("No such release or file.")
    # FileResponse closes the file once it is sent.
    response = FileResponse(open(path, "rb"), as_attachment=path.suffix == ".csv")  # noqa: SIM115
    if path.suffix == ".csv":
        response["Content-Type"] = CONTENT_TYPES["csv"]
    # A release never changes once written.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
