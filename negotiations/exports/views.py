"""Analyst exports: the data dictionary page and the streaming CSV and JSON downloads."""

import logging

from django.http import FileResponse, Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render

from ..parameters import reads
from . import releases
from .changelog import SCHEMA_CHANGELOG, SCHEMA_VERSION
from .columns import PLAIN_TYPES, TYPE_MEANINGS
from .datasets import DATASETS
from .deletions import DELETIONS
from .forms import request_for
from .writers import write

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
    """One dataset, narrowed by the same filters as the pages, streamed as CSV or JSON; or
    the deletions (since ``?since=``), from the edit history."""
    if file_format not in CONTENT_TYPES:
        raise Http404("No such dataset.")
    export = request_for(dataset, request.GET)
    if export is None:
        raise Http404("No such dataset.")
    errors = export.errors()
    if errors:
        # Never an unfiltered file in place of the one asked for.
        return refused(errors)
    return download(request, write(export, file_format), file_format, export.filename(file_format))


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
