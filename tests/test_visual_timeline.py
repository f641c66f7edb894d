"""The server-rendered time strip places events, proposals and truces honestly and accessibly."""

import datetime
import itertools
import re

import pytest

from negotiations.models import Event, Milestone, OtherTerm, Proposal
from negotiations.pages.strip import build_strip, with_strip_steps

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


# Agreements: their periods in force as bands, drawn to scale.

YEAR_2025 = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))


def day(month, number, year=2025):
    return datetime.date(year, month, number)


def agreement(negotiation, title, *steps, truce=False):
    """An agreement with its milestones, each (kind, day) or (kind, day, {more fields})."""
    made = Proposal.objects.create(
        negotiation=negotiation, kind="agreement", title=title, status="accepted", date=steps[0][1]
    )
    for kind, when, *more in steps:
        Milestone.objects.create(proposal=made, kind=kind, date=when, **(more[0] if more else {}))
    if truce:
        OtherTerm.objects.create(
            proposal=made, kind="truce", amount_min=6, amount_max=6, unit="weeks"
        )
    return made


def agreements_strip(within=YEAR_2025, today=YEAR_2025[1]):
    proposals = with_strip_steps(Proposal.objects.filter(kind="agreement"))
    return build_strip([], proposals, str, within=within, today=today)


def x_of(strip, when):
    """Where a day begins: the drawing is 960 wide, its dates between x=96 and x=944."""
    return 96 + 848 * (when - strip.first_day).days / (strip.last_day - strip.first_day).days


def only_band(strip, lane_name="In force"):
    (band,) = lane(strip, lane_name).bands
    return band


def test_a_period_in_force_is_a_band_from_its_first_to_its_last_day(doha):
    agreement(doha, "Half-year truce", ("in_force", day(1, 1)), ("expired", day(6, 30)))
    strip = agreements_strip()
    band = only_band(strip)
    assert band.x == pytest.approx(x_of(strip, day(1, 1)), abs=1)
    # Through 30 June: to where 1 July begins.
    assert band.width == pytest.approx(x_of(strip, day(7, 1)) - x_of(strip, day(1, 1)), abs=1)
    assert band.width > 300  # about half of the strip, not a dot


def test_a_period_still_in_force_reaches_today(doha):
    agreement(doha, "Open-ended truce", ("in_force", day(3, 1)))
    strip = agreements_strip(within=None, today=day(9, 15))
    band = only_band(strip)
    assert band.x + band.width == pytest.approx(x_of(strip, day(9, 16)), abs=1)
    assert band.label == "in force from 1 Mar 2025, no end recorded — Open-ended truce"
    assert strip.description.endswith("periods in force 1.")


def test_a_period_running_past_the_strip_is_drawn_to_its_edges(doha):
    agreement(doha, "Long truce", ("in_force", day(6, 1, 2018)))
    strip = agreements_strip(within=(day(1, 1), day(3, 31)))
    band = only_band(strip)
    assert (band.x, band.x + band.width) == (96, 944)


def test_an_agreement_ended_before_the_strip_is_not_drawn(doha):
    agreement(doha, "Old truce", ("in_force", day(1, 1, 2020)), ("expired", day(2, 1, 2020)))
    agreement(doha, "Current truce", ("in_force", day(2, 1)))
    strip = agreements_strip()
    assert only_band(strip).label.endswith("Current truce")


def test_approximate_ends_are_drawn_as_the_whole_span_they_stand_for_and_lighter(doha):
    agreement(
        doha,
        "Vague truce",
        ("in_force", day(1, 1), {"date_precision": "month"}),
        ("collapsed", day(6, 1), {"date_precision": "month"}),
    )
    strip = agreements_strip()
    band = only_band(strip)
    assert band.x == pytest.approx(x_of(strip, day(1, 1)), abs=1)
    assert band.x + band.width == pytest.approx(x_of(strip, day(7, 1)), abs=1)
    assert [(shade.x, shade.x + shade.width) for shade in band.shades] == [
        (
            pytest.approx(x_of(strip, day(1, 1)), abs=1),
            pytest.approx(x_of(strip, day(2, 1)), abs=1),
        ),
        (
            pytest.approx(x_of(strip, day(6, 1)), abs=1),
            pytest.approx(x_of(strip, day(7, 1)), abs=1),
        ),
    ]


def test_a_suspended_stretch_is_its_own_segment_linking_to_the_suspension(doha):
    made = agreement(
        doha,
        "Interrupted truce",
        ("in_force", day(1, 1)),
        ("suspended", day(3, 1)),
        ("resumed", day(4, 1)),
        ("expired", day(6, 30)),
    )
    suspension = made.milestones.get(kind="suspended")
    band = only_band(strip := agreements_strip())
    (stretch,) = band.suspensions
    assert stretch.x == pytest.approx(x_of(strip, day(3, 1)), abs=1)
    assert stretch.x + stretch.width == pytest.approx(x_of(strip, day(4, 1)), abs=1)
    assert stretch.href == f"/proposals/{made.pk}/#step-{suspension.pk}"
    assert stretch.label == "suspended 1 Mar 2025, resumed 1 Apr 2025 — Interrupted truce"
    assert band.label.endswith("suspended 1 time — Interrupted truce")


def test_each_extension_is_a_tick_on_the_band_linking_to_its_step(doha):
    made = agreement(
        doha,
        "Renewed truce",
        ("in_force", day(1, 19), {"scheduled_end": day(2, 18)}),
        ("extended", day(2, 16), {"scheduled_end": day(3, 20)}),
        ("extended", day(3, 18), {"scheduled_end": day(4, 19)}),
        ("expired", day(4, 19)),
    )
    steps = made.milestones.filter(kind="extended").order_by("date")
    band = only_band(strip := agreements_strip())
    assert [(tick.x, tick.href, tick.label) for tick in band.extensions] == [
        (
            pytest.approx(x_of(strip, step.date), abs=1),
            f"/proposals/{made.pk}/#step-{step.pk}",
            f"extended {step.approximate_date}, to end {step.approximate_scheduled_end} "
            "— Renewed truce",
        )
        for step in steps
    ]
    assert band.x < band.extensions[0].x < band.extensions[1].x < band.x + band.width


def test_an_agreement_in_force_again_after_it_collapsed_has_a_band_for_each_period(doha):
    agreement(
        doha,
        "Revived truce",
        ("in_force", day(1, 19)),
        ("collapsed", day(2, 1)),
        ("in_force", day(2, 10)),
    )
    strip = agreements_strip(today=day(3, 1))
    assert [band.label for band in lane(strip, "In force").bands] == [
        "in force from 19 Jan 2025, ended 1 Feb 2025 — Revived truce",
        "in force from 10 Feb 2025, no end recorded — Revived truce",
    ]


def test_a_truce_recorded_as_an_agreement_is_a_period_in_the_truce_lane(doha):
    agreement(doha, "Six-week truce", ("in_force", day(1, 1)), ("expired", day(2, 11)), truce=True)
    strip = agreements_strip()
    assert [each.name for each in strip.lanes] == ["Events", "Proposals", "Truces"]
    assert only_band(strip, "Truces").label.endswith("— Six-week truce")
    assert strip.description.endswith("truce periods 1.")


def test_in_force_past_its_scheduled_end_the_unconfirmed_rest_is_drawn_lighter(doha):
    agreement(doha, "Lapsed truce", ("in_force", day(1, 1), {"scheduled_end": day(1, 31)}))
    strip = agreements_strip(today=day(3, 31))
    (shade,) = only_band(strip).shades
    assert shade.x == pytest.approx(x_of(strip, day(2, 1)), abs=1)
    assert shade.x + shade.width == pytest.approx(x_of(strip, day(4, 1)), abs=1)


def test_an_extension_without_a_new_end_leaves_the_end_unknown(doha):
    agreement(
        doha,
        "Extended truce",
        ("in_force", day(1, 1), {"scheduled_end": day(1, 31)}),
        ("extended", day(1, 30)),
    )
    band = only_band(agreements_strip(today=day(3, 31)))
    assert band.shades == []  # not drawn as running past an end that no longer holds
    assert band.label == (
        "in force from 1 Jan 2025, no end recorded, extended 1 time — Extended truce"
    )


def test_an_extension_with_no_entry_into_force_recorded_opens_the_band(doha):
    agreement(doha, "Half-recorded truce", ("extended", day(2, 1)), ("expired", day(3, 31)))
    strip = agreements_strip()
    band = only_band(strip)
    assert band.x == pytest.approx(x_of(strip, day(2, 1)), abs=1)
    assert band.label.startswith(
        "in force by 1 Feb 2025 (extended; no entry into force recorded), ended 31 Mar 2025"
    )


# The date axis.


def labels_apart(ticks):
    """Whether neighbouring labels leave room between them, at 7 pixels a character."""
    return all(b[0] - a[0] >= (len(a[1]) + len(b[1])) * 7 / 2 for a, b in itertools.pairwise(ticks))


DAYS = r"\d{1,2} [A-Z][a-z]{2}( \d{4})?"
MONTHS = r"[A-Z][a-z]{2}( \d{4})?"
YEARS = r"\d{4}"


@pytest.mark.parametrize(
    ("days", "unit"),
    [
        (1, DAYS),
        (10, DAYS),
        (45, DAYS),
        (120, DAYS),
        (400, MONTHS),
        (3 * 365, MONTHS),
        (7 * 365, YEARS),
        (30 * 365, YEARS),
    ],
)
def test_every_span_has_at_least_three_date_labels_kept_apart(doha, days, unit):
    first = day(1, 1)
    events = [
        Event(negotiation=doha, kind="meeting", title=str(n), date=first + datetime.timedelta(n))
        for n in (0, days - 1)
    ]
    strip = build_strip(events, [], str)
    labels = [label for _, label in strip.ticks]
    assert len(labels) >= 3, labels
    assert labels_apart(strip.ticks), labels
    assert all(96 <= x <= 944 for x, _ in strip.ticks)
    assert all(re.fullmatch(unit, label) for label in labels), labels


def test_a_ten_day_strip_labels_days_and_says_the_year(doha):
    events = [
        Event(negotiation=doha, kind="meeting", title="a", date=day(3, 1)),
        Event(negotiation=doha, kind="meeting", title="b", date=day(3, 10)),
    ]
    labels = [label for _, label in build_strip(events, [], str).ticks]
    assert labels[0] == "26 Feb 2025"  # three days' margin before the first event
    assert {"2 Mar", "4 Mar", "6 Mar", "8 Mar", "10 Mar"} <= set(labels)


# The pages.


def test_the_timeline_pages_strip_draws_an_agreement_in_force_across_its_span(client, doha):
    made = agreement(
        doha,
        "Earlier truce",
        ("in_force", day(9, 1, 2023)),
        ("extended", day(12, 1, 2023)),
        ("expired", day(12, 31, 2024)),
    )
    # The page's entries (events and steps) fall between November and March.
    page = client.get(f"/negotiations/{DOHA}/timeline/?date_from=2023-11-01&date_to=2024-03-31")
    svg = part(page.text, "svg")
    band = part(str(svg), "g.lane-in-force g.band")
    assert text_of(band.select_one("title")) == (
        "in force from 1 Sep 2023, ended 31 Dec 2024, extended 1 time — Earlier truce"
    )
    extension = made.milestones.get(kind="extended")  # the one step within the dates
    assert hrefs(band) == [f"/proposals/{made.pk}/", f"/proposals/{made.pk}/#step-{extension.pk}"]
    # In force before and after the page's entries: to both edges of the strip.
    rect = band.select_one("rect.band-span")
    assert (float(rect["x"]), float(rect["x"]) + float(rect["width"])) == (96, 944)


def test_the_status_pages_strip_links_a_suspension_and_hatches_it(client, doha):
    made = agreement(
        doha,
        "Interrupted truce",
        ("in_force", day(1, 1, 2024)),
        ("suspended", day(2, 1, 2024)),
        ("resumed", day(2, 20, 2024)),
    )
    suspension = made.milestones.get(kind="suspended")
    svg = part(client.get(f"/negotiations/{DOHA}/").text, "svg")
    hatched = part(str(svg), "rect.band-suspended")
    assert hatched["fill"] == "url(#status-strip-hatch)"
    assert hatched.find_parent("a")["href"] == f"/proposals/{made.pk}/#step-{suspension.pk}"
    assert svg.select_one("pattern#status-strip-hatch")
    assert not svg.select("[style]") and not svg.select("style")
