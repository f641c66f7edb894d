"""Dates in the shapes copy gives them: a full date after "in", a span back to a day that
names the day itself, and a day something is prepared for."""

import datetime

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


def test_a_day_that_sides_are_preparing_for_is_ahead():
    text = "Rival parties are preparing for a fierce debate on Monday on the government's future."
    assert dates_of(text, datetime.date(1998, 10, 4)) == [(day("1998-10-05"), "on Monday")]


def test_a_verb_in_the_past_after_words_that_look_ahead_dates_its_own_day():
    text = "A plan to win freedom for the hostages broke down in Beirut early Saturday."
    assert dates_of(text, datetime.date(1985, 6, 30)) == [(day("1985-06-29"), "early Saturday")]


def test_a_participle_after_be_is_no_past_verb_of_its_own():
    text = "The talks were completed, and the next round will be held on Saturday."
    assert dates_of(text, datetime.date(2021, 2, 19)) == [(day("2021-02-20"), "on Saturday")]
