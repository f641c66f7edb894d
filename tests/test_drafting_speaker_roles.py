"""A speaker named with what they are, after their quote: the name is the speaker, whether the
role comes first or last, is written in capitals or is someone's, and whether the copy closes
it with a comma or not."""

import pytest

from negotiations.drafting.sayings import sayings_in

from .drafting_statements import NOBODY, QUOTE, speakers_of


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Jean Sandoz, ICRC’s head of delegation in Sudan said", "Jean Sandoz"),
        ("Ahmed Ali, Egypt's foreign minister, said", "Ahmed Ali"),
        ("Ofwono Opondo, Uganda Media Centre Executive Director told reporters", "Ofwono Opondo"),
    ],
)
def test_a_name_then_a_role_of_someones_or_in_capitals_is_the_speaker(attribution, speaker):
    (saying,) = sayings_in(f"{QUOTE} {attribution}.", NOBODY)
    assert saying.is_direct_quote
    assert saying.speaker.words == speaker


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("another of the freed hostages, legislator Alfredo Cesar, said", "Alfredo Cesar"),
        ("a spokesman for the army, Col. Ahmed Ali, told reporters", "Col. Ahmed Ali"),
    ],
)
def test_who_they_are_then_the_name_between_commas_is_the_speaker(attribution, speaker):
    (saying,) = sayings_in(f"{QUOTE} {attribution}.", NOBODY)
    assert saying.speaker.words == speaker


def test_said_then_a_title_after_a_capitalised_word_and_a_name_is_the_speaker():
    (saying,) = sayings_in(
        "“We are satisfied,” said Cuban delegation leader Carlos Aldana.", NOBODY
    )
    assert saying.text == "We are satisfied"
    assert saying.speaker.words == "Cuban delegation leader Carlos Aldana"


def test_a_quote_standing_alone_after_a_named_and_titled_speaker_goes_on_with_them():
    text = (
        "Delegates confirmed that an agreement had been reached. “We are satisfied,” said Cuban"
        " delegation leader Carlos Aldana. “It has been a very laborious, very intense process.”"
    )
    assert speakers_of(text)[-2:] == ["Cuban delegation leader Carlos Aldana"] * 2


def test_a_role_that_spans_and_is_no_list_of_sides():
    sentence = (
        "Fabrizio Carboni, the ICRC’s regional director for the Near and Middle East, said: “With"
        " this act of goodwill, hundreds of families are being reunited.”"
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Fabrizio Carboni"


def test_a_list_of_sides_before_the_verb_is_still_all_of_them():
    (saying,) = sayings_in(
        "Egypt, the United States and Qatar said the talks would resume.", NOBODY
    )
    assert saying.speaker.words == "Egypt, the United States and Qatar"


def test_a_second_speaker_after_but_whose_words_are_quoted_is_theirs():
    sentence = (
        "The truce includes a halt to attacks on the army, but the ELN said “we reserve the right"
        " to defend ourselves if attacked.”"
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "the ELN"
    assert saying.is_direct_quote


def test_a_full_name_then_an_unclosed_role_of_someones_is_the_speaker():
    (saying,) = sayings_in(
        f"{QUOTE} Markiyan Lubkyvsky, an aide to the security chief told Reuters.", NOBODY
    )
    assert saying.speaker.words == "Markiyan Lubkyvsky"
    assert saying.is_direct_quote


def test_a_place_then_an_unclosed_role_is_still_whoever_the_role_names():
    (saying,) = sayings_in("“We will hand them over,” Kinshasa, the radio station said.", NOBODY)
    assert saying.speaker.words == "the radio station"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The talks opened on Monday in Juba, South Sudan, a spokesman for the mediators said.",
            "a spokesman for the mediators",
        ),
        (
            "The next round will be held in Riyadh, Saudi Arabia, US Secretary of State Marco Rubio"
            " said.",
            "US Secretary of State Marco Rubio",
        ),
        (
            "Fighting went on around Pokrovsk, Donetsk, Ukraine's general staff said.",
            "Ukraine's general staff",
        ),
    ],
)
def test_a_place_and_its_country_before_a_role_in_running_text_is_no_speaker(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Milan Panic, asked about the camps, said his authority did not extend to Bosnia.",
        "Milan Panic, one Yugoslav leader, said his authority did not extend to Bosnia.",
        "Milan Panic, another of the signatories, said his authority did not extend to Bosnia.",
    ],
)
def test_a_question_put_to_the_speaker_or_one_of_many_between_commas_leaves_the_speaker(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Milan Panic"
    assert saying.text == "his authority did not extend to Bosnia"


def test_agreeing_in_words_of_ones_own_after_a_colon_is_a_quote():
    sentence = (
        "Shafik Handal, one guerrilla commander, agreed: “It is a step on the path to peace.”"
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.is_direct_quote
    assert saying.speaker.words == "Shafik Handal"


def test_agreeing_to_something_is_no_saying():
    assert sayings_in("The rebels agreed: the truce would hold until Friday.", NOBODY) == []


def test_a_day_before_a_speaker_whose_comma_is_left_out_is_when_not_who():
    sentence = "Also on Tuesday, a United Nations official said the officers would meet."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "a United Nations official"
    assert saying.when == "on Tuesday"


def test_how_it_was_said_before_a_speaker_set_between_commas_is_not_the_speaker():
    sentence = (
        "Speaking aboard a carrier in the Adriatic, NATO's flank commander Adm. Leighton Smith,"
        " acknowledged that bigger challenges lie ahead."
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "NATO's flank commander Adm. Leighton Smith"
    assert saying.when == "Speaking aboard a carrier in the Adriatic"


def test_a_name_then_the_role_of_a_body_unclosed_after_a_quote_is_the_speaker():
    sentence = (
        "“The ten members were released,” Juan Pedro Schaerer, the ICRC's head of delegation"
        " in Afghanistan said in a statement."
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Juan Pedro Schaerer"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In Khartoum, one western diplomat, who asked not to be named, said the talks stalled.",
            "one western diplomat",
        ),
        (
            "In Cairo, another mediator, an Egyptian officer, said the talks stalled.",
            "another mediator",
        ),
    ],
)
def test_one_or_another_after_where_it_was_said_is_the_speaker(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


def test_a_day_then_a_role_and_a_name_between_commas_keeps_the_statement_and_its_day():
    sentence = "Also on Tuesday, the foreign minister, Sameh Shoukry, said the talks would resume."
    (saying,) = sayings_in(sentence, NOBODY)
    assert "Sameh Shoukry" in saying.speaker.words
    assert saying.when == "on Tuesday"
