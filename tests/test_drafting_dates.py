"""Date words resolved against a report's day: forward when the words look ahead, backward
when they tell what happened; a month and day without a year in the nearest plausible year;
"yesterday", "late Wednesday", "last night", shortened months and bare years."""

import datetime

import pytest

from negotiations.drafting.article import draft_article
from negotiations.drafting.date_words import resolve
from negotiations.drafting.dates import dates_in
from negotiations.fields import ApproximateDate

#: A Wednesday.
REPORTED = datetime.date(2025, 3, 12)


def day(iso):
    return ApproximateDate(datetime.date.fromisoformat(iso), "day")


@pytest.mark.parametrize(
    "text",
    [
        "The truce takes effect on Saturday.",
        "a pause starting on Saturday",
        "Prisoners are due to be freed on Saturday.",
        "The envoys will travel to Oslo on Saturday.",
        "The second phase is to begin on Saturday.",
        "The sides agreed to meet again on Saturday.",
        "The rebels agreed to a ceasefire with effect from Saturday.",
        "The truce is effective from Saturday.",
        "An official said Russia was likely to sign the deal Saturday.",
        "Effective Saturday, the two sides will halt all attacks.",
    ],
)
def test_a_weekday_after_words_that_look_ahead_is_the_next_such_day(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == day("2025-03-15")


def test_a_weekday_in_past_words_is_the_last_such_day():
    (found,) = dates_in("The convoy crossed on Saturday.", REPORTED)
    assert found.date == day("2025-03-08")


def test_the_reports_own_weekday_looking_ahead_is_that_day():
    (found,) = dates_in("Ten detainees are expected to be freed Wednesday.", REPORTED)
    assert found.date == day("2025-03-12")


def test_this_weekday_is_the_coming_one():
    assert resolve("this Friday", REPORTED) == day("2025-03-14")


@pytest.mark.parametrize(
    ("words", "iso"),
    [
        ("yesterday", "2025-03-11"),
        ("last night", "2025-03-11"),
        ("late Monday", "2025-03-10"),
        ("early Tuesday", "2025-03-11"),
        ("on Friday", "2025-03-07"),
        ("Sunday evening", "2025-03-09"),
        ("tomorrow", "2025-03-13"),
        ("this morning", "2025-03-12"),
        ("this evening", "2025-03-12"),
    ],
)
def test_date_words_of_a_day_resolve_to_it(words, iso):
    assert resolve(words, REPORTED) == day(iso)


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The rebels have kept the truce since the 24th February, the army said.", "2025-02-24"),
        ("The talks were held on the 3rd of March.", "2025-03-03"),
        ("The talks were held on March 3rd.", "2025-03-03"),
        ("The deal was signed on the 21st of December 2016.", "2016-12-21"),
    ],
)
def test_a_day_of_the_month_with_its_ordinal_is_found(sentence, iso):
    assert [found.date for found in dates_in(sentence, REPORTED)] == [day(iso)]


def test_a_day_and_a_month_shortened_with_no_stop_is_that_day():
    (found,) = dates_in(
        "The rebels were attacked at 0500hrs on 11 Mar, the monitors said.", REPORTED
    )
    assert found.date == day("2025-03-11")


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Both sides agreed to a ceasefire starting at midnight on Tuesday.", "2025-03-11"),
        (
            "The truce, to take effect at midnight Tuesday, was announced by the envoy.",
            "2025-03-11",
        ),
        ("The signing was scheduled for later Tuesday, delegates said.", "2025-03-11"),
        ("The talks will resume on Tuesday.", "2025-03-18"),
        ("The rebels had until Tuesday to agree to talks.", "2025-03-18"),
        ("The two sides agreed to meet next Tuesday.", "2025-03-18"),
        ("On Tuesday, the two sides will sign the accord, an official said.", "2025-03-18"),
        ("The government said it would resume talks on Tuesday.", "2025-03-18"),
        ("Talks between the two sides are scheduled for Tuesday in Nairobi.", "2025-03-18"),
        ("The rebels plan to release the hostages on Tuesday.", "2025-03-18"),
        ("The rebels said they would respect the ceasefire that began on Tuesday.", "2025-03-11"),
        (
            "The army agreed to a truce starting at midnight on Tuesday which would last a week.",
            "2025-03-11",
        ),
        (
            "Both sides agreed to a truce from Tuesday that will be monitored by observers.",
            "2025-03-11",
        ),
    ],
)
def test_the_weekday_of_the_day_before_the_report_is_that_day_unless_a_will_or_a_deadline(
    sentence, iso
):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day(iso)


def test_a_date_opening_a_sentence_of_what_is_to_come_is_ahead():
    (found,) = dates_in("On 1 March, the two sides will meet in Addis Ababa.", REPORTED)
    assert found.date == day("2026-03-01")


def test_a_date_after_a_few_words_that_open_a_sentence_of_what_is_to_come_is_ahead():
    (found,) = dates_in("By the evening of 1 March, the two armies are to withdraw.", REPORTED)
    assert found.date == day("2026-03-01")


def test_a_date_inside_a_sentences_subject_is_not_when_its_main_clause_is_to_come():
    text = "Out of 20 soldiers seized in the raid on March 1, 19 will arrive in Birao shortly."
    (found,) = dates_in(text, REPORTED)
    assert found.date == day("2025-03-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, the contras based in Yamales, Honduras, are scheduled to turn in their arms.",
        "On Friday, the last hostages are expected to be freed.",
        "On Friday, the envoys are set to meet again.",
    ],
)
def test_a_weekday_opening_a_sentence_of_what_is_scheduled_or_expected_is_ahead(sentence):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day("2025-03-14")


def test_a_date_opening_a_sentence_of_what_was_said_of_what_is_to_come_is_when_it_was_said():
    (found,) = dates_in("On Monday, the army said it will withdraw.", REPORTED)
    assert found.date == day("2025-03-10")


@pytest.mark.parametrize(
    "sentence, iso",
    [
        ("The towns are to be evacuated under a deal reached late on Tuesday.", "2025-03-11"),
        ("Envoys will meet to review the truce announced on Monday.", "2025-03-10"),
        ("The accord is to be signed on Tuesday.", "2025-03-18"),
    ],
)
def test_a_weekday_after_a_participle_and_its_noun_is_when_it_was_done(sentence, iso):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day(iso)


@pytest.mark.parametrize(
    "sentence, iso",
    [
        ("Dureza said, adding that the hostage would be handed over on Sunday.", "2025-03-16"),
        ("The statement said the ceasefire would start on Saturday.", "2025-03-15"),
        ("The decision would affect talks due to open in Thailand on April 29.", "2025-04-29"),
    ],
)
def test_a_day_someone_said_something_would_happen_on_is_ahead(sentence, iso):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day(iso)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy said the earliest date had slipped to Friday.",
        "The talks were postponed until Friday.",
    ],
)
def test_a_day_something_was_put_off_to_is_ahead(sentence):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day("2025-03-14")


def test_a_year_then_a_month_of_it_is_one_date():
    (found,) = dates_in("Last year in May, the embassy confirmed the kidnapping.", REPORTED)
    assert (found.date, found.words) == (
        ApproximateDate(datetime.date(2024, 5, 1), "month"),
        "Last year in May",
    )


def test_a_date_opening_a_clause_after_and_is_not_governed_by_the_words_before():
    sentence = (
        "The council said a truce would follow the handover and late Tuesday the fighting abated."
    )
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day("2025-03-11")
    both = dates_in("We expect the exchange to continue on Saturday and Sunday.", REPORTED)
    assert [found.date for found in both] == [day("2025-03-15"), day("2025-03-16")]


def test_a_day_said_to_come_is_seen_from_the_day_it_was_said():
    sentence = "On Wednesday, the minister also said the cease-fire would end Friday."
    said, ends = dates_in(sentence, datetime.date(1987, 11, 21))
    assert (said.date, ends.date) == (day("1987-11-18"), day("1987-11-20"))


def test_last_before_a_month_and_day_is_the_one_that_has_passed():
    sentence = "It freed 76 prisoners for a soldier captured last April 4 by the group."
    (found,) = dates_in(sentence, datetime.date(1979, 3, 15))
    assert found.date == day("1978-04-04")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Red Cross said it doubted the sides would meet the deadline on Saturday.",
        "He said the prisoners would be freed on Saturday if the talks went well.",
        "The talks would resume on Saturday, a diplomat suggested.",
    ],
)
def test_a_day_after_a_doubt_or_a_condition_dates_nothing(sentence):
    assert dates_in(sentence, REPORTED) == []


@pytest.mark.parametrize(
    "sentence",
    ["The army said it would stay beyond the Sunday deadline.", "They missed a Sunday deadline."],
)
def test_a_deadline_named_by_its_weekday_has_passed(sentence):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day("2025-03-09")


@pytest.mark.parametrize(
    "sentence, iso",
    [
        ("The rebels declared a truce in areas hit by Friday's earthquake.", "2025-03-07"),
        ("The talks did not get under way until Tuesday because envoys were late.", "2025-03-11"),
    ],
)
def test_a_weekday_after_by_or_until_that_sets_no_deadline_has_passed(sentence, iso):
    (found,) = dates_in(sentence, REPORTED)
    assert found.date == day(iso)


def test_a_weekday_a_plan_was_to_keep_is_still_to_come():
    (found,) = dates_in("The wounded were to be escorted out of the city early Thursday.", REPORTED)
    assert found.date == day("2025-03-13")


def test_a_month_and_day_a_plan_was_to_keep_may_have_passed():
    (found,) = dates_in("All prisoners were to be freed by March 1.", REPORTED)
    assert found.date == day("2025-03-01")


def test_this_afternoon_is_found_in_a_sentence_as_the_reports_day():
    (found,) = dates_in("The envoys met this afternoon in Doha.", REPORTED)
    assert (found.words, found.date) == ("this afternoon", day("2025-03-12"))


def test_said_late_on_a_weekday_is_found_in_a_sentence():
    (found,) = dates_in("The rebels said late Monday they would withdraw.", REPORTED)
    assert (found.words, found.date) == ("late Monday", day("2025-03-10"))


def test_a_month_and_day_just_after_the_report_is_this_years():
    assert resolve("on March 13", REPORTED) == day("2025-03-13")


def test_a_month_and_day_weeks_after_the_report_is_this_years():
    # Three weeks ahead is nearer than eleven months back: "the conference on May 12".
    assert resolve("on April 2", REPORTED) == day("2025-04-02")
    (found,) = dates_in("A difficulty was the delegation for the conference on April 5.", REPORTED)
    assert found.date == day("2025-04-05")


def test_a_month_and_day_long_after_the_report_is_last_years():
    assert resolve("on August 2", REPORTED) == day("2024-08-02")


@pytest.mark.parametrize("reported", ["2025-03-12", "2025-09-12"])
def test_a_month_and_day_that_has_passed_is_next_years_when_the_words_look_ahead(reported):
    # "will" governs the date: even a day passed weeks ago is next year's.
    (found,) = dates_in("The accord will expire on February 20.", day(reported).date)
    assert found.date == day("2026-02-20")


@pytest.mark.parametrize(
    "sentence, dates",
    [
        (
            "Hamas, which seized Gaza in 2007, on Tuesday said it would free two hostages.",
            [("year", "2007-01-01"), ("day", "2025-03-11")],
        ),
        ("The hostages will be flown to Baghdad and freed on Friday.", [("day", "2025-03-14")]),
        ("Troops will pull back and on Friday the rebels will disarm.", [("day", "2025-03-14")]),
        (
            "The council said troops would withdraw from the town and late Tuesday the "
            "fighting abated.",
            [("day", "2025-03-11")],
        ),
        ("Hamas will have to answer by the Saturday deadline.", [("day", "2025-03-15")]),
        ("On March 2 Government Forces attacked the town.", [("day", "2025-03-02")]),
        (
            "The envoy said the sides would review the truce announced on Monday.",
            [("day", "2025-03-10")],
        ),
    ],
)
def test_the_new_readings_of_a_day_leave_these_sentences_as_they_read(sentence, dates):
    found = [(str(d.date.precision), d.date.date.isoformat()) for d in dates_in(sentence, REPORTED)]
    assert found == dates


@pytest.mark.parametrize(
    "sentence, reported, iso",
    [
        ("It promised to commit attacks like the one on Oct. 7.", "2025-11-27", "2025-10-07"),
        ("He announced his plan to call for a truce on August 22.", "2025-09-01", "2025-08-22"),
    ],
)
def test_a_month_and_day_passed_weeks_ago_is_this_years_after_words_that_look_ahead(
    sentence, reported, iso
):
    # Next year's would be ten or eleven months ahead: the words to come are another verb's.
    (found,) = dates_in(sentence, datetime.date.fromisoformat(reported))
    assert found.date == day(iso)


def test_a_deadline_the_report_says_has_passed_is_behind_it():
    (found,) = dates_in("The deadline to withdraw by March 2 has now passed.", REPORTED)
    assert found.date == day("2025-03-02")


@pytest.mark.parametrize(
    "text",
    [
        "The pact goes into force in June.",
        "The sides agreed to hold talks in June.",
        "He was installed to lead the country until elections are held in June.",
        "The declaration calls for a reconciliation conference in June.",
        "The plan provides for elections in June.",
        "They signed an accord, which calls for elections in June.",
        "The pact provides for elections in June.",
    ],
)
def test_a_month_named_alone_looking_ahead_is_the_coming_one(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(datetime.date(2025, 6, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejected calls for a ceasefire on Monday.",
        "The deal that provides for a prisoner swap was signed in Doha on Monday.",
    ],
)
def test_calls_for_as_a_noun_or_a_deal_signed_look_nowhere_ahead(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == day("2025-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "An official said the attack was likely to have been carried out on Monday.",
        "It was likely to be the deadliest attack since the truce on Monday.",
    ],
)
def test_what_was_likely_to_have_happened_looks_nowhere_ahead(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == day("2025-03-10")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # The report is of 12 March 2025: "since April" is last year's April, never a coming one.
        ("The talks have stalled since April.", datetime.date(2024, 4, 1)),
        ("Fighting has raged since early February.", datetime.date(2025, 2, 1)),
        ("The border has been closed since March.", datetime.date(2025, 3, 1)),
    ],
)
def test_a_month_since_which_something_has_gone_on_is_the_last_begun(text, month):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(month, "month")


def test_a_month_in_which_they_agreed_is_past():
    (found,) = dates_in("The sides agreed in June to hold talks.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(2024, 6, 1), "month")


def test_a_month_and_its_year_after_a_comma_is_that_years():
    (found,) = dates_in("The fighting began in August, 1992, when troops were sent.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(1992, 8, 1), "month")


@pytest.mark.parametrize(
    "text", ["The talks failed in May of 1983.", "The talks of May of 1983 were the last."]
)
def test_a_month_of_a_year_is_that_years(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(datetime.date(1983, 5, 1), "month")


@pytest.mark.parametrize(
    ("words", "precision"),
    [("later this month", "month"), ("earlier this month", "month"), ("earlier this year", "year")],
)
def test_this_month_or_year_is_the_reports_own(words, precision):
    (found,) = dates_in(f"The envoys met {words}.", REPORTED)
    assert found.date == ApproximateDate.containing(REPORTED, precision)


@pytest.mark.parametrize(
    ("words", "iso"),
    [
        ("since Sept. 4", "2024-09-04"),
        ("Jan. 30, 2025", "2025-01-30"),
        ("since 13 Jan 2025", "2025-01-13"),
    ],
)
def test_a_shortened_month_is_read(words, iso):
    (found,) = dates_in(f"It has held {words}.", REPORTED)
    assert found.date == day(iso)


def test_a_full_date_days_after_the_report_is_read():
    (found,) = dates_in("The deal runs from March 15, 2025 onwards.", REPORTED)
    assert found.date == day("2025-03-15")


def test_a_year_after_in_or_since_is_a_date_of_that_year():
    (found,) = dates_in("The border has been closed since 2017.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(2017, 1, 1), "year")


@pytest.mark.parametrize(
    "text",
    ["a truce that held in 2015 and 2016", "The rebels ruled the valley from 2015 to 2016."],
)
def test_each_year_of_a_pair_is_a_date_of_that_year(text):
    found = [dated.date for dated in dates_in(text, REPORTED)]
    assert found == [ApproximateDate(datetime.date(year, 1, 1), "year") for year in (2015, 2016)]


def test_years_joined_as_a_name_are_no_dates():
    assert dates_in("the 1980-1988 war between Iran and Iraq", REPORTED) == []


def test_a_weekday_after_agreed_to_start_is_the_next_such_day():
    (found,) = dates_in("The sides agreed to start the truce at midnight Saturday.", REPORTED)
    assert found.date == day("2025-03-15")


@pytest.mark.parametrize(
    "name",
    [
        "the March 23 Movement",
        "the October 6 Bridge",
        "the October 8 Revolutionary Movement",
        "the so-called October 22 splinter group's",
        "the so-called 15 May Movement's",
    ],
)
def test_a_date_that_is_part_of_a_name_is_no_date(name):
    assert dates_in(f"Envoys met {name} delegation.", REPORTED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels would have left on Tuesday if the army had not come.",
        "Talks would have opened in Cairo on Tuesday, but were postponed.",
    ],
)
def test_what_would_have_happened_is_in_doubt(text):
    assert dates_in(text, REPORTED) == []


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("Another meeting is to be held in Paris in June or July.", "2025-06-01", "2025-07-31"),
        ("The envoy will arrive on Friday or Saturday.", "2025-03-14", "2025-03-15"),
    ],
)
def test_two_days_or_months_joined_by_or_are_one_date_between_them(text, earliest, latest):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(
        day(latest).date, "on_or_before", earliest=day(earliest).date
    )


def test_a_deal_so_called_by_its_day_keeps_the_day():
    (found,) = dates_in("The rebels rejected the so-called 11 March agreement.", REPORTED)
    assert found.date == day("2025-03-11")


def test_a_day_named_by_its_date_again_is_drafted_once():
    text = (
        "The war began on Oct. 7, when the rebels crossed the river.\n"
        "The fighting has gone on since Oct. 7 in the valley.\n"
        "The envoy met the rebels on Tuesday.\n"
        "The rebels freed two nurses on Tuesday."
    )
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert [str(e.values["date"].date) for e in events] == [
        "2024-10-07",
        "2025-03-11",
        "2025-03-11",
    ]


def test_the_same_day_is_the_day_the_report_named_last():
    (found,) = dates_in("The rebels replied the same day.", REPORTED, last_day=day("2025-03-07"))
    assert found.date == day("2025-03-07")


def test_the_same_day_with_no_day_named_before_is_no_date():
    assert dates_in("The rebels replied the same day.", REPORTED) == []


def test_the_same_day_in_a_report_takes_the_day_of_a_sentence_before():
    text = "The envoy presented the plan on Friday.\nThe rebels replied the same day."
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert [str(e.values["date"].date) for e in events] == ["2025-03-07", "2025-03-07"]


def test_a_day_drafted_before_named_as_a_happenings_is_drafted_once():
    text = (
        "The sides signed the truce on Friday.\n"
        "“A new chapter opens for the valley,” Ana Costa said at Friday's ceremony."
    )
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert [str(e.values["date"].date) for e in events] == ["2025-03-07"]


def test_a_happenings_day_named_first_is_drafted():
    events = [
        d for d in draft_article("Friday's shelling hit the market.", REPORTED) if d.kind == "event"
    ]
    assert [str(e.values["date"].date) for e in events] == ["2025-03-07"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The war began last October.", "2024-10-01"),
        ("The talks failed last March.", "2024-03-01"),  # in a March report: a year before
        ("They will meet again next May.", "2025-05-01"),
    ],
)
def test_last_or_next_and_a_month_is_the_one_before_or_after_the_reports(text, month):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(datetime.date.fromisoformat(month), "month")


@pytest.mark.parametrize("words", ["by the end of 2026", "by 2026"])
def test_a_year_after_by_is_a_date_of_that_year(words):
    (found,) = dates_in(f"The text is to be signed {words}.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(2026, 1, 1), "year")


def test_today_in_a_quote_whose_day_the_report_does_not_give_is_no_event():
    text = "“We signed the list today with the other side,” the negotiator wrote on X."
    assert [d for d in draft_article(text, REPORTED) if d.kind == "event"] == []


def test_today_in_a_quote_said_on_a_day_the_report_gives_is_that_days_event_only():
    text = "“We signed the list today,” the negotiator said on Tuesday."
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert [str(e.values["date"].date) for e in events] == ["2025-03-11"]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("The sides extended the truce until April 2.", "2025-04-02"),
        ("The militia must leave the hills by Saturday.", "2025-03-15"),
        ("The rebels should leave the port by midnight on 7 January.", "2026-01-07"),
        ("The group said the government had until Tuesday to agree to talks.", "2025-03-18"),
        ("The rebels hold their fire until 24:00 on April 2.", "2025-04-02"),
        ("The generals may remain in their posts until Oct. 15.", "2025-10-15"),
        ("He said the talks could go on until Nov. 30.", "2025-11-30"),
    ],
)
def test_a_deadline_until_or_by_a_day_is_still_to_come(text, iso):
    (dated,) = dates_in(text, REPORTED)
    assert dated.date == day(iso)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("The rebels declared a unilateral ceasefire from Monday.", "2025-03-17"),
        ("The accord will see the evacuation of some 10,000 civilians on Saturday.", "2025-03-15"),
    ],
)
def test_a_truces_start_or_what_a_deal_will_see_is_a_day_to_come(text, iso):
    (dated,) = dates_in(text, REPORTED)
    assert dated.date == day(iso)


def test_the_end_of_a_span_that_has_passed_is_not_ahead():
    (dated,) = dates_in("The truce lasted until Saturday.", REPORTED)
    assert dated.date == day("2025-03-08")


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Until Friday, the government had said it would sign only a full deal.", "2025-03-07"),
        ("The rebels had opened fire for nine hours starting at 11pm on Monday.", "2025-03-10"),
        ("The envoy had originally been due to meet the rebels on Monday.", "2025-03-10"),
    ],
)
def test_a_deadline_or_a_start_in_a_sentence_told_in_the_past_perfect_has_passed(text, iso):
    (dated,) = dates_in(text, REPORTED)
    assert dated.date == day(iso)


@pytest.mark.parametrize(
    "text, month",
    [
        ("The talks in April were called off.", "2025-04-01"),
        ("The rebels proposed talks in May.", "2025-05-01"),
        ("The truce agreed in June collapsed.", "2024-06-01"),
        ("The talks in February were called off.", "2025-02-01"),
    ],
)
def test_a_month_alone_is_this_years_when_at_most_two_months_ahead(text, month):
    (dated,) = dates_in(text, REPORTED)
    assert dated.date == ApproximateDate(datetime.date.fromisoformat(month), "month")


@pytest.mark.parametrize(
    "text",
    [
        "The swap was part of a 2015 peace deal.",
        "The two men were jailed over a failed 2015 kidnapping.",
        "Relations were cut after the 2015 Border War.",
    ],
)
def test_a_year_before_what_it_dates_is_a_date_of_that_year(text):
    (dated,) = dates_in(text, REPORTED)
    assert dated.date == ApproximateDate(datetime.date(2015, 1, 1), "year")


def test_a_month_before_what_it_dates_is_that_month():
    (dated,) = dates_in("Attacks have gone on since the November ceasefire.", REPORTED)
    assert dated.date == ApproximateDate(datetime.date(2024, 11, 1), "month")


def test_a_weekday_after_beginning_is_ahead():
    (dated,) = dates_in("Troops were told to observe a truce, beginning at noon Friday.", REPORTED)
    assert dated.date == day("2025-03-14")


def test_a_time_of_day_before_a_weekday_does_not_end_the_clause_that_looks_ahead():
    (dated,) = dates_in("The army declared a truce, starting from 6 a.m. Sunday.", REPORTED)
    assert dated.date == day("2025-03-16")


def test_a_start_by_its_date_is_the_nearest_such_date():
    (dated,) = dates_in(
        "After ten days of talks, beginning on March 1, the envoys agreed.", REPORTED
    )
    assert dated.date == day("2025-03-01")


def test_a_weekday_after_what_someone_expects_is_ahead():
    (dated,) = dates_in("We expect the exchange to continue on Saturday.", REPORTED)
    assert dated.date == day("2025-03-15")


def test_a_date_that_names_a_hospital_is_no_date():
    assert dates_in("Rockets hit the May 22 hospital in the suburbs.", REPORTED) == []


def test_this_weekend_is_the_reports_own_weeks():
    (dated,) = dates_in("Leaders will gather in Geneva this weekend.", REPORTED)
    assert dated.date == ApproximateDate(datetime.date(2025, 3, 10), "week")


def test_what_had_been_due_on_a_weekday_is_that_past_weekday():
    text = "The truce, which had been due to expire on Sunday, was extended."
    (dated,) = dates_in(text, REPORTED)
    assert dated.date == day("2025-03-09")


@pytest.mark.parametrize("year", ["last year", "of last year"])
def test_last_year_after_a_day_is_that_days_year_not_a_second_date(year):
    (dated,) = dates_in(f"The fighting escalated on Oct. 2 {year}.", REPORTED)
    assert (dated.date, dated.words) == (day("2024-10-02"), "on Oct. 2")


def test_a_date_in_a_clause_of_its_own_takes_its_kind_from_the_sentence():
    text = "Earlier this week, the council met in the capital."
    (event,) = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert event.values["kind"] == "meeting"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Northland and Southland have signed an agreement to end the fighting.", "have signed"),
        ("Northland has endorsed the six-point plan after the summit.", "has endorsed"),
        ("Northland and Southland have extended the truce by a month.", "have extended"),
        ("Northland had already released the fishermen.", "had already released"),
        ("The two sides have struck an agreement on the border.", "have struck"),
        ("Five aid workers have been freed by the rebels.", "have been freed"),
        ("Israeli warplanes carried out two air attacks on the town.", "carried out"),
        ("Northland's interim government has declared a ceasefire.", "has declared"),
        ("Northland and Southland have completed a prisoner exchange.", "have completed"),
        ("The minister said rebels had attacked loyalist forces.", "had attacked"),
        ("The two detainees were released by the rebels.", "were released"),
        ("President Petro Poroshenko met Savchenko at the airport.", "met"),
        ("The rebels declared a unilateral truce.", "declared"),
        ("Northland faction leaders have signed a cease-fire agreement.", "have signed"),
    ],
)
def test_an_act_done_with_no_date_is_an_event_no_later_than_the_report(text, words):
    (event,) = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert event.values["date"] == ApproximateDate(REPORTED, "on_or_before")
    assert words in event.values["date_note"]


@pytest.mark.parametrize(
    "text",
    [
        "The region has been run by the rebels for years.",  # no act of the talks
        "“We have signed nothing,” the envoy said.",  # in a quote
        "The rebels have agreed to a truce on Tuesday.",  # dated: the day, not undated
        "Once both sides have signed the agreement, the truce will take effect.",  # to come
        "The hostages will be released in phases.",  # to come
        "In photos released by the government, the captives looked gaunt.",  # a participle
        "Aweys, who the United States has accused of links to militants, did not react.",
        "The freed hostages came from Britain and France.",  # an adjective
        "One of the released soldiers said he had no idea if he would come out alive.",
    ],
)
def test_no_undated_event_where_no_act_is_given_as_done_or_a_day_is(text):
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert all(e.values["date"].precision != "on_or_before" for e in events)


def test_this_year_is_the_year_of_the_report():
    (found,) = dates_in("The army launched an offensive this year.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(2025, 1, 1), "year")


@pytest.mark.parametrize(
    ("text", "published", "monday"),
    [
        ("The rebels took the town over the weekend.", "2025-03-11", "2025-03-03"),
        ("The rebels took the town last weekend.", "2025-03-16", "2025-03-03"),
        ("The rebels took the town over the weekend.", "2025-03-16", "2025-03-10"),
        ("Talks will resume over the weekend.", "2025-03-12", "2025-03-10"),
        ("The rebels took the town over the weekend.", "2025-03-15", "2025-03-10"),
        ("The rebels took the town last weekend.", "2025-03-15", "2025-03-03"),
    ],
)
def test_a_weekend_is_the_week_of_the_last_one_or_with_words_that_look_ahead_the_next(
    text, published, monday
):
    (found,) = dates_in(text, datetime.date.fromisoformat(published))
    assert found.date == ApproximateDate(datetime.date.fromisoformat(monday), "week")


def test_a_weekday_after_an_infinitive_of_what_is_to_take_place_is_the_next_such_day():
    (found,) = dates_in("The cabinet backed a truce to take place on Friday.", REPORTED)
    assert found.date == day("2025-03-14")


def test_a_weekday_after_a_past_verb_that_let_something_resume_is_the_last_such_day():
    (found,) = dates_in("The army allowed aid deliveries to resume on Monday.", REPORTED)
    assert found.date == day("2025-03-10")


def test_a_moment_restated_in_another_time_zone_names_no_day_of_its_own():
    found = dates_in(
        "The truce takes effect on Thursday at 01:00 local time (22:00 GMT Wednesday).", REPORTED
    )
    assert [(d.words, d.date) for d in found] == [("on Thursday", day("2025-03-13"))]


def test_a_weekday_in_brackets_without_a_time_zone_is_still_a_date():
    found = dates_in("The envoy (who arrived on Monday) met both sides.", REPORTED)
    assert [d.date for d in found] == [day("2025-03-10")]


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Talks are set to resume in Cairo next week.", datetime.date(2025, 3, 17), "week"),
        ("The cabinet will vote later this week.", datetime.date(2025, 3, 10), "week"),
        ("The envoy will return next month.", datetime.date(2025, 4, 1), "month"),
    ],
)
def test_the_next_week_or_month_is_the_one_after_the_reports(text, date, precision):
    (found,) = dates_in(text, REPORTED)
    assert (found.date.date, str(found.date.precision)) == (date, precision)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The envoy arrived two days ago.", day("2025-03-10")),
        ("The envoy arrived a week ago.", ApproximateDate(datetime.date(2025, 3, 3), "week")),
        (
            "The talks collapsed three months ago.",
            ApproximateDate(datetime.date(2024, 12, 1), "month"),
        ),
        ("The war began two years ago.", ApproximateDate(datetime.date(2023, 1, 1), "year")),
    ],
)
def test_a_time_ago_is_counted_back_from_the_report_at_its_own_precision(text, date):
    (found,) = dates_in(text, REPORTED)
    assert found.date == date


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("The girls were kidnapped more than two years ago.", datetime.date(2023, 3, 12)),
        ("The envoy arrived over a week ago.", datetime.date(2025, 3, 5)),
        ("The talks collapsed at least three months ago.", datetime.date(2024, 12, 12)),
    ],
)
def test_more_than_a_time_ago_is_on_or_before_that_day_never_its_year(text, latest):
    (found,) = dates_in(text, REPORTED)
    assert (found.date.date, str(found.date.precision)) == (latest, "on_or_before")


@pytest.mark.parametrize("qualifier", ["nearly", "almost", "about", "some", "less than"])
def test_nearly_or_about_a_time_ago_gives_no_date(qualifier):
    assert dates_in(f"The soldier was captured {qualifier} five years ago.", REPORTED) == []


@pytest.mark.parametrize(
    "text", ["The talks were held from 4 to 6 March.", "The talks ran March 4-6 in Doha."]
)
def test_a_span_of_days_is_dated_by_its_first(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == day("2025-03-04")


def test_a_weekday_before_a_date_names_that_dates_day_not_one_of_its_own():
    (found,) = dates_in("The army withdrew on Saturday, Nov. 9.", REPORTED)
    assert found.date == day("2024-11-09")


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("The truce, announced on Monday, took effect the following day.", "2025-03-11"),
        ("The truce took effect on Monday. A day later, prisoners were freed.", "2025-03-11"),
        ("The truce took effect on Monday. The day before, the envoys met.", "2025-03-09"),
    ],
)
def test_the_day_after_or_before_is_counted_from_the_day_named_last(text, last):
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert [event.values["date"] for event in events] == [day("2025-03-10"), day(last)]


def test_the_day_before_an_event_it_names_is_no_date():
    assert dates_in("The day before the vote, talks stalled.", REPORTED) == []


def test_late_on_a_weekday_is_that_weekday():
    assert resolve("late on Monday", REPORTED) == day("2025-03-10")


def test_a_time_ago_in_a_quote_is_counted_from_the_speakers_day_so_drafts_no_event():
    text = "“We met them two days ago,” the envoy said."
    assert [d for d in draft_article(text, REPORTED) if d.kind == "event"] == []


@pytest.mark.parametrize(
    "text", ["They reached an understanding in year 2003.", "They met in the year 2003."]
)
def test_a_year_named_as_the_year_is_that_year(text):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(datetime.date(2003, 1, 1), "year")


@pytest.mark.parametrize(
    "text",
    [
        "If power is not restored by Tuesday, the truce starts later.",
        "The truce holds unless the army moves on Tuesday.",
    ],
)
def test_a_date_in_a_condition_is_no_date(text):
    assert dates_in(text, REPORTED) == []


def test_a_month_of_a_thing_agreed_to_is_past_but_of_something_agreed_to_do_ahead():
    (agreed,) = dates_in("The groups had agreed to the draft text in January.", REPORTED)
    assert (agreed.date.date, str(agreed.date.precision)) == (datetime.date(2025, 1, 1), "month")
    (ahead,) = dates_in("The sides agreed to hold talks in February.", REPORTED)
    assert ahead.date.date == datetime.date(2026, 2, 1)


def test_more_than_a_time_ago_from_a_day_a_shorter_month_lacks_is_its_last_day():
    (found,) = dates_in("The talks began more than a year ago.", datetime.date(2024, 2, 29))
    assert found.date == ApproximateDate(datetime.date(2023, 2, 28), "on_or_before")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("A truce will be in effect from March 11 to March 31.", "2025-03-11", "2025-03-31"),
        ("The truce will run from Monday to Friday.", "2025-03-17", "2025-03-21"),
        ("The truce will hold between Monday and Friday.", "2025-03-17", "2025-03-21"),
        ("Attacks came on Monday and Friday.", "2025-03-10", "2025-03-07"),  # a list, no span
        ("The truce was extended from 1 March to 30 May.", "2025-03-01", "2025-05-30"),
        ("The truce was extended to 30 November 2025.", "2025-11-30", None),
        (
            "We declare a truce from 0:00 on March 25 until 24:00 on April 3.",
            "2025-03-25",
            "2025-04-03",
        ),
    ],
)
def test_a_span_to_come_starts_before_it_ends(text, first, last):
    expected = [day(first)] + ([day(last)] if last else [])
    assert [found.date for found in dates_in(text, REPORTED)] == expected


def test_an_abbreviations_stop_ends_no_clause_before_a_day_to_come():
    (event,) = [
        draft
        for draft in draft_article("They will arrive back in the U.S. early Thursday.", REPORTED)
        if draft.kind == "event"
    ]
    assert str(event.values["date"].date) == "2025-03-13"


def test_a_programme_named_today_is_no_day():
    text = "On Radio 4's Today programme, he said the talks had been useful."
    assert [draft for draft in draft_article(text, REPORTED) if draft.kind == "event"] == []


def test_a_start_still_to_be_made_on_a_day_of_a_month_is_ahead():
    text = "The accord allows the army to start pulling out its troops on May 15."
    (event,) = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert str(event.values["date"].date) == "2025-05-15"


def test_a_day_then_in_its_year_is_that_years_day():
    text = "Fighters abducted the pilot on 7 February in 2023."
    (event,) = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert (str(event.values["date"].date), str(event.values["date"].precision)) == (
        "2023-02-07",
        "day",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iran has freed Moore-Gilbert in exchange for three Iranians, state TV reported Monday.",
        "The Nusra Front has released 16 soldiers held captive since 2014 in a swap.",
    ],
)
def test_an_act_done_is_an_event_though_another_clause_or_a_span_gives_a_date(text):
    events = [d for d in draft_article(text, REPORTED) if d.kind == "event"]
    assert ApproximateDate(REPORTED, "on_or_before") in [e.values["date"] for e in events]


def test_a_deadline_set_on_a_day_the_sentence_names_falls_after_that_day():
    text = "The envoy announced Monday that the talks had been adjourned until Thursday."
    assert [found.date for found in dates_in(text, REPORTED)] == [
        day("2025-03-10"),
        day("2025-03-13"),
    ]


def test_a_day_proposed_for_something_to_be_done_is_ahead():
    (found,) = dates_in("The government proposed that a truce be signed on April 15.", REPORTED)
    assert found.date == day("2025-04-15")


def test_last_before_a_month_and_day_dates_the_day():
    (found,) = dates_in("the corridor the two sides agreed on last February 28", REPORTED)
    assert found.date == day("2025-02-28")


def test_a_year_after_by_is_dated_though_what_is_to_be_done_by_it_is_in_doubt():
    (found,) = dates_in("He said it would help them achieve peace by 2027.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(2027, 1, 1), "year")
    assert dates_in("If peace is not reached by 2027, the rebels will fight.", REPORTED) == []


def test_this_coming_weekday_is_the_next_such_day():
    (found,) = dates_in("a march the opposition called for this coming Friday", REPORTED)
    assert found.date == day("2025-03-14")


def test_the_start_of_something_is_a_noun_that_looks_nowhere():
    (found,) = dates_in("It signals the start of the truce signed in Chad on Monday.", REPORTED)
    assert found.date == day("2025-03-10")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Chad's claim rests on an unratified 1941 treaty.", 1941),
        ("The rebels were driven out in early 1987.", 1987),
        ("The parties promised elections early next year.", 2026),
    ],
)
def test_a_year_after_an_adjective_early_or_next_is_a_date_of_that_year(text, year):
    (found,) = dates_in(text, REPORTED)
    assert found.date == ApproximateDate(datetime.date(year, 1, 1), "year")


def test_a_month_after_an_is_a_month():
    (found,) = dates_in("It was set out in an October invitation letter.", REPORTED)
    assert found.date == ApproximateDate(datetime.date(2024, 10, 1), "month")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("“We will complete our withdrawal today (Monday),” said the commander.", "2025-03-10"),
        ("“We will leave tomorrow (Thursday),” he said.", "2025-03-13"),
    ],
)
def test_a_weekday_in_brackets_after_today_says_which_day_and_today_is_not_drafted(text, iso):
    (found,) = dates_in(text, REPORTED)
    assert found.date == day(iso)


def test_troops_coming_from_somewhere_look_nowhere_ahead():
    (found,) = dates_in("Troops coming from the north attacked the town on Monday.", REPORTED)
    assert found.date == day("2025-03-10")
