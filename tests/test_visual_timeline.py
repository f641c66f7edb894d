"""The server-rendered time strip places events, proposals and truces honestly and accessibly."""

import datetime

import pytest

from negotiations.models import Event, Proposal
from negotiations.visual_timeline import build_strip

from .doha import DOHA
from .html_parts import hrefs, part, text_of

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def doha_strip():
    events = Event.objects.order_by("date", "pk")
    proposals = Proposal.objects.latest_first()
    return build_strip(events, proposals, lambda event: f"#event-{event.pk}")


def lane(strip, name):
    return next(lane for lane in strip.lanes if lane.name == name)


def test_it_has_one_lane_each_for_events_proposals_and_truces(doha):
    strip = doha_strip()
    assert [lane.name for lane in strip.lanes] == ["Events", "Proposals", "Truces"]
    assert strip.description == (
        "From 7 Oct 2023 to 19 Mar 2024: events 10, proposals 2, truce periods 1."
    )


def test_the_november_truce_spans_the_whole_month_it_stands_for(doha):
    strip = doha_strip()
    (truce,) = lane(strip, "Truces").marks
    days = (strip.last_day - strip.first_day).days
    per_day = (strip.width - 96 - 16) / days
    assert truce.span_width == pytest.approx(30 * per_day, abs=0.2)
    assert truce.href == "#event-2"


def test_entries_too_close_to_draw_apart_merge_into_one_counted_mark(doha):
    marks = lane(doha_strip(), "Events").marks
    assert sum(mark.count for mark in marks) == 10
    merged = max(marks, key=lambda mark: mark.count)
    assert merged.count > 1
    assert "18 Mar 2024: Mossad head meets the Qatari premier" in merged.title


def test_marks_are_in_date_order_and_inside_the_drawing(doha):
    strip = doha_strip()
    for each in strip.lanes:
        xs = [mark.x for mark in each.marks]
        assert xs == sorted(xs)
        assert all(96 <= x <= strip.width for x in xs)


def test_an_undated_expected_proposal_is_placed_at_its_latest_status(doha):
    proposals = lane(doha_strip(), "Proposals").marks
    titles = " ".join(mark.title for mark in proposals)
    assert "as of 19 Mar 2024: expected to be presented — Counter-proposal expected" in titles
    assert {mark.href for mark in proposals} == {"/proposals/1/", "/proposals/2/"}


def test_a_truce_start_runs_to_the_next_truce_end(doha):
    Event.objects.create(
        negotiation=doha, kind="truce_start", title="Truce begins", date=datetime.date(2024, 4, 1)
    )
    Event.objects.create(
        negotiation=doha, kind="truce_end", title="Truce ends", date=datetime.date(2024, 4, 15)
    )
    truces = lane(doha_strip(), "Truces").marks
    assert len(truces) == 2
    assert "1 Apr 2024 – 15 Apr 2024: truce" in truces[-1].title
    assert truces[-1].span_width > 0  # drawn as a band, not a dot


def test_nothing_to_place_gives_no_strip(db):
    assert build_strip([], [], str) is None


def test_the_svg_is_labelled_and_links_every_mark(client, doha):
    text = client.get(f"/negotiations/{DOHA}/timeline/").text
    svg = part(text, "svg")
    assert svg["aria-labelledby"] == "timeline-strip-title timeline-strip-desc"
    assert text_of(part(str(svg), "title#timeline-strip-title")) == "Visual timeline"
    assert text_of(part(str(svg), "desc#timeline-strip-desc")).startswith("From 7 Oct 2023")
    marks = svg.select("a.mark[href]")
    assert all(mark.find("title", recursive=False) for mark in marks)
    assert {"#event-1", "/proposals/2/"} <= {mark["href"] for mark in marks}
    assert text_of(part(text, "figcaption")).startswith("From 7 Oct 2023 to 19 Mar 2024")
    assert not svg.select("[style]") and not svg.select("style")


def test_the_status_page_strip_links_events_into_the_timeline(client, doha):
    svg = part(client.get(f"/negotiations/{DOHA}/").text, "svg")
    assert (
        f"/negotiations/{DOHA}/timeline/?date_from=2023-10-07&date_to=2023-10-07#event-1"
        in hrefs(svg)
    )


def test_proposals_rank_by_their_latest_status_change_else_the_date_presented(doha):
    day = datetime.date(2030, 1, 1)
    quiet = Proposal.objects.create(
        negotiation=doha, kind="proposal", title="Quiet", status="presented", date=day
    )
    busy = Proposal.objects.create(
        negotiation=doha,
        kind="proposal",
        title="Busy",
        status="rejected",
        date=day - datetime.timedelta(days=30),
    )
    for offset, status in ((-20, "presented"), (5, "rejected"), (-10, "under_consideration")):
        busy.status_changes.create(status=status, date=day + datetime.timedelta(days=offset))
    ranked = list(Proposal.objects.filter(negotiation=doha).latest_first()[:2])
    assert ranked == [busy, quiet]
    assert ranked[0].last_activity == day + datetime.timedelta(days=5)
    assert ranked[1].last_activity == day


def test_only_proposals_last_active_within_a_span_are_active_in_it(doha):
    day = datetime.date(2030, 1, 1)

    def proposal(title, date, *changes):
        made = Proposal.objects.create(
            negotiation=doha, kind="proposal", title=title, status="presented", date=date
        )
        for change in changes:
            made.status_changes.create(status="under_consideration", date=change)
        return made.title

    proposal("presented within", day)
    proposal("changed within", day - datetime.timedelta(days=90), day)
    proposal("changed after", day, day + datetime.timedelta(days=90))
    proposal("presented before", day - datetime.timedelta(days=90))
    proposal("not yet presented", None)
    active = Proposal.objects.active_between(
        day - datetime.timedelta(days=1), day + datetime.timedelta(days=1)
    )
    assert sorted(p.title for p in active) == ["changed within", "presented within"]
