"""The speaker's own words only: not the date, role, title, relative clause or list of sides
around them, nor whom it was told to; the one quoted as saying it; a second speaker."""

import pytest

from negotiations.drafting.sayings import sayings_in
from negotiations.drafting.speakers import Speaker, SpeakerIndex
from negotiations.drafting.subjects import Subjects

from .drafting_statements import NOBODY, QUOTE, speakers_of, statements_of


def test_told_takes_whom_it_was_told():
    (saying,) = sayings_in(f"{QUOTE} the mayor told Reuters by phone.", NOBODY)
    assert saying.speaker.words == "the mayor"


def test_whom_it_was_told_is_no_part_of_the_claim():
    sentence = "Negotiators in Damascus told the three hijackers they would meet their demands."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.text == "they would meet their demands"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The rebels also said they would hand over the maps.", "The rebels"),
        ("The army had previously said it would pull back.", "The army"),
        ("The ANC frequently has accused the government of stalling.", "The ANC"),
        ("The army daily said the troops would pull back.", "The army daily"),
        ("His family said the troops would pull back.", "His family"),
        ("The national assembly said the troops would pull back.", "The national assembly"),
    ],
)
def test_a_speaker_is_cleaned_of_words_between_it_and_its_verb(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "ISLAMABAD: A day after the government announced that a ceasefire had been agreed, the "
        "group asked its fighters to hold their fire.",
        "Two weeks before the government announced that a ceasefire had been agreed, talks began.",
        "GENEVA (Reuters) - The government announced that a ceasefire had been agreed.",
    ],
)
def test_a_dateline_or_a_time_set_against_is_no_part_of_the_speaker(sentence):
    (saying, *_) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words.lower() == "the government"


def test_whose_name_for_something_is_given_is_the_subject_before_it():
    sentence = "Delegations from both countries held what they called “productive” discussions."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Delegations from both countries"


def test_neither_side_names_no_speaker():
    assert sayings_in("Neither side had said when the talks would resume.", NOBODY) == []


def test_the_date_words_after_the_verb_date_the_statement():
    (saying,) = sayings_in("The talks will resume, the envoy said late Tuesday.", NOBODY)
    assert saying.when == "late Tuesday"


def test_a_surname_with_its_article_is_a_name():
    (saying,) = sayings_in(f"{QUOTE} said Yusuf al-Hamdi, the governor.", NOBODY)
    assert saying.speaker.words == "Yusuf al-Hamdi"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In March 2021, the regional governor stated that the border would stay shut.",
            "the regional governor",
        ),
        ("On Sunday, Ana Costa said the border would stay shut.", "Ana Costa"),
        ("After the vote, the council said the border would stay shut.", "the council"),
        (
            "Nine hours after the guns fell silent, the Red Cross said the border would stay shut.",
            "the Red Cross",
        ),
    ],
)
def test_date_or_circumstance_words_before_the_speaker_are_not_the_speaker(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker
    assert saying.text == "the border would stay shut"


@pytest.mark.parametrize(
    "role",
    [
        "head of the observer mission",
        "a spokesman for the mission",
        "Assistant to the Governor of the province",
    ],
)
def test_a_role_between_commas_after_the_speaker_is_not_the_speaker(role):
    (saying,) = sayings_in(f"Tomas Berg, {role}, said the convoy had passed.", NOBODY)
    assert saying.speaker.words == "Tomas Berg"
    assert saying.text == "the convoy had passed"


def test_a_relative_clause_after_the_speaker_is_not_the_speaker():
    (saying,) = sayings_in(
        "The council, which has overseen the corridor since May, said it would stay open.", NOBODY
    )
    assert saying.speaker.words == "The council"


def test_a_list_of_sides_is_not_one_speaker_and_a_role():
    sayings = sayings_in("Kenya, the Sudanese army and Norway said the talks would go on.", NOBODY)
    assert all(saying.speaker.words != "Kenya" for saying in sayings)


def test_when_the_speaker_said_it_follows_the_verb():
    (saying,) = sayings_in("The round was useful, Ana Costa said as the talks ended.", NOBODY)
    assert saying.speaker.words == "Ana Costa"
    assert saying.text == "The round was useful"


def test_the_attribution_that_closes_the_sentence_is_the_reports():
    (saying,) = sayings_in(
        "The rebels have said they will free the crew, the harbour master told reporters.", NOBODY
    )
    assert saying.speaker.words == "the harbour master"
    assert saying.text == "they will free the crew"


def test_a_second_speaker_after_a_comma_is_drafted_too():
    first, second = sayings_in(
        "The army said it had pulled back, although a local official said troops were still "
        "in the village.",
        NOBODY,
    )
    assert (first.speaker.words, first.text) == ("The army", "it had pulled back")
    assert second.speaker.words == "a local official"
    assert second.text == "troops were still in the village"


def test_a_second_speaker_named_between_commas_is_drafted_too():
    first, second = sayings_in(
        "The army said it had pulled back, but Oman’s foreign minister, Yusuf bin Alawi, said "
        "there was no deal.",
        NOBODY,
    )
    assert (first.speaker.words, first.text) == ("The army", "it had pulled back")
    assert (second.speaker.words, second.text) == (
        "Oman’s foreign minister, Yusuf bin Alawi",
        "there was no deal",
    )


def test_one_said_to_be_something_between_commas_is_no_second_speaker():
    (saying,) = sayings_in(
        "The army said it had repelled the attack, and the group's leader, Abu Mohammed, said"
        " to be wounded, was not seen.",
        NOBODY,
    )
    assert saying.speaker.words == "The army"


def test_a_second_speaker_after_circumstance_words():
    _first, second = sayings_in(
        "The army said it had pulled back, and after the vote, the council confirmed the "
        "corridor would stay open.",
        NOBODY,
    )
    assert second.speaker.words == "the council"
    assert second.text == "the corridor would stay open"


def test_date_words_between_the_speaker_and_the_verb_date_it():
    (saying,) = sayings_in("President Ana Costa on Monday said the truce would hold.", NOBODY)
    assert (saying.speaker.words, saying.when) == ("President Ana Costa", "on Monday")


def test_speaking_words_before_the_speaker_are_not_the_speaker():
    (saying,) = sayings_in(
        "Speaking to reporters in Nairobi, Ana Costa said the sides were close.", NOBODY
    )
    assert saying.speaker.words == "Ana Costa"


def test_a_role_then_a_name_between_commas_names_the_speaker():
    (saying,) = sayings_in("The UN envoy, Ana Costa, said the talks would resume.", NOBODY)
    assert saying.speaker.words == "The UN envoy, Ana Costa"
    assert saying.text == "the talks would resume"


def test_an_inverted_attribution_never_takes_a_clause_for_its_speaker():
    sayings = sayings_in("Mediators met in Nairobi, said the talks would resume.", NOBODY)
    assert all("would" not in saying.speaker.words for saying in sayings)


def test_two_speakers_joined_by_while_each_say_their_own_claim():
    sayings = sayings_in(
        "The rebels said shelling hit the port while pro-government sources said the rebels "
        "fired rockets at a hospital, according to the agency WAM.",
        NOBODY,
    )
    assert [(saying.speaker.words, saying.text) for saying in sayings] == [
        ("The rebels", "shelling hit the port"),
        ("pro-government sources", "the rebels fired rockets at a hospital"),
    ]


def test_a_speaker_with_two_roles_before_the_name_is_named():
    (saying,) = sayings_in(
        "The chief mediator at the talks, Sudan’s vice-president, Riek Machar, said on "
        "Saturday: “We hope that the guns can go silent.”",
        NOBODY,
    )
    assert saying.speaker.words.endswith("Riek Machar") and saying.when == "on Saturday"


def test_a_day_after_an_accusation_dates_it():
    (saying,) = sayings_in("Ana Costa accused Friday the army of shelling the crossing.", NOBODY)
    assert saying.when == "Friday"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Citing a statement, state Voice of the People radio said the rebels attacked.", "state"),
        (
            "U.N. officials estimate it could require a minimum of 25,000 soldiers.",
            "U.N. officials",
        ),
    ],
)
def test_state_media_named_with_no_article_and_an_estimate_say_it(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words.startswith(speaker)


def test_people_unnamed_of_a_side_after_a_day_say_what_follows():
    (saying,) = sayings_in(
        "Tuesday, representatives of the two rebel groups announced at the talks that their "
        "fighters would not attack.",
        NOBODY,
    )
    assert saying.speaker.words == "representatives of the two rebel groups"
    assert saying.text == "their fighters would not attack"


def test_a_title_with_a_curly_apostrophe_before_the_name():
    (saying,) = sayings_in(
        "Thai troops have retaliated in “self-defence”, Thailand‘s army spokesman, Winthai "
        "Suvaree, said in a statement.",
        NOBODY,
    )
    assert saying.speaker.words == "Winthai Suvaree"


def test_an_accusation_by_a_name_with_its_role_between_commas_is_the_names():
    (saying,) = sayings_in(
        "Meanwhile, Andriy Kovalenko, the head of the disinformation centre, accused Russia of "
        "being behind the attack.",
        NOBODY,
    )
    assert saying.speaker.words.startswith("Andriy Kovalenko")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ali Haqmal, head of the information department in Spin Boldak, blamed Pakistan for the"
        " shooting.",
        "Ali Haqmal, spokesman for the province, blamed Pakistan for the shooting.",
    ],
)
def test_an_accusation_by_a_name_with_a_role_without_an_article_between_commas(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "Ali Haqmal",
        "blamed Pakistan for the shooting",
    )


@pytest.mark.parametrize("between", ["meanwhile", "in turn", "for its part"])
def test_an_accusation_by_a_side_with_a_linking_word_between_commas(between):
    (saying,) = sayings_in(
        f"Pakistan, {between}, accused the Indian Army of violating the ceasefire.", NOBODY
    )
    assert (saying.speaker.words, saying.text) == (
        "Pakistan",
        "accused the Indian Army of violating the ceasefire",
    )


def test_a_place_between_commas_before_an_accusation_is_no_role():
    (saying,) = sayings_in("Kabul, the capital, accused the army of shelling the market.", NOBODY)
    assert saying.speaker.words == "Kabul"


def test_a_name_and_role_before_said_is_the_speaker_whatever_closes_the_sentence():
    (saying,) = sayings_in(
        "Brig. Gen. Ana Costa, chairman of the ceasefire panel, said the troop movement aims to "
        "prevent attacks in the area.",
        NOBODY,
    )
    assert saying.speaker.words.startswith("Brig. Gen. Ana Costa")


def test_an_inverted_attribution_to_a_name_with_its_title():
    (saying,) = sayings_in(
        f"{QUOTE} said Council spokesman Omar Haddad in a video statement.", NOBODY
    )
    assert saying.speaker.words == "Council spokesman Omar Haddad"


@pytest.mark.parametrize("aside", ["for her part", "however", "meanwhile"])
def test_words_set_apart_after_the_speaker_are_not_the_speaker(aside):
    (saying,) = sayings_in(f"Ana Costa, {aside}, said the talks would resume.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Ana Costa", "the talks would resume")


def test_what_it_was_said_of_is_no_speaker():
    (saying,) = sayings_in(f"{QUOTE} Costa said of the talks.", NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == "Costa"


def test_asked_words_before_the_speaker_are_not_the_speaker():
    (saying,) = sayings_in("Asked whether the talks would resume, Costa said they would.", NOBODY)
    assert saying.speaker.words == "Costa"


def test_both_between_the_speakers_and_the_verb_is_not_theirs():
    (saying,) = sayings_in("Kenya and Norway both said the truce was holding.", NOBODY)
    assert saying.speaker.words == "Kenya and Norway"


def test_a_role_whose_closing_comma_is_missing_still_names_the_speaker_before_it():
    (saying,) = sayings_in(
        "Ana Costa, a former envoy and one of two witnesses of the handover said she was "
        "certain that every weapon was accounted for.",
        NOBODY,
    )
    assert saying.speaker.words == "Ana Costa"
    assert saying.text == "she was certain that every weapon was accounted for"


@pytest.mark.parametrize("opening", ["Last Friday", "Meanwhile", "In Doha"])
def test_words_before_an_unnamed_speaker_are_not_taken_for_a_name(opening):
    (saying,) = sayings_in(f"{opening}, a senior official said the talks would resume.", NOBODY)
    assert saying.speaker.words == "a senior official"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal, which Qatar announced on Monday, will free the sailors.",
        "The truce, which the mediators announced, took effect at dawn.",
    ],
)
def test_a_relative_clause_names_no_speaker(sentence):
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal that Costa said would end the war collapsed.",
        "What the rebels said on Monday surprised the mediators.",
        "The man who announced the deal left the capital.",
    ],
)
def test_a_saying_inside_a_relative_clause_is_no_statement(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_speaker_with_a_relative_clause_of_its_own_still_speaks():
    (saying,) = sayings_in(
        "A rebel official who asked not to be named said the gaps remained.", NOBODY
    )
    assert saying.speaker.words == "A rebel official who asked not to be named"


def test_a_verb_in_a_time_clause_names_no_speaker():
    text = "Minutes before the army confirmed the pause, the mayor claimed it was his doing."
    assert "Minutes before the army" not in speakers_of(text)


def test_time_words_that_open_a_sentence_are_not_the_speakers():
    text = "Hours earlier the regional governor announced that the roads would reopen."
    assert speakers_of(text) == ["the regional governor"]


def test_a_speaker_quoted_as_having_told_someone_is_the_one_before_it():
    text = "“The sides have agreed on the lists,” Ortega was quoted as having told a radio station."
    assert speakers_of(text) == ["Ortega"]


def test_a_day_between_commas_names_no_speaker():
    assert speakers_of("The pause, announced Saturday, was to last two days.") == []


def test_on_his_part_is_not_the_speakers_words():
    text = "“We are ready to sign the text,” General Ortega on his part said."
    assert speakers_of(text) == ["General Ortega"]


def test_a_conjunction_before_the_circumstance_words_is_not_the_speaker():
    (saying,) = sayings_in(
        "But in a televised address, Foreign Minister Ana Costa said the corridor would stay "
        "open “for as long as the guns are silent”.",
        NOBODY,
    )
    assert saying.speaker.words == "Foreign Minister Ana Costa"


def test_the_one_quoted_as_saying_is_the_speaker():
    (saying,) = sayings_in(
        "The agency quoted a senior army officer as saying that the convoy would cross at dawn.",
        NOBODY,
    )
    assert (saying.speaker.words, saying.text) == (
        "a senior army officer",
        "the convoy would cross at dawn",
    )


def test_a_name_before_its_role_is_the_speaker_of_what_they_did_saying():
    (saying,) = sayings_in(
        "Tomas Berg, a mediator based in Oslo, welcomed the vote, saying that both sides had "
        "kept their word.",
        NOBODY,
    )
    assert saying.speaker.words.startswith("Tomas Berg, a mediator")
    assert saying.text == "both sides had kept their word"


def test_a_quote_after_a_colon_closing_a_long_opening_is_the_speakers():
    (saying,) = sayings_in(
        "Speaking at a joint news conference in the capital with the foreign minister of "
        "Norway, a close partner, Costa said: “We ask both sides to accept the truce today.”",
        NOBODY,
    )
    assert saying.is_direct_quote and saying.speaker.words == "Costa"


def test_the_one_quoted_as_saying_is_the_speaker_whatever_they_say_was_done():
    (saying,) = sayings_in(
        "The agency quoted the envoy as saying the rebels had accused the army of shelling.",
        NOBODY,
    )
    assert saying.speaker.words == "the envoy"


def test_a_day_before_a_role_is_no_name():
    (saying,) = sayings_in(
        "Late Tuesday, a rebel commander met the mediators, saying the talks would resume.",
        NOBODY,
    )
    assert saying.speaker.words == "a rebel commander"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Houthi negotiator, Mohammed Abdusalam, told Reuters in Rimbo", "Mohammed Abdusalam"),
        ("the group's chief negotiator, Khalil al-Hayya, said on Monday", "Khalil al-Hayya"),
    ],
)
def test_a_title_set_before_the_name_between_commas_names_the_speaker(attribution, speaker):
    (saying,) = sayings_in(f"{QUOTE} {attribution}.", NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == speaker


def test_whom_it_was_told_is_never_the_speaker():
    sayings = sayings_in(f"{QUOTE} told Reuters in Rimbo.", NOBODY)
    assert [saying.speaker.words for saying in sayings] != ["Reuters"]


def test_what_a_source_relays_is_said_by_the_one_it_names_as_saying_it():
    (saying,) = sayings_in(
        "According to Walla, an Israeli media company, reports note that senior Hamas official "
        "Osama Hamdan said that the deal guarantees “the army will leave the old city at once.”",
        NOBODY,
    )
    assert saying.speaker.words.endswith("Osama Hamdan")


def test_each_side_blaming_the_other_names_no_one_speaker():
    assert sayings_in("Each side blamed the other for starting the clashes.", NOBODY) == []


def test_those_quoted_by_an_agency_said_it_not_the_agency():
    (saying,) = sayings_in(
        "The mediators were quoted by Reuters as saying the gaps had narrowed.", NOBODY
    )
    assert (saying.speaker.words, saying.text) == ("The mediators", "the gaps had narrowed")


@pytest.mark.parametrize(
    "sentence",
    [
        "UN special envoy Ana Costa, Tomas Berg, welcomed the exchange saying it is “a sign that "
        "dialogue can deliver”.",
        "The mission's head, Tomas Berg, welcomed the exchange, saying it is “a sign that "
        "dialogue can deliver”.",
    ],
)
def test_a_title_then_a_name_before_an_act_names_the_speaker(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.is_direct_quote and saying.text == "a sign that dialogue can deliver"
    assert saying.speaker.words.endswith("Tomas Berg")


def test_one_quoted_as_saying_with_no_outlet_named_said_it():
    (saying,) = sayings_in("Ana Costa was quoted as saying the truce was holding.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Ana Costa", "the truce was holding")


def test_the_day_after_the_medium_is_when_it_was_said():
    (saying,) = sayings_in(
        "The army said in a statement on Telegram late on Monday that the truce was holding.",
        NOBODY,
    )
    assert (saying.outlet, saying.when, saying.text) == (
        "in a statement on Telegram",
        "late on Monday",
        "the truce was holding",
    )


def test_a_name_after_a_title_keeps_it_when_where_it_was_said_follows_the_name():
    (saying,) = sayings_in(
        "Director General ISPR, Maj. General Ana Costa in an exclusive conversation with a "
        "broadcaster, has said that the contact exists since 1987.",
        NOBODY,
    )
    assert saying.speaker.words == "Director General ISPR, Maj. General Ana Costa"
    assert saying.text == "the contact exists since 1987"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Northland, the UN and Southland said the truce was holding.",
            "Northland, the UN and Southland",
        ),
        ("Yesterday, the UN and Southland said the truce was holding.", "the UN and Southland"),
    ],
)
def test_a_list_of_sides_that_opens_the_sentence_is_the_speaker(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


def test_a_name_with_a_particle_is_the_whole_name():
    text = (
        "On Monday, General John de Chastelain said the last arms had been put beyond use.\n"
        "Speaking in Belfast, the general said the inventory matched the estimates."
    )
    assert speakers_of(text) == [
        "General John de Chastelain",
        "General John de Chastelain",
    ]


def test_a_relative_clause_after_the_speaker_of_a_quote_is_not_the_speaker():
    (saying,) = sayings_in(
        f"{QUOTE} rebel spokesman Tomas Berg who also signed the peace agreement on behalf of the "
        "valley said in a post on Wednesday.",
        NOBODY,
    )
    assert saying.is_direct_quote and saying.speaker.words == "rebel spokesman Tomas Berg"


def test_ministers_of_a_list_of_states_are_one_speaker():
    text = (
        "The foreign ministers of the U.S., France, Britain and Italy said progress was slower"
        " than had been hoped."
    )
    assert speakers_of(text) == ["The foreign ministers of the U.S., France, Britain and Italy"]


def test_a_clause_before_but_is_not_the_speaker():
    text = (
        "Rebels seek a pause in the fighting but the president says the army will keep attacking."
    )
    assert speakers_of(text) == ["the president"]


def test_a_clause_of_while_or_although_before_the_speaker_is_not_the_speaker():
    text = "While he lauded the agreement, the envoy said a cessation of fighting was not enough."
    assert speakers_of(text) == ["the envoy"]


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        (
            "The captives were seized by rebel groups, who said they were soldiers.",
            "rebel groups",
            "they were soldiers",
        ),
        (
            "The truce drew scorn from Ukrainian officials, who also accused Moscow of lying.",
            "Ukrainian officials",
            "accused Moscow of lying",
        ),
    ],
)
def test_those_a_relative_clause_of_saying_is_of_said_it(text, speaker, claim):
    (statement,) = statements_of(text)
    assert (statement.values["speaker_description"], statement.values["text"]) == (speaker, claim)


def test_saying_nothing_in_a_relative_clause_is_no_statement():
    assert statements_of("The talks were led by Norway, who said nothing more.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the chief negotiator, Cabinet minister Aung Min, said the accord was a step.",
        "This week, the chief negotiator, Cabinet minister Aung Min, said the accord was a step.",
    ],
)
def test_a_role_then_a_title_in_lower_case_and_a_name_between_commas_names_the_speaker(text):
    assert speakers_of(text) == ["the chief negotiator, Cabinet minister Aung Min"]


def test_a_long_clause_of_concession_before_the_speaker_is_not_the_speaker():
    text = (
        "Although the three factions pledged to resume prisoner releases on Friday after a"
        " meeting in the Bosnian Serb capital of Pale, the Red Cross said it doubted the sides"
        " would meet the deadline."
    )
    assert speakers_of(text) == ["the Red Cross"]


def test_a_name_alone_is_the_full_name_the_report_gave_before():
    text = (
        "Interior Minister Sanan Kachornprasart said all 89 hostages had been freed.\n"
        "“Everyone is free,” Sanan told a news conference."
    )
    assert speakers_of(text) == ["Interior Minister Sanan Kachornprasart"] * 2


def test_a_name_two_full_names_bear_stays_as_written():
    text = (
        "Foreign Minister Ana Costa said the talks would resume.\n"
        "Defence Minister Luis Costa said the army would hold its fire.\n"
        "“We are ready,” Costa said."
    )
    assert speakers_of(text)[-1] == "Costa"


def test_a_country_is_no_full_name_of_a_person():
    text = (
        "The Chad government said in a statement it accepted the cease-fire.\n"
        "But Chad said the cease-fire did not mean a settlement."
    )
    assert speakers_of(text)[-1] == "Chad"


def test_what_a_speaker_holds_is_no_part_of_who_they_are():
    sentence = "Chechen rebels holding more than 100 hostages said they would free the women."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Chechen rebels"


def test_a_run_of_capitals_across_a_line_end_is_no_full_name():
    subjects = Subjects(SpeakerIndex([], []))
    subjects.read("The contractor was held in Cuba\nAlan Gross was freed on Wednesday.")
    assert subjects.known(Speaker("Gross")).words == "Gross"


def test_a_headlines_run_of_capitals_is_no_full_name():
    subjects = Subjects(SpeakerIndex([], []))
    subjects.read("Israel Hamas Truce")
    assert subjects.known(Speaker("Hamas")).words == "Hamas"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The signing marked a victory for Speight, who stormed Parliament in May, saying he "
            "wanted more power.",
            "Speight",
        ),
        (
            "The releases came after pressure from President Ana Costa, whose office issued a "
            "statement saying all hostages would be free.",
            "President Ana Costa, whose office",
        ),
    ],
)
def test_a_relative_clause_that_runs_on_to_saying_is_the_speaker_not_the_subject(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker
