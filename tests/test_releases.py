"""Dated, citable releases: every dataset's CSV with a Frictionless Data Package descriptor,
checksums, a listing on /export/ and addresses that do not change."""

import csv
import hashlib
import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from frictionless import validate

from negotiations.exports.changelog import SCHEMA_VERSION
from negotiations.exports.datasets import DATASETS
from negotiations.exports.releases import published

from .export_helpers import csv_rows

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


@pytest.fixture
def releases_root(settings, tmp_path):
    settings.RELEASES_ROOT = tmp_path / "releases"
    return settings.RELEASES_ROOT


def release(note="First release"):
    output = io.StringIO()
    call_command("release", note=note, stdout=output)
    return output.getvalue()


def test_a_release_holds_every_dataset_as_a_valid_data_package(
    doha, releases_root, with_lifecycle_records
):
    release()
    (folder,) = releases_root.iterdir()
    descriptor = json.loads((folder / "datapackage.json").read_text())
    assert descriptor["schema_version"] == SCHEMA_VERSION
    assert descriptor["description"] == "First release"
    assert [resource["name"] for resource in descriptor["resources"]] == list(DATASETS)

    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_a_release_states_keys_that_the_files_satisfy(doha, releases_root):
    release()
    (folder,) = releases_root.iterdir()
    resources = {
        resource["name"]: resource
        for resource in json.loads((folder / "datapackage.json").read_text())["resources"]
    }
    assert resources["events"]["schema"]["primaryKey"] == ["id"]
    assert {
        "fields": ["proposal_id"],
        "reference": {"resource": "proposals", "fields": ["id"]},
    } in (resources["events"]["schema"]["foreignKeys"])
    assert {"fields": ["part_of_id"], "reference": {"resource": "", "fields": ["id"]}} in (
        resources["figures"]["schema"]["foreignKeys"]
    )


def test_the_checksums_are_those_of_the_files(doha, releases_root):
    release()
    (folder,) = releases_root.iterdir()
    lines = (folder / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == len(DATASETS)
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest


def test_a_release_file_is_served_without_a_query(
    client, doha, releases_root, django_assert_num_queries
):
    release()
    (folder,) = releases_root.iterdir()
    with django_assert_num_queries(0):
        response = client.get(f"/export/releases/{folder.name}/SHA256SUMS")
        content = b"".join(response.streaming_content)
    assert content == (folder / "SHA256SUMS").read_bytes()


def test_releases_are_listed_on_the_export_page_and_served_at_stable_addresses(
    client, doha, releases_root
):
    release("First release")
    release("Second release")
    names = sorted(folder.name for folder in releases_root.iterdir())
    assert len(names) == 2 and names[1] == names[0] + ".2"

    page = client.get("/export/").text
    assert page.index("Second release") < page.index("First release")
    response = client.get(f"/export/releases/{names[0]}/events.csv")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    _, rows = csv_rows(response)
    assert len(rows) == doha.events.count()
    assert client.get(f"/export/releases/{names[0]}/datapackage.json").status_code == 200


@pytest.mark.parametrize(
    "address",
    [
        "/export/releases/2020-01-01/events.csv",
        "/export/releases/{name}/secrets.csv",
        "/export/releases/{name}/..%2F..%2Fsettings.py",
        "/export/releases/..%2F{name}/events.csv",
    ],
)
def test_no_other_file_is_served_as_part_of_a_release(client, doha, releases_root, address):
    release()
    (folder,) = releases_root.iterdir()
    assert client.get(address.format(name=folder.name)).status_code == 404


def test_no_release_is_listed_before_the_first(client, doha, releases_root):
    assert "No release has been written yet." in client.get("/export/").text


def test_validation_catches_a_file_that_breaks_a_key(doha, releases_root):
    release()
    (folder,) = releases_root.iterdir()
    events = folder / "events.csv"
    header, *rows = csv.reader(io.StringIO(events.read_text(), newline=""))
    rows[0][header.index("proposal_id")] = "99999"
    with open(events, "w", newline="") as rewritten:
        csv.writer(rewritten, lineterminator="\n").writerows([header, *rows])

    report = validate(str(folder / "datapackage.json"))

    problems = {error[2] for error in report.flatten(["rowNumber", "fieldName", "type"])}
    assert "foreign-key" in problems
    assert "hash-count" in problems  # the checksum no longer matches either


def test_a_superuser_writes_a_release_from_the_admin(editor_client, doha, releases_root):
    page = editor_client.get("/admin/releases/")
    assert page.status_code == 200
    assert "None yet." in page.text
    assert 'href="/admin/releases/"' in editor_client.get("/admin/").text

    response = editor_client.post("/admin/releases/", {"note": "From the admin"})

    assert response.status_code == 302
    (folder,) = releases_root.iterdir()
    assert json.loads((folder / "datapackage.json").read_text())["description"] == (
        "From the admin"
    )
    assert "From the admin" in editor_client.get("/admin/releases/").text


def test_only_a_superuser_may_write_a_release(client, doha, releases_root):
    staff = User.objects.create_user("staff", "staff@example.org", "pw", is_staff=True)
    assert client.get("/admin/releases/").status_code == 302  # to the login page
    client.force_login(staff)
    assert client.post("/admin/releases/", {"note": "x"}).status_code == 403
    assert not releases_root.exists()


def test_a_note_far_longer_than_a_person_types_is_refused_with_a_message(
    editor_client, doha, releases_root
):
    response = editor_client.post("/admin/releases/", {"note": "x" * 100_000})
    assert response.status_code == 200
    assert "Ensure this value has at most 500 characters" in response.text
    assert not releases_root.exists()


def test_a_release_that_fails_leaves_nothing_and_the_next_one_takes_the_name(
    doha, releases_root, monkeypatch
):
    from negotiations.exports import releases

    def fail(dataset, queryset):
        yield b"id\n"
        raise OSError("No space left on device")

    monkeypatch.setattr(releases, "stream_csv", fail)
    with pytest.raises(OSError):
        release()
    assert list(releases_root.iterdir()) == []

    monkeypatch.undo()
    release()
    (folder,) = releases_root.iterdir()
    assert "." not in folder.name  # the day's first name, not a second one


@pytest.mark.parametrize("numbers", [(1, 2), (2, 1), (9, 10), (10, 9)])
def test_releases_made_within_one_second_are_listed_newest_first_by_their_number(
    releases_root, numbers
):
    for number in numbers:
        folder = releases_root / ("2026-12-02" if number == 1 else f"2026-12-02.{number}")
        folder.mkdir(parents=True)
        descriptor = {"created": "2026-12-02T10:00:00+00:00", "resources": []}
        (folder / "datapackage.json").write_text(json.dumps(descriptor))
    expected = [f"2026-12-02.{n}" if n > 1 else "2026-12-02" for n in sorted(numbers)][::-1]
    assert [found.name for found in published()] == expected
