"""What became of an agreement's terms, entered through the admin's own forms: handovers
week by week (one delayed, one of remains), two parties' conflicting word on a withdrawal and
the editors' reading, deadlines, and violations alleged by both sides; then read back by
value on the status and proposal pages, today and as recorded on a day in the middle."""

import datetime

import pytest
from django.apps import apps

from negotiations.implementation import Implementation
from negotiations.models import Handover, Proposal
from negotiations.record_time.history import tracked_models

from .admin_form import add_inline_row, change_url, load_admin_form, submit_admin_form
from .agreement_admin import agreement_in_admin, assign_terms_in_admin
from .html_parts import parse, part, text_of, texts

pytestmark = pytest.mark.django_db

STATUS = "/negotiations/northland-southland-talks/"
#: The day the first week's records were entered; the rest came later.
FIRST_WEEKS_RECORDED = datetime.date(2025, 2, 5)


def rows_in_admin(client, agreement, source, **rows):
    """On the agreement's change page, add inline rows (``handovers=[{...}]``, …), each
    citing ``source``; terms and phases named by their keys in ``agreement.parts``."""
    url = change_url(agreement)
    form = load_admin_form(client, url)
    for prefix, records in rows.items():
        for record in records:
            values = {"source": source.pk, **record}
            for name in ("date", "due", "met_on", "verified_on"):
                if name in values:
                    values.setdefault(f"{name}_precision", "day")
            add_inline_row(form, prefix, **values)
    return submit_admin_form(client, url, form)


@pytest.fixture
def agreement(editor_client, talks):
    """Signed on 15 January 2025 and in force from the 19th, in three phases: 33 hostages
    released by Southland, prisoners by Northland and a partial withdrawal in phase 1."""
    _, actors, _ = talks
    agreement = agreement_in_admin(
        editor_client,
        talks,
        "Three-phase truce and exchange",
        signatories=["Northland", "Southland"],
        phases=[
            {
                "number": n,
                "duration_qualifier": "exact",
                "duration_min": 6,
                "duration_unit": "weeks",
                **({"start": "2025-01-19", "start_precision": "day"} if n == 1 else {}),
            }
            for n in (1, 2, 3)
        ],
        milestones=[
            {"kind": "signed", "date": "2025-01-15"},
            {"kind": "in_force", "date": "2025-01-19"},
        ],
    )
    assign_terms_in_admin(
        editor_client,
        agreement,
        exchange=[
            {
                "group": "hostages",
                "releasing_party": actors["Southland"].pk,
                "count_qualifier": "exact",
                "count_min": 33,
                "phase": 1,
            },
            {
                "group": "prisoners",
                "releasing_party": actors["Northland"].pk,
                "count_qualifier": "in_words",
                "count_words": "hundreds",
                "phase": 1,
            },
        ],
        other=[{"kind": "withdrawal", "withdrawal_extent": "partial", "phase": 1}],
    )
    return agreement


def parts(agreement):
    hostages = agreement.exchange_terms.get(group="hostages")
    prisoners = agreement.exchange_terms.get(group="prisoners")
    withdrawal = agreement.other_terms.get()
    return hostages, prisoners, withdrawal, {p.number: p.pk for p in agreement.phases.all()}


def hostages_released(day, term, phase, actors, count=3, **more):
    return {
        "date": day,
        "exchange_term": term.pk,
        "phase": phase,
        "group": "hostages",
        "releasing_party": actors["Southland"].pk,
        "receiving_party": actors["Eastland"].pk,
        "count_qualifier": "exact",
        "count_min": count,
        "alive": "living",
        **more,
    }


@pytest.fixture
def implemented(editor_client, talks, agreement):
    """The first weeks entered on 5 February (as the history says), the rest later."""
    _, actors, source = talks
    hostages, prisoners, withdrawal, phases = parts(agreement)
    rows_in_admin(
        editor_client,
        agreement,
        source,
        handovers=[
            hostages_released("2025-01-25", hostages, phases[1], actors),
            hostages_released("2025-02-01", hostages, phases[1], actors),
            {
                "date": "2025-01-25",
                "exchange_term": prisoners.pk,
                "group": "prisoners",
                "releasing_party": actors["Northland"].pk,
                "count_qualifier": "about",
                "count_min": 90,
            },
        ],
        deadlines=[
            {
                "kind": "next_phase_talks",
                "due": "2025-02-03",
                "phase": phases[1],
                "description": "talks on phase 2 to begin",
            },
            {"kind": "phase_end", "due": "2025-03-01", "phase": phases[1]},
        ],
    )
    for _, history in tracked_models(apps):
        history.objects.update(history_date=datetime.datetime(2025, 2, 5, 12, tzinfo=datetime.UTC))
    rows_in_admin(
        editor_client,
        agreement,
        source,
        handovers=[
            {
                **hostages_released("2025-02-08", hostages, phases[1], actors),
                "outcome": "delayed",
                "count_min": "",
                "count_max": "",
                "description": "the third batch",
                "reason": "Northland held back the aid trucks",
                "reason_given_by": actors["Southland"].pk,
            },
            hostages_released("2025-02-09", hostages, phases[1], actors),
            hostages_released("2025-02-15", hostages, phases[1], actors, count=4, alive="remains"),
            {
                "date": "2025-02-01",
                "exchange_term": prisoners.pk,
                "group": "prisoners",
                "releasing_party": actors["Northland"].pk,
                "count_qualifier": "in_words",
                "count_words": "dozens",
            },
        ],
        implementation_statements=[
            {
                "date": "2025-02-10",
                "other_term": withdrawal.pk,
                "status": "done",
                "asserted_by": actors["Northland"].pk,
            },
            {
                "date": "2025-02-10",
                "other_term": withdrawal.pk,
                "status": "partly_done",
                "asserted_by": actors["Southland"].pk,
                "claim": "troops remain in the corridor",
            },
            {
                "date": "2025-02-11",
                "other_term": withdrawal.pk,
                "status": "partly_done",
                "is_editors_reading": "on",
            },
        ],
        violations=[
            {
                "date": "2025-02-02",
                "kind": "fire",
                "accused_by": actors["Northland"].pk,
                "accused": actors["Southland"].pk,
                "description": "Shots at a patrol",
            },
            {
                "date": "2025-02-04",
                "kind": "air_strike",
                "accused_by": actors["Southland"].pk,
                "accused": actors["Northland"].pk,
                "description": "A strike on a camp",
                "killed_qualifier": "about",
                "killed_min": 3,
                "verification": "confirmed",
                "verified_by": actors["Midland"].pk,
                "verified_on": "2025-02-06",
            },
        ],
    )
    return agreement


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


def test_a_handover_before_the_signature_is_refused_with_the_reason(
    editor_client, talks, agreement
):
    _, actors, source = talks
    hostages, _, _, phases = parts(agreement)
    with pytest.raises(AssertionError, match="before the agreement was signed"):
        rows_in_admin(
            editor_client,
            agreement,
            source,
            handovers=[hostages_released("2025-01-10", hostages, phases[1], actors)],
        )
    assert not Handover.objects.exists()


def test_a_status_claimed_by_no_one_is_refused(editor_client, talks, agreement):
    _, _, source = talks
    _, _, withdrawal, _ = parts(agreement)
    with pytest.raises(AssertionError, match="a status no one claims is not recorded"):
        rows_in_admin(
            editor_client,
            agreement,
            source,
            implementation_statements=[
                {"date": "2025-02-10", "other_term": withdrawal.pk, "status": "done"}
            ],
        )


def test_more_released_than_the_term_provides_is_kept_and_flagged(
    client, editor_client, talks, agreement
):
    _, actors, source = talks
    hostages, _, _, phases = parts(agreement)
    rows_in_admin(
        editor_client,
        agreement,
        source,
        handovers=[hostages_released("2025-01-25", hostages, phases[1], actors, count=40)],
    )

    assert Handover.objects.get().count_min == 40
    line = glance(client).select("ul.ledger > li")[0]
    assert text_of(line.select_one(".flag")) == (
        "more than the term provides: check the term or the count"
    )


def test_the_implementation_is_read_in_three_queries_with_its_terms(
    implemented, django_assert_num_queries
):
    agreement = Proposal.objects.with_terms().get(pk=implemented.pk)
    with django_assert_num_queries(3):
        implementation = Implementation.build(agreement, datetime.date(2025, 2, 20))
    assert [deadline.overdue for deadline in implementation.deadlines] == [True, False]
