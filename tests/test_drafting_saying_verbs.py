"""Verbs of saying and the words around them: the verbs that say only before "that", the
title, appositive or relative clause between a speaker and the verb, what follows the verb
("said without giving details", "…, calling on …"), and the words that are no speaker."""

import pytest

from negotiations.drafting.sayings import sayings_in

from .drafting_statements import NOBODY, QUOTE


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "Croatian radio reported earlier that guns fell silent at 10 locations.",
            "Croatian radio",
            "guns fell silent at 10 locations",
        ),
        (
            f"{QUOTE} top security official Abbas Ibrahim, who oversaw the swap, told Reuters.",
            "top security official Abbas Ibrahim",
            None,
        ),
        (f"{QUOTE} AFP reported quoting local sources.", "AFP", None),
        (
            f"{QUOTE} said presidential spokesman Garba Shehu.",
            "presidential spokesman Garba Shehu",
            None,
        ),
        (f"{QUOTE} — said the OSCE representative.", "the OSCE representative", None),
        (
            f"{QUOTE} the interim president, Ali Mahdi Mohammed, said after meeting his rival.",
            "Ali Mahdi Mohammed",
            None,
        ),
        (f"{QUOTE} Vanegas shouted from the window of the vehicle.", "Vanegas", None),
        (
            f"{QUOTE} Ayman Taha said after concluding talks with Palestinian factions in the "
            "coastal enclave controlled by the Islamist group.",
            "Ayman Taha",
            None,
        ),
        ("Manzoni was confident that the peace would last.", "Manzoni", "the peace would last"),
        (f"{QUOTE} said one close diplomat in Gao.", "one close diplomat", None),
        (f"{QUOTE} the Minister said reading out the Government statement.", "the Minister", None),
        (
            "According to the Algerian newspaper El Watan, the kidnappers were given 48 hours.",
            "the Algerian newspaper El Watan",
            "the kidnappers were given 48 hours",
        ),
        (
            "In response, the army spokesperson, General Lul Ruai says they were not told.",
            "the army spokesperson, General Lul Ruai",
            "they were not told",
        ),
        (
            "Mr Rwasa described the day as a landmark for Burundi.",
            "Mr Rwasa",
            "described the day as a landmark for Burundi",
        ),
        (
            f"{QUOTE} said a Western diplomat before the cease-fire was lifted.",
            "a Western diplomat",
            None,
        ),
        (
            "The groups, including Hamas, issued a statement saying they would keep the truce.",
            "The groups",
            "they would keep the truce",
        ),
        (
            f"{QUOTE} said Taliban spokesman, Suhail Shaheen.",
            "Taliban spokesman, Suhail Shaheen",
            None,
        ),
        (
            f"{QUOTE} the Macedonian president's national security adviser, Nikola Dimitrov, said.",
            "Nikola Dimitrov",
            None,
        ),
        (
            "Meanwhile the de facto authorities said four detainees remain in prison.",
            "the de facto authorities",
            "four detainees remain in prison",
        ),
        (
            "Even some Russian analysts suggested that Putin was hoping to avoid a defeat.",
            "some Russian analysts",
            "Putin was hoping to avoid a defeat",
        ),
        (
            "The government for its part urged the rebels to free the prisoners.",
            "The government",
            "urged the rebels to free the prisoners",
        ),
        (
            "Dhlakama made it clear that the truce was a step towards a final peace.",
            "Dhlakama",
            "the truce was a step towards a final peace",
        ),
        (
            "The military denied entry to the convoy but said one militant was shot dead.",
            "The military",
            "one militant was shot dead",
        ),
        (
            "The envoy conceded that the talks had stalled.",
            "The envoy",
            "the talks had stalled",
        ),
        (
            "The signing was called off by President Wahid, who conceded that it could be misread.",
            "President Wahid",
            "it could be misread",
        ),
        (
            "The rebel leader had said earlier he was suspending the withdrawal.",
            "The rebel leader",
            "he was suspending the withdrawal",
        ),
        (f"{QUOTE} the minister said without giving details.", "the minister", None),
        (
            "The envoy, speaking to reporters in Doha, said the talks would resume.",
            "The envoy",
            "the talks would resume",
        ),
        (f"{QUOTE} Aliyev, 63, told reporters.", "Aliyev", None),
        ("Norway has for months said that talks must resume.", "Norway", "talks must resume"),
        ("Aliyev, 63, said the border would open.", "Aliyev", "the border would open"),
        (
            "The freed men were in good health, according to the military council.",
            "the military council",
            "The freed men were in good health",
        ),
        (
            "Mediators hope that the last group of detainees will be freed by May.",
            "Mediators",
            "the last group of detainees will be freed by May",
        ),
        (
            "The monitors suspect that the militia has kept its heavy guns.",
            "The monitors",
            "the militia has kept its heavy guns",
        ),
        (
            "The ministry specified that the talks would cover only the border.",
            "The ministry",
            "the talks would cover only the border",
        ),
        (
            "A Gaza ceasefire came into effect early Thursday, an Egyptian source told AFP, "
            "following a spike in violence.",
            "an Egyptian source",
            "A Gaza ceasefire came into effect early Thursday",
        ),
        (
            "The two leaders signed an agreement today, say Russian news agencies.",
            "Russian news agencies",
            "The two leaders signed an agreement today",
        ),
        (
            "The rebels claim six government soldiers were killed in the battle.",
            "The rebels",
            "six government soldiers were killed in the battle",
        ),
        (
            "The monitor reported earlier on Tuesday that the police would be merged.",
            "The monitor",
            "the police would be merged",
        ),
        (
            "Tamil separatists accuse the majority of discriminating against Tamils in jobs.",
            "Tamil separatists",
            None,
        ),
        (
            "Defense Minister Rafael Ileto conceded Saturday night that the truce was doomed.",
            "Defense Minister Rafael Ileto",
            "the truce was doomed",
        ),
        ("The army admitted on Monday that two soldiers died.", "The army", "two soldiers died"),
        ("Kabul however said the talks would resume.", "Kabul", "the talks would resume"),
        (
            "Smith is considering the request, but said it would be denied.",
            "Smith",
            "it would be denied",
        ),
    ],
)
def test_the_speaker_stands_apart_from_the_words_around_the_verb(sentence, speaker, claim):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker
    assert claim is None or saying.text == claim


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit has raised hopes that the talks could be revived.",
        "The deal held despite the hope that no one would test it.",
    ],
)
def test_a_hope_as_a_noun_is_no_verb_of_saying(sentence):
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The protesters shouted slogans against the truce.",
        "The mother of the hostage cried as she hugged her son.",
        "The crowd shouted at the soldiers.",
        "Several drank wine from bottles, some joked and shouted; most were silent.",
        "According to a daily tally, 40 people were killed.",
    ],
)
def test_a_cry_with_no_quote_before_it_or_a_tally_says_nothing(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_participle_before_a_noun_is_not_a_first_speakers_act():
    sentence = "The vote passed, with the ruling party and the opposition saying it was fair."
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == "the ruling party and the opposition"


def test_what_a_thing_underscores_is_no_claim_but_what_a_speaker_underscores_that_is():
    assert sayings_in("The clashes underscored the fragile nature of the truce.", NOBODY) == []
    (saying,) = sayings_in("The envoy underscored that the truce must hold.", NOBODY)
    assert saying.speaker.words == "The envoy"


def test_the_subject_of_a_passive_verb_of_saying_is_no_speaker():
    assert sayings_in("The figure could not be independently confirmed.", NOBODY) == []


def test_a_call_after_the_attribution_is_one_more_claim_of_the_speaker():
    said = sayings_in(f"{QUOTE} Christopher said, calling on the three to begin talks.", NOBODY)
    assert [(s.speaker.words, s.is_direct_quote) for s in said] == [
        ("Christopher", True),
        ("Christopher", False),
    ]
    assert said[1].text == "the three to begin talks"


def test_the_letter_before_an_abbreviations_stop_is_no_name_to_relay_a_claim():
    sentence = "The Serbs went on shelling the town, according to U.N. relief workers."
    assert [s.speaker.words for s in sayings_in(sentence, NOBODY)] != ["U"]


def test_a_clauses_opening_word_is_no_speaker():
    sentence = "Despite reports that the colonel was ill, the rebels had refused to free him."
    assert [s.speaker.words for s in sayings_in(sentence, NOBODY)] == []


def test_a_verb_after_as_is_no_speaker_and_the_attribution_before_it_stands():
    (saying,) = sayings_in(
        "Agence France-Presse reports that the rebels on Friday began clearing roadblocks, as "
        "is called for in the ceasefire agreement.",
        NOBODY,
    )
    assert saying.speaker.words == "Agence France-Presse"
    assert saying.text.startswith("the rebels on Friday began clearing roadblocks")


def test_while_one_side_said_a_and_another_said_b_gives_both_claims():
    said = sayings_in(
        "While officials said an open-ended ceasefire had been agreed, the Taliban said no "
        "decision would be made until the deadline.",
        NOBODY,
    )
    assert [(s.speaker.words, s.text) for s in said] == [
        ("officials", "an open-ended ceasefire had been agreed"),
        ("the Taliban", "no decision would be made until the deadline"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army dismissed earlier reports that the town had fallen.",
        "Officials rejected the reports that the talks had collapsed.",
        "Kabul rejected Pakistani reports that the border had been closed.",
    ],
)
def test_reports_after_an_adjective_an_article_or_a_verb_is_the_noun_not_a_speakers_verb(
    sentence,
):
    assert sayings_in(sentence, NOBODY) == []


def test_a_denial_of_a_sides_reports_is_the_speakers_claim():
    (denial,) = sayings_in(
        "The spokesman also denied Indian reports that Pakistani troops were killed.", NOBODY
    )
    assert denial.speaker.words == "The spokesman"
    assert denial.text == "denied Indian reports that Pakistani troops were killed"


def test_a_body_that_reports_that_something_happened_is_its_speaker():
    (saying,) = sayings_in("The state news agency reports that the convoy was attacked.", NOBODY)
    assert saying.speaker.words == "The state news agency"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "The military media denied an agreement had been reached and said in a statement "
            "that the negotiations were complicated.",
            "denied an agreement had been reached",
        ),
        (
            "The army accused the rebels of shelling the town and said the truce was over.",
            "accused the rebels of shelling the town",
        ),
    ],
)
def test_a_claiming_act_then_and_said_gives_two_claims_without_where_it_was_said(sentence, act):
    first, second = sayings_in(sentence, NOBODY)
    assert first.text == act
    assert not second.text.startswith("in a statement")


def test_an_act_that_claims_nothing_then_and_said_gives_one_claim():
    (saying,) = sayings_in("The army led the talks and said the truce was over.", NOBODY)
    assert (saying.speaker.words, saying.text) == ("The army", "the truce was over")


def test_a_linking_word_then_a_clause_of_time_before_the_speaker_are_no_part_of_it():
    (saying,) = sayings_in(
        "However, hours after it crumbled, the rebels said the deal was back on.", NOBODY
    )
    assert (saying.speaker.words, saying.text) == ("the rebels", "the deal was back on")


def test_a_quote_then_a_name_a_relative_clause_and_said_after_an_event_is_the_names():
    (saying,) = sayings_in(
        f"{QUOTE} President Ana Costa, who brought the two foes together, said after the "
        "signing ceremony.",
        NOBODY,
    )
    assert saying.speaker.words == "President Ana Costa"


def test_a_role_then_a_name_then_who_said_is_the_names_claim():
    (saying,) = sayings_in(
        "The swap marked a decision by Israel's new prime minister, Benjamin Netanyahu, who "
        "said he hoped it would lead to further flexibility.",
        NOBODY,
    )
    assert saying.speaker.words == "Benjamin Netanyahu"
    assert saying.text == "he hoped it would lead to further flexibility"


def test_speaking_from_a_place_where_something_is_done_is_no_part_of_the_speaker():
    (saying,) = sayings_in(
        "Speaking from Havana, where peace talks have been held since 2012, Marquez called on "
        "the government to agree to a cease-fire.",
        NOBODY,
    )
    assert saying.speaker.words == "Marquez"


def test_a_portuguese_names_particle_is_part_of_the_name():
    (saying,) = sayings_in(f"{QUOTE} said Foreign Minister Sebastiao do Rego Barros.", NOBODY)
    assert saying.speaker.words == "Foreign Minister Sebastiao do Rego Barros"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The head of the mediation team, Sam Ibok said “our experience over the past months "
            "has led us to conclude that there is no good faith.”",
            "The head of the mediation team, Sam Ibok",
        ),
        (
            "Trudeau, flanked by his foreign affairs minister Marc Garneau, said, “It is good "
            "news for all of us, that they are on their way home.”",
            "Trudeau",
        ),
    ],
)
def test_a_role_and_a_name_with_a_comma_left_out_or_a_participle_between_are_one_speaker(
    sentence, speaker
):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "Ahead of the meeting, the rebels said six men in uniform had attacked their post.",
            "the rebels",
            "six men in uniform had attacked their post",
        ),
        (
            "Yasushi Akashi, who leads the UN operation, condemned the group for refusing to "
            "disarm.",
            "Yasushi Akashi",
            "condemned the group for refusing to disarm",
        ),
        (
            "Some fighting has been reported in recent days, and the United Nations has accused "
            "the group of making attacks this week.",
            "the United Nations",
            "accused the group of making attacks this week",
        ),
        (f"{QUOTE} Ana Costa quipped to the journalists.", "Ana Costa", None),
    ],
)
def test_a_speaker_stands_apart_from_what_opens_the_sentence_and_acts_that_claim(
    sentence, speaker, claim
):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker
    assert claim is None or saying.text == claim


def test_a_quote_a_speaker_slams_something_as_is_theirs():
    (saying,) = sayings_in(
        "Petro slammed the murders as “an atrocious crime, a blow to peace” on Sunday.", NOBODY
    )
    assert (saying.speaker.words, saying.text) == ("Petro", "an atrocious crime, a blow to peace")
    assert saying.is_direct_quote


def test_condemning_a_thing_with_no_reason_given_is_no_claim():
    assert sayings_in("The minister condemned the attack on the convoy.", NOBODY) == []


def test_they_said_after_according_to_someone_is_those_the_sentence_opened_with():
    (saying,) = sayings_in(
        "According to sources close to the meeting, the warmth between the two men was real, "
        "they said.",
        NOBODY,
    )
    assert saying.speaker.words == "sources close to the meeting"
    assert saying.text == "the warmth between the two men was real"


@pytest.mark.parametrize(
    "clause",
    [
        "The statement was embroiled in controversy when",
        # an irregular verb in the past: "came", "began"
        "The fresh border violence came amid growing tensions after",
        "The walkout began hours after",
    ],
)
def test_a_clause_with_a_verb_of_its_own_before_when_is_no_part_of_the_speaker(clause):
    (saying,) = sayings_in(f"{clause} the government said it did not go far enough.", NOBODY)
    assert saying.speaker.words == "the government"


def test_a_name_then_who_later_said_is_the_names_claim_whatever_comes_before():
    (saying,) = sayings_in(
        "Milosevic conferred with his advisers after seeing Jackson, who later said the "
        "officials had decided to release the soldiers.",
        NOBODY,
    )
    assert saying.speaker.words == "Jackson"
    assert saying.text == "the officials had decided to release the soldiers"


def test_a_subject_whose_verb_is_a_passive_is_no_speaker_of_the_saying_after_it():
    said = sayings_in(
        "Those 5 soldiers were reportedly captured by the other side but the military has "
        "denied it, saying they were deployed there to coordinate.",
        NOBODY,
    )
    assert all(not s.speaker.words.endswith("were") for s in said)


def test_a_pledge_is_no_claim():
    assert sayings_in("The army pledged to halt offensive operations.", NOBODY) == []
    assert sayings_in("The government promised to withdraw its troops.", NOBODY) == []


def test_a_thing_of_theirs_confirmed_is_no_saying():
    sentence = "Trump confirmed their release in a tweet on Wednesday morning."
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Battlefield casualty claims are impossible to verify in the conflict zone.",
        "The rival claims on the territory have never been settled.",
        "The group claimed responsibility for the attack.",
        "A Syrian rebel fighter says goodbye to a girl as civilians are evacuated from Homs.",
        "The military installed an interim government, but Speight rejected it as he had no say"
        " in its formation.",
        "The rebels want a say in the new constitution.",
        "Families said farewell to the freed prisoners at the border.",
    ],
)
def test_a_farewell_or_the_noun_say_is_no_saying(sentence):
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States traded four spies Tuesday for 25 accused Western agents.",
        "The 10 accused spies who were expelled from the U.S. are headed to Russia.",
    ],
)
def test_accused_before_whom_it_describes_is_no_accusation(sentence):
    assert sayings_in(sentence, NOBODY) == []


def test_a_verb_that_takes_an_object_after_a_comma_is_no_inverted_attribution():
    sentence = (
        "With Colombia scheduled to hold presidential elections on May 29, 2022, the National "
        "Liberation Army (ELN), a Marxist rebel group, announced a 10-day ceasefire to allow "
        "for a peaceful vote."
    )
    assert all(s.speaker.words != "a 10-day ceasefire" for s in sayings_in(sentence, NOBODY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Nader Nadery, a senior delegate, confirmed this in a series of tweets.",
        "The commander announced this at a news briefing, the agency reports.",
    ],
)
def test_a_pronoun_for_what_was_told_before_is_no_claim(sentence):
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry denied American warships had been sent to protect the convoy.",
        "The ministry denied Israel was involved in the raid.",
    ],
)
def test_a_denial_of_a_claim_with_no_article_and_no_that_is_a_claim(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == ("The ministry", sentence[13:-1])


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels had already accused the government of abandoning the deal.",
        "Rebels, grouped under the CMA, had already accused the government of abandoning the deal.",
    ],
)
def test_already_and_a_participle_clause_between_speaker_and_act_are_not_the_speaker(sentence):
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.text) == (
        "Rebels",
        "accused the government of abandoning the deal",
    )


def test_as_previously_declared_names_no_speaker_and_leaves_the_one_before():
    sentence = "The army said the truce ended Monday, as previously declared."
    assert [(s.speaker.words, s.text[:22]) for s in sayings_in(sentence, NOBODY)] == [
        ("The army", "the truce ended Monday")
    ]
    assert sayings_in("The truce ended Monday, as previously announced.", NOBODY) == []


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("The war has claimed an estimated 1 million people and made millions more homeless.", []),
        ("The rebels claimed 40 soldiers were killed.", ["40 soldiers were killed"]),
    ],
)
def test_a_toll_a_war_has_claimed_is_no_claim_but_a_count_claimed_to_be_so_is(sentence, claims):
    assert [saying.text for saying in sayings_in(sentence, NOBODY)] == claims


def test_at_least_after_said_is_the_claims_count_not_where_it_was_said():
    sentence = "Officials said at least 54 people had died, though an agency put the toll at 18."
    (saying,) = sayings_in(sentence, NOBODY)
    assert (saying.speaker.words, saying.outlet) == ("Officials", "")
    assert saying.text.startswith("at least 54 people had died")


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "The first observers have arrived in Bogota, a UN spokesman said here Tuesday.",
            "Tuesday",
        ),
        ("The first observers have arrived in Bogota, a UN spokesman said here.", ""),
        ("The first observers have arrived in Bogota, a UN source told Sputnik.", ""),
    ],
)
def test_where_when_or_to_whom_after_the_verb_leaves_the_clause_before_as_the_claim(sentence, when):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.text == "The first observers have arrived in Bogota"
    assert saying.when == when


@pytest.mark.parametrize(
    "sentence",
    [
        "ICRC officials would not immediately confirm that the interviews were not private.",
        "The ministry did not publicly say that the talks had failed.",
        "Hamas has never said it would free them.",
    ],
)
def test_a_saying_denied_says_nothing(sentence):
    assert sayings_in(sentence, NOBODY) == []


@pytest.mark.parametrize(
    ("aside", "denier"),
    [
        ("a charge that Islamabad denies", "Islamabad"),
        ("a charge Kabul denies", "Kabul"),
        ("a claim denied by Moscow", "Moscow"),
        ("an accusation the government has rejected", "the government"),
    ],
)
def test_a_denial_told_as_an_aside_is_the_deniers_claim_and_no_part_of_the_one_before(
    aside, denier
):
    claim, denial = sayings_in(f"Kyiv accused the rebels of shelling the market, {aside}.", NOBODY)
    assert (claim.speaker.words, claim.text) == (
        "Kyiv",
        "accused the rebels of shelling the market",
    )
    assert (denial.speaker.words, denial.text, denial.is_direct_quote) == (denier, aside, False)


def test_a_claim_whose_content_is_a_denial_is_no_denial_by_the_one_it_names():
    sayings = sayings_in(
        "The envoy rejected the claim that Israel denied aid to the camps.", NOBODY
    )
    assert all(saying.speaker.words != "Israel" for saying in sayings)


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia said it had freed 40 hostages, a claim rejected by many.",
        # a claim for money, where nothing was said that the denial could answer
        "Families of the dead filed for compensation, a claim rejected by the Defence Ministry.",
    ],
)
def test_an_aside_that_answers_no_saying_or_names_no_one_is_no_denial(sentence):
    assert all(not saying.text.startswith("a claim") for saying in sayings_in(sentence, NOBODY))


@pytest.mark.parametrize(
    ("speaker", "sentence"),
    [
        (
            "A negotiator who came to Doha before the final round",
            "A negotiator who came to Doha before the final round said no deal was reached.",
        ),
        (
            "An aid worker who went to Rafah when the crossing opened",
            "An aid worker who went to Rafah when the crossing opened said conditions were dire.",
        ),
    ],
)
def test_a_relative_clause_of_the_speakers_before_when_or_after_stays_the_speakers(
    speaker, sentence
):
    (saying,) = sayings_in(sentence, NOBODY)
    assert saying.speaker.words == speaker


def test_a_relative_clause_after_the_conjunction_is_the_speakers_and_the_clause_before_is_cut():
    (saying,) = sayings_in(
        "Shelling resumed hours after a Russian official who visited the plant said the"
        " reactors were safe.",
        NOBODY,
    )
    assert saying.speaker.words == "a Russian official who visited the plant"
