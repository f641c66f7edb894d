"""Every dataset's CSV opened in a real spreadsheet, Debian's LibreOffice Calc (headless),
under the import settings an analyst may choose: no stored text ever becomes a formula."""

import os
import shutil
import subprocess
import zipfile

import pytest
from django.db import connection

from negotiations.exports.datasets import DATASETS

from .export_helpers import body
from .hostile_text import store_the_corpus_everywhere

# LibreOffice's CSV filter options: separators, text delimiter ("), UTF-8, first line, no
# column formats, language, quoted field as text, detect special numbers, (two export
# options), remove spaces, (an export option), evaluate formulas.
IMPORTS = {
    "the default import": "44,34,76,1,,0,false,false,false,false,false,,true",
    "semicolon added as a separator": "44/59,34,76,1,,0,false,false,false,false,false,,true",
    "trim spaces": "44,34,76,1,,0,false,false,false,false,true,,true",
}
#: Cells no writer should produce, one per way a formula slips in: unquoted after a
#: semicolon, unquoted after a space, quoted but unguarded; and how many of them each
#: import reads as formulas.
UNGUARDED = b'a,b,c\nx;=1+1, =2+2,"=3+3"\n'
FORMULAS_IN_UNGUARDED = {
    "the default import": 1,
    "semicolon added as a separator": 2,
    "trim spaces": 2,
}


@pytest.fixture(scope="module")
def soffice(tmp_path_factory):
    """The soffice command with a profile of its own, made once for the module."""
    path = shutil.which("soffice")
    if path is None:
        message = "LibreOffice (soffice) not found: install Debian's libreoffice-calc-nogui"
        if os.environ.get("REQUIRE_SPREADSHEET") == "1":
            pytest.fail(message + " (REQUIRE_SPREADSHEET=1)")
        pytest.skip(message)
    profile = tmp_path_factory.mktemp("libreoffice-profile")
    return [path, f"-env:UserInstallation=file://{profile}"]


def formulas_once_opened(soffice, folder, files, options):
    """How many cells of each CSV file LibreOffice reads as formulas, importing with
    ``options``: each file converted to OpenDocument, whose cells say their formula."""
    converted = folder / "converted"
    subprocess.run(
        [
            *soffice,
            "--headless",
            "--norestore",
            f"--infilter=CSV:{options}",
            "--convert-to",
            "ods",
            "--outdir",
            str(converted),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    counts = {}
    for file in files:
        with zipfile.ZipFile(converted / f"{file.stem}.ods") as document:
            counts[file.stem] = document.read("content.xml").count(b"table:formula=")
    return counts


@pytest.mark.parametrize("setting", sorted(IMPORTS))
def test_the_test_sees_formulas_in_unguarded_cells(soffice, tmp_path, setting):
    control = tmp_path / "control.csv"
    control.write_bytes(UNGUARDED)
    found = formulas_once_opened(soffice, tmp_path, [control], IMPORTS[setting])
    assert found == {"control": FORMULAS_IN_UNGUARDED[setting]}


# Once, on SQLite: PostgreSQL's COPY writes the same bytes as the Python writer for every
# dataset of the same hostile text (tests/test_export_injection.py), so its files are these.
@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="opened once, in the SQLite pass: COPY's bytes are these",
)
@pytest.mark.parametrize("setting", sorted(IMPORTS))
@pytest.mark.django_db
@pytest.mark.usefixtures("doha_for_the_module")
def test_no_cell_of_any_dataset_becomes_a_formula_in_libreoffice(
    client, doha, soffice, tmp_path, setting, with_lifecycle_records
):
    store_the_corpus_everywhere()
    files = []
    for name in sorted(DATASETS):
        file = tmp_path / f"{name}.csv"
        file.write_bytes(body(client.get(f"/export/{name}.csv")))
        files.append(file)
    counts = formulas_once_opened(soffice, tmp_path, files, IMPORTS[setting])
    assert set(counts) == set(DATASETS)
    assert {name: count for name, count in counts.items() if count} == {}
