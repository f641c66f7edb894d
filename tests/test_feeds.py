"""Atom feeds of the latest records, per negotiation and for the whole tracker, validated
against RFC 4287 and read back with a real feed parser; pages point to them (feed
autodiscovery)."""

import datetime
import re

import feedparser
import pytest

from negotiations.feeds import AUTHOR_NAME
from negotiations.models import Event, Milestone, Proposal, StatusChange

from .atom_validation import atom_errors
from .doha import DOHA
from .html_parts import parse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

NEGOTIATION_FEED = f"/negotiations/{DOHA}/feed/"

# RFC 4151: "tag:" authority "," date ":" specific, the authority a domain or email address.
TAG_URI = re.compile(
    r"tag:(?P<authority>[a-z0-9.-]+|[^@,:]+@[a-z0-9.-]+),"
    r"(?P<date>\d{4}(-\d\d(-\d\d)?)?):(?P<specific>[^#]+)"
)


def read_feed(client, address, **headers):
    response = client.get(address, **headers)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom_errors(response.content) == []
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def test_a_negotiations_feed_is_valid_atom_with_every_required_element(client, doha):
    feed = read_feed(client, NEGOTIATION_FEED)

    assert feed.feed.title == f"{doha.title}: latest records"
    assert feed.feed.id and feed.feed.updated
    assert feed.entries
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated and entry.link
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


@pytest.mark.parametrize("address", ["/feed/", NEGOTIATION_FEED])
def test_feeds_name_the_tracker_as_their_author(client, doha, address):
    feed = read_feed(client, address)

    assert feed.feed.author_detail.name == AUTHOR_NAME
    assert feed.feed.author_detail.href == "http://testserver/"


def entry_of(feed, record):
    (entry,) = [e for e in feed.entries if e.id.endswith(f":{record._meta.model_name}/{record.pk}")]
    return entry


def test_ids_are_tag_uris_that_survive_edits_and_the_readers_host(client, doha, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the same address is read from two hosts
    settings.ALLOWED_HOSTS = ["testserver", "tracker.example.org"]
    event = Event.objects.get(pk=5)
    before = read_feed(client, NEGOTIATION_FEED)
    entry = entry_of(before, event)

    event.date = event.date + datetime.timedelta(days=1)  # a correction of its date
    event.save()
    elsewhere = read_feed(client, NEGOTIATION_FEED, HTTP_HOST="tracker.example.org:8443")

    assert entry_of(elsewhere, event).id == entry.id == "tag:ceasefire-tracker.example,2024:event/5"
    assert (
        elsewhere.feed.id
        == before.feed.id
        == f"tag:ceasefire-tracker.example,2024:negotiation/{doha.pk}/feed"
    )
    assert "tracker.example.org:8443" in entry_of(elsewhere, event).link
    for feed in (before, elsewhere, read_feed(client, "/feed/")):
        for identifier in [feed.feed.id, *(e.id for e in feed.entries)]:
            assert TAG_URI.fullmatch(identifier), identifier


@pytest.mark.parametrize(
    ("authority", "prefix"),
    [
        ("news.example.org", "tag:news.example.org,2024:"),
        ("feeds@example.org,2026-05", "tag:feeds@example.org,2026-05:"),
    ],
)
def test_the_tag_authority_is_the_publishers_own(client, doha, settings, authority, prefix):
    settings.FEED_TAG_AUTHORITY = authority
    feed = read_feed(client, "/feed/")

    assert feed.feed.id == f"{prefix}feed"
    assert feed.entries and all(entry.id.startswith(prefix) for entry in feed.entries)


def test_an_entry_is_published_when_first_recorded_and_updated_on_every_save(client, doha):
    event = Event.objects.create(
        negotiation=doha,
        kind=Event.Kind.choices[0][0],
        title="Negotiators meet again in Doha",
        date=datetime.date(2024, 3, 19),
    )
    recorded = event.updated_at
    event.place = "Doha, Qatar"
    event.save()
    event.summary = "A second edit."
    event.save()

    entry = entry_of(read_feed(client, NEGOTIATION_FEED), event)

    assert datetime.datetime.fromisoformat(entry.published) == recorded
    assert datetime.datetime.fromisoformat(entry.updated) == event.updated_at > recorded


def test_a_record_loaded_without_history_is_published_when_last_saved(client, doha):
    event = Event.objects.get(pk=5)  # loaddata writes no version
    assert not event.history.exists()

    entry = entry_of(read_feed(client, NEGOTIATION_FEED), event)

    assert datetime.datetime.fromisoformat(entry.published) == event.updated_at


def test_the_feed_lists_the_newest_record_first_and_links_to_its_page(client, doha):
    event = Event.objects.get(pk=5)
    event.place = "Doha, Qatar"
    event.save()  # now the latest record

    entry = read_feed(client, NEGOTIATION_FEED).entries[0]

    assert entry.title == f"{event.approximate_date}: {event.title}"
    day = event.date.isoformat()
    assert entry.link.endswith(
        f"/negotiations/{DOHA}/timeline/?date_from={day}&date_to={day}#event-5"
    )
    assert "Sources: " in entry.summary


def test_status_changes_and_agreement_steps_link_to_their_own_place_on_the_proposal_page(
    client, doha
):
    proposal = Proposal.objects.filter(negotiation=doha).first()
    step = Milestone.objects.create(
        proposal=proposal, kind="announced", date=datetime.date(2024, 3, 19)
    )
    change = StatusChange.objects.create(
        proposal=proposal, status=proposal.status, date=datetime.date(2024, 3, 19)
    )

    entries = {
        entry.link.rsplit("/", 1)[-1]: entry
        for entry in read_feed(client, NEGOTIATION_FEED).entries
    }

    assert f"#step-{step.pk}" in entries
    assert f"#status-change-{change.pk}" in entries
    page = parse(client.get(proposal.get_absolute_url()).text)
    assert page.select_one(f"#step-{step.pk}") and page.select_one(f"#status-change-{change.pk}")


def test_the_whole_trackers_feed_names_each_entrys_negotiation(client, doha):
    feed = read_feed(client, "/feed/")

    assert feed.entries
    assert {tag.term for entry in feed.entries for tag in entry.tags} == {doha.title}


def test_pages_point_feed_readers_to_their_feeds(client, doha):
    head = parse(client.get(f"/negotiations/{DOHA}/").text).select(
        'head link[rel=alternate][type="application/atom+xml"]'
    )
    assert [link["href"] for link in head] == ["/feed/", NEGOTIATION_FEED]
    home = parse(client.get("/").text).select('head link[type="application/atom+xml"]')
    assert [link["href"] for link in home] == ["/feed/"]


def test_an_unknown_negotiation_has_no_feed(client, doha):
    assert client.get("/negotiations/no-such-talks/feed/").status_code == 404


def test_stored_markup_reaches_feed_readers_as_text(client, doha):
    event = Event.objects.get(pk=5)
    event.summary = 'Withdrawal <5 km from <img src=x onerror="alert(1)"> Rafah'
    event.save()

    entry = read_feed(client, NEGOTIATION_FEED).entries[0]

    assert "<img" not in entry.summary
    assert "&lt;img src=x" in entry.summary


def test_a_record_whose_latest_save_corrected_it_says_so_in_the_feed(editor_client, client, doha):
    from .admin_form import save_in_admin

    event = Event.objects.get(title__startswith="Qatar warns that a Rafah operation")
    note = "The warning came from the foreign ministry."
    save_in_admin(editor_client, event, is_correction="on", correction_note=note)
    (entry,) = [e for e in read_feed(client, NEGOTIATION_FEED).entries if "Qatar warns" in e.title]
    assert entry.title.startswith("Corrected: ")
    assert note in entry.summary
    # A later ordinary save is the entry's news now.
    save_in_admin(editor_client, Event.objects.get(pk=event.pk), change_note="Typo")
    (entry,) = [e for e in read_feed(client, NEGOTIATION_FEED).entries if "Qatar warns" in e.title]
    assert not entry.title.startswith("Corrected")
