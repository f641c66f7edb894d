"""Approximate dates and quantities read the way the sources word them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from negotiations.fields import ApproximateDate, DatePrecision, Qualifier, Quantity
from negotiations.models import ExchangeTerm


def test_a_day_shows_as_day_month_year():
    assert str(ApproximateDate(datetime.date(2024, 3, 18), "day")) == "18 Mar 2024"


def test_a_week_shows_as_week_of_its_monday():
    assert str(ApproximateDate(datetime.date(2024, 3, 11), "week")) == "week of 11 Mar 2024"


def test_a_month_shows_without_a_day():
    assert str(ApproximateDate(datetime.date(2023, 11, 1), "month")) == "Nov 2023"


def test_a_year_shows_alone():
    assert str(ApproximateDate(datetime.date(2024, 1, 1), "year")) == "2024"


def test_last_week_from_tuesday_19_march_2024_is_the_week_of_11_march():
    last_week = datetime.date(2024, 3, 19) - datetime.timedelta(weeks=1)
    assert ApproximateDate.week_of(last_week) == ApproximateDate(datetime.date(2024, 3, 11), "week")


def test_a_week_not_starting_on_monday_is_a_problem():
    assert "Monday" in ApproximateDate(datetime.date(2024, 3, 12), "week").problem()


def test_a_month_not_on_the_first_is_a_problem():
    assert ApproximateDate(datetime.date(2023, 11, 2), "month").problem()


@given(st.dates(), st.sampled_from(DatePrecision.values))
def test_a_normalised_date_covers_the_day_it_came_from(day, precision):
    if precision == "week":
        value = ApproximateDate.week_of(day)
    elif precision == "month":
        value = ApproximateDate(day.replace(day=1), precision)
    elif precision == "year":
        value = ApproximateDate(day.replace(month=1, day=1), precision)
    else:
        value = ApproximateDate(day, precision)
    assert value.problem() is None
    assert value.date <= day <= value.last_day


def test_about_42_reads_about_42():
    assert str(Quantity(42, 42, Qualifier.ABOUT)) == "about 42"


def test_a_range_reads_with_an_en_dash():
    assert str(Quantity(20, 50, Qualifier.EXACT)) == "20–50"


def test_at_least_keeps_thousands_separators():
    assert str(Quantity(31819, None, Qualifier.AT_LEAST)) == "at least 31,819"


def test_up_to_reads_up_to():
    assert str(Quantity(None, 50, Qualifier.UP_TO)) == "up to 50"


def test_it_rejects_a_range_upside_down():
    assert "below the minimum" in Quantity(50, 20, Qualifier.EXACT).problems()["max"]


def test_it_rejects_a_negative_count():
    # Each bound's own field refuses it (a positive integer), in the tracker's words.
    for bound in ("count_min", "count_max"):
        with pytest.raises(ValidationError) as refused:
            ExchangeTerm._meta.get_field(bound).clean(-1, None)
        assert refused.value.messages == ["A count cannot be negative."]


def test_at_least_with_a_maximum_is_a_problem():
    assert "max" in Quantity(10, 20, Qualifier.AT_LEAST).problems()


NUMERIC_QUALIFIERS = [value for value in Qualifier.values if value != Qualifier.IN_WORDS]


@given(st.integers(0, 10**7), st.integers(0, 10**7), st.sampled_from(NUMERIC_QUALIFIERS))
def test_a_quantity_is_valid_exactly_when_its_bounds_agree(low, high, qualifier):
    if qualifier == Qualifier.AT_LEAST:
        quantity = Quantity(low, None, qualifier)
    elif qualifier == Qualifier.UP_TO:
        quantity = Quantity(None, high, qualifier)
    else:
        quantity = Quantity(low, high, qualifier)
    problems = quantity.problems()
    expected_valid = qualifier in (Qualifier.AT_LEAST, Qualifier.UP_TO) or low <= high
    assert (problems == {}) == expected_valid
    if expected_valid:
        text = str(quantity)
        assert f"{(low if qualifier != Qualifier.UP_TO else high):,}" in text


@pytest.mark.parametrize(
    ("day", "precision", "markup"),
    [
        (datetime.date(2024, 3, 19), "day", "2024-03-19"),
        (datetime.date(2024, 3, 11), "week", "2024-W11"),
        (datetime.date(2024, 12, 30), "week", "2025-W01"),  # ISO weeks belong to a year
        (datetime.date(2023, 11, 1), "month", "2023-11"),
        (datetime.date(2024, 1, 1), "year", "2024"),
    ],
)
def test_html_marks_each_precision_as_valid_time_datetime(day, precision, markup):
    assert ApproximateDate(day, precision).html_datetime == markup


def test_on_or_before_shows_the_latest_day_and_between_shows_both():
    report = datetime.date(2024, 3, 19)
    assert str(ApproximateDate(report, "on_or_before")) == "on or before 19 Mar 2024"
    between = ApproximateDate(report, "on_or_before", datetime.date(2024, 3, 11))
    assert str(between) == "between 11 Mar 2024 and 19 Mar 2024"


def test_on_or_before_has_no_single_html_datetime():
    assert ApproximateDate(datetime.date(2024, 3, 19), "on_or_before").html_datetime is None


def test_on_or_before_lies_within_a_range_only_when_its_earliest_day_does():
    undated = ApproximateDate(datetime.date(2024, 3, 19), "on_or_before")
    assert not undated.lies_within(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
    assert undated.lies_within(None, datetime.date(2024, 3, 19))
    between = ApproximateDate(
        datetime.date(2024, 3, 19), "on_or_before", datetime.date(2024, 3, 11)
    )
    assert between.lies_within(datetime.date(2024, 3, 11), datetime.date(2024, 3, 19))
    assert not between.lies_within(datetime.date(2024, 3, 12), datetime.date(2024, 3, 19))


def test_a_month_lies_within_a_range_only_when_the_whole_month_does():
    january = ApproximateDate(datetime.date(2024, 1, 1), "month")
    assert january.lies_within(datetime.date(2024, 1, 1), datetime.date(2024, 1, 31))
    assert not january.lies_within(datetime.date(2024, 1, 15), datetime.date(2024, 1, 20))
    assert january.lies_within(None, None)


def test_a_count_in_words_only_shows_the_sources_words_and_needs_them():
    several_hundred = Quantity(None, None, Qualifier.IN_WORDS, "several hundred")
    assert str(several_hundred) == "several hundred"
    assert several_hundred.problems() == {}
    assert "words" in Quantity(None, None, Qualifier.IN_WORDS).problems()
    # A bound the word itself implies may stand beside it, and must still be consistent.
    assert Quantity(200, None, Qualifier.IN_WORDS, "hundreds").problems() == {}
    assert "max" in Quantity(900, 200, Qualifier.IN_WORDS, "hundreds").problems()


def test_a_number_with_the_sources_words_shows_the_words():
    assert str(Quantity(1_500_000, 1_500_000, Qualifier.ABOUT, "about 1.5 million")) == (
        "about 1.5 million"
    )
    assert str(Quantity(1_500_000, 1_500_000, Qualifier.ABOUT)) == "about 1,500,000"
