"""What became of an agreement's terms, entered through the admin's own forms: handovers
week by week (one delayed, one of remains), two parties' conflicting word on a withdrawal and
the editors' reading, deadlines, and violations alleged by both sides; then read back by
value on the status and proposal pages, today and as recorded on a day in the middle."""

import datetime

import pytest

from negotiations.implementation import Implementation
from negotiations.models import Correction, ExchangeTerm, Handover, Proposal, Violation

from .agreement_admin import the_talks
from .html_parts import parse, part, text_of, texts
from .implementation_admin import (
    FIRST_WEEKS_RECORDED,
    STATUS,
    hostages_released,
    parts,
    rows_in_admin,
)

pytestmark = pytest.mark.django_db


def glance(client, url=STATUS):
    return part(client.get(url).text, "section#implementation")


def ledger_lines(section):
    return [
        text_of(item).split(" Contested")[0].split(" Cited from")[0]
        for item in section.select("ul.ledger > li")
    ]


def test_the_status_page_opens_with_promised_against_carried_out(client, implemented):
    section = glance(client)

    assert text_of(section.select_one("h2")) == "Implementation of Three-phase truce and exchange"
    lines = ledger_lines(section)
    assert lines[0].startswith(
        "33 hostages, released by Southland : 33 to be released: 9 released in 4 handovers, "
        "4 remains returned, 1 delayed"
    )
    # "About 90" and "dozens" are not added up as if exact.
    assert lines[1].startswith(
        "hundreds prisoners, released by Northland : hundreds to be released: "
        "about 90 and “dozens” released in 2 handovers"
    )


def test_two_parties_disagreeing_are_shown_side_by_side_beside_the_editors_reading(
    client, implemented
):
    withdrawal = glance(client).select("ul.ledger > li")[2]

    assert text_of(withdrawal.select_one(".flag")) == (
        "Contested: the sources disagree on how far it is carried out."
    )
    said = [text_of(item).split(" Cited from")[0] for item in withdrawal.select(".side-by-side li")]
    assert said == [
        "done , says Northland, 10 Feb 2025",
        "partly done , says Southland, 10 Feb 2025 : “troops remain in the corridor”",
    ]
    reading = text_of(withdrawal.select_one(".editors-reading")).split(" Cited from")[0]
    assert reading == "The editors' reading, not a source's: partly done as of 11 Feb 2025"


def test_a_deadline_passed_without_its_step_is_overdue(client, implemented):
    overdue = [
        text_of(item).split(" Cited from")[0]
        for item in glance(client).select("ul.deadlines li.overdue")
    ]
    assert overdue[0] == (
        "Phase 1: talks on the next phase due: talks on phase 2 to begin , due 3 Feb 2025 : "
        "overdue since 3 Feb 2025"
    )


def test_the_scheduled_end_the_record_gives_is_a_deadline_too(client, implemented):
    # Phase 1's six weeks from 19 January, which no editor typed as a deadline.
    said = "scheduled end , due 1 Mar 2025 (computed: 42 days of phase 1 from 19 Jan 2025)"
    overdue = [
        text_of(item).split(" Cited from")[0]
        for item in glance(client).select("ul.deadlines li.overdue")
    ]
    assert f"{said}: overdue since 1 Mar 2025" in overdue
    agreement = parse(client.get(STATUS).text).select_one("#glance-heading ~ p a")["href"]
    ledger = parse(client.get(agreement.split("#")[0]).text).select("#scheduled-end")
    assert [text_of(item).split(" Cited from")[0] for item in ledger] == [
        f"{said}: overdue since 1 Mar 2025"
    ]


def test_violations_are_counted_per_week_as_alleged_by_each_side(client, implemented):
    section = part(client.get(STATUS).text, "section#violations")

    assert texts(section, "ul.violation-weeks li") == [
        "Week of 27 Jan 2025: 1 alleged by Northland",
        "Week of 3 Feb 2025: 1 alleged by Southland",
    ]


def test_the_status_page_as_recorded_in_the_middle_shows_what_was_known_then(client, implemented):
    section = glance(client, f"{STATUS}?as_of={FIRST_WEEKS_RECORDED}")

    lines = ledger_lines(section)
    assert lines[0].startswith("33 hostages, released by Southland : 33 to be released: 6 released")
    assert "Next: Phase 1: phase ends, due 1 Mar 2025 ." in text_of(section)
    assert not section.select(".side-by-side")
    violations = parse(client.get(f"{STATUS}?as_of={FIRST_WEEKS_RECORDED}").text)
    assert violations.select_one("section#violations") is None


def test_the_agreement_page_lists_each_terms_history(client, implemented):
    section = part(client.get(implemented.get_absolute_url()).text, "section#implementation")

    hostages = section.select("ul.ledger > li")[0]
    history = [text_of(item).split(" Cited from")[0] for item in hostages.select("ol.history li")]
    assert history == [
        "25 Jan 2025 : 3 hostages, living, released by Southland to Eastland",
        "1 Feb 2025 : 3 hostages, living, released by Southland to Eastland",
        "8 Feb 2025 : hostages, living, released by Southland to Eastland: delayed — why, says "
        "Southland: Northland held back the aid trucks",
        "9 Feb 2025 : 3 hostages, living, released by Southland to Eastland",
        "15 Feb 2025 : 4 hostages, remains, released by Southland to Eastland",
    ]


def test_the_agreement_page_lists_the_violations_alleged_of_it_and_of_each_term(
    client, implemented
):
    _, actors, _ = the_talks()
    hostages, _, _, _ = parts(implemented)
    of_the_term = Violation.objects.create(
        negotiation=implemented.negotiation,
        proposal=implemented,
        exchange_term=hostages,
        kind=Violation.Kind.RELEASE_WITHHELD,
        date=datetime.date(2025, 2, 8),
        accused_by=actors["Eastland"],
        accused=actors["Southland"],
        description="The third batch was held back",
    )
    section = part(client.get(implemented.get_absolute_url()).text, "section#implementation")

    term_history = section.select("ul.ledger > li")[0].select("ol.history li.alleged")
    assert [item["id"] for item in term_history] == [of_the_term.anchor]
    assert text_of(term_history[0]).startswith(
        "8 Feb 2025 : violation alleged by Eastland against Southland (release withheld; "
        "unverified) — The third batch was held back"
    )
    heading = section.find("h3", string="Violations alleged of the agreement")
    alleged = [text_of(item).split(" Cited from")[0] for item in heading.find_next("ol")("li")]
    assert alleged == [
        "2 Feb 2025 : violation alleged by Northland against Southland (gunfire or shelling; "
        "unverified) — Shots at a patrol",
        "4 Feb 2025 : violation alleged by Southland against Northland (air or drone strike; "
        "confirmed by Midland) — A strike on a camp",
    ]


def test_a_corrected_handover_says_so_on_the_agreement_page(client, implemented):
    handover = Handover.objects.filter(proposal=implemented).first()
    Correction.objects.create(
        record=handover, corrected_at=handover.updated_at, note="Three, not four, were freed."
    )
    section = part(client.get(implemented.get_absolute_url()).text, "section#implementation")
    corrected = section.select_one(f"li#{handover.anchor} p.correction")
    assert text_of(corrected) == (
        f"Corrected on {handover.updated_at:%-d %b %Y} : Three, not four, were freed."
    )


def test_a_handover_before_the_signature_is_refused_with_the_reason(editor_client, implemented):
    _, actors, source = the_talks()
    hostages, _, _, phases = parts(implemented)
    with pytest.raises(AssertionError, match="before the agreement was signed"):
        rows_in_admin(
            editor_client,
            implemented,
            source,
            handovers=[hostages_released("2025-01-10", hostages, phases[1], actors)],
        )
    assert not Handover.objects.filter(date=datetime.date(2025, 1, 10)).exists()


def test_a_status_claimed_by_no_one_is_refused(editor_client, implemented):
    _, _, source = the_talks()
    _, _, withdrawal, _ = parts(implemented)
    with pytest.raises(AssertionError, match="a status no one claims is not recorded"):
        rows_in_admin(
            editor_client,
            implemented,
            source,
            implementation_statements=[
                {"date": "2025-02-20", "other_term": withdrawal.pk, "status": "done"}
            ],
        )


def test_more_released_than_the_term_provides_is_kept_and_flagged(
    client, editor_client, implemented
):
    _, actors, source = the_talks()
    hostages, _, _, phases = parts(implemented)
    rows_in_admin(
        editor_client,
        implemented,
        source,
        handovers=[hostages_released("2025-02-22", hostages, phases[1], actors, count=40)],
    )

    assert Handover.objects.get(date=datetime.date(2025, 2, 22)).count_min == 40
    line = glance(client).select("ul.ledger > li")[0]
    assert text_of(line.select_one(".flag")) == (
        "more than the term provides: check the term or the count"
    )


def test_the_implementation_is_read_in_four_queries_with_its_terms(
    implemented, django_assert_num_queries
):
    agreement = Proposal.objects.with_terms().get(pk=implemented.pk)
    terms = (agreement.exchange_terms.all(), agreement.other_terms.all())
    # Its handovers, statements, deadlines and violations.
    with django_assert_num_queries(4):
        implementation = Implementation.build(agreement, datetime.date(2025, 2, 20), terms=terms)
    assert [deadline.overdue for deadline in implementation.deadlines] == [True, False]


def test_the_strip_draws_handovers_and_violations_as_alleged_by_each_side(client, implemented):
    strip = parse(client.get(STATUS).text).select_one("svg.strip-svg")

    handovers = [text_of(title) for title in strip.select("g.lane-handovers a.mark > title")]
    assert "; ".join(handovers).count("released by") == 6
    assert handovers[0].startswith("25 Jan 2025: 3 hostages, living, released by Southland")
    violations = [
        text_of(title) for title in strip.select("g.lane-alleged-violations a.mark > title")
    ]
    assert "; ".join(violations) == (
        "week of 27 Jan 2025: 1 alleged by Northland; week of 3 Feb 2025: 1 alleged by Southland"
    )
    assert text_of(strip.select_one("desc")).endswith(
        "handovers 6, violations alleged 2. Each mark links to its entry; the same entries are "
        "listed in text on this page."
    )


def test_the_strip_says_how_many_violations_it_cannot_draw(client, implemented):
    _, actors, _ = the_talks()
    Violation.objects.create(
        negotiation=implemented.negotiation,
        kind=Violation.Kind.FIRE,
        date=datetime.date(2025, 2, 1),
        date_precision="month",
        accused_by=actors["Eastland"],
        description="Shelling some time in February",
    )
    strip = parse(client.get(STATUS).text).select_one("svg.strip-svg")
    assert text_of(strip.select_one("desc")).endswith(
        "handovers 6, violations alleged 2, violations alleged but dated too loosely to draw 1. "
        "Each mark links to its entry; the same entries are listed in text on this page."
    )


def test_the_timelines_strip_draws_the_violations_it_lists_linking_to_them(client, implemented):
    strip = parse(client.get(f"{STATUS}timeline/").text).select_one("svg.strip-svg")
    marks = strip.select("g.lane-alleged-violations a.mark")
    assert [text_of(mark.select_one("title")) for mark in marks] == [
        "week of 27 Jan 2025: 1 alleged by Northland",
        "week of 3 Feb 2025: 1 alleged by Southland",
    ]
    first = Violation.objects.get(description="Shots at a patrol")
    assert marks[0]["href"] == f"#{first.anchor}"
    assert "violations alleged 2" in text_of(strip.select_one("desc"))


def test_the_timeline_lists_handovers_statements_and_violations_among_the_events(
    client, implemented
):
    timeline = parse(client.get(f"{STATUS}timeline/").text)

    kinds = [text_of(kind) for kind in timeline.select("li.event .event-date .kind")]
    assert kinds.count("handover") == 7
    assert kinds.count("implementation statement") == 3
    assert kinds.count("violation") == 2
    confirmed = timeline.select_one("li.violation-confirmed")
    assert text_of(confirmed.select_one("h3")) == (
        "Air or drone strike, alleged by Southland against Northland"
    )
    assert "confirmed by Midland 6 Feb 2025" in text_of(confirmed)
    assert "about 3" in text_of(confirmed)


def test_the_timeline_filters_them_by_an_actor_involved(client, implemented):
    # The monitor who confirmed a violation, and did nothing else the record says.
    url = f"{STATUS}timeline/?actor=midland"
    timeline = parse(client.get(url).text)

    assert [text_of(kind) for kind in timeline.select("li.event .event-date .kind")] == [
        "violation"
    ]
    only_events = parse(client.get(f"{STATUS}timeline/?kind=meeting").text)
    assert not only_events.select("li.handover, li.violation, li.implementation-statement")


def test_the_timeline_lists_only_the_kinds_of_entry_a_reader_ticks(client, implemented):
    handovers = client.get(f"{STATUS}timeline/?entry=handover")
    kinds = [text_of(k) for k in parse(handovers.text).select("li.event .event-date .kind")]
    assert set(kinds) == {"handover"}
    assert len(kinds) == 7
    assert "Events are not listed" in text_of(parse(handovers.text).select_one(".result-count"))

    everything = parse(client.get(f"{STATUS}timeline/").text)
    page = parse(client.get(f"{STATUS}timeline/?entry=violation&entry=step").text)
    kinds = [text_of(kind) for kind in page.select("li.event .event-date .kind")]
    all_kinds = [text_of(kind) for kind in everything.select("li.event .event-date .kind")]
    assert sorted(kinds) == sorted(k for k in all_kinds if k in ("agreement step", "violation"))
    assert set(kinds) == {"agreement step", "violation"}


def test_an_unknown_kind_of_entry_is_refused_with_a_message(client, implemented):
    response = client.get(f"{STATUS}timeline/?entry=rumour")

    assert response.status_code == 400
    assert "Entries: Select a valid choice. rumour is not one of the available choices." in (
        text_of(parse(response.text).select_one('[role="alert"]')).replace(" :", ":")
    )


def test_a_term_in_no_phase_counts_what_its_phases_terms_released(truce):
    agreement = truce["agreement"]
    umbrella = ExchangeTerm.objects.create(
        proposal=agreement,
        group="prisoners",
        releasing_party=truce["released"].releasing_party,
        count_qualifier="in_words",
        count_words="hundreds",
        description="prisoners over all phases",
    )
    implementation = Implementation.build(agreement, datetime.date(2025, 3, 1))
    summaries = {ledger.term: ledger.summary() for ledger in implementation.terms}
    assert summaries[umbrella] == (
        "hundreds to be released: none recorded under this term itself; "
        "about 90 released in 1 handover under its phases' terms"
    )
    # The phase's own hostage term, with only a delayed batch, still has none carried out.
    assert summaries[truce["delayed"].exchange_term] == "none carried out yet, 1 delayed"
