"""The other terms a deal provides, in their own words (a withdrawal, the return of the
displaced, a commitment…), the sentences that go on listing them, and what is no term."""

import pytest

from negotiations.drafting.article import draft_article

from .drafting_deals import FRIDAY, agreements, deal_terms, drafted_as_a_term


def test_what_was_agreed_to_is_a_term_when_no_other_is_given():
    (agreement,) = agreements("Both governments agreed to reopen the border crossing at Kessa.")
    (term,) = agreement.parts
    assert (term.values["kind"], term.values["description"]) == (
        "other",
        "reopen the border crossing at Kessa",
    )


def test_what_it_was_agreed_both_sides_would_do_is_a_term_but_one_persons_assent_is_none():
    (agreement,) = agreements(
        "It was agreed that both sides would respect human rights and refrain from intimidation."
    )
    (term,) = agreement.parts
    assert term.values["description"].startswith("both sides would respect human rights")
    assert agreements("The minister said he agreed that the talks had been useful.") == []


def test_a_report_drafts_one_agreement_and_adds_later_terms_to_it():
    text = (
        "The two sides reached a deal to halt the shelling on Thursday.\n"
        "The truce then lasts for 30 days.\n"
        "The army released 12 prisoners in exchange for 12 captives."
    )
    (agreement,) = agreements(text)
    assert [part.values["description"] for part in agreement.parts] == [
        "halt the shelling on Thursday",
        "lasts for 30 days",
        "12 prisoners",
        "12 captives",
    ]
    assert agreement.parts[1].passage == "The truce then lasts for 30 days."


def test_a_term_told_again_is_added_once():
    text = "The sides agreed on a 30-day truce.\nThe truce lasts for 30 days."
    (agreement,) = agreements(text)
    assert len(agreement.parts) == 1


def test_what_a_proposal_provides_in_words_are_its_terms_each_in_its_item():
    drafts = draft_article(
        "The new proposal, presented by the mediators, calls for the withdrawal of troops from "
        "populated areas, the return of displaced people to their homes and a surge of "
        "humanitarian aid.",
        FRIDAY,
    )
    (proposal,) = [d for d in drafts if d.kind == "proposal"]
    assert proposal.values["kind"] == "proposal" and proposal.values["proposed_by"] is None
    assert [(t.values["kind"], t.values["description"]) for t in proposal.parts] == [
        ("withdrawal", "calls for the withdrawal of troops from populated areas"),
        ("return_of_displaced", "the return of displaced people to their homes"),
        ("aid", "a surge of humanitarian aid"),
    ]
    assert all(term.passage == proposal.passage for term in proposal.parts)


def test_a_sentence_right_after_a_deal_goes_on_listing_its_terms_and_a_later_one_does_not():
    (agreement,) = agreements(
        "The army and the rebels agreed on a ten-day truce on Thursday. "
        "Rebel units withdraw from the northern hills within three days. "
        "The weather in the capital was mild. "
        "Aid convoys were seen on the coastal road."
    )
    assert [t.values["kind"] for t in agreement.parts] == ["truce", "withdrawal"]
    assert (
        agreement.parts[1].passage
        == "Rebel units withdraw from the northern hills within three days."
    )


def test_a_topic_named_where_no_deal_is_spoken_of_drafts_no_term():
    drafts = draft_article("Aid convoys were seen on the coastal road on Thursday.", FRIDAY)
    assert [d for d in drafts if d.kind in ("proposal", "otherterm")] == []


def test_a_signed_declaration_is_an_agreement_and_each_later_agreed_to_one_more_term():
    (agreement,) = agreements(
        "The government signed a declaration of principles with the rebels on Thursday. "
        "Both sides also agreed to exchange lists of detainees through the Red Cross. "
        "They agreed to meet again in Doha next month."
    )
    assert [(t.values["kind"], t.values["description"]) for t in agreement.parts] == [
        ("other", "exchange lists of detainees through the Red Cross"),
        ("other", "meet again in Doha next month"),
    ]


def test_a_list_of_terms_goes_on_after_an_item_that_gave_an_exchange():
    text = (
        "The rebels agreed to a deal that included the following:\n"
        "– The rebels free 20 captives in return for the army freeing detainees.\n"
        "– The army partially withdraws troops from the valley."
    )
    (agreement,) = agreements(text)
    assert [part.values.get("kind") for part in agreement.parts][-1] == "withdrawal"
    assert agreement.parts[-1].passage.startswith("– The army partially withdraws")


def test_what_a_declaration_commits_the_sides_to_is_a_term_in_its_words():
    terms = deal_terms(
        "The two parties signed a declaration of principles on Thursday.\n"
        "The declaration closes with a joint commitment to hold further talks within a month."
    )
    assert terms[-1].values["kind"] == "other"
    assert terms[-1].values["description"] == "hold further talks within a month"


def test_what_the_sides_agree_or_promise_to_do_is_a_term_that_keeps_its_not():
    terms = deal_terms(
        "The two countries signed a border accord on Thursday.\n"
        "The two sides promised not to undermine the safety of traders in the border area."
    )
    assert terms[-1].values["kind"] == "other"
    assert terms[-1].values["description"] == (
        "not undermine the safety of traders in the border area"
    )


def test_sides_that_agree_to_a_ceasefire_name_the_deal_not_a_term_of_it():
    terms = deal_terms("The two sides agreed to an immediate ceasefire on Thursday.")
    assert all(term.values["kind"] != "other" for term in terms)


def test_monitors_who_speak_of_a_deal_are_no_monitoring_term_of_it():
    terms = deal_terms(
        "The two sides signed a ceasefire deal on Thursday.\n"
        "Ceasefire monitors from the regional bloc said their teams would investigate the claims."
    )
    assert all(term.values["kind"] != "monitoring" for term in terms)


def test_what_a_list_going_on_about_a_deal_says_will_be_done_is_a_term():
    terms = deal_terms(
        "The three sides signed a truce at the army base on Thursday.\n"
        "A small working group will meet to work out the final arrangements for a cease-fire."
    )
    assert terms[-1].values["kind"] == "other"
    assert terms[-1].values["description"].startswith("A small working group will meet")


def test_a_forecast_going_on_about_a_deal_is_no_term():
    terms = deal_terms(
        "The three sides signed a truce at the army base on Thursday.\n"
        "Its next round will likely begin in the capital."
    )
    assert all(term.values["kind"] != "other" for term in terms)


def test_what_a_deal_provides_on_a_condition_is_a_term_with_that_condition():
    terms = deal_terms(
        "The army and the rebels reached a deal on Thursday.\n"
        "According to the deal, the army would return fire in the event that the rebels shell "
        "the town."
    )
    assert terms[-1].values["condition"] == "in the event that the rebels shell the town"
    assert terms[-1].values["description"] == "According to the deal, the army would return fire"


def test_each_sides_withdrawal_in_one_sentence_is_a_term_of_its_own():
    terms = deal_terms(
        "The draft agreement would see the army withdraw from the valley, while the rebels "
        "would move north of the river."
    )
    assert [t.values["kind"] for t in terms] == ["withdrawal", "withdrawal"]
    assert terms[1].values["description"] == "the rebels would move north of the river"


def test_a_hope_or_an_aim_is_no_term():
    terms = deal_terms(
        "The sides agreed on a ten-day truce.\n"
        "The envoy said he hoped the truce would lead to a permanent ceasefire."
    )
    assert [t.values["kind"] for t in terms] == ["truce"]


def test_a_call_on_the_monitors_is_no_term():
    terms = deal_terms(
        "The sides agreed on a ten-day truce.\n"
        "The rebels called on the ceasefire monitors to investigate the shelling."
    )
    assert [t.values["kind"] for t in terms] == ["truce"]


def test_history_told_after_a_deal_lists_no_terms():
    terms = deal_terms(
        "The sides agreed on a ten-day truce.\n"
        "The militia subsequently disarmed in 2017 and became a party."
    )
    assert [t.values["kind"] for t in terms] == ["truce"]


def test_agreeing_to_a_deal_or_upon_it_names_no_term():
    assert deal_terms("The rebels agreed to a three-phase deal for a ceasefire.") == []
    assert deal_terms("The principles agreed upon by both parties were published.") == []


def test_a_deal_that_takes_effect_in_phases_has_a_phasing_term():
    terms = deal_terms("The sides agreed on a truce.\nThe truce takes effect in phases.")
    assert [t.values["kind"] for t in terms] == ["phases"]


def test_a_deal_named_by_its_phases_has_no_phasing_term_of_its_own():
    assert deal_terms("The rebels agreed to a three-phase deal for a truce.") == []


def test_corridors_services_flights_and_reopened_roads_are_terms_of_their_kinds():
    text = (
        "The parties signed an agreement on Thursday.\n"
        "The agreement provides for humanitarian corridors and the restoration of essential "
        "services.\n"
        "The deal also provides for the resumption of flights and the reopening of roads."
    )
    assert [t.values["kind"] for t in deal_terms(text)] == [
        "corridors",
        "services",
        "flights",
        "crossings",
    ]


def test_displaced_people_allowed_to_return_is_a_return_of_the_displaced():
    terms = deal_terms(
        "The sides agreed on a truce.\nThe deal allows displaced families to return to the north."
    )
    assert [t.values["kind"] for t in terms] == ["return_of_displaced"]


def test_what_neither_side_will_do_is_a_term_of_the_deal():
    terms = deal_terms(
        "The army and the rebels reached a ceasefire agreement.\n"
        "The envoy said that neither side will shell the other's towns."
    )
    assert [t.values["description"] for t in terms] == ["shell the other's towns"]


def test_what_a_deal_leaves_out_is_no_term_of_it():
    terms = deal_terms(
        "The army and the rebels reached a ceasefire agreement.\n"
        "The ceasefire did not include a withdrawal from the valley."
    )
    assert terms == []


def test_agreeing_to_begin_a_plans_first_phase_names_no_term():
    assert deal_terms("The sides agreed to begin the first phase of the peace plan.") == []


def test_agreeing_to_a_ceasefire_makes_the_truce_its_term_once():
    text = "The sides agreed on a truce.\nThe armies agreed to a ceasefire after the raid."
    assert [(t.values["kind"], t.values["description"]) for t in deal_terms(text)] == [
        ("truce", "a ceasefire")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel has agreed to a truce for the Holy Land if the Arabs go along.",
        "Neither man has said publicly that he has agreed to the cease-fire.",
    ],
)
def test_a_truce_agreed_only_on_a_condition_or_denied_is_no_term(sentence):
    assert deal_terms(sentence) == []


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        ("The rebels haven't agreed to a ceasefire.", []),
        ("The rebels agreed to a ceasefire, but only if the army withdraws.", []),
        ("The sides agreed to a truce-monitoring mission.", []),
        ("Although the army did not attack, the rebels agreed to a ceasefire.", ["truce"]),
    ],
)
def test_a_truce_term_needs_a_truce_agreed_with_no_denial_or_condition_in_its_clause(
    sentence, kinds
):
    from negotiations.drafting.agreements import what_was_agreed

    assert [term.values["kind"] for term in what_was_agreed(sentence)] == kinds


def test_agreeing_to_a_ceasefire_and_to_something_else_makes_that_a_term():
    (agreement,) = agreements("The sides agreed to a ceasefire and to reopen the Kessa road.")
    assert [t.values["description"] for t in agreement.parts] == ["reopen the Kessa road"]


def test_the_side_a_deal_was_agreed_with_is_no_term_of_it():
    text = "The army left the valley after a truce agreed upon with the herders on Tuesday."
    assert [t.values["description"] for t in deal_terms(text)] == []


def test_what_the_sides_had_done_before_the_deal_is_no_term_of_it():
    text = (
        "The sides signed a truce on Monday.\n"
        "The militia had withdrawn from the dam after an earlier truce."
    )
    assert deal_terms(text) == []


def test_a_term_told_again_within_longer_words_is_drafted_once():
    text = (
        "The two leaders agreed to permanently settle their border dispute.\n"
        "At the palace the two leaders agreed to permanently settle their border dispute and "
        "signed an accord."
    )
    (agreement,) = agreements(text)
    assert [t.values["description"] for t in agreement.parts] == [
        "permanently settle their border dispute"
    ]


def test_what_a_deal_leaves_to_later_talks_is_no_term_of_it():
    text = (
        "The sides reached a truce agreement on Sunday.\n"
        "The truce allows aid into the district and sets the stage for talks on reconstruction."
    )
    assert [t.values["kind"] for t in deal_terms(text)] == ["aid"]


def test_observers_who_sat_in_on_the_talks_are_no_monitoring_term():
    text = (
        "The two armies signed a ceasefire agreement, while envoys from Norway and Chile "
        "participated as observers."
    )
    assert [t.values["kind"] for t in deal_terms(text)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce is mere window-dressing, said one observer, as the envoy arrived.",
        "Observers here believe the ceasefire will not survive the winter.",
        "The ceasefire holds, although conflict monitors say fighting has continued.",
        "According to both parties and international observers, the ceasefire has held.",
        "According to observers in the region, the truce remains fragile.",
        "Observers here doubt the ceasefire will last.",
    ],
)
def test_observers_who_comment_are_no_monitoring_term(sentence):
    text = f"The two armies signed a ceasefire agreement on Sunday.\n{sentence}"
    assert "monitoring" not in [t.values["kind"] for t in deal_terms(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the deal, monitors from the African Union will oversee the ceasefire.",
        "The ministry said some 200 monitors would be deployed along the ceasefire line.",
    ],
)
def test_monitors_a_deal_sends_are_a_monitoring_term_whatever_is_according_to(sentence):
    text = f"The two armies signed a ceasefire agreement on Sunday.\n{sentence}"
    assert "monitoring" in [t.values["kind"] for t in deal_terms(text)]


def test_observers_a_speaker_says_will_come_are_a_monitoring_term():
    text = (
        "The two armies signed a ceasefire agreement, and the envoy said the observers would "
        "arrive."
    )
    assert "monitoring" in [t.values["kind"] for t in deal_terms(text)]


def test_what_forces_have_already_begun_after_a_deal_is_no_term_of_it():
    text = (
        "The sides agreed to a truce on Sunday.\n"
        "Police units have already begun deploying in the market to keep order."
    )
    assert [t.values["kind"] for t in deal_terms(text)] == ["truce"]


def test_what_a_side_had_kept_doing_before_the_deal_is_no_term_of_it():
    text = (
        "The sides signed a truce on Sunday.\n"
        "The army had kept units deployed in the valley past the deadline."
    )
    assert deal_terms(text) == []


def test_a_commitments_words_end_where_the_sentence_turns_to_when():
    text = (
        "The two leaders signed a peace declaration.\n"
        "Both sides committed to a lasting peace as the envoy watched on."
    )
    assert [t.values["description"] for t in deal_terms(text)] == ["a lasting peace"]


def test_what_a_side_requested_more_time_for_is_no_term():
    text = (
        "The sides agreed on Sunday to an extension of the deadline for the army to leave.\n"
        "The agreement, which was reached after the army requested more time to pull back from "
        "the ridge, aims to keep the peace."
    )
    assert [t.values["kind"] for t in deal_terms(text)] == ["other"]


def test_plans_the_sides_discussed_are_no_term():
    text = (
        "The commanders signed a truce on Friday.\n"
        "Commanders meeting in Accra discussed plans for disarmament of the militias, including "
        "an agreement on the entry of the army into the town."
    )
    assert [t.values["kind"] for t in deal_terms(text)] == []


def test_words_that_name_another_deal_are_no_term_of_this_one():
    text = (
        "The commanders signed a declaration in Accra on Friday.\n"
        "The talks followed the cessation of hostilities agreement signed in Lome last week."
    )
    assert deal_terms(text) == []


def test_a_deal_the_sides_only_negotiated_on_gives_no_term():
    text = (
        "The sides signed a truce on Monday.\n"
        "Officials had negotiated with the clans on an agreement to reopen the market."
    )
    assert deal_terms(text) == []


def test_speaking_on_condition_of_anonymity_is_no_condition_of_a_term():
    text = (
        "The sides signed a truce on Monday.\n"
        "The deal keeps the monitors in the market, an official said on condition of anonymity."
    )
    assert all("condition" not in t.values for t in deal_terms(text))


def test_peacekeepers_a_deal_provides_are_a_monitoring_term():
    text = "The sides agreed to a truce under which peacekeepers will patrol the line of contact."
    assert "monitoring" in [t.values["kind"] for t in deal_terms(text)]


def test_what_a_sentence_says_a_deal_holds_is_a_term_in_its_words():
    terms = deal_terms(
        "The two countries signed an agreement on Monday.\n"
        "Under the agreement, it's believed that the army will give up the hills around the "
        "town, in return for keeping the valley."
    )
    assert [(t.values["kind"], t.values["description"]) for t in terms] == [
        (
            "other",
            "the army will give up the hills around the town, in return for keeping the valley",
        )
    ]


def test_under_the_deal_without_what_anyone_will_do_is_no_term():
    text = "The two countries signed an agreement on Monday.\nUnder the agreement, talks began."
    assert deal_terms(text) == []


def test_what_officials_of_both_countries_will_do_is_a_term_of_the_deal():
    terms = deal_terms(
        "The two countries agreed to an immediate ceasefire on Monday.\n"
        "Officials from both countries will meet to defuse border tensions, the minister said."
    )
    assert [t.values["description"] for t in terms] == [
        "an immediate ceasefire",
        "meet to defuse border tensions",
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Under the deal, displaced families will be able to return to the north.",
            "return_of_displaced",
        ),
        ("The deal means the fighting across the border will end at dawn.", "end_of_operations"),
    ],
)
def test_what_the_deal_brings_about_is_a_term_of_its_kind(sentence, kind):
    terms = deal_terms(f"The two sides agreed to a truce on Thursday.\n{sentence}")
    assert [t.values["kind"] for t in terms] == ["truce", kind]


def test_what_was_carried_out_under_a_deal_is_no_term_of_it():
    (term,) = deal_terms(
        "The two sides agreed on a truce, to be monitored by observers from the region.\n"
        "The first handover was held in the presence of the observers on Thursday."
    )
    assert term.values["kind"] == "monitoring"
    assert term.passage.startswith("The two sides agreed")


def test_a_commitment_to_carry_out_the_deal_is_no_term_of_it():
    terms = deal_terms(
        "The two sides agreed on a truce, to be monitored by observers from the region.\n"
        "The rebels handed over their guns as part of their joint commitment to implementing "
        "the agreement."
    )
    assert [term.values["kind"] for term in terms] == ["monitoring"]


def test_what_was_agreed_to_keeps_a_count_with_a_thousands_comma():
    text = "Delegates of the rival sides agreed to release 1,081 detainees, after talks in Geneva."
    assert [term.values["description"] for term in deal_terms(text)] == ["release 1,081 detainees"]


def test_a_term_in_a_quote_is_described_without_its_marks_or_attribution():
    (agreement,) = agreements(
        "The government and the rebels signed a peace agreement in Pretoria on Wednesday.\n"
        "“The two parties have formally agreed to the cessation of hostilities as well as to"
        " systematic, orderly, smooth and coordinated disarmament,” said the envoy."
    )
    assert [term.values["description"] for term in agreement.parts] == [
        "The two parties have formally agreed to the cessation of hostilities as well as to"
        " systematic",
        "smooth and coordinated disarmament",
    ]


def test_a_topics_word_in_a_bodys_name_is_no_term():
    (agreement,) = agreements(
        "The two sides signed a truce on Monday.\n"
        "According to the Press Secretary of the CIS Peacekeeping Forces, the agreement went into"
        " effect on Sunday."
    )
    assert [term.values["kind"] for term in agreement.parts if term.kind == "otherterm"] == []


def test_no_desire_to_end_the_war_is_no_term():
    (agreement,) = agreements(
        "The two sides signed a truce on Monday.\n"
        "The agreement shows no desire to end the war, the opposition said."
    )
    assert [t.values["kind"] for t in agreement.parts] == []


LISTED = (
    "The army and the rebels signed a ceasefire in the capital on Thursday.\n"
    "The parties have agreed to:\n"
    "  • Release prisoners as soon as possible;\n"
    "  • Set up a commission of inquiry into the fighting;\n"
    "  • Withdraw from the northern towns.\n"
)


def test_each_item_of_a_list_of_what_a_deal_provides_is_one_of_its_terms():
    (agreement,) = agreements(LISTED)
    assert [(p.values["kind"], p.values["description"]) for p in agreement.parts[-3:]] == [
        ("other", "Release prisoners as soon as possible"),
        ("other", "Set up a commission of inquiry into the fighting"),
        ("withdrawal", "Withdraw from the northern towns"),
    ]
    assert agreement.parts[-3].passage == "• Release prisoners as soon as possible;"


def test_a_numbered_list_of_what_a_plan_holds_gives_its_terms_and_no_figures():
    drafts = draft_article(
        "The two sides signed an agreement on the exchange of prisoners on Thursday. Here is "
        "how the plan will work:\n"
        "1) Five neutral nations will take custody of the prisoners. Only neutral troops will "
        "stand guard.\n"
        "2) For 90 days, delegates may visit the camps.\n",
        FRIDAY,
    )
    (agreement,) = [d for d in drafts if d.kind == "proposal"]
    listed = [p.values["description"] for p in agreement.parts if p.passage[:2] in ("1)", "2)")]
    assert listed == [
        "Five neutral nations will take custody of the prisoners",
        "For 90 days, delegates may visit the camps",
    ]
    assert [d.values["value_min"] for d in drafts if d.kind == "figure"] == [5]


def test_a_list_that_opens_after_no_words_of_a_deal_gives_no_terms():
    (agreement,) = agreements(
        "The army and the rebels signed a ceasefire on Thursday.\n"
        "Read also:\n"
        "  • Two journalists kidnapped in the north;\n"
    )
    assert all(not p.passage.startswith("•") for p in agreement.parts)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides are yet to reach an agreement on a permanent ceasefire.",
        "All that remains for a permanent ceasefire is the president's approval.",
        "The talks in the truce village inside the demilitarized zone were said to have ended.",
    ],
)
def test_what_is_not_yet_agreed_or_a_place_named_after_a_deal_is_no_term(sentence):
    assert not drafted_as_a_term(sentence)


def test_a_demilitarized_zone_a_deal_provides_is_a_term():
    text = (
        "The two sides signed a truce on Thursday.\n"
        "The truce also provides for a demilitarized zone along the border."
    )
    (agreement,) = agreements(text)
    assert "disarmament" in [part.values["kind"] for part in agreement.parts]


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce, reached after six hours of talks, was the first agreed to by both sides.",
        "The peace pact is to be signed Sunday in Lusaka.",
        "A spokesman for the department, which monitored the talks, said the deal held.",
    ],
)
def test_a_passives_agent_the_deals_own_signing_and_who_watched_the_talks_are_no_terms(sentence):
    assert not drafted_as_a_term(sentence)


def test_a_crossing_where_an_exchange_was_made_is_no_crossings_term():
    text = (
        "Iran and Iraq agreed to exchange 6,000 prisoners of war.\n"
        "On Thursday, Iran released 800 Iraqis for 62 Iranians at the Khosrawi border crossing."
    )
    kinds = [term.values.get("kind") for term in deal_terms(text)]
    assert "crossings" not in kinds


def test_a_crossing_a_deal_reopens_is_a_crossings_term():
    text = "The two sides agreed to a truce.\nThe deal will reopen the Rafah crossing."
    assert "crossings" in [term.values.get("kind") for term in deal_terms(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia rejected a call by the governor that both armies should withdraw north.",
        "The opposition has refused to sign until foreign troops withdraw from the valley.",
        "Aid groups said monitoring any truce agreement would need hundreds of observers.",
        "The two sides are still far apart, and a prisoner exchange is yet to be agreed.",
    ],
)
def test_what_is_demanded_refused_yet_to_be_agreed_or_any_deals_is_no_term(sentence):
    assert not drafted_as_a_term(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army seeks foreign peacekeepers along the river, but the rebels oppose monitors.",
        "The governor calls upon the rebels to withdraw from the towns they hold.",
        "The minister said she expects a regional observer team to arrive soon.",
        "The talks stalled over whether the army would begin withdrawing from the valley.",
        "The rebels threatened to kill the hostages unless they were allowed to return home.",
        "The truce will open the way to large-scale humanitarian aid to the valley.",
    ],
)
def test_what_is_sought_expected_undecided_a_threats_condition_or_may_follow_is_no_term(sentence):
    assert not drafted_as_a_term(sentence)


def test_a_demand_agreed_to_is_a_term():
    text = (
        "The two sides signed a truce on Thursday.\n"
        "The truce also meets the army's demand for a demilitarized zone along the river."
    )
    (agreement,) = agreements(text)
    assert "disarmament" in [part.values["kind"] for part in agreement.parts]


def test_each_item_a_deal_lists_is_a_term_in_its_own_words():
    text = (
        "The rebels and the government signed an accord on Thursday.\n"
        "The accord calls for the disbanding of the militias, the removal of foreign troops, "
        'including the "Delta" battalion, and for the return of refugees to the valley.'
    )
    (agreement,) = agreements(text)
    listed = [p for p in agreement.parts if p.passage.startswith("The accord calls")]
    # (The return of refugees is read by its topic first, in the words of its clause.)
    assert sorted((p.values["kind"], p.values["description"]) for p in listed) == [
        ("other", "the disbanding of the militias"),
        ("other", 'the removal of foreign troops, including the "Delta" battalion'),
        ("return_of_displaced", "and for the return of refugees to the valley"),
    ]


def test_a_list_a_deal_gives_before_it_is_reached_waits_for_it():
    text = (
        "The deal, reached after a week of talks, calls for the release of all detainees and "
        "for joint patrols along the river, said the envoy.\n"
        "The two sides signed a deal in Geneva on Thursday."
    )
    (agreement,) = agreements(text)
    assert [(p.kind, p.values["description"]) for p in agreement.parts[-2:]] == [
        ("exchangeterm", "the release of all detainees"),
        ("otherterm", "joint patrols along the river"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # A clause after "stipulates that": its commas part no items.
        ("The truce stipulates that trade, in and out of the port, be resumed.", 1),
        # What follows a colon tells the item before over.
        ("The truce requires the army to reopen two roads: the road north, the road east.", 1),
    ],
)
def test_a_clause_or_what_a_colon_tells_over_is_one_term(sentence, count):
    (agreement,) = agreements(f"The two sides signed a truce on Thursday.\n{sentence}")
    assert len([p for p in agreement.parts if p.passage == sentence]) == count


def test_agreed_with_its_day_between_tells_of_an_agreement():
    (agreement,) = agreements("The government and the rebels agreed Sunday to reopen the airport.")
    (term,) = agreement.parts
    assert term.values["description"] == "reopen the airport"


def test_the_terms_of_a_deal_list_their_items_too():
    sentence = (
        "The terms of the agreement include an amnesty for the fighters, the release of all "
        "prisoners and respect for the constitution."
    )
    (agreement,) = agreements(f"The two sides signed a truce on Thursday.\n{sentence}")
    assert [p.values["description"] for p in agreement.parts if p.passage == sentence] == [
        "an amnesty for the fighters",
        "the release of all prisoners",
        "respect for the constitution",
    ]


def test_an_item_a_later_list_tells_again_is_one_term():
    text = (
        "The two sides signed a truce on Thursday.\n"
        "The truce calls for the disbanding of the militias and for joint patrols.\n"
        "The accord also calls for joint patrols."
    )
    (agreement,) = agreements(text)
    described = [p.values["description"] for p in agreement.parts]
    assert described.count("joint patrols") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 5,000 rebel troops are to be integrated into the national armed forces.",
        "Some 50,000 rebel fighters will begin assembling on Friday at 27 confinement camps.",
        "Both armies will demobilise their reservists within a month.",
    ],
)
def test_fighters_integrated_assembled_or_demobilised_are_terms_of_a_deal_signed(sentence):
    assert drafted_as_a_term(sentence)
