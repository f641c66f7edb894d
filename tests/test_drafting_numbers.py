"""Counts in a report's words: numbers written out in words, and the numbers that count no
one (durations, clock times, the day of a date, the two sides of a talk)."""

import pytest

from negotiations.drafting.numbers import value_of
from negotiations.drafting.quantities import counts_in
from negotiations.fields import Qualifier


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Forty-one", 41),
        ("twenty seven", 27),
        ("two hundred", 200),
        ("one hundred and sixty", 160),
        ("a hundred", 100),
        ("three thousand", 3000),
        ("2.5 million", 2_500_000),
        ("a thousand", 1000),
        ("half a million", 500_000),
    ],
)
def test_a_number_in_words_has_its_value(words, value):
    assert value_of(words) == value


def test_a_compound_number_in_words_is_one_count():
    (count,) = counts_in("Forty-one fishermen were handed back at the border.")
    assert (count.minimum, count.words, count.counts) == (41, "Forty-one", "fishermen")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ELN can count on around 2,5000 fighters on the border.",
        "The ELN can count on around 25,00 fighters on the border.",
        "The ELN can count on around 300, 000 fighters on the border.",
    ],
)
def test_a_misprinted_number_gives_no_count(sentence):
    assert counts_in(sentence) == []


def test_a_number_with_its_thousands_marked_is_one_count():
    (count,) = counts_in("The army freed 1,200 prisoners.")
    assert count.minimum == 1200


def test_what_is_counted_may_hold_an_abbreviation():
    (count,) = counts_in("The 10 U.S.-based agents were flown to Vienna.")
    assert (count.minimum, count.counts) == (10, "U.S.-based agents")


@pytest.mark.parametrize(
    "text, counted",
    [
        ("They met with a team of three from the Red Cross.", "team"),
        ("A delegation of five arrived in Doha.", "delegation"),
        ("The rebels freed a group of 12 hostages.", "hostages"),
        ("They met a group of 12 armed men.", "armed men"),
    ],
)
def test_a_body_told_by_its_size_counts_its_members(text, counted):
    (count,) = counts_in(text)
    assert count.counts == counted


def test_what_is_counted_ends_where_a_verb_takes_its_object():
    (held, *_) = counts_in("Rebels holding more than 100 hostages freed nearly a dozen women.")
    assert (held.minimum, held.counts) == (100, "hostages")


def test_what_is_counted_ends_at_a_spaced_hyphen():
    divisions, troops = counts_in("The 30 divisions - more than 200,000 troops - may move.")
    assert (divisions.counts, troops.minimum, troops.counts) == ("divisions", 200_000, "troops")


def test_over_a_number_in_words_is_at_least_that_number():
    (count,) = counts_in("over three hundred families returned to the valley")
    assert (count.minimum, count.maximum, count.qualifier) == (300, None, "at_least")


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("The strike wounded no fewer than 88 people.", (88, None, "at_least")),
        ("Not less than 40 fishermen were handed back.", (40, None, "at_least")),
        ("Not more than 40 fishermen were handed back.", (None, 40, "up_to")),
        ("Fewer than 40 fishermen were handed back.", (None, 40, "up_to")),
    ],
)
def test_a_negated_bound_is_read_whole(text, bounds):
    (count,) = counts_in(text)
    assert (count.minimum, count.maximum, count.qualifier) == bounds


def test_one_alone_is_no_count_but_one_hundred_is():
    assert counts_in("only one convoy crossed") == []
    (count,) = counts_in("one hundred and twelve detainees were freed")
    assert count.minimum == 112


@pytest.mark.parametrize(
    "text",
    [
        "The pause was prolonged by three more days.",
        "after nine weeks of shelling",
        "some 14 months of fighting",
        "a lull of 36 hours",
        "nearly six years of exile",
        "after four and a half hours of negotiations",
        "held by his kidnappers for 61/2 years",
        "held by his kidnappers for 6 1/2 years",
        "After six agonising days, his daughter was released.",
        "after 17 harrowing days of captivity",
        "the end of 12 brutal years of civil war",
    ],
)
def test_a_duration_is_no_count(text):
    assert counts_in(text) == []


def test_no_number_of_a_fraction_counts_anyone():
    assert counts_in("Lebanon, a country of 3 1/2 million people, is at peace.") == []


@pytest.mark.parametrize(
    "text",
    [
        "the guns fell silent at 6 pm local time",
        "sent at 11:40 a.m. by the envoys",
        "Effective at 4 a.m. tomorrow, the fighting will end.",
        "Updated 1453 GMT (2253 HKT)",
    ],
)
def test_a_clock_time_is_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text", ["since the Sept. 12 raid on the port", "the raid of 12 March on the port"]
)
def test_the_day_of_a_date_is_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text", ["The two sides met again.", "two countries signed it", "the two warring parties"]
)
def test_the_two_sides_of_a_talk_are_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text", ["The two envoys shook hands.", "All three then left the hall.", "these four mayors"]
)
def test_people_named_before_and_counted_again_are_no_count(text):
    assert counts_in(text) == []


def test_a_number_in_digits_after_the_is_still_a_count():
    (count,) = counts_in("the 40 fishermen held since May")
    assert count.minimum == 40


def test_the_other_side_of_a_like_for_like_swap_is_no_second_count():
    (count,) = counts_in("a 500 for 500 prisoner swap")
    assert count.minimum == 500


@pytest.mark.parametrize("text", ["the framework holds eight protocols", "six chapters"])
def test_the_protocols_or_chapters_of_a_text_are_no_count(text):
    assert counts_in(text) == []


def test_a_share_of_things_counted_just_before_is_no_count_of_its_own():
    assert [c.minimum for c in counts_in("20 trucks, six of which carried fuel")] == [20]


def test_a_count_of_three_sides_is_still_a_count():
    (count,) = counts_in("three countries sent observers")
    assert count.minimum == 3


def test_and_joins_a_range_only_after_between():
    (count,) = counts_in("between 40 and 60 hostages")
    assert (count.minimum, count.maximum) == (40, 60)


@pytest.mark.parametrize("text", ["some twelve kilometers from the border", "a 3 km buffer strip"])
def test_a_distance_is_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They will take two steps to calm the border.",
        "the last three unresolved points",
        "in four stages",
        "Medvedev read out six principles of the plan.",
        "The junta referred to three main national causes.",
        "The five agreements include a truce.",
        "The counterproposal outlines three phases of 45 days each.",
        "The vaccine will be given in two rounds.",
    ],
)
def test_the_steps_or_points_of_a_process_are_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Phase two begins on Sunday.",
        "under Resolution 1701 of the council",
        "Article 5 of the text",
        "Following the report, Channel 12 revealed additional Hamas demands.",
        "A level two advisory urges travelers to exercise increased caution.",
        "The talks go into round three next week.",
    ],
)
def test_a_number_that_labels_is_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text", ["The toll was five times higher than in May.", "Leaders of the Group of Seven met."]
)
def test_a_ratio_or_a_bodys_name_is_no_count(text):
    assert counts_in(text) == []


def test_a_minimum_or_a_maximum_of_is_a_bound():
    (low,) = counts_in("It could require a minimum of 25,000 soldiers.")
    (high,) = counts_in("The camps will hold a maximum of 400 fighters.")
    assert (low.minimum, low.maximum, low.qualifier) == (25000, None, "at_least")
    assert (high.minimum, high.maximum, high.qualifier) == (None, 400, "up_to")


def test_a_persons_age_after_their_name_is_no_count():
    (count,) = counts_in(
        "Hamas named three hostages: Ana Costa, 31; Lee Park, 28; and Tomas Berg, 24."
    )
    assert (count.minimum, count.counts) == (3, "hostages")


def test_an_age_before_and_or_a_dash_is_no_count_either():
    (count,) = counts_in(
        "Four hostages - Ana Costa, 49, Lee Park, 38 and Tomas Berg, 58 - were freed."
    )
    assert count.minimum == 4


def test_a_number_of_people_something_was_done_to_counts_them_by_it():
    _killed, second = counts_in("44 Palestinians were killed, and 360 were wounded.")
    assert (second.minimum, second.counts) == (360, "wounded")
    (hundreds,) = counts_in("Hundreds have been killed in the valley.")
    assert (hundreds.words, hundreds.counts) == ("Hundreds", "killed")


@pytest.mark.parametrize(
    ("text", "bounds", "words", "counted"),
    [
        (
            "compared with a dozen or more attacks on previous nights",
            (12, None),
            "a dozen or more",
            "attacks",
        ),
        ("The kidnappers freed 100 or more extremists.", (100, None), "100 or more", "extremists"),
        ("The zone admits 50 or fewer fighters.", (None, 50), "50 or fewer", "fighters"),
        # an estimate bounded so is bounded still
        (
            "An estimated 200,000 or more troops are massed on the border.",
            (200000, None),
            "An estimated 200,000 or more",
            "troops",
        ),
    ],
)
def test_or_more_or_fewer_after_a_number_bounds_it(text, bounds, words, counted):
    (count,) = counts_in(text)
    assert ((count.minimum, count.maximum), count.words, count.counts) == (bounds, words, counted)


@pytest.mark.parametrize(
    "text", ["troops attacked positions on 12 Feb", "attacked on 11 Feb and 13 Feb"]
)
def test_a_day_before_a_short_month_is_no_count(text):
    assert counts_in(text) == []


def test_or_so_after_a_number_is_about_it():
    (count,) = counts_in("After the talks, 100 or so delegates were there.")
    assert (count.minimum, count.qualifier, count.words, count.counts) == (
        100,
        "about",
        "100 or so",
        "delegates",
    )


@pytest.mark.parametrize(
    "text",
    [
        "He criticized the so-called Riyadh 2 communique.",
        "A signal from 9 billion light-years away.",
    ],
)
def test_a_texts_name_or_a_distance_in_light_years_is_no_count(text):
    assert counts_in(text) == []


def test_what_is_counted_ends_before_but():
    first, _second = counts_in("The release of these 128 detainees but also the 290 others helps.")
    assert first.counts == "detainees"


def test_over_after_handed_is_the_verbs_and_leaves_the_count_exact():
    (count,) = counts_in("The rebels handed over 74 prisoners at the crossing.")
    assert (count.minimum, count.maximum, count.qualifier, count.words) == (74, 74, "exact", "74")


def test_a_number_closing_a_clause_counts_what_the_count_before_it_counted():
    first, second = counts_in("The rebels freed 74 prisoners, and the army freed 233.")
    assert (second.minimum, second.counts) == (233, first.counts) == (233, "prisoners")


def test_a_years_share_counts_what_the_count_before_it_counted():
    counts = counts_in(
        "The mission received 149 complaints of violations -140 in 2020 and 9 in 2021."
    )
    assert [(count.minimum, count.counts) for count in counts] == [
        (149, "complaints of violations"),
        (9, "complaints of violations"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 14,000 people had died since it signed Minsk 2 in 2015.",
        "Kyiv says 14,000 people had died, citing Decree 15 in 2021.",
    ],
)
def test_a_texts_number_before_its_year_is_no_years_share(text):
    assert [count.minimum for count in counts_in(text)] == [14_000]


@pytest.mark.parametrize(
    "text",
    [
        "The mission completed 666 tasks, of which 259 in 2020.",
        "The mission recorded 666 tasks (259 in 2020).",
        "The mission recorded 666 tasks: 259 in 2020 and 407 in 2021.",
    ],
)
def test_a_years_share_after_of_which_a_bracket_or_a_colon_counts_the_same(text):
    assert [count.counts for count in counts_in(text)][:2] == ["tasks", "tasks"]


def test_a_count_after_a_phase_named_before_a_comma_is_still_a_count():
    (count,) = counts_in("In phase one, 33 hostages will be freed.")
    assert count.minimum == 33


@pytest.mark.parametrize(
    ("text", "minimum", "qualifier"),
    [
        ("At least two dozen detainees were freed.", 24, "at_least"),
        ("A dozen soldiers were handed over.", 12, "exact"),
        ("About half a dozen hostages remain.", 6, "about"),
    ],
)
def test_dozens_counted_are_their_number_in_the_reports_words(text, minimum, qualifier):
    (count,) = counts_in(text)
    assert (count.minimum, str(count.qualifier)) == (minimum, qualifier)
    assert "dozen" in count.words


@pytest.mark.parametrize("words", ["dozens", "millions"])
def test_a_vague_plural_counts_in_words_only(words):
    (count,) = counts_in(f"The war has uprooted {words} of people.")
    assert (count.minimum, count.maximum, count.words) == (None, None, words)


def test_what_is_counted_stops_before_an_auxiliary_verb():
    (count,) = counts_in("A total of 1,056 prisoners will be released over two days.")
    assert count.counts == "prisoners"


def test_a_toll_told_before_its_number_is_what_the_number_counts():
    (count,) = counts_in("The death toll has risen to 48,000, the health ministry says.")
    assert (count.minimum, count.counts) == (48_000, "death toll")


@pytest.mark.parametrize(
    ("text", "value", "words", "currency"),
    [
        (
            "Iran gets nearly $6 billion in frozen funds.",
            6_000_000_000,
            "nearly $6 billion",
            "dollars",
        ),
        ("The deal frees $6bn in seized oil funds.", 6_000_000_000, "$6bn", "dollars"),
        ("Egypt pledged US$500 million for rebuilding.", 500_000_000, "US$500 million", "dollars"),
        ("The fund holds €300m for the returnees.", 300_000_000, "€300m", "euros"),
    ],
)
def test_a_sum_of_money_counts_its_currency(text, value, words, currency):
    (count,) = counts_in(text)
    assert (count.maximum, count.words, count.counts) == (value, words, currency)


def test_a_distance_in_metres_is_no_sum_of_money():
    assert counts_in("The troops stayed 500m from the border.") == []


def test_what_is_counted_stops_before_another_count_or_a_time_limit():
    killed, wounded = counts_in("The fighting killed 162 Palestinians and five Israelis.")
    assert (killed.counts, wounded.counts) == ("Palestinians", "Israelis")
    assert counts_in("Israel pledged to free an additional 550 within two months.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The van pulled up with the 14 to a back road.",
        'The release of the 404 "is the product of quiet diplomacy," he said.',
    ],
)
def test_a_number_after_the_that_names_nothing_counts_what_was_counted_before(text):
    assert counts_in(text) == []


def test_a_number_whose_noun_was_given_with_the_one_before_is_no_second_count():
    counts = counts_in("12 captives were handed over to Azerbaijan and 44 to Armenia.")
    assert [(count.minimum, count.counts) for count in counts] == [(12, "captives")]


def test_what_is_counted_ends_at_a_closing_quotation_mark():
    (count,) = counts_in("Iran’s mission said it would release “five prisoners”.")
    assert count.counts == "prisoners"


@pytest.mark.parametrize(
    ("text", "bounds", "qualifier"),
    [
        ("The war caused an estimated 50,000 casualties.", (50_000, 50_000), "about"),
        ("The rebels hold as many as 490 hostages.", (None, 490), "up_to"),
        ("It drove more than half a million people from their homes.", (500_000, None), "at_least"),
    ],
)
def test_an_estimate_or_as_many_as_qualifies_a_count(text, bounds, qualifier):
    (count,) = counts_in(text)
    assert ((count.minimum, count.maximum), str(count.qualifier)) == (bounds, qualifier)


@pytest.mark.parametrize(
    ("text", "count", "words", "counted"),
    [
        ("The 16,000-strong rebel army will disarm.", 16_000, "16,000-strong", "rebel army"),
        ("The accord sets up a 108-member assembly.", 108, "108-member", "assembly"),
        ("A 250-man peacekeeping force will arrive.", 250, "250-man", "peacekeeping force"),
        ("A three-man delegation will arrive.", 3, "three-man", "delegation"),
        ("The six-nation Contact Group extended the talks.", 6, "six-nation", "Contact Group"),
    ],
)
def test_the_strength_of_a_force_or_a_body_is_a_count_of_it(text, count, words, counted):
    (found,) = counts_in(text)
    assert (found.minimum, found.words, found.counts) == (count, words, counted)


@pytest.mark.parametrize("days", ["May 13 and 14", "May 13-14", "13 or 14 May"])
def test_the_second_day_of_a_span_of_days_is_no_count(days):
    assert counts_in(f"The committee held talks with the rebels on {days}.") == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("1) Five neutral nations will take custody", [5]),
        ("(2) Any prisoner may apply", []),
        ("12. Both sides free 40 detainees", [40]),
        ("the goals were:— (1) A demilitarised zone; (2) Totally adequate security", []),
        ("four points: 1) 500 prisoners freed 2) a truce", [500]),
        ("No deal on territory, talks deadlocked (Update 7)", []),
        ("Thuingaleng Muivah (86) who is leading the talks", []),
        ("the ransom ($3.15 million) was paid", [3_150_000]),
        ("a loan in drawing rights (US$ 775 million) in August", [775_000_000]),
        ("Most of the released are men (225), five women.", [225, 5]),
    ],
)
def test_the_number_of_a_lists_item_is_no_count(text, counted):
    assert [count.minimum for count in counts_in(text)] == counted


def test_a_span_of_years_is_no_count_but_a_range_between_is():
    assert counts_in("during the 1999-2002 peace talks") == []
    (count,) = counts_in("between 2000 and 3000 people fled")
    assert (count.minimum, count.maximum) == (2000, 3000)


def test_a_number_of_people_displaced_counts_them_by_what_was_done_to_them():
    (displaced,) = counts_in("Another 2 million have been displaced by the fighting.")
    assert (displaced.minimum, displaced.counts) == (2_000_000, "displaced")


def test_a_sum_whose_scale_is_joined_by_a_hyphen_is_one_count_of_money():
    (aid,) = counts_in("The government announced an $804-million aid package.")
    assert (aid.minimum, aid.counts) == (804_000_000, "dollars")


def test_two_numbers_joined_by_or_are_one_range():
    (count,) = counts_in("Two or three prisoners were freed on Monday.")
    assert (count.minimum, count.maximum, count.counts) == (2, 3, "prisoners")


def test_one_person_counted_is_a_count():
    (count,) = counts_in("One soldier was killed on Monday.")
    assert (count.minimum, count.counts) == (1, "soldier")


def test_one_alone_or_one_of_them_is_no_count():
    assert counts_in("One of the men was freed.") == []
    assert counts_in("The talks were one step forward.") == []


def test_a_radio_stations_number_is_no_count():
    assert counts_in("On Radio 4's morning programme, he spoke of the talks.") == []


def test_a_number_in_words_restated_in_figures_is_one_count_of_what_follows():
    (count,) = counts_in("The deal frees twenty (20) prisoners.")
    assert (count.minimum, count.words, count.counts) == (20, "twenty", "prisoners")


def test_a_duration_restated_in_figures_is_no_count():
    assert counts_in("The truce is extended for four (4) months.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States pressed on to reconcile two feuding Kurdish groups in Iraq.",
        "The movement split in two factions over self-determination in 2017.",
        "Talks between two rival ethnic militias ended in Honiara.",
    ],
)
def test_the_two_sides_of_a_feud_are_no_count(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The two were swapped for nine soldiers, aged 20 and 21.", ["nine"]),
        ("The mediator fixed 10 a. m. as the hour of the cease-fire.", []),
        ("They held it up to the last minute. 1 The agreement also frees the wounded.", []),
    ],
)
def test_ages_a_spaced_time_of_day_and_a_stray_digit_before_a_sentence_are_no_counts(text, counted):
    assert [count.words for count in counts_in(text)] == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("He spoke of the accord between Mara Salvatrucha 13 and Mara 18, the two gangs.", []),
        ("Troops pulled back at Patrolling Points (PP) 15 and 17A in the valley.", []),
        ("Azerbaijan released to Armenia 15 prisoners of war on Saturday.", ["15"]),
        ("The European Union's 15 foreign ministers met in Paris.", ["15"]),
        ("He insisted that all men in Zepa ages 18 to 55 turn themselves in.", []),
        ("Mediators suspended the talks on Sudan’s Two Areas on Thursday.", []),
        ("and , another Soviet official Two Soviet guards were near", ["Two"]),
    ],
)
def test_a_number_that_ends_a_name_or_gives_ages_is_no_count(text, counted):
    assert [count.words for count in counts_in(text)] == counted


def test_a_number_after_a_year_and_a_comma_is_still_a_count():
    (count,) = counts_in("In 1998, 300 soldiers were freed.")
    assert count.minimum == 300


def test_a_number_with_a_decimal_and_its_scale_on_the_next_line_is_a_count():
    (count,) = counts_in("He has ruled a nation of 9.5\nmillion people.")
    assert (count.minimum, count.counts) == (9_500_000, "people")


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("10 lakh", 1_000_000),
        ("2.5 lakh", 250_000),
        ("1.5 crore", 15_000_000),
        ("two lakh", 200_000),
    ],
)
def test_south_asian_scales_multiply_their_number(words, value):
    assert value_of(words) == value


def test_a_count_in_lakhs_is_read_whole():
    (count,) = counts_in("The state paid 2.5 lakh rupees to the families.")
    assert (count.minimum, count.words) == (250_000, "2.5 lakh")


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Between 20 and 25 million euros were paid.", (20_000_000, 25_000_000)),
        ("Some 2 to 3 million people fled.", (2_000_000, 3_000_000)),
        ("About 500 to 2 million people fled.", (500, 2_000_000)),
    ],
)
def test_a_ranges_scale_written_once_counts_its_low_bound_too_when_it_must(text, bounds):
    (count,) = counts_in(text)
    assert (count.minimum, count.maximum) == bounds


def test_a_count_of_the_previous_day_is_no_duration():
    (count,) = counts_in("The number of attacks fell to 25, from 75 previous day.")
    assert count.minimum == 75


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thirteen hostages were freed, with 17 more arriving days later.", 17),
        ("Israel will free 100 prisoners, including 30 serving years-long sentences.", 30),
    ],
)
def test_a_count_before_a_verb_and_a_time_word_is_still_a_count(text, value):
    assert value in [count.minimum for count in counts_in(text)]


def test_a_lakh_with_its_article_is_read_not_refused():
    (count,) = counts_in("Nearly a lakh people were displaced by the fighting.")
    assert (count.minimum, count.words) == (100_000, "Nearly a lakh")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The bandits collected a N68million ransom.", 68_000_000, "naira"),
        ("Sympathisers raised N4.6 million more.", 4_600_000, "naira"),
        ("Each guard was paid N20,000.", 20_000, "naira"),
        ("The kidnappers demanded P250 million for the couple.", 250_000_000, "pesos"),
        ("The state paid Rs 7 lakh to each family.", 700_000, "rupees"),
        ("Iran gained access to US$6 billion in frozen funds.", 6_000_000_000, "dollars"),
        ("The captors demanded an RM18 million ransom.", 18_000_000, "ringgit"),
        ("The captors demanded an S$6 million ransom.", 6_000_000, "dollars"),
        ("The family paid HK$2 million.", 2_000_000, "dollars"),
    ],
)
def test_a_sum_in_naira_pesos_or_rupees_counts_its_currency(text, value, currency):
    (count,) = counts_in(text)
    assert (count.minimum, count.counts) == (value, currency)


@pytest.mark.parametrize(
    "text",
    [
        "The P5 members met the N2 delegation.",
        "Prisoner P1234 and inmate N4512 were moved.",
        "Aid included n95 masks and the p5 envoys met.",
    ],
)
def test_a_letter_before_a_bare_number_is_a_name_not_a_sum(text):
    assert counts_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The North fired four 14.5mm small-arms rounds at the guard post.",
        "The epicenter was about 32.3km east of the county hall.",
        "The 5+1 group met in Geneva on Tuesday.",
        "The leaders of all but two of the country's 28 factions agreed to the deal.",
    ],
)
def test_a_decimals_whole_part_a_groups_name_and_those_left_out_count_no_one(text):
    assert [count.words for count in counts_in(text) if count.minimum in (1, 2, 14, 32)] == []


def test_all_but_a_number_of_things_named_after_it_still_counts_them():
    (count,) = counts_in("The deal provides for a pull-out by all but two Russian brigades.")
    assert (count.minimum, count.counts) == (2, "Russian brigades")


@pytest.mark.parametrize(
    "text",
    [
        "The deal calls for the withdrawal of weapons with calibers under 100 mm from the line.",
        "The agreement will be signed at the Kilometer 101 check-point on the Suez-Cairo road.",
        "After six hectic days of talks, the factions signed a peace accord.",
    ],
)
def test_a_calibre_a_place_on_a_road_and_days_of_talks_count_no_one(text):
    assert counts_in(text) == []


def test_a_round_count_joined_to_a_rounded_one_is_rounded_too_and_an_exact_one_is_not():
    (dead, wounded) = counts_in("The fighting left some 450 dead and 1,500 wounded.")
    assert (dead.qualifier, wounded.qualifier) == (Qualifier.ABOUT, Qualifier.ABOUT)
    (soldiers, civilians) = counts_in("About 195 Yemeni soldiers and 17 civilians returned.")
    assert (soldiers.qualifier, civilians.qualifier) == (Qualifier.ABOUT, Qualifier.EXACT)


def test_a_quarter_of_a_million_is_read_whole():
    (count,) = counts_in("The war claimed more than a quarter of a million lives.")
    assert (count.minimum, count.words) == (250_000, "more than a quarter of a million")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The war has killed more than a half-million people.", "more than a half-million"),
        ("The war has killed a half million people.", "a half million"),
        ("Some half-million refugees fled the fighting.", "Some half-million"),
    ],
)
def test_a_half_million_is_half_of_a_million(text, words):
    (count,) = counts_in(text)
    assert (count.minimum, count.words) == (500_000, words)


@pytest.mark.parametrize(
    "text",
    ["The war has displaced one and a half million people.", "Two and a half thousand left."],
)
def test_no_count_is_read_from_a_number_and_a_half(text):
    assert counts_in(text) == []


def test_a_number_before_a_units_name_in_capitals_is_its_name_not_a_count():
    assert counts_in("Fighters of the 25 Brigade clashed with the 427 Brigade.") == []
    (count,) = counts_in("Two brigades of the army moved in.")
    assert count.minimum == 2


def test_or_more_than_after_a_number_is_another_quantity_not_a_bound():
    count = counts_in("Israel has freed nearly 1,800 or more than half of the prisoners.")[0]
    assert (count.minimum, count.maximum, count.qualifier) == (1800, 1800, "about")
