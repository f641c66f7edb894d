"""Who said it, told by the verb and where it stands: a medium after it, "…, said X",
"according to", colons, short quotes, passives; which verbs report a saying and which do not."""

from types import SimpleNamespace

import pytest

from negotiations.drafting.sayings import sayings_in
from negotiations.drafting.speakers import SpeakerIndex

from .drafting_statements import NOBODY, QUOTE, speakers_of, statements_of


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


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Council President Lina Sayed", "Council President Lina Sayed"),
        ("said Lina Sayed on Telegram", "Lina Sayed"),
        ("said the Kenyan presidency in a statement", "the Kenyan presidency"),
        ("said Lina Sayed, head of the monitoring mission", "Lina Sayed"),
        ("said a senior U.N. official", "a senior U.N. official"),
        ("said former President Jimmy Carter", "former President Jimmy Carter"),
        ("said navy Cmdr. Ajith Boyagoda, who was freed", "navy Cmdr. Ajith Boyagoda"),
        ("KUNA reported", "KUNA"),
        (
            "said visiting US Secretary of State Antony Blinken",
            "visiting US Secretary of State Antony Blinken",
        ),
    ],
)
def test_an_inverted_attribution_names_its_speaker(attribution, speaker):
    (saying,) = sayings_in(f"{QUOTE} {attribution}.", NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == speaker


@pytest.mark.parametrize("closing", [",", ',"'])
def test_an_outlet_reporting_what_a_speaker_said_closes_the_claim_not_names_it(closing):
    (saying,) = sayings_in(
        f"The rebels said a truce would unmask the enemy{closing} newspapers reported Wednesday.",
        NOBODY,
    )
    assert (saying.text, saying.speaker.words) == ("a truce would unmask the enemy", "The rebels")


def test_a_spokesman_telling_by_telephone_is_the_speaker_and_the_telephone_the_medium():
    (saying,) = sayings_in(
        f"{QUOTE} rebel spokesman Yasser Arman told Xinhua by telephone.", NOBODY
    )
    assert (saying.speaker.words, saying.outlet) == ("rebel spokesman Yasser Arman", "by telephone")


@pytest.mark.parametrize("outlet", ["the website", "the war monitor", "local officials"])
def test_an_outlet_by_its_noun_reporting_a_claim_closes_it(outlet):
    (saying,) = sayings_in(f"The rebels said the truce had collapsed, {outlet} reported.", NOBODY)
    assert (saying.text, saying.speaker.words) == ("the truce had collapsed", "The rebels")


def test_what_was_not_reported_is_part_of_the_claim_not_its_outlet():
    (saying,) = sayings_in(
        "The army said rebels shelled the market, but no casualties were reported.", NOBODY
    )
    assert saying.text == "rebels shelled the market, but no casualties were reported"


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
    "speaker", ["a statement from the mission", "statements delivered to news offices"]
)
def test_a_statement_reported_according_to_a_statement(speaker):
    sentence = f"The two armies agreed to swap prisoners, according to {speaker}."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.text == "The two armies agreed to swap prisoners"
    assert saying.speaker.words == speaker


def test_according_to_a_tally_is_no_statement():
    assert sayings_in("Some 40 people died, according to a tally of local records.", NOBODY) == []


def test_a_short_quote_closed_by_according_to_is_that_speakers():
    (saying,) = sayings_in(
        "They signed a “full and lasting truce,” according to Foreign Minister Ana Costa.", NOBODY
    )
    assert saying.text == "full and lasting truce"
    assert saying.speaker.words == "Foreign Minister Ana Costa"


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


def test_a_text_that_reads_is_quoted():
    (saying,) = sayings_in(
        "“Both sides will free every detainee they hold,” the text read.", NOBODY
    )
    assert saying.is_direct_quote and saying.speaker.words == "the text"


def test_according_to_a_name_closing_a_claim_is_that_names():
    (saying,) = sayings_in("The two sides are close to a deal, according to Axios.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Axios", "The two sides are close to a deal")


def test_according_to_a_name_opening_the_sentence():
    (saying,) = sayings_in("According to Ana Costa, the corridor will open at dawn.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Ana Costa", "the corridor will open at dawn")


@pytest.mark.parametrize(
    "sentence",
    [
        "By Jan. 23, according to Ana Costa, the corridor had opened at dawn.",
        "In addition, according to a statement from Ana Costa, the corridor had opened at dawn.",
    ],
)
def test_according_to_after_when_or_a_linking_phrase_opens_the_claim_after_it(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.text == "the corridor had opened at dawn"


@pytest.mark.parametrize(
    "quote",
    ["We are close, but there is still work to do", "We don’t expect the crossings to open soon"],
)
def test_a_quote_in_single_marks_is_quoted(quote):
    (saying,) = sayings_in(f"‘{quote},’ said a spokesman for the mission.", NOBODY)
    assert saying.is_direct_quote and saying.text == quote
    assert saying.speaker.words == "a spokesman for the mission"


def test_a_quote_a_speaker_thanks_with_is_theirs():
    (saying,) = sayings_in(
        "Costa thanked both delegations “for their patience during long nights of talks”.", NOBODY
    )
    assert saying.is_direct_quote and saying.speaker.words == "Costa"
    assert saying.text == "for their patience during long nights of talks"


def test_a_passive_verb_of_saying_has_no_speaker_before_it():
    sentence = "Based on details announced so far by the rebels, the deal frees every detainee."
    assert sayings_in(sentence, NOBODY) == []


def test_a_deadline_after_the_verb_is_no_passive():
    (saying,) = sayings_in("The rebels said by Friday they would free every detainee.", NOBODY)
    assert saying.speaker.words == "The rebels"


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


def test_an_accusation_with_a_short_quote_in_it_is_a_claim_in_the_reports_words():
    (saying,) = sayings_in(
        "The group accused the army of overstepping the “Yellow Line” and shelling the town.",
        NOBODY,
    )
    assert not saying.is_direct_quote and saying.text.startswith("accused the army of")


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
            "The truce collapsed today, with the military accusing the guerrillas of attacks on "
            "army bases and the rebels saying the air force was strafing villages.",
            "the rebels",
            "the air force was strafing villages",
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


def test_optimism_expressed_that_is_a_claim_but_about_a_thing_is_none():
    (saying,) = sayings_in("The envoys expressed optimism that the war would end.", NOBODY)
    assert saying.text == "the war would end"
    assert sayings_in("Biden expressed optimism about the state of the talks.", NOBODY) == []


def test_a_linking_word_before_a_speakers_role_is_no_speaker():
    sentence = "However, an official of the largest militant group, Hamas, said the deal was off."
    assert "However" not in [saying.speaker.words for saying in sayings_in(sentence, NOBODY)]


def test_hope_voiced_that_is_a_claim_of_the_one_who_voiced_it():
    (saying,) = sayings_in("The minister voiced hope that the talks would resume.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("The minister", "the talks would resume")


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


def test_a_short_quote_before_an_inverted_attribution_is_quoted():
    (saying,) = sayings_in("“We are ready,” said Costa, who leads the mission.", NOBODY)
    assert (saying.is_direct_quote, saying.text) == (True, "We are ready")


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


@pytest.mark.parametrize("verb", ["said", "announced", "declared"])
def test_a_short_quote_after_a_colon_is_quoted(verb):
    (saying,) = sayings_in(f"Loudspeakers at the mosque {verb}: “The war is over.”", NOBODY)
    assert (saying.is_direct_quote, saying.text) == (True, "The war is over.")
    assert saying.speaker.words == "Loudspeakers at the mosque"


def test_called_for_reports_what_a_speaker_asks():
    (saying,) = sayings_in("The council on Tuesday called for an immediate ceasefire.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("The council", "an immediate ceasefire")
    assert saying.when == "on Tuesday"


def test_a_claim_with_no_number_according_to_a_ministry_is_its_statement():
    (saying,) = sayings_in("The talks will resume, according to the foreign ministry.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("the foreign ministry", "The talks will resume")


def test_a_tally_according_to_a_ministry_is_its_statement():
    (saying,) = sayings_in("Some 40 people died, according to the health ministry.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("the health ministry", "Some 40 people died")


def test_a_tally_according_to_a_name_with_its_initials_is_its_statement():
    sentence = "Two people died on Saturday, according to the National News Agency (NNA)."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "the National News Agency (NNA)"


def test_a_tally_according_to_a_tally_is_no_statement():
    assert (
        sayings_in("Some forty people died, according to a tally of local records.", NOBODY) == []
    )


def test_a_duration_according_to_a_ministry_is_a_statement():
    (saying,) = sayings_in("The truce will last two more days, according to the ministry.", NOBODY)
    assert saying.speaker.words == "the ministry"


def test_a_passive_verb_after_be_names_no_speaker():
    assert sayings_in("The truce was announced on Monday and took effect at dawn.", NOBODY) == []


def test_a_toll_a_war_has_claimed_is_no_statement():
    assert speakers_of("The fighting in the valley has claimed thousands of lives.") == []


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


def test_a_claim_in_the_reports_words_that_quotes_some_of_them_is_one_statement():
    (saying,) = sayings_in(
        "Peskov said officials were “closely examining” the joint statement on the truce, which "
        "also called for an “exchange of prisoners of war and the release of civilian detainees.”",
        NOBODY,
    )
    assert not saying.is_direct_quote and saying.speaker.words == "Peskov"
    assert saying.text.startswith("officials were “closely examining” the joint statement")


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


@pytest.mark.parametrize(
    "sentence", ["Israel attributed the delay to Hamas’s failure to submit the list."]
)
def test_blaming_or_attributing_is_a_claim_even_unquoted(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Israel" and saying.text.startswith("attributed the delay")


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


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The army denied that it had broken the truce.", "denied that it had broken the truce"),
        ("The army denied breaking the truce.", "denied breaking the truce"),
        ("Hamas denied the allegations.", "denied the allegations"),
        ("Georgia denied the charge.", "denied the charge"),
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


def test_an_attribution_in_mid_sentence_says_all_before_it():
    (saying,) = sayings_in(
        "The rebels declared an immediate truce on Saturday, a news agency close to the group "
        "said, heeding their leader's call.",
        NOBODY,
    )
    assert saying.speaker.words == "a news agency close to the group"
    assert saying.text == "The rebels declared an immediate truce on Saturday"


@pytest.mark.parametrize(
    ("words", "day", "precision"),
    [
        ("this week", "2025-03-10", "week"),
        ("last week", "2025-03-03", "week"),
        ("this morning", "2025-03-13", "day"),
        ("tonight", "2025-03-13", "day"),
    ],
)
def test_a_week_or_a_part_of_the_day_after_the_verb_dates_the_quote(words, day, precision):
    (statement,) = statements_of(f"“Operations have ground to a halt,” the agency said {words}.")
    assert statement.values["speaker_description"] == "the agency"
    date = statement.values["date"]
    assert (date.date.isoformat(), str(date.precision)) == (day, precision)


def test_a_reporter_named_with_where_they_report_from_is_the_speaker():
    text = "It is truly a historic agreement, Lina Haddad, reporting from Beirut, said."
    assert speakers_of(text) == ["Lina Haddad"]


def test_what_residents_reported_hearing_is_their_claim():
    (statement,) = statements_of("Residents of the port city reported hearing four blasts.")
    assert statement.values["speaker_description"] == "Residents of the port city"
    assert statement.values["text"] == "hearing four blasts"


def test_officials_who_tell_an_outlet_in_the_present_are_the_speakers():
    (statement,) = statements_of("The contractor was freed on Wednesday, officials tell CNN.")
    assert statement.values["speaker_description"] == "officials"
    assert statement.values["text"] == "The contractor was freed on Wednesday"


def test_a_threat_is_a_claim_of_whoever_made_it():
    (statement,) = statements_of(
        "Libya threatened to withdraw its envoys unless there are results within 48 hours."
    )
    assert statement.values["speaker_description"] == "Libya"
    assert statement.values["text"].startswith("threatened to withdraw its envoys")


def test_what_a_body_estimates_in_the_present_is_its_claim():
    (statement,) = statements_of("The Red Cross estimates there are at least 395 more prisoners.")
    assert statement.values["speaker_description"] == "The Red Cross"


def test_a_claim_in_the_reports_words_then_a_quote_at_length_after_a_comma_are_both_said():
    said = sayings_in(
        "Barros said the delegates would meet again this afternoon, “when we hope to receive "
        "final approval of the accord and end this senseless war.”",
        NOBODY,
    )
    assert [(saying.text, saying.is_direct_quote) for saying in said] == [
        ("the delegates would meet again this afternoon", False),
        ("when we hope to receive final approval of the accord and end this senseless war.", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Jean Casimir, Aristide’s ambassador to Washington, told reporters: “We have reached "
            "a great day in the history of Haiti.”",
            "Jean Casimir",
        ),
        (f"{QUOTE} said freed hostage Ken Fong Yin Ken.", "freed hostage Ken Fong Yin Ken"),
        (
            f"{QUOTE} said Olivia Solarte when she got word her son had been freed.",
            "Olivia Solarte",
        ),
        (f"{QUOTE} Chavez said he had told the two women.", "Chavez"),
    ],
)
def test_a_quote_is_its_speakers_whatever_the_words_around_the_attribution(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == speaker


def test_a_quote_then_told_an_agency_and_claimed_gives_the_quote_and_the_claim():
    said = sayings_in(
        f"{QUOTE} Chea told AFP by telephone and claimed that his men were respecting the truce.",
        NOBODY,
    )
    assert [(s.speaker.words, s.is_direct_quote) for s in said] == [("Chea", True), ("Chea", False)]
    assert said[1].text == "his men were respecting the truce"


def test_a_quote_said_by_someones_relative_named_after_is_the_relatives():
    (saying,) = sayings_in(
        "“I am ecstatic,” said Anderson's sister, Peggy Say, whose campaign crossed the globe.",
        NOBODY,
    )
    assert saying.speaker.words == "Anderson's sister, Peggy Say"


def test_an_inverted_attribution_to_what_someone_is_then_their_name_names_them():
    negotiator = SimpleNamespace(name="Krishna Sitaula", title="", affiliation=None)
    (saying,) = sayings_in(
        "“The war is over,” said the chief government negotiator, Krishna Sitaula.",
        SpeakerIndex([negotiator], []),
    )
    assert saying.speaker.words == "the chief government negotiator, Krishna Sitaula"
    assert saying.speaker.person is negotiator


def test_an_inverted_attribution_closing_with_what_the_speaker_is_names_them():
    (saying,) = sayings_in(
        "The rebel leader then told his followers to prepare to fight for peace, said Hernando "
        "Correa, an Interior Ministry spokesman in Bogota.",
        NOBODY,
    )
    assert saying.speaker.words == "Hernando Correa"
    assert saying.text.endswith("to prepare to fight for peace")


def test_whom_it_was_told_as_a_pronoun_is_no_part_of_the_claim():
    (saying,) = sayings_in("The envoy also told them that the observers would arrive.", NOBODY)
    assert saying.text == "the observers would arrive"


def test_a_quote_then_a_name_and_another_role_is_the_names():
    (saying,) = sayings_in(
        "“We will fight on,” Liya Kassa, another rebel spokesperson, said in an audio statement.",
        NOBODY,
    )
    assert saying.speaker.words == "Liya Kassa"


def test_a_place_and_its_country_opening_the_sentence_are_no_speaker():
    (saying,) = sayings_in(
        "In Wiesbaden, Germany, a U.S. military doctor said today that the freed hostage was "
        "recovering.",
        NOBODY,
    )
    assert saying.speaker.words == "a U.S. military doctor"


def test_a_quote_opened_with_the_closing_mark_is_a_quote_kept_as_written():
    text = (
        "Army spokesperson Brigadier Udaya Nanayakkara denied army shelling. ”We have not "
        "engaged in any offensive today,” he said."
    )
    (said,) = statements_of(text)
    assert said.values["speaker_description"] == "Brigadier Udaya Nanayakkara"
    assert said.values["text"] == "We have not engaged in any offensive today"
    assert said.passage == "”We have not engaged in any offensive today,” he said."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"{QUOTE} the BBC quoted Zuma as saying.", "Zuma"),
        (
            f"{QUOTE} Financial Times quoted an opposition spokesman in Benghazi as saying.",
            "an opposition spokesman in Benghazi",
        ),
        (
            f"{QUOTE} Air Force Col. John P. Flynn, 50, the senior ranking man held in the North, "
            "said as he stepped off his freedom flight.",
            "Air Force Col. John P. Flynn",
        ),
    ],
)
def test_a_quote_is_the_one_an_outlet_quoted_or_the_name_given_with_an_age(sentence, speaker):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.is_direct_quote and saying.speaker.words == speaker


def test_a_day_opening_a_sentence_is_never_whom_he_stands_for():
    text = (
        "On Monday, it appeared a breakthrough had been achieved.\n"
        "“The government is halting everything related to demobilization,” he said."
    )
    assert statements_of(text) == []


def test_a_name_after_a_clause_of_time_or_place_is_whom_he_stands_for():
    text = (
        "But in a televised address Wednesday, President Alfredo Cristiani rejected the plan.\n"
        "“The government is halting everything related to demobilization,” he said."
    )
    assert speakers_of(text) == ["President Alfredo Cristiani"]


def test_a_claim_an_outlet_reported_closing_the_sentence_is_the_outlets():
    sentence = (
        "The prisoners were flown from a prison in the north, the state news service reported."
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "the state news service",
        "The prisoners were flown from a prison in the north",
    )


def test_a_claim_with_its_own_speaker_that_an_outlet_reported_is_the_speakers():
    sentence = "The army command said the troops pulled back 12 miles, the news agency reported."
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "The army command",
        "the troops pulled back 12 miles",
    )


def test_reported_needs_an_outlet_to_close_a_sentence():
    assert sayings_in("The truce held overnight, the army reported.", NOBODY) == []


def test_reported_with_its_day_before_that_is_a_saying():
    sentence = "The newspaper reported Thursday that the prisoners would be freed."
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.when) == ("The newspaper", "Thursday")


def test_where_it_was_said_then_the_claims_own_subject_is_no_part_of_the_claim():
    (saying,) = sayings_in("The minister said in Geneva he would respect the truce.", NOBODY)
    assert (saying.text, saying.outlet) == ("he would respect the truce", "in Geneva")


def test_a_clause_before_a_role_and_its_verb_names_no_speaker_the_role_does():
    sentence = (
        "He was held but since there were no charges against him, a State Department "
        "spokesman said he would be welcomed back."
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "a State Department spokesman"


def test_a_claim_with_its_own_speaker_that_a_named_outlet_said_is_the_speakers():
    sentence = "NATO said the forces have used civilians as shields, CNN said."
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "NATO",
        "the forces have used civilians as shields",
    )


def test_both_sides_together_say_what_they_both_said():
    (saying,) = sayings_in("Both sides said they would hold their fire unless attacked.", NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "Both sides",
        "they would hold their fire unless attacked",
    )


def test_an_act_of_both_sides_is_no_one_speakers_claim():
    assert sayings_in("Both sides have accused each other of breaching the truce.", NOBODY) == []


def test_a_name_and_its_role_whose_closing_comma_is_left_out_name_the_speaker():
    sentence = "“We have finished the mission,” Tut Gatluak, head of the mediating team said."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words.startswith("Tut Gatluak")


def test_a_place_then_who_said_it_is_no_name_and_role():
    sentence = "Rebels renewed an assault north of the capital, Kinshasa, the radio station said."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "the radio station"


def test_a_quote_someone_says_another_told_them_is_the_others():
    sentence = "“Our people deserve to have peace,” Mitra said Aquino told him."
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.is_direct_quote) == ("Aquino", True)


def test_a_long_opening_clause_with_commas_before_a_name_and_its_verb():
    sentence = (
        "After meeting the rebel commander, Aslan Maskhadov, in the village of Khasavyurt, "
        "Lebed said they had signed a statement."
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == ("Lebed", "they had signed a statement")


def test_what_witnesses_or_an_agency_reported_seeing_is_their_claim():
    (saying,) = sayings_in(
        "Several witnesses reported a large army force entering the city.", NOBODY
    )
    assert (saying.speaker.words, saying.text) == (
        "Several witnesses",
        "a large army force entering the city",
    )
    (saying,) = sayings_in("The National News Agency reported shelling near the border.", NOBODY)
    assert saying.text == "shelling near the border"


def test_what_a_side_reported_with_no_that_is_no_claim():
    assert sayings_in("The army reported heavy fighting overnight.", NOBODY) == []


def test_said_then_a_name_and_its_role_closing_a_sentence_is_inverted():
    sentence = (
        "The accord calls for the ceasefire, which was signed in June, to come into force "
        "November 5, said Susannah Price, spokeswoman for the UN envoy."
    )
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Susannah Price"
    assert saying.text.startswith("The accord calls for the ceasefire")


def test_the_claims_that_after_a_medium_is_no_part_of_the_medium():
    sentence = (
        "Three days later, the group declared in a statement that it had suspended its campaign."
    )
    sayings = sayings_in(sentence, NOBODY)
    assert all(not saying.text.startswith("Three days later") for saying in sayings)


def test_a_mediums_own_relative_clause_stays_the_mediums():
    sentence = (
        "“We have not asked anyone to mediate,” it said in a statement that did not mention Canada."
    )
    (saying,) = sayings_in(sentence, NOBODY, body=NOBODY.find("the government"))
    assert saying.text == "We have not asked anyone to mediate"


def test_a_sentence_that_only_opens_what_someone_said_is_no_claim():
    sentence = "Vieira, speaking to reporters before heading for Bissau, said:"
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Foreign Ministry, hosting the talks, said the truce would be signed in Oslo.",
            "The Foreign Ministry",
        ),
        (
            "Several sources, including a rebel commander, said the swap was arranged by Qatar.",
            "Several sources",
        ),
    ],
)
def test_what_the_speaker_is_doing_between_commas_is_no_bar_to_the_attribution(sentence, speaker):
    assert speakers_of(sentence) == [speaker]


def test_an_adjective_in_ed_before_a_noun_is_no_verb_of_the_speaker():
    sentence = (
        "The Syrian armed opposition delegation stated it could not accept the memorandum,"
        " saying the zones would threaten Syria's territorial integrity."
    )
    sayings = sayings_in(sentence, NOBODY)
    assert [saying.speaker.words for saying in sayings] == [
        "The Syrian armed opposition delegation"
    ] * 2
    assert sayings[0].text == "it could not accept the memorandum"


def test_blames_in_the_present_is_an_accusation_as_blamed_is():
    (saying,) = sayings_in("Russia blames Ukraine for the crash.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("Russia", "blames Ukraine for the crash")
    assert sayings_in("The rebels blame the heat.", NOBODY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Barzani said the deal would share revenues from Kirkuk, long claimed by the Kurds.",
        "The spokesman said troops held their fire, but it was no answer to a truce announced by"
        " the Tigers.",
    ],
)
def test_a_verb_of_saying_as_a_passives_participle_names_no_second_speaker(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words in ("Barzani", "The spokesman")


@pytest.mark.parametrize("act", ["welcomed", "hailed", "praised", "lauded", "commended"])
def test_an_act_of_welcoming_or_praising_is_the_actors_claim(act):
    (saying,) = sayings_in(f"The African Union {act} Tigray's readiness to join the talks.", NOBODY)
    assert saying.speaker.words == "The African Union"
    assert saying.text == f"{act} Tigray's readiness to join the talks"
    assert not saying.is_direct_quote


@pytest.mark.parametrize(
    "sentence",
    [
        "Maskhadov gave no details about the plan but praised his counterpart.",
        "The two sides signed a security pact that they hailed as a milestone.",
        "Violence has come down and the general public welcomed it.",
    ],
)
def test_a_clause_before_an_act_of_praise_is_no_speaker(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_an_expression_of_thanks_is_the_actors_claim_in_the_reports_words():
    sentence = "The ministry expressed its appreciation to both countries for their cooperation."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "The ministry"
    assert saying.text == "expressed its appreciation to both countries for their cooperation"


def test_said_and_added_with_a_colon_after_a_claim_is_the_attributions_not_the_subjects():
    sentence = (
        "Hamas had agreed to release four more hostages, Egyptian officials said, and added: “The"
        " next exchange will take place on Saturday.”"
    )
    assert [saying.speaker.words for saying in sayings_in(sentence, NOBODY)] == [
        "Egyptian officials"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect hailed from a village near Kandahar.",
        "The president welcomed the delegations to State House in Nairobi on Monday.",
        "Thousands of residents welcomed the freed prisoners with flowers and songs.",
        "The families welcomed home the hostages on Monday.",
        "Talks in Doha had stalled, families of the hostages pleaded with the government.",
        "The deal they hailed collapsed within a week.",
        "Those who welcomed the agreement included the European Union.",
    ],
)
def test_a_welcome_in_person_an_origin_or_a_plea_with_no_quote_is_no_statement(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_relative_clause_with_has_and_and_before_an_act_still_names_the_actor():
    sentence = "Families who have lost sons and daughters urged the government to accept the deal."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "Families"
