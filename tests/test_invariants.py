"""Every domain invariant refuses a violating record, in forms and in the database itself."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from negotiations.fields import Qualifier
from negotiations.models import (
    Actor,
    Attendance,
    Event,
    ExchangeTerm,
    Figure,
    Negotiation,
    OtherTerm,
    Participation,
    Person,
    Phase,
    Proposal,
    Round,
    Source,
    Statement,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def talks():
    return Negotiation.objects.create(title="Talks", slug="talks", stage="active")


@pytest.fixture
def other_talks():
    return Negotiation.objects.create(title="Other talks", slug="other-talks", stage="active")


@pytest.fixture
def hamas():
    return Actor.objects.create(name="Hamas", slug="hamas", kind="armed_group")


@pytest.fixture
def proposal(talks, hamas):
    return Proposal.objects.create(
        negotiation=talks, kind="proposal", title="First", status="presented", proposed_by=hamas
    )


def assert_refused_by_database(make_change):
    """The database itself refuses the change (no form, no clean() involved)."""
    with pytest.raises(IntegrityError), transaction.atomic():
        make_change()


def field_errors(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def test_it_rejects_a_minimum_above_the_maximum(proposal):
    term = ExchangeTerm(
        proposal=proposal, group="hostages", count_min=50, count_max=20, count_qualifier="exact"
    )
    assert "below the minimum" in field_errors(term)["count_max"][0]
    assert_refused_by_database(term.save)


def test_it_rejects_a_negative_count(proposal):
    term = ExchangeTerm(
        proposal=proposal, group="hostages", count_min=-5, count_max=3, count_qualifier="exact"
    )
    assert "count_min" in field_errors(term)
    assert_refused_by_database(term.save)


def test_it_rejects_at_least_with_a_maximum(proposal):
    term = ExchangeTerm(
        proposal=proposal, group="hostages", count_min=5, count_max=9, count_qualifier="at_least"
    )
    assert "count_max" in field_errors(term)
    assert_refused_by_database(term.save)


def test_it_rejects_a_ratio_on_a_hostage_release(proposal):
    term = ExchangeTerm(
        proposal=proposal, group="hostages", ratio_min=20, ratio_max=50, ratio_qualifier="exact"
    )
    assert "ratio_min" in field_errors(term)
    assert_refused_by_database(term.save)


def test_it_rejects_an_exchange_term_that_says_nothing(proposal):
    term = ExchangeTerm(proposal=proposal, group="hostages")
    assert "description" in field_errors(term)
    assert_refused_by_database(term.save)


def test_it_rejects_a_phase_zero(proposal):
    phase = Phase(proposal=proposal, number=0)
    assert "number" in field_errors(phase)
    assert_refused_by_database(phase.save)


def test_a_term_belongs_to_a_phase_of_its_own_proposal(proposal):
    elsewhere = Proposal.objects.create(
        negotiation=proposal.negotiation, kind="proposal", title="Other", status="presented"
    )
    term = ExchangeTerm(
        proposal=proposal,
        group="hostages",
        description="some",
        phase=Phase.objects.create(proposal=elsewhere, number=1),
    )
    assert "phase" in field_errors(term)
    assert_refused_by_database(term.save)
    other = OtherTerm(proposal=proposal, kind="aid", phase=term.phase)
    assert_refused_by_database(other.save)


def test_a_phase_cannot_move_to_another_proposal_away_from_its_terms(proposal):
    phase = Phase.objects.create(proposal=proposal, number=1)
    OtherTerm.objects.create(proposal=proposal, kind="aid", phase=phase)
    elsewhere = Proposal.objects.create(
        negotiation=proposal.negotiation, kind="proposal", title="Other", status="presented"
    )
    assert_refused_by_database(lambda: Phase.objects.filter(pk=phase.pk).update(proposal=elsewhere))


def test_it_rejects_a_proposal_responding_to_itself(proposal):
    proposal.responds_to = proposal
    assert field_errors(proposal)["responds_to"] == ["A proposal cannot respond to itself."]
    assert_refused_by_database(proposal.save)


def test_it_rejects_a_response_to_another_negotiations_proposal(proposal, other_talks):
    answer = Proposal(
        negotiation=other_talks,
        kind="counter_proposal",
        title="Answer",
        status="presented",
        responds_to=proposal,
    )
    assert "same negotiation" in field_errors(answer)["responds_to"][0]
    assert_refused_by_database(answer.save)


def test_it_rejects_moving_a_proposal_away_from_its_responses(proposal, talks, other_talks):
    Proposal.objects.create(
        negotiation=talks,
        kind="counter_proposal",
        title="Answer",
        status="presented",
        responds_to=proposal,
    )
    assert_refused_by_database(
        lambda: Proposal.objects.filter(pk=proposal.pk).update(negotiation=other_talks)
    )


def test_it_rejects_a_counter_proposal_responding_to_nothing(talks):
    counter = Proposal(negotiation=talks, kind="counter_proposal", title="C", status="expected")
    assert "responds_to" in field_errors(counter)
    assert_refused_by_database(counter.save)


def test_a_counter_proposal_may_answer_a_proposal_of_its_negotiation(proposal, talks):
    answer = Proposal(
        negotiation=talks,
        kind="counter_proposal",
        title="Answer",
        status="expected",
        responds_to=proposal,
    )
    answer.full_clean()
    answer.save()
    assert proposal.responses.get() == answer


def test_it_rejects_a_week_precision_date_that_is_not_a_monday(talks):
    event = Event(
        negotiation=talks,
        kind="meeting",
        title="Talks",
        date=datetime.date(2024, 3, 12),
        date_precision="week",
    )
    assert "Monday" in field_errors(event)["date"][0]


def test_it_rejects_an_unknown_date_precision(talks):
    event = Event(
        negotiation=talks,
        kind="meeting",
        title="Talks",
        date=datetime.date(2024, 3, 12),
        date_precision="hour",
    )
    assert "date_precision" in field_errors(event)
    assert_refused_by_database(event.save)


def meeting_dated(talks, day, precision, earliest):
    return Event(
        negotiation=talks,
        kind="meeting",
        title="Talks",
        date=day,
        date_precision=precision,
        date_earliest=earliest,
    )


def test_it_rejects_an_earliest_day_on_a_date_that_is_not_on_or_before(talks):
    event = meeting_dated(talks, datetime.date(2024, 3, 19), "day", datetime.date(2024, 3, 11))
    assert field_errors(event) == {
        "date_earliest": ["An earliest day goes only with “on or before”; leave it empty."]
    }
    assert_refused_by_database(event.save)


def test_it_rejects_an_earliest_day_that_is_not_before_the_date(talks):
    day = datetime.date(2024, 3, 19)
    event = meeting_dated(talks, day, "on_or_before", day)
    assert field_errors(event) == {"date_earliest": ["The earliest day must come before the date."]}
    assert_refused_by_database(event.save)


def test_on_or_before_needs_no_earliest_day(talks):
    event = meeting_dated(talks, datetime.date(2024, 3, 19), "on_or_before", None)
    event.full_clean()
    event.save()
    assert str(Event.objects.get(pk=event.pk).approximate_date) == "on or before 19 Mar 2024"


def test_it_rejects_a_round_that_ends_before_it_starts(talks):
    round_ = Round(
        negotiation=talks,
        title="R",
        venue="Doha",
        start=datetime.date(2024, 3, 18),
        end=datetime.date(2024, 3, 17),
    )
    assert field_errors(round_)["end"] == ["A round cannot end before it starts."]
    assert_refused_by_database(round_.save)


def test_a_round_may_end_in_the_month_it_started_when_only_the_month_is_known(talks):
    round_ = Round(
        negotiation=talks,
        title="R",
        venue="Doha",
        start=datetime.date(2024, 3, 18),
        end=datetime.date(2024, 3, 1),
        end_precision="month",
    )
    round_.full_clean()
    round_.save()
    assert str(round_.approximate_end) == "Mar 2024"


def test_it_rejects_a_source_url_that_is_not_http():
    source = Source(
        title="S", kind="news_report", url="javascript:alert(1)", published_on=datetime.date.today()
    )
    assert "url" in field_errors(source)
    assert_refused_by_database(source.save)


def test_a_withdrawal_whose_extent_the_sources_do_not_give_is_kept_as_not_stated(proposal):
    term = OtherTerm(proposal=proposal, kind="withdrawal", amount_min=50, amount_max=50, unit="km")
    term.full_clean()
    term.save()
    assert term.describe() == "withdrawal (extent not stated): 50 km"


def test_a_truce_counted_in_hours_is_told_in_hours(proposal):
    term = OtherTerm(proposal=proposal, kind="truce", amount_min=72, amount_max=72, unit="hours")
    term.full_clean()
    term.save()
    assert term.describe() == "72-hour truce"


def test_it_rejects_an_extent_on_a_truce_term(proposal):
    term = OtherTerm(proposal=proposal, kind="truce", withdrawal_extent="partial")
    assert "withdrawal_extent" in field_errors(term)
    assert_refused_by_database(term.save)


def test_it_rejects_an_amount_without_a_unit(proposal):
    term = OtherTerm(proposal=proposal, kind="truce", amount_min=6, amount_max=6)
    assert "unit" in field_errors(term)
    assert_refused_by_database(term.save)


def test_it_rejects_the_same_role_twice(talks, hamas):
    Participation.objects.create(negotiation=talks, actor=hamas, role="party")
    assert_refused_by_database(
        lambda: Participation.objects.create(negotiation=talks, actor=hamas, role="party")
    )


def test_an_actor_may_hold_two_roles_in_different_negotiations(talks, other_talks):
    qatar = Actor.objects.create(name="Qatar", slug="qatar", kind="state")
    Participation.objects.create(negotiation=talks, actor=qatar, role="mediator")
    Participation.objects.create(negotiation=other_talks, actor=qatar, role="party")
    assert qatar.participations.count() == 2


def test_it_rejects_an_unknown_role(talks, hamas):
    assert_refused_by_database(
        lambda: Participation.objects.create(negotiation=talks, actor=hamas, role="spectator")
    )


def test_it_rejects_a_statement_without_a_speaker(talks, hamas):
    statement = Statement(
        negotiation=talks, on_behalf_of=hamas, date=datetime.date(2024, 3, 18), text="..."
    )
    assert "speaker_description" in field_errors(statement)
    assert_refused_by_database(statement.save)


def test_it_rejects_an_attendance_naming_nobody(talks, hamas):
    round_ = Round.objects.create(
        negotiation=talks, title="R", venue="Doha", start=datetime.date(2024, 3, 18)
    )
    attendance = Attendance(round=round_, actor=hamas)
    assert "description" in field_errors(attendance)
    assert_refused_by_database(attendance.save)


def test_it_rejects_an_actor_part_of_itself(hamas):
    hamas.part_of = hamas
    assert "part_of" in field_errors(hamas)
    assert_refused_by_database(hamas.save)


def test_it_rejects_a_figure_breaking_itself_down(talks):
    figure = Figure.objects.create(
        negotiation=talks, counts="x", value_min=1, value_max=1, date=datetime.date(2024, 3, 19)
    )
    figure.part_of = figure
    assert "part_of" in field_errors(figure)
    assert_refused_by_database(figure.save)


def test_it_requires_a_figure_value(talks):
    figure = Figure(negotiation=talks, counts="x", date=datetime.date(2024, 3, 19))
    assert "value_min" in field_errors(figure)
    assert_refused_by_database(figure.save)


def test_a_figure_holds_a_sum_in_billions_as_written(talks):
    figure = Figure(
        negotiation=talks,
        counts="dollars",
        value_min=6_000_000_000,
        value_max=6_000_000_000,
        value_qualifier=Qualifier.ABOUT,
        date=datetime.date(2023, 9, 18),
    )
    figure.full_clean()
    figure.save()
    figure.refresh_from_db()
    assert (figure.value_min, figure.value_max) == (6_000_000_000, 6_000_000_000)


def test_an_official_named_by_office_needs_no_name(hamas):
    premier = Person(title="Qatari premier", affiliation=hamas)
    premier.full_clean()
    assert str(premier) == "Qatari premier"


def test_saving_a_record_marks_when_it_changed(proposal):
    before = proposal.updated_at
    proposal.title = "Renamed"
    proposal.save(update_fields=["title"])
    proposal.refresh_from_db()
    assert proposal.updated_at > before
