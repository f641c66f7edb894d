"""An agreement's implementation entered as an editor enters it: inline rows on the
agreement's change page, each citing the report (``implemented``: handovers week by week,
conflicting statements, deadlines and violations alleged by both sides)."""

import datetime

import pytest
from django.apps import apps

from negotiations.models import Proposal
from negotiations.record_time.history import tracked_models

from .admin_form import add_inline_row, change_url, load_admin_form, submit_admin_form
from .agreement_admin import (
    agreement_in_admin,
    assign_terms_in_admin,
    committed_for_the_module,
)

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


def build_agreement(editor_client, talks):
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


def build_implementation(editor_client, talks, agreement):
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


@pytest.fixture(scope="module")
def implemented(django_db_setup, django_db_blocker):
    """The agreement and what became of it, entered through the admin once for a module and
    committed (each test runs in a transaction rolled back afterwards), emptied out after."""

    def build(client, talks):
        agreement = build_agreement(client, talks)
        build_implementation(client, talks, agreement)
        return Proposal.objects.get(pk=agreement.pk)

    yield from committed_for_the_module(django_db_blocker, "implementation-editor", build)
