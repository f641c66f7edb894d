"""Dates in the shapes copy gives them: a full date after "in", a span back to a day that
names the day itself, "this day 21 years ago", a verb in the past after words that look
ahead, two days by their ordinals, a month of "that year", and a day announced or set for
what is to happen."""

import datetime

import pytest

from negotiations.drafting.dates import dates_in
from negotiations.fields import ApproximateDate

#: A Tuesday.
REPORTED = datetime.date(2018, 2, 27)


def day(iso):
    return ApproximateDate(datetime.date.fromisoformat(iso), "day")


def dates_of(text, published_on=REPORTED):
    return [(found.date, found.words) for found in dates_in(text, published_on)]


def test_a_full_date_after_in_is_its_day_not_its_month():
    text = "The officers were abducted in June 20, 2017 while travelling to Askira."
    assert dates_of(text) == [(day("2017-06-20"), "June 20, 2017")]


def test_a_span_back_then_the_day_is_one_date_and_that_day_has_passed():
    text = "The truce went into force exactly three months ago on March 23 after two meetings."
    assert dates_of(text) == [(day("2017-03-23"), "on March 23")]


def test_a_span_back_alone_is_still_a_date():
    (found,) = dates_in("The truce went into force three months ago.", REPORTED)
    assert found.words == "three months ago"


def test_a_verb_in_the_past_after_words_that_look_ahead_dates_its_own_day():
    text = "A plan to win freedom for the hostages broke down in Beirut early Saturday."
    assert dates_of(text, datetime.date(1985, 6, 30)) == [(day("1985-06-29"), "early Saturday")]


def test_a_participle_after_be_is_no_past_verb_of_its_own():
    text = "The talks were completed, and the next round will be held on Saturday."
    assert dates_of(text, datetime.date(2021, 2, 19)) == [(day("2021-02-20"), "on Saturday")]


def test_years_back_then_a_month_and_day_is_that_day_years_back():
    text = "Russia launched its full-scale invasion three years ago on February 24."
    assert dates_of(text, datetime.date(2025, 3, 12)) == [
        (day("2022-02-24"), "three years ago on February 24")
    ]


def test_weeks_back_then_a_weekday_keeps_both_and_the_weekday_is_the_last_one():
    text = "He was arrested two weeks ago on Friday."
    assert [words for _, words in dates_of(text, datetime.date(2025, 3, 12))] == [
        "two weeks ago",
        "on Friday",
    ]


def test_a_month_then_a_number_that_counts_something_is_still_the_month():
    (found,) = dates_in(
        "In February 40 soldiers were captured near Goma.", datetime.date(2025, 3, 12)
    )
    assert (found.date, found.words) == (
        ApproximateDate(datetime.date(2025, 2, 1), "month"),
        "In February",
    )


def test_this_day_so_many_years_ago_is_that_very_day():
    text = "Indonesia invaded East Timor, a former Portuguese colony, this day 21 years ago."
    assert dates_of(text, datetime.date(1996, 12, 7)) == [(day("1975-12-07"), "21 years ago")]


def test_two_days_by_their_ordinals_are_dated_by_the_first():
    text = "The rebels said today they would observe the 5th and 6th of September as a truce."
    assert dates_of(text, datetime.date(1997, 9, 4))[1] == (
        day("1997-09-05"),
        "the 5th and 6th of September",
    )


def test_a_span_of_ordinal_days_with_its_year_is_dated_by_its_first_day():
    text = "Talks were held from the 3rd to the 5th of May 2011 in Doha."
    assert dates_of(text, datetime.date(2011, 6, 1)) == [
        (day("2011-05-03"), "from the 3rd to the 5th of May 2011")
    ]


def test_a_month_of_that_year_is_in_the_year_named_before_it():
    text = "He was kidnapped in 2015, after contact with him was lost in June that year."
    assert dates_of(text, datetime.date(2018, 10, 24))[1] == (
        ApproximateDate(datetime.date(2015, 6, 1), "month"),
        "in June",
    )


def test_a_month_of_that_year_with_no_year_named_is_no_date():
    assert dates_of("In March that year, the talks resumed.", datetime.date(2018, 10, 24)) == []


def test_a_weekday_after_the_beginning_of_something_is_no_start_to_come():
    text = "At the beginning of the talks on Wednesday, South Korea suggested that families meet."
    assert dates_of(text, datetime.date(2009, 8, 29)) == [(day("2009-08-26"), "on Wednesday")]


def test_a_weekday_after_a_beginning_still_to_come_is_ahead():
    text = "The talks beginning on Wednesday will be held in Geneva."
    assert dates_of(text, datetime.date(2009, 8, 29)) == [(day("2009-09-02"), "on Wednesday")]


def test_a_beginning_without_its_article_still_looks_ahead():
    text = "Hostages to be freed at beginning of truce on Sunday."
    assert dates_of(text, datetime.date(2024, 5, 15)) == [(day("2024-05-19"), "on Sunday")]


def test_a_day_announced_or_set_for_what_is_to_happen_is_ahead():
    reported = datetime.date(2016, 8, 26)
    text = "Lawmakers must approve a referendum on the deal that Santos announced for Oct. 2."
    assert dates_of(text, reported) == [(day("2016-10-02"), "Oct. 2")]
    text = "The handover was set for Oct. 20, officials said."
    assert dates_of(text, reported) == [(day("2016-10-20"), "Oct. 20")]


def test_a_weekday_someone_is_planning_to_act_on_is_ahead():
    text = "She is planning to travel to New York on Saturday."
    assert dates_of(text, datetime.date(2010, 9, 17)) == [(day("2010-09-18"), "on Saturday")]


def test_a_relative_clause_in_the_past_dates_its_fact_whatever_doubt_came_before():
    text = "If both sides comply, it would halt a war that began in September, 1980."
    assert [words for _, words in dates_of(text, datetime.date(1988, 7, 19))] == [
        "in September, 1980"
    ]
    assert dates_of("It would halt the war in September.", datetime.date(1988, 7, 19)) == []
    text = "The talks could resume if the delegation that walked out returns on Monday."
    assert dates_of(text, datetime.date(1988, 7, 19)) == []


def test_this_weekend_in_a_mondays_report_is_the_weekend_just_gone_unless_told_ahead():
    monday = datetime.date(1991, 6, 24)
    (found,) = dates_in("He announced the cease-fire after meetings this weekend.", monday)
    assert found.date == ApproximateDate.week_of(datetime.date(1991, 6, 17))
    (found,) = dates_in("The envoys will meet again this weekend.", monday)
    assert found.date == ApproximateDate.week_of(monday)


def test_a_ceasefire_called_for_on_a_weekday_was_called_for_then():
    text = "A ceasefire called for on Monday by the Security Council was ignored."
    assert dates_of(text, datetime.date(2024, 3, 13)) == [(day("2024-03-11"), "on Monday")]


def test_the_next_date_of_a_list_is_ahead_as_the_one_before_it():
    sentence = (
        "Both sides will hold their fire during the vaccination rounds, to be held from 10 to 12"
        " March and 13 to 15 April."
    )
    assert [str(found.date.date) for found in dates_in(sentence, REPORTED)] == [
        "2018-03-10",
        "2018-04-13",
    ]


def test_the_next_date_of_a_list_told_in_the_past_stays_behind():
    sentence = "The rounds were held on 10 January and 13 February."
    assert [str(found.date.date) for found in dates_in(sentence, REPORTED)] == [
        "2018-01-10",
        "2018-02-13",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation will return to Jeddah on Friday, and on Sunday it agreed to a truce.",
        "The ceasefire will expire on Friday, Sunday's statement said.",
    ],
)
def test_a_date_that_opens_a_clause_of_its_own_after_one_ahead_stays_behind(sentence):
    assert [str(found.date.date) for found in dates_in(sentence, REPORTED)][-1] == "2018-02-25"
