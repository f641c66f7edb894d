"""Who said it: attributions whose verb a medium follows ("said in a post on X"), inverted
("…, said the envoy") and appositive ("…," Ana Costa, a spokeswoman, had said); "he" after
several people are named; speakers cleaned of words that are not theirs; a statement said
twice drafted once."""

import datetime

import pytest

from negotiations.drafting.article import draft_article
from negotiations.drafting.speakers import Speaker, SpeakerIndex, sayings_in

NOBODY = SpeakerIndex([], [])
THURSDAY = datetime.date(2025, 3, 13)
QUOTE = "“We expect the first buses to leave the camp at dawn,”"


def statements_of(text):
    """The statements drafted from ``text``, a report of Thursday."""
    return [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]


def speakers_of(text):
    """Who each statement drafted from ``text`` is said to be by."""
    return [d.values["speaker_description"] for d in statements_of(text)]


@pytest.mark.parametrize(
    "medium",
    [
        "in a post on X",
        "on X, formerly Twitter",
        "in a phone call with Reuters",
        "on the messaging app Telegram",
        "in a statement",
        "at a news conference in Doha",
    ],
)
def test_a_quote_is_kept_when_a_medium_follows_the_verb(medium):
    (saying,) = sayings_in(f"{QUOTE} a ministry spokeswoman said {medium}.", NOBODY)
    assert saying.is_direct_quote
    assert saying.speaker.words == "a ministry spokeswoman"
    assert saying.outlet == medium.split(",")[0]


def test_a_reported_claim_is_kept_when_a_medium_follows_the_verb():
    (saying,) = sayings_in(
        "The border crossing will reopen next week, the army said in a statement.", NOBODY
    )
    assert not saying.is_direct_quote
    assert saying.text == "The border crossing will reopen next week"
    assert saying.speaker.words == "the army"


def test_told_takes_whom_it_was_told():
    (saying,) = sayings_in(f"{QUOTE} the mayor told Reuters by phone.", NOBODY)
    assert saying.speaker.words == "the mayor"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Council President Lina Sayed", "Council President Lina Sayed"),
        ("said Lina Sayed on Telegram", "Lina Sayed"),
        ("said the Kenyan presidency in a statement", "the Kenyan presidency"),
        ("said Lina Sayed, head of the monitoring mission", "Lina Sayed"),
        ("said a senior U.N. official", "a senior U.N. official"),
    ],
)
def test_an_inverted_attribution_names_its_speaker(attribution, speaker):
    (saying,) = sayings_in(f"{QUOTE} {attribution}.", NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == speaker


def test_an_inverted_attribution_of_a_reported_claim():
    saying, _added = sayings_in(
        "Aid lorries crossed into the city overnight, said Lina Sayed, adding more would follow.",
        NOBODY,
    )
    assert saying.text == "Aid lorries crossed into the city overnight"
    assert saying.speaker.words == "Lina Sayed"


@pytest.mark.parametrize(
    "appositive",
    [
        "Tomas Berg, a spokesman for the observer mission, had said.",
        "Tomas Berg, from the observer mission, said.",
        "Tomas Berg, adviser to the Northland council (NC), said on X.",
        "Tomas Berg, the mission's chief, told reporters afterwards.",
    ],
)
def test_an_appositive_attribution_names_the_person_not_the_role(appositive):
    (saying,) = sayings_in(f"{QUOTE} {appositive}", NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == "Tomas Berg"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The rebels also said they would hand over the maps.", "The rebels"),
        ("The army had previously said it would pull back.", "The army"),
    ],
)
def test_a_speaker_is_cleaned_of_words_between_it_and_its_verb(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


def test_neither_side_names_no_speaker():
    assert sayings_in("Neither side had said when the talks would resume.", NOBODY) == []


def test_a_statement_reported_according_to_a_statement():
    (saying,) = sayings_in(
        "The two armies agreed to swap prisoners, according to a statement from the mission.",
        NOBODY,
    )
    assert saying.text == "The two armies agreed to swap prisoners"
    assert saying.speaker.words == "a statement from the mission"


def test_according_to_a_tally_is_no_statement():
    assert sayings_in("Some 40 people died, according to a tally of local records.", NOBODY) == []


def test_a_short_quote_closed_by_according_to_is_that_speakers():
    (saying,) = sayings_in(
        "They signed a “full and lasting truce,” according to Foreign Minister Ana Costa.", NOBODY
    )
    assert saying.text == "full and lasting truce"
    assert saying.speaker.words == "Foreign Minister Ana Costa"


def test_short_quotes_beside_a_long_one_are_each_quoted():
    (long, short) = sayings_in(
        "“We have not agreed on the final maps yet” but only “working drafts,” she said.",
        NOBODY,
        previous=Speaker("Ana Costa"),
    )
    assert (long.text, short.text) == ("We have not agreed on the final maps yet", "working drafts")


def test_he_said_goes_to_the_person_the_previous_sentence_is_about():
    text = (
        "Mediator Ana Costa and rebel commander Tomas Berg attended the signing.\n"
        "“This is a good day for the valley and for all its people,” Costa said.\n"
        "Berg, who had been in hiding for a decade, was more reserved.\n"
        "“Nothing is settled until the last prisoner walks home,” he said."
    )
    assert speakers_of(text) == ["Costa", "Berg"]


def test_he_said_goes_to_the_speaker_a_medium_attribution_named():
    text = (
        "The truce will hold through the harvest, Ana Costa said in a statement.\n"
        "“I urge every commander to respect the lines agreed today,” she added."
    )
    assert speakers_of(text) == ["Ana Costa", "Ana Costa"]


def test_a_quote_standing_alone_goes_on_from_the_body_that_spoke_last():
    text = (
        "Mediator Ana Costa said the talks would resume in the spring.\n"
        "The rebel delegation said it was ready to sign.\n"
        "“We will hold our fire until the last prisoner walks home.”"
    )
    assert speakers_of(text)[-1] == "The rebel delegation"


def test_a_quote_standing_alone_goes_on_from_the_body_that_made_something_public():
    text = (
        "Mediator Ana Costa said the talks would resume in the spring.\n"
        "The rebel delegation earlier announced the deal on Twitter.\n"
        "“We will hold our fire until the last prisoner walks home.”"
    )
    assert speakers_of(text)[-1] == "The rebel delegation"


def test_it_said_after_a_body_named_before_its_quote_is_that_body():
    text = (
        "Canada’s foreign ministry said it had agreed to facilitate talks.\n"
        "But the Cameroonian government “has not entrusted any country with any role of "
        "mediator,” it said in a statement."
    )
    assert speakers_of(text)[-1] == "the Cameroonian government"


def test_he_said_never_goes_to_a_body_named_with_its_article():
    text = (
        "Negotiator Ana Costa said talks had made progress.\n"
        "The Afghan Taliban said a ceasefire had been agreed.\n"
        "“Both sides will show flexibility,” he said."
    )
    assert speakers_of(text)[-1] == "Negotiator Ana Costa"


def test_a_quote_said_twice_is_drafted_once():
    text = (
        "“The corridor opens at dawn for all civilians who wish to leave,” Ana Costa said.\n"
        "Buses were waiting at the gate.\n"
        "“The corridor opens at dawn for all the civilians who wish to leave,” Ana Costa said."
    )
    statements = statements_of(text)
    assert len(statements) == 1


def test_a_figure_told_again_is_drafted_once():
    text = (
        "The navy said 14 sailors were freed on Tuesday.\n"
        "The 14 sailors flew home later, officials added."
    )
    figures = [d for d in draft_article(text, THURSDAY) if d.kind == "figure"]
    assert [(f.values["value_min"], f.values["counts"]) for f in figures] == [(14, "sailors")]


def test_the_date_words_after_the_verb_date_the_statement():
    (saying,) = sayings_in("The talks will resume, the envoy said late Tuesday.", NOBODY)
    assert saying.when == "late Tuesday"


def test_a_quote_after_said_and_a_colon_is_the_speakers():
    (first,) = sayings_in("The envoy said the talks would go on.", NOBODY)
    (saying,) = sayings_in(
        "He said: “We will keep talking until the last detainee is home.”", NOBODY, first.speaker
    )
    assert saying.is_direct_quote
    assert saying.text == "We will keep talking until the last detainee is home."
    assert saying.speaker.words == "The envoy"


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


@pytest.mark.parametrize(
    "verb", ["reaffirmed", "emphasised", "pointed out", "explained", "say", "reported"]
)
def test_more_verbs_report_what_a_speaker_said(verb):
    (saying,) = sayings_in(f"The ministry {verb} that the crossing would reopen.", NOBODY)
    assert saying.speaker.words == "The ministry"
    assert saying.text == "the crossing would reopen"


@pytest.mark.parametrize("declined", ["declined to say", "would not say", "did not say"])
def test_a_saying_refused_is_no_statement(declined):
    assert sayings_in(f"Officials {declined} whether the crossing would reopen.", NOBODY) == []


def test_when_the_speaker_said_it_follows_the_verb():
    (saying,) = sayings_in("The round was useful, Ana Costa said as the talks ended.", NOBODY)
    assert saying.speaker.words == "Ana Costa"
    assert saying.text == "The round was useful"


def test_a_text_that_reads_is_quoted():
    (saying,) = sayings_in(
        "“Both sides will free every detainee they hold,” the text read.", NOBODY
    )
    assert saying.is_direct_quote and saying.speaker.words == "the text"


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


def test_a_second_speaker_after_circumstance_words():
    _first, second = sayings_in(
        "The army said it had pulled back, and after the vote, the council confirmed the "
        "corridor would stay open.",
        NOBODY,
    )
    assert second.speaker.words == "the council"
    assert second.text == "the corridor would stay open"


def test_according_to_a_name_closing_a_claim_is_that_names():
    (saying,) = sayings_in("The two sides are close to a deal, according to Axios.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Axios", "The two sides are close to a deal")


def test_according_to_a_name_after_a_tally_is_no_statement():
    assert sayings_in("Some 40 people died in the shelling, according to Reuters.", NOBODY) == []


def test_according_to_a_name_opening_the_sentence():
    (saying,) = sayings_in("According to Ana Costa, the corridor will open at dawn.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Ana Costa", "the corridor will open at dawn")


@pytest.mark.parametrize(
    "quote",
    ["We are close, but there is still work to do", "We don’t expect the crossings to open soon"],
)
def test_a_quote_in_single_marks_is_quoted(quote):
    (saying,) = sayings_in(f"‘{quote},’ said a spokesman for the mission.", NOBODY)
    assert saying.is_direct_quote and saying.text == quote
    assert saying.speaker.words == "a spokesman for the mission"


def test_a_quote_after_saying_is_the_subjects():
    (saying,) = sayings_in(
        "Ana Costa unveiled the plan on Friday, saying “It is time for the shelling to end.”",
        NOBODY,
    )
    assert saying.is_direct_quote and saying.speaker.words == "Ana Costa"


def test_a_claim_after_and_said_is_the_subjects():
    (saying,) = sayings_in("Costa led the talks and said the sides had agreed to meet.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Costa", "the sides had agreed to meet")


def test_a_quote_a_speaker_thanks_with_is_theirs():
    (saying,) = sayings_in(
        "Costa thanked both delegations “for their patience during long nights of talks”.", NOBODY
    )
    assert saying.is_direct_quote and saying.speaker.words == "Costa"
    assert saying.text == "for their patience during long nights of talks"


def test_it_said_is_the_body_that_spoke_last():
    text = (
        "The interior ministry said the curfew would be lifted at noon.\n"
        "It said the checkpoints would stay in place until the end of the month."
    )
    speakers = speakers_of(text)
    assert speakers == ["The interior ministry", "The interior ministry"]


def test_it_said_after_a_person_spoke_names_no_one():
    text = (
        "Ana Costa said the curfew would be lifted at noon.\n"
        "It said the checkpoints would stay in place until the end of the month."
    )
    assert speakers_of(text) == ["Ana Costa"]


def test_a_title_names_the_one_person_the_report_gave_it_before():
    text = (
        "Council President Lina Sayed opened the session in the capital.\n"
        "The truce will hold through the winter, the council president said."
    )
    (statement,) = [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]
    assert statement.values["speaker_description"] == "Council President Lina Sayed"


def test_a_title_two_people_bore_names_no_one():
    text = (
        "Council President Lina Sayed met Council President Omar Haddad in the capital.\n"
        "The truce will hold through the winter, the council president said."
    )
    (statement,) = [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]
    assert statement.values["speaker_description"] == "the council president"


def test_a_passive_verb_of_saying_has_no_speaker_before_it():
    sentence = "Based on details announced so far by the rebels, the deal frees every detainee."
    assert sayings_in(sentence, NOBODY) == []


def test_a_deadline_after_the_verb_is_no_passive():
    (saying,) = sayings_in("The rebels said by Friday they would free every detainee.", NOBODY)
    assert saying.speaker.words == "The rebels"


def test_a_quote_said_again_by_the_shorter_name_is_drafted_once():
    text = (
        "“The corridor opens at dawn for all civilians who wish to leave,” Foreign Minister "
        "Ana Costa said.\n"
        "“The corridor opens at dawn for all civilians who wish to leave,” Costa said."
    )
    statements = statements_of(text)
    assert len(statements) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Costa told Reuters that the convoy had left.",
        "Ana Costa told the Security Council on Monday that the convoy had left.",
        "Ana Costa said in a televised speech that the convoy had left.",
    ],
)
def test_whom_or_where_it_was_told_is_not_what_was_said(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == ("Ana Costa", "the convoy had left")


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


def test_an_inverted_attribution_after_a_place_and_its_description_names_the_speaker():
    (saying,) = sayings_in(
        "The rebels were freed on Monday in Goma, a city near the border, said a UN official.",
        NOBODY,
    )
    assert (saying.speaker.words, saying.text) == (
        "a UN official",
        "The rebels were freed on Monday in Goma, a city near the border",
    )


def test_what_a_plan_calls_for_is_no_statement_but_a_person_calling_for_it_is():
    assert sayings_in("The kingdom’s plan also called for a joint bank account.", NOBODY) == []
    (saying,) = sayings_in("The UN envoy called for a joint bank account.", NOBODY)
    assert saying.speaker.words == "The UN envoy"


def test_an_inverted_attribution_by_a_statement_names_whose_statement_it_is():
    (saying,) = sayings_in(
        "Twelve bodies were brought to the hospital, said a statement from the health ministry.",
        NOBODY,
    )
    assert saying.speaker.words == "a statement from the health ministry"
    assert saying.outlet == ""


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


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ana Costa asked the rebels to extend their three-day truce.", "Ana Costa"),
        ("The ministry thanked the mediators for their patience.", "The ministry"),
    ],
)
def test_a_request_or_thanks_is_a_claim_of_whoever_made_it(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters asked the prime minister’s office if it had agreed to the proposal.",
        "Tomas Berg had warrants issued for the envoys and asked Cuba to extradite them.",
    ],
)
def test_a_question_asked_or_a_request_after_another_act_names_no_speaker(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_speaker_with_two_roles_before_the_name_is_named():
    (saying,) = sayings_in(
        "The chief mediator at the talks, Sudan’s vice-president, Riek Machar, said on "
        "Saturday: “We hope that the guns can go silent.”",
        NOBODY,
    )
    assert saying.speaker.words.endswith("Riek Machar") and saying.when == "on Saturday"


@pytest.mark.parametrize(
    "sentence",
    [
        "Santos responded in Bogota: “There is not going to be any ceasefire.”",
        "“There is not going to be any ceasefire,” Santos replied.",
    ],
)
def test_an_answer_with_words_after_it_is_a_statement(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Santos" and saying.is_direct_quote


@pytest.mark.parametrize(
    "sentence", ["The army responded with airstrikes.", "The army responded, firing at the town."]
)
def test_an_answer_in_deeds_is_no_statement(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_claim_closed_by_a_quote_after_a_comma_is_the_claim_and_the_quote():
    sayings = sayings_in(
        "Ana Costa said that if the army withdraws its forces, “the way towards a lasting peace "
        "will be opened.”",
        NOBODY,
    )
    assert [(saying.text, saying.is_direct_quote) for saying in sayings] == [
        ("if the army withdraws its forces", False),
        ("the way towards a lasting peace will be opened.", True),
    ]


def test_a_claim_that_runs_into_its_quote_is_not_cut_from_it():
    (saying,) = sayings_in(
        "Ana Costa said the truce was “a first step towards a lasting peace for the valley.”",
        NOBODY,
    )
    assert "a first step" in saying.text


def test_going_on_to_a_quote_is_saying_it_but_fighting_that_went_on_says_nothing():
    (saying,) = sayings_in("Costa went on: “The commission has seen every weapon.”", NOBODY)
    assert saying.speaker.words == "Costa" and saying.is_direct_quote
    assert sayings_in("The fighting went on: shells fell all night.", NOBODY) == []


def test_an_accusation_with_a_short_quote_in_it_is_a_claim_in_the_reports_words():
    (saying,) = sayings_in(
        "The group accused the army of overstepping the “Yellow Line” and shelling the town.",
        NOBODY,
    )
    assert not saying.is_direct_quote and saying.text.startswith("accused the army of")


def test_a_claim_added_after_an_attribution_is_the_speakers_too():
    sayings = sayings_in(
        "“The fighters will lay down their arms,” the group said, using its leader's nickname, "
        "adding it would halt all hostilities unless attacked.",
        NOBODY,
    )
    assert [(saying.text, saying.is_direct_quote) for saying in sayings] == [
        ("The fighters will lay down their arms", True),
        ("it would halt all hostilities unless attacked", False),
    ]
    assert {saying.speaker.words for saying in sayings} == {"the group"}


@pytest.mark.parametrize(
    "sentence, speaker, text",
    [
        (
            "Announcing the move, Deputy Minister Ana Costa said all charges would be dropped.",
            "Deputy Minister Ana Costa",
            "all charges would be dropped",
        ),
        (
            "The rocket fire came hours after strikes on the south, with the army saying it had "
            "targeted fighters.",
            "the army",
            "it had targeted fighters",
        ),
        (
            "Some analysts suggested that the offer was meant for the summit.",
            "Some analysts",
            "the offer was meant for the summit",
        ),
    ],
)
def test_speakers_after_a_participle_with_saying_or_suggesting(sentence, speaker, text):
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == (speaker, text)


def test_a_day_after_a_pledge_dates_it():
    (saying,) = sayings_in("Ana Costa promised Friday to reopen the crossing.", NOBODY)
    assert saying.when == "Friday"


def test_a_quote_declared_then_a_claim_saying_more_are_both_statements():
    sayings = sayings_in(
        "The government on Thursday declared “an indefinite humanitarian truce effective "
        "immediately”, saying it hoped to hasten the delivery of aid.",
        NOBODY,
    )
    assert [(saying.text, saying.is_direct_quote) for saying in sayings] == [
        ("an indefinite humanitarian truce effective immediately", True),
        ("it hoped to hasten the delivery of aid", False),
    ]


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


def test_but_added_goes_on_with_the_same_speaker():
    sayings = sayings_in(
        "The ministers said progress was slower than hoped, but added, “essential ground "
        "clearing work has been carried out”.",
        NOBODY,
    )
    assert {saying.speaker.words for saying in sayings} == {"The ministers"}
    assert [saying.is_direct_quote for saying in sayings] == [False, True]


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


def test_optimism_expressed_that_is_a_claim_but_about_a_thing_is_none():
    (saying,) = sayings_in("The envoys expressed optimism that the war would end.", NOBODY)
    assert saying.text == "the war would end"
    assert sayings_in("Biden expressed optimism about the state of the talks.", NOBODY) == []


def test_a_name_and_role_before_said_is_the_speaker_whatever_closes_the_sentence():
    (saying,) = sayings_in(
        "Brig. Gen. Ana Costa, chairman of the ceasefire panel, said the troop movement aims to "
        "prevent attacks in the area.",
        NOBODY,
    )
    assert saying.speaker.words.startswith("Brig. Gen. Ana Costa")


def test_an_inverted_attribution_by_a_statement_with_no_article():
    (saying,) = sayings_in("The talks will resume next week, says joint statement.", NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "joint statement",
        "The talks will resume next week",
    )


def test_what_was_told_to_a_briefing_is_quoted():
    (saying,) = sayings_in(
        "“The talks will resume next week,” Costa told a daily briefing.", NOBODY
    )
    assert saying.is_direct_quote and saying.speaker.words == "Costa"


def test_an_attribution_between_commas_inside_the_claim_keeps_the_sentence():
    (saying,) = sayings_in("The talks, Costa said, would resume next week.", NOBODY)
    assert saying.speaker.words == "Costa"
    assert saying.text == "The talks, Costa said, would resume next week"


def test_an_attribution_then_adding_keeps_the_claim_before_it_and_adds_the_other():
    sayings = sayings_in(
        "The truce is holding, Costa said, adding that aid trucks had entered the city.", NOBODY
    )
    assert [(saying.speaker.words, saying.text) for saying in sayings] == [
        ("Costa", "The truce is holding"),
        ("Costa", "aid trucks had entered the city"),
    ]


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


def test_a_short_quote_before_an_inverted_attribution_is_quoted():
    (saying,) = sayings_in("“We are ready,” said Costa, who leads the mission.", NOBODY)
    assert (saying.is_direct_quote, saying.text) == (True, "We are ready")


def test_a_role_whose_closing_comma_is_missing_still_names_the_speaker_before_it():
    (saying,) = sayings_in(
        "Ana Costa, a former envoy and one of two witnesses of the handover said she was "
        "certain that every weapon was accounted for.",
        NOBODY,
    )
    assert saying.speaker.words == "Ana Costa"
    assert saying.text == "she was certain that every weapon was accounted for"


@pytest.mark.parametrize(
    "sentence",
    [
        "The government and the rebels announced a ceasefire on Monday.",
        "The delegation earlier announced the deal on Twitter.",
        "The party declared a unilateral truce starting on Friday.",
    ],
)
def test_announcing_or_declaring_a_thing_is_no_statement(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_announcing_that_something_is_so_is_a_statement():
    (saying,) = sayings_in("The army announced that the truce would hold.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("The army", "the truce would hold")


@pytest.mark.parametrize("opening", ["Last Friday", "Meanwhile", "In Doha"])
def test_words_before_an_unnamed_speaker_are_not_taken_for_a_name(opening):
    (saying,) = sayings_in(f"{opening}, a senior official said the talks would resume.", NOBODY)
    assert saying.speaker.words == "a senior official"


@pytest.mark.parametrize("verb", ["said", "announced", "declared"])
def test_a_short_quote_after_a_colon_is_quoted(verb):
    (saying,) = sayings_in(f"Loudspeakers at the mosque {verb}: “The war is over.”", NOBODY)
    assert (saying.is_direct_quote, saying.text) == (True, "The war is over.")
    assert saying.speaker.words == "Loudspeakers at the mosque"


def test_called_for_reports_what_a_speaker_asks():
    (saying,) = sayings_in("The council on Tuesday called for an immediate ceasefire.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("The council", "an immediate ceasefire")
    assert saying.when == "on Tuesday"


def test_a_quote_standing_alone_goes_on_with_the_last_speaker():
    text = (
        "“We are ready to sign the text as it stands,” Ana Costa said.\n"
        "“The other side must now show that it wants peace too.”"
    )
    assert speakers_of(text) == ["Ana Costa", "Ana Costa"]


def test_he_said_goes_to_a_full_name_opening_the_sentence_before():
    text = (
        "“We will keep the corridor open all week,” the mayor said.\n"
        "Foreign Minister Ana Costa arrived in the valley on Monday.\n"
        "“Nothing is settled until the last prisoner walks home,” she said."
    )
    speakers = speakers_of(text)
    assert speakers == ["the mayor", "Foreign Minister Ana Costa"]


def test_he_said_never_goes_to_a_body_opening_the_sentence_before():
    text = (
        "“We will keep the corridor open all week,” Ana Costa said.\n"
        "United Nations monitors reached the valley on Monday.\n"
        "“Nothing is settled until the last prisoner walks home,” she said."
    )
    assert speakers_of(text) == ["Ana Costa", "Ana Costa"]


def test_a_claim_with_no_number_according_to_a_ministry_is_its_statement():
    (saying,) = sayings_in("The talks will resume, according to the foreign ministry.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("the foreign ministry", "The talks will resume")


def test_a_tally_according_to_a_ministry_is_no_statement():
    assert sayings_in("Some 40 people died, according to the health ministry.", NOBODY) == []


def test_a_tally_in_words_according_to_a_name_is_no_statement():
    assert sayings_in("Some forty people died, according to Reuters.", NOBODY) == []


def test_a_duration_according_to_a_ministry_is_a_statement():
    (saying,) = sayings_in("The truce will last two more days, according to the ministry.", NOBODY)
    assert saying.speaker.words == "the ministry"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal, which Qatar announced on Monday, will free the sailors.",
        "The truce, which the mediators announced, took effect at dawn.",
    ],
)
def test_a_relative_clause_names_no_speaker(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_passive_verb_after_be_names_no_speaker():
    assert sayings_in("The truce was announced on Monday and took effect at dawn.", NOBODY) == []


def test_he_said_after_a_body_spoke_is_still_the_last_person():
    text = (
        "“We expect the first buses to leave at dawn,” Foreign Minister Ana Costa said.\n"
        "The ministry said the convoy would be escorted.\n"
        "“Nobody will be left behind in the valley,” she said."
    )
    speakers = speakers_of(text)
    assert speakers == ["Foreign Minister Ana Costa", "The ministry", "Foreign Minister Ana Costa"]


def test_a_first_name_alone_is_a_person_not_a_body():
    text = (
        "Mediator Anwar Ibrahim opened the talks in the capital.\n"
        "The truce will hold through the harvest, Anwar said.\n"
        "“Nobody will be left behind in the valley,” he said."
    )
    assert speakers_of(text) == ["Anwar", "Anwar"]


def test_a_pronoun_thanking_with_a_quote_is_the_last_speaker():
    (first,) = sayings_in("The envoy said the talks would go on.", NOBODY)
    (saying,) = sayings_in(
        "She thanked both delegations “for their patience during long nights of talks”.",
        NOBODY,
        first.speaker,
    )
    assert saying.speaker.words == "The envoy"


def test_they_said_after_a_body_spoke_is_that_body():
    text = (
        "“We expect the first buses to leave at dawn,” Ana Costa said.\n"
        "Officials said the convoy would be escorted.\n"
        "They said the road had been cleared of mines."
    )
    speakers = speakers_of(text)
    assert speakers == ["Ana Costa", "Officials", "Officials"]


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


def test_a_short_quote_standing_alone_goes_on_with_the_last_speaker():
    text = "“We are ready to sign the text,” Ana Costa said. “We always were.”"
    statements = statements_of(text)
    assert [d.values["text"] for d in statements] == [
        "We are ready to sign the text",
        "We always were.",
    ]


def test_a_verb_in_a_time_clause_names_no_speaker():
    text = "Minutes before the army confirmed the pause, the mayor claimed it was his doing."
    assert "Minutes before the army" not in speakers_of(text)


def test_time_words_that_open_a_sentence_are_not_the_speakers():
    text = "Hours earlier the regional governor announced that the roads would reopen."
    assert speakers_of(text) == ["the regional governor"]


def test_a_speaker_quoted_as_having_told_someone_is_the_one_before_it():
    text = "“The sides have agreed on the lists,” Ortega was quoted as having told a radio station."
    assert speakers_of(text) == ["Ortega"]


def test_a_toll_a_war_has_claimed_is_no_statement():
    assert speakers_of("The fighting in the valley has claimed thousands of lives.") == []


def test_he_after_a_speaker_named_by_one_word_only_is_that_speaker():
    text = (
        "“We brought twelve more of our people home,” Marenko said on Telegram.\n"
        "“I thank the mediators for their patient work,” he added."
    )
    assert speakers_of(text) == ["Marenko", "Marenko"]


def test_he_after_a_name_given_with_a_possessive_is_that_person():
    text = (
        "President Ivo Marenko’s office said the list was agreed.\n"
        "“This is a day of joy for the whole nation,” Marenko said.\n"
        "“We will bring every one of them home,” he said."
    )
    assert speakers_of(text)[-1] == "Marenko"


def test_a_day_between_commas_names_no_speaker():
    assert speakers_of("The pause, announced Saturday, was to last two days.") == []


def test_on_his_part_is_not_the_speakers_words():
    text = "“We are ready to sign the text,” General Ortega on his part said."
    assert speakers_of(text) == ["General Ortega"]


def test_he_after_a_subject_that_a_connective_opens_is_that_subject():
    text = (
        "Premier Ivo Marenko announced a pause on Saturday.\n"
        "However, President Ana Costa dismissed the move.\n"
        "“Shells are still falling on our towns,” she posted on X."
    )
    assert speakers_of(text)[-1] == "President Ana Costa"


def test_a_conjunction_before_the_circumstance_words_is_not_the_speaker():
    (saying,) = sayings_in(
        "But in a televised address, Foreign Minister Ana Costa said the corridor would stay "
        "open “for as long as the guns are silent”.",
        NOBODY,
    )
    assert saying.speaker.words == "Foreign Minister Ana Costa"


@pytest.mark.parametrize("verb", ["reports", "confirms", "notes"])
def test_a_verb_of_saying_in_the_present_reports_what_follows_that(verb):
    (saying,) = sayings_in(f"The health ministry {verb} that 40 people were wounded.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("The health ministry", "40 people were wounded")


@pytest.mark.parametrize(
    "sentence",
    [
        "Media reports that the truce had collapsed were denied.",
        "Amid reports that the rebels accepted the deal, the army held its fire.",
        "EU member states that back the plan will meet on Monday.",
        "Officials would not confirm that the deal had been signed.",
    ],
)
def test_a_noun_or_a_verb_no_one_says_with_is_no_saying_before_that(sentence):
    assert sayings_in(sentence, NOBODY) == []


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


def test_words_after_a_colon_are_not_drafted_as_what_came_before():
    sentence = "After the talks, which ran late, Costa said: the talks will go on."
    sayings = sayings_in(sentence, NOBODY)
    assert all(not saying.text.startswith("After the talks") for saying in sayings)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The army spokesman on Tuesday accused the rebels of shelling the market.",
            "accused the rebels of shelling the market",
        ),
        (
            "The envoy called on both sides to open the road to the hospital.",
            "called on both sides to open the road to the hospital",
        ),
    ],
)
def test_an_accusation_or_a_call_with_no_quote_is_a_reported_statement(sentence, text):
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.is_direct_quote, saying.text) == (False, text)
    assert "Tuesday" not in saying.speaker.words


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels rejected the proposal on Monday.",  # an act, not a claim
        "The rebels were accused of shelling the market.",  # passive: no one accuses here
        "Residents were urged to leave the town.",
        "The promised withdrawal has not begun.",
    ],
)
def test_an_act_that_is_no_ones_claim_is_no_statement(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_him_quoted_as_saying_is_the_person_spoken_of_before():
    costa = Speaker("Ana Costa")
    (saying,) = sayings_in(
        "The agency quoted him as saying that the road would reopen.", NOBODY, previous=costa
    )
    assert saying.speaker is costa


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


def test_a_claim_in_the_reports_words_that_quotes_some_of_them_is_one_statement():
    (saying,) = sayings_in(
        "Peskov said officials were “closely examining” the joint statement on the truce, which "
        "also called for an “exchange of prisoners of war and the release of civilian detainees.”",
        NOBODY,
    )
    assert not saying.is_direct_quote and saying.speaker.words == "Peskov"
    assert saying.text.startswith("officials were “closely examining” the joint statement")


def test_a_sentence_quoted_at_length_after_a_short_lead_in_stays_a_quote():
    (saying,) = sayings_in(
        "He said: “We will not sign anything until the last soldier has left our land.”",
        SpeakerIndex([], []),
        previous=Speaker("Tomas Berg"),
    )
    assert saying.is_direct_quote


@pytest.mark.parametrize(
    "sentence",
    [
        "Burhan described the plan as the “worst yet,” saying it would dissolve the army.",
        "The government swiftly rejected the declaration, labelling it a “political manoeuvre”.",
    ],
)
def test_what_someone_calls_a_thing_however_short_the_quote_is_their_claim(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert not saying.is_direct_quote
    assert saying.speaker.words in ("Burhan", "The government")
    assert saying.text.startswith(
        ("described the plan as the “worst yet", "rejected the declaration")
    )


def test_a_passive_names_no_speaker_in_its_verb():
    sayings = sayings_in("The first two weeks of the “truce” were announced by the envoy.", NOBODY)
    assert [saying.speaker.words for saying in sayings] == []


def test_posting_pictures_is_no_statement_but_posting_words_is():
    assert sayings_in("The president posted images of the freed troops on Friday.", NOBODY) == []
    (saying,) = sayings_in(
        "The president posted on Telegram that 84 soldiers had come home.", NOBODY
    )
    assert saying.text == "84 soldiers had come home"


def test_he_said_after_a_person_named_as_the_sentences_subject_is_that_person():
    previous = Speaker("officials from both countries")
    (saying,) = sayings_in(
        "President Volodymyr Zelenskiy posted images of the freed troops, most of whom had been "
        "held since 2022, he said.",
        NOBODY,
        previous,
    )
    assert saying.speaker.words == "President Volodymyr Zelenskiy"


def test_what_a_source_relays_is_said_by_the_one_it_names_as_saying_it():
    (saying,) = sayings_in(
        "According to Walla, an Israeli media company, reports note that senior Hamas official "
        "Osama Hamdan said that the deal guarantees “the army will leave the old city at once.”",
        NOBODY,
    )
    assert saying.speaker.words.endswith("Osama Hamdan")


@pytest.mark.parametrize(
    "sentence", ["Israel attributed the delay to Hamas’s failure to submit the list."]
)
def test_blaming_or_attributing_is_a_claim_even_unquoted(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Israel" and saying.text.startswith("attributed the delay")


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


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Hamas said in a statement it had handed the list to mediators.", "in a statement"),
        (
            "The army said in a post on Telegram it had handed the list over.",
            "in a post on Telegram",
        ),
        ("The army said on Telegram it had handed the list to mediators.", "on Telegram"),
    ],
)
def test_a_medium_before_a_claim_without_that_is_the_outlet_not_the_claim(sentence, outlet):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.outlet == outlet
    assert saying.text.startswith("it had handed the list")


def test_one_quoted_as_saying_with_no_outlet_named_said_it():
    (saying,) = sayings_in("Ana Costa was quoted as saying the truce was holding.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Ana Costa", "the truce was holding")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The army denied that it had broken the truce.", "denied that it had broken the truce"),
        ("The army denied breaking the truce.", "denied breaking the truce"),
        ("Hamas denied the allegations.", "denied the allegations"),
    ],
)
def test_a_denial_is_the_deniers_claim_in_its_own_words(sentence, text):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.text == text and not saying.is_direct_quote


def test_denying_a_thing_is_no_claim():
    assert sayings_in("Israel denied entry to the aid convoy.", NOBODY) == []


def test_a_quote_after_where_it_was_said_is_a_quote_said_there():
    (saying,) = sayings_in(
        "The envoy said at the news conference “the truce is holding in every town along the "
        "border.”",
        NOBODY,
    )
    assert saying.is_direct_quote and saying.outlet == "at the news conference"


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


def test_he_said_with_no_person_named_before_is_not_drafted():
    text = (
        "The talks resumed in the capital.\n"
        "“Nothing is settled until the last prisoner walks home,” he said."
    )
    assert [d for d in draft_article(text, THURSDAY) if d.kind == "statement"] == []


def test_he_said_goes_to_a_long_titled_subject_of_an_irregular_verb():
    text = (
        "Southland's Prime Minister Ana Maria Costa met the envoy Tomas Berg on Monday.\n"
        "“We will not stop until every prisoner is home,” she said."
    )
    (statement,) = [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]
    assert statement.values["speaker_description"].endswith("Ana Maria Costa")


def test_a_name_with_a_particle_is_the_whole_name():
    text = (
        "On Monday, General John de Chastelain said the last arms had been put beyond use.\n"
        "Speaking in Belfast, the general said the inventory matched the estimates."
    )
    assert speakers_of(text) == [
        "General John de Chastelain",
        "General John de Chastelain",
    ]


def test_an_attribution_in_mid_sentence_says_all_before_it():
    (saying,) = sayings_in(
        "The rebels declared an immediate truce on Saturday, a news agency close to the group "
        "said, heeding their leader's call.",
        NOBODY,
    )
    assert saying.speaker.words == "a news agency close to the group"
    assert saying.text == "The rebels declared an immediate truce on Saturday"


def test_a_relative_clause_after_the_speaker_of_a_quote_is_not_the_speaker():
    (saying,) = sayings_in(
        f"{QUOTE} rebel spokesman Tomas Berg who also signed the peace agreement on behalf of the "
        "valley said in a post on Wednesday.",
        NOBODY,
    )
    assert saying.is_direct_quote and saying.speaker.words == "rebel spokesman Tomas Berg"
