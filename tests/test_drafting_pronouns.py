"""Statements that go on with someone named before: "he", "she", "it" or "they said", quotes
standing alone, "adding" or "saying" more, a title given before; a statement said twice;
"they" never one person."""

import pytest

from negotiations.drafting.article import draft_article
from negotiations.drafting.sayings import sayings_in
from negotiations.drafting.speakers import Speaker, SpeakerIndex

from .drafting_statements import NOBODY, THURSDAY, speakers_of, statements_of


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
    assert speakers_of(text) == ["Mediator Ana Costa", "Tomas Berg"]


def test_a_place_that_qualifies_a_plural_noun_is_no_one_he_could_be():
    text = (
        "Ana Costa said the talks had stalled.\n"
        "South Sudan mediators Thursday have suspended the talks at the rebels' request.\n"
        "“The delegation rejected the proposal,” he added."
    )
    assert speakers_of(text) == ["Ana Costa", "Ana Costa"]


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


def test_a_quote_after_said_and_a_colon_is_the_speakers():
    (first,) = sayings_in("The envoy said the talks would go on.", NOBODY)
    (saying,) = sayings_in(
        "He said: “We will keep talking until the last detainee is home.”", NOBODY, first.speaker
    )
    assert saying.is_direct_quote
    assert saying.text == "We will keep talking until the last detainee is home."
    assert saying.speaker.words == "The envoy"


def test_a_quote_after_saying_is_the_subjects():
    (saying,) = sayings_in(
        "Ana Costa unveiled the plan on Friday, saying “It is time for the shelling to end.”",
        NOBODY,
    )
    assert saying.is_direct_quote and saying.speaker.words == "Ana Costa"


def test_a_claim_after_and_said_is_the_subjects():
    (saying,) = sayings_in("Costa led the talks and said the sides had agreed to meet.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Costa", "the sides had agreed to meet")


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


def test_a_quote_said_again_by_the_shorter_name_is_drafted_once():
    text = (
        "“The corridor opens at dawn for all civilians who wish to leave,” Foreign Minister "
        "Ana Costa said.\n"
        "“The corridor opens at dawn for all civilians who wish to leave,” Costa said."
    )
    statements = statements_of(text)
    assert len(statements) == 1


def test_going_on_to_a_quote_is_saying_it_but_fighting_that_went_on_says_nothing():
    (saying,) = sayings_in("Costa went on: “The commission has seen every weapon.”", NOBODY)
    assert saying.speaker.words == "Costa" and saying.is_direct_quote
    assert sayings_in("The fighting went on: shells fell all night.", NOBODY) == []


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


def test_but_added_goes_on_with_the_same_speaker():
    sayings = sayings_in(
        "The ministers said progress was slower than hoped, but added, “essential ground "
        "clearing work has been carried out”.",
        NOBODY,
    )
    assert {saying.speaker.words for saying in sayings} == {"The ministers"}
    assert [saying.is_direct_quote for saying in sayings] == [False, True]


def test_an_attribution_then_adding_keeps_the_claim_before_it_and_adds_the_other():
    sayings = sayings_in(
        "The truce is holding, Costa said, adding that aid trucks had entered the city.", NOBODY
    )
    assert [(saying.speaker.words, saying.text) for saying in sayings] == [
        ("Costa", "The truce is holding"),
        ("Costa", "aid trucks had entered the city"),
    ]


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
    assert speakers_of(text) == ["Mediator Anwar Ibrahim"] * 2


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


def test_a_short_quote_standing_alone_goes_on_with_the_last_speaker():
    text = "“We are ready to sign the text,” Ana Costa said. “We always were.”"
    statements = statements_of(text)
    assert [d.values["text"] for d in statements] == [
        "We are ready to sign the text",
        "We always were.",
    ]


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
    assert speakers_of(text)[-1] == "President Ivo Marenko"


def test_he_after_a_subject_that_a_connective_opens_is_that_subject():
    text = (
        "Premier Ivo Marenko announced a pause on Saturday.\n"
        "However, President Ana Costa dismissed the move.\n"
        "“Shells are still falling on our towns,” she posted on X."
    )
    assert speakers_of(text)[-1] == "President Ana Costa"


def test_him_quoted_as_saying_is_the_person_spoken_of_before():
    costa = Speaker("Ana Costa")
    (saying,) = sayings_in(
        "The agency quoted him as saying that the road would reopen.", NOBODY, previous=costa
    )
    assert saying.speaker is costa


def test_a_sentence_quoted_at_length_after_a_short_lead_in_stays_a_quote():
    (saying,) = sayings_in(
        "He said: “We will not sign anything until the last soldier has left our land.”",
        SpeakerIndex([], []),
        previous=Speaker("Tomas Berg"),
    )
    assert saying.is_direct_quote


def test_he_said_after_a_person_named_as_the_sentences_subject_is_that_person():
    previous = Speaker("officials from both countries")
    (saying,) = sayings_in(
        "President Volodymyr Zelenskiy posted images of the freed troops, most of whom had been "
        "held since 2022, he said.",
        NOBODY,
        previous,
    )
    assert saying.speaker.words == "President Volodymyr Zelenskiy"


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


def test_he_said_never_goes_to_speakers_who_are_many():
    text = (
        "The foreign ministers of France and Italy said progress was slow.\n"
        "He said the talks must end by noon on Saturday."
    )
    assert speakers_of(text) == ["The foreign ministers of France and Italy"]


def test_an_accusation_then_adding_gives_the_accusation_and_what_was_added():
    text = (
        "The defence minister accused rebels of attacking government troops, adding that the"
        " government awaited the mediators' response."
    )
    assert [d.values["text"] for d in statements_of(text)] == [
        "accused rebels of attacking government troops",
        "the government awaited the mediators' response",
    ]


def test_an_accusation_by_a_name_and_its_role_then_but_said_gives_both_claims():
    text = (
        "Ali Haqmal, head of the information department, blamed Pakistan in a statement for"
        " the shooting but said Afghan forces did not respond."
    )
    assert [d.values["text"] for d in statements_of(text)] == [
        "blamed Pakistan in a statement for the shooting",
        "Afghan forces did not respond",
    ]


def test_an_act_that_is_no_claim_then_saying_gives_what_was_said_alone():
    text = "The army welcomed the deal, saying it would hold."
    assert [d.values["text"] for d in statements_of(text)] == ["it would hold"]


def test_and_he_insisted_goes_on_with_the_speaker_of_the_clause_before():
    text = (
        "President Ana Costa said on Wednesday that the truce was arranged by the church and he"
        " insisted his government did no more than facilitate it."
    )
    assert [(d.values["speaker_description"], d.values["text"]) for d in statements_of(text)] == [
        ("President Ana Costa", "the truce was arranged by the church"),
        ("President Ana Costa", "his government did no more than facilitate it"),
    ]


def test_pointing_out_after_an_attribution_adds_a_claim():
    text = "The transfers were lawful, the president said, pointing out that judges approved them."
    assert [d.values["text"] for d in statements_of(text)] == [
        "The transfers were lawful",
        "judges approved them",
    ]


def test_and_he_insisted_after_a_body_spoke_names_no_one():
    text = "The army said the truce held and he insisted the rebels had fired first."
    assert [d.values["speaker_description"] for d in statements_of(text)] == ["The army"]


def test_then_he_added_goes_on_with_the_one_who_spoke_before():
    text = "Envoy Tomas Berg said the talks went well. Then he added, “I will announce a date.”"
    assert speakers_of(text) == ["Envoy Tomas Berg", "Envoy Tomas Berg"]


def test_a_quote_that_goes_on_into_the_next_paragraph_is_the_speakers_of_its_paragraph():
    text = (
        "“Today is a good day for the people,” Ana Costa said. “At dawn this morning the two "
        "delegations signed the agreement in the capital.\n"
        "“The ceasefire also answers the call of the council.”"
    )
    said = statements_of(text)
    assert [s.values["speaker_description"] for s in said] == ["Ana Costa"] * 3
    assert said[1].values["text"].startswith("At dawn this morning")


def test_a_quote_left_open_at_the_start_of_a_paragraph_is_no_ones_yet():
    text = (
        "“Today is a good day for the people,” Ana Costa said.\n"
        "“We have evidence that the soldiers crossed the line and built a bunker.\n"
        "“After the fight, the soldiers fled,” a military spokesman said."
    )
    assert "We have evidence" not in " ".join(s.values["text"] for s in statements_of(text))


def test_a_name_that_holds_a_months_name_is_still_whom_she_stands_for():
    text = (
        "Prime Minister Theresa May met the envoy in London on Tuesday.\n"
        "“We will keep the corridor open all week,” she said."
    )
    assert speakers_of(text) == ["Prime Minister Theresa May"]


def test_he_said_goes_to_one_of_them_named_after_a_comma():
    text = (
        "Mediator Ana Costa met the freed prisoners.\n"
        "One of them, 25-year-old engineer Tomas Berg, had a bad wound in the leg.\n"
        "“I do not want to go back to the mountains,” he said."
    )
    assert speakers_of(text) == ["Tomas Berg"]


def test_the_president_after_the_one_president_named_is_that_person():
    text = (
        "The deal was signed in Geneva on the orders of President Abdurrahman Wahid.\n"
        "The President insisted that the government would not recognise the rebels."
    )
    assert speakers_of(text) == ["President Abdurrahman Wahid"]


def test_the_minister_after_a_minister_named_with_a_portfolio_is_that_person():
    text = (
        "Minister for Information and Broadcasting Fawad Chaudhry confirmed the talks.\n"
        "The minister said the ceasefire would be extended."
    )
    assert speakers_of(text)[-1].endswith("Fawad Chaudhry")


def test_a_title_after_the_one_speaker_named_with_it_in_lower_case_is_that_speaker():
    text = (
        "Ukrainian foreign minister Ana Costa said the talks would resume.\n"
        "The foreign minister said no ransom had been paid."
    )
    assert speakers_of(text) == ["Ukrainian foreign minister Ana Costa"] * 2


def test_a_title_in_lower_case_that_two_speakers_bore_names_no_one():
    text = (
        "Ukrainian foreign minister Ana Costa said the talks would resume.\n"
        "Russian foreign minister Omar Haddad said they would not.\n"
        "The foreign minister said no ransom had been paid."
    )
    assert speakers_of(text)[-1] == "The foreign minister"


@pytest.mark.parametrize(
    "between",
    [
        "An Israeli foreign minister said the offer was final.",  # a speaker left unnamed
        "Russian foreign minister Omar Haddad met the envoys in Riyadh.",  # named, no speaker
        "She met the Pakistani foreign minister in Islamabad.",  # unnamed, no speaker
    ],
)
def test_a_title_in_lower_case_another_bore_since_names_no_one(between):
    text = (
        f"Ukrainian foreign minister Ana Costa said the talks would resume.\n{between}\n"
        "The foreign minister said no ransom had been paid."
    )
    assert speakers_of(text)[-1] == "The foreign minister"


def test_a_day_before_he_leaves_he_to_the_one_named_before():
    text = (
        "Prime Minister Ana Costa said the talks would resume.\n"
        "On Tuesday he accused the rebels of “breaking every promise” in the valley."
    )
    (_, accused) = statements_of(text)
    assert accused.values["speaker_description"] == "Prime Minister Ana Costa"


def test_one_who_speaks_within_a_quote_as_i_is_no_speaker():
    (saying,) = sayings_in(
        "“I told him that the valley would be free by the spring,” the envoy said.", NOBODY
    )
    assert saying.speaker.words == "the envoy"
    assert sayings_in("I told him that the valley would be free by the spring.", NOBODY) == []


def test_where_it_was_said_before_he_leaves_he_to_the_one_named_before():
    text = (
        "Mediator Ana Costa left for Rhodes.\n"
        "In a statement tonight he said he had sent messages to both sides."
    )
    (statement,) = statements_of(text)
    assert statement.values["speaker_description"] == "Mediator Ana Costa"


def test_he_before_anyone_spoke_is_the_one_person_named_with_a_title():
    text = (
        "The round of talks ended in disarray, with the facilitator, former president Julius "
        "Nyerere, lashing out at the government.\n"
        "“The atmosphere of negotiations has been completely soured,” he told the delegates."
    )
    assert speakers_of(text) == ["Julius Nyerere"]


def test_he_before_anyone_spoke_is_no_one_when_two_people_were_named_with_a_title():
    text = (
        "The talks ended with the facilitator, former president Julius Nyerere, lashing out at "
        "President Pierre Buyoya.\n"
        "“The atmosphere of negotiations has been completely soured,” he told the delegates."
    )
    assert speakers_of(text) == []


def test_a_quote_its_speaker_leaves_open_at_the_paragraphs_end_goes_on_in_the_next():
    text = (
        "The minister Ana Costa told the radio: “It is a significant step, no doubt about it.\n"
        "“It is the first handover of weapons in the process and I hope more will follow.\n"
        "“It means the agreement is working.”"
    )
    said = statements_of(text)
    assert [s.values["speaker_description"] for s in said][:2] == ["The minister Ana Costa"] * 2
    assert said[0].values["text"] == "It is a significant step, no doubt about it."
    assert said[1].values["text"].startswith("It is the first handover")


def test_he_said_goes_to_the_name_after_a_role_that_opens_the_sentence_before():
    text = (
        "Rees was killed on the road.\n\nIn a bitter denunciation, the chief U.S. delegate,"
        " Colonel William Tombaught, flung Rees' jacket onto the table. “The treachery of your"
        " act lays bare your disregard for human life,” he told the delegates."
    )
    assert speakers_of(text) == ["William Tombaught"]


def test_he_said_goes_to_the_name_after_a_long_role_with_no_article_that_opens_the_sentence():
    text = (
        "Outside the prison, Justice Minister Mahamat Alhabo told AFP the releases were a first"
        " step.\nFormer member of the armed MPRD peace and reconstruction movement, Adolphe"
        " Djelassem Mbaibe, was among those freed.\n“The council has kept its word and set us"
        " free,” he told AFP."
    )
    assert speakers_of(text)[-1] == "Adolphe Djelassem Mbaibe"


def test_he_said_goes_to_the_name_after_a_role_whose_words_open_with_a_whose():
    text = (
        "Both sides have warned that the accord will be hard to carry out.\n"
        "Indonesia's Chief Negotiator, Wiryono Sastrohandoyo, called this a victory. “There is"
        " still a great deal of work to be done,” he noted.\n"
        "Just after the documents were signed, the director of the centre, Martin Griffiths,"
        " congratulated the two sides. “We live in a world of tragedies,” he said."
    )
    assert speakers_of(text)[1:] == ["Wiryono Sastrohandoyo", "Martin Griffiths"]


def test_said_he_and_a_colon_before_a_quote_is_the_person_named_before():
    text = (
        "But F.A.R.C.'s second-in-command, Jacobo Arenas, remained firm. Said he: “We are going"
        " to keep our part of the peace bargain.”"
    )
    assert speakers_of(text) == ["Jacobo Arenas"]


def test_he_gave_no_reason_but_said_and_a_colon_before_a_quote_is_his():
    text = (
        "Javier Perez de Cuellar spoke in New York. He did not specify the reason for the delay,"
        " but said: “I am sure this is a technical problem on the road.”"
    )
    assert speakers_of(text) == ["Javier Perez de Cuellar"]


def test_he_joked_after_a_quote_is_the_person_an_adverb_and_a_verb_followed():
    text = (
        "Kofi Annan spoke first.\n\nPresident Demetris Christofias met Talat. Christofias even"
        " joked about the coffee. “Medium sweet,” he joked to the journalists."
    )
    assert speakers_of(text)[-1] == "President Demetris Christofias"


@pytest.mark.parametrize(
    "opening",
    [
        "The southern city, Kherson City, was shelled overnight.",
        "The US envoy, Steve Witkoff, and the Russian envoy, Kirill Dmitriev, met on Tuesday.",
    ],
)
def test_a_place_or_one_of_two_people_opening_a_sentence_is_not_he(opening):
    text = (
        f"President Volodymyr Zelensky spoke on Tuesday.\n\n{opening} He said: “We will not give"
        " up the city to anyone at all.”"
    )
    assert speakers_of(text) == ["President Volodymyr Zelensky"]


def test_they_said_is_never_one_person_named_before():
    text = (
        "Ana Costa, the mediator, met both delegations on Monday.\n"
        "There was no fighting in the town, they said, because the commander had ordered a halt."
    )
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    "speaker",
    [
        "The mothers of the two hikers",
        "U.N. representatives in Mexico",
        "the Liberation Tigers of Tamil Eelam",
    ],
)
def test_many_speakers_named_by_a_plural_are_they_and_never_he(speaker):
    text = (
        "Ana Costa said the talks had stalled.\n"
        f"{speaker} said the talks would resume on Tuesday.\n"
        "The mediator will chair the talks, they added, but gave no other details.\n"
        "“We are ready to sign,” he added."
    )
    assert speakers_of(text) == ["Ana Costa", speaker, speaker, "Ana Costa"]


@pytest.mark.parametrize(
    "speaker",
    ["A source close to the talks", "A witness", "A doctor who treated the released prisoners"],
)
def test_one_person_described_by_words_ending_in_a_plural_is_still_he(speaker):
    text = (
        "President Ana Costa spoke on Monday.\n"
        f"{speaker} said the convoy had passed the checkpoint.\n"
        "“It was quiet,” he said."
    )
    assert speakers_of(text) == [speaker, speaker]


def test_a_free_relative_clause_is_no_speaker_and_he_stays_the_last_person():
    text = (
        "Foreign Minister Ana Costa confirmed the withdrawal.\n"
        "What the mission signed up to in Geneva clearly says that observers stay outside.\n"
        "“We withdrew all six posts,” he said."
    )
    assert speakers_of(text) == ["Foreign Minister Ana Costa", "Foreign Minister Ana Costa"]


def test_a_free_relative_clause_that_opens_with_a_name_is_no_one_he_could_be():
    text = (
        "Hamas official Basem Naim said the group was studying the proposal.\n"
        "What Israel agreed to in Cairo says nothing about a withdrawal.\n"
        "“We want guarantees,” he said."
    )
    assert speakers_of(text)[-1] == "Hamas official Basem Naim"
