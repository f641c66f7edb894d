"""Agreements and proposals a report tells of, drafted with their terms: a truce's length, an
extension's, the counts of an exchange, what a deal provides in words (a withdrawal, aid, the
return of the displaced…), or what was agreed to."""

import datetime

import pytest

from negotiations.drafting.article import draft_article

FRIDAY = datetime.date(2025, 3, 14)


def agreements(text):
    return [d for d in draft_article(text, FRIDAY) if d.values.get("kind") == "agreement"]


def test_sides_that_agreed_to_a_truce_of_a_length_draft_an_agreement_with_its_length():
    (agreement,) = agreements("The army and the rebels agreed on a ten-day truce on Thursday.")
    assert agreement.kind == "proposal" and agreement.values["status"] == "accepted"
    assert agreement.values["proposed_by"] is None
    assert str(agreement.values["date"].date) == "2025-03-13"
    (term,) = agreement.parts
    assert (term.kind, term.values["kind"], term.values["amount_min"], term.values["unit"]) == (
        "otherterm",
        "truce",
        10,
        "days",
    )


def test_a_truce_of_a_length_with_its_kinds_before_it_has_that_length():
    (agreement,) = agreements("The army declared a 36-hour unilateral cease-fire on Thursday.")
    (term,) = agreement.parts
    assert (term.values["amount_min"], term.values["unit"]) == (36, "hours")


def test_an_extension_for_a_number_of_days_is_a_renewal_term():
    (agreement,) = agreements("The pause in the fighting was extended by three more days.")
    (term,) = agreement.parts
    assert (term.values["kind"], term.values["amount_min"], term.values["unit"]) == (
        "renewal",
        3,
        "days",
    )


def test_the_counts_of_an_exchange_are_its_terms_and_stay_figures():
    drafts = draft_article(
        "The rebels freed 40 soldiers in exchange for 25 detainees held by the army.", FRIDAY
    )
    (agreement,) = [d for d in drafts if d.kind == "proposal"]
    assert [(t.values["group"], t.values["count_min"]) for t in agreement.parts] == [
        ("prisoners_of_war", 40),
        ("detainees", 25),
    ]
    assert [d.values["value_min"] for d in drafts if d.kind == "figure"] == [40, 25]


def test_what_was_agreed_to_is_a_term_when_no_other_is_given():
    (agreement,) = agreements("Both governments agreed to reopen the border crossing at Kessa.")
    (term,) = agreement.parts
    assert (term.values["kind"], term.values["description"]) == (
        "other",
        "reopen the border crossing at Kessa",
    )


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


def test_what_is_proposed_or_may_be_agreed_is_no_agreement():
    assert agreements("The mediators proposed a ten-day truce.") == []
    assert agreements("The sides could agree on a ten-day truce next week.") == []


def test_a_quotation_about_a_deal_drafts_no_agreement():
    text = "“We agreed on a ten-day truce and we will keep our word,” the commander said."
    assert agreements(text) == []


def test_what_a_proposal_provides_in_words_are_its_terms_each_in_its_clause():
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
        (
            "return_of_displaced",
            "the return of displaced people to their homes and a surge of humanitarian aid",
        ),
        ("aid", "the return of displaced people to their homes and a surge of humanitarian aid"),
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


def test_counts_released_in_return_for_others_are_an_exchange():
    (agreement,) = agreements(
        "Under the deal, the rebels release 12 hostages in return for 30 prisoners."
    )
    assert [(t.values["group"], t.values["count_min"]) for t in agreement.parts] == [
        ("hostages", 12),
        ("prisoners", 30),
    ]


def test_a_proposal_named_by_its_noun_is_drafted_without_inventing_who_made_it():
    drafts = draft_article(
        "The group said on Thursday it had received a ceasefire proposal from the mediators.",
        FRIDAY,
    )
    (proposal,) = [d for d in drafts if d.kind == "proposal"]
    assert proposal.values["proposed_by"] is None and proposal.values["addressed_to"] == []
    assert proposal.values["title"] == (
        "The group said on Thursday it had received a ceasefire proposal from the mediators"
    )


def test_a_proposal_merely_named_drafts_none():
    drafts = draft_article("Talks on the proposal resumed in Cairo on Thursday.", FRIDAY)
    assert [d for d in drafts if d.kind == "proposal"] == []


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


def deal_terms(text):
    """The terms of the one proposal or agreement ``text`` drafts."""
    (deal,) = [d for d in draft_article(text, FRIDAY) if d.kind == "proposal"]
    return deal.parts


def test_an_exchange_told_with_no_count_is_an_exchange_term_in_its_words():
    (term,) = deal_terms(
        "The two sides agreed on a truce.\n"
        "In a second phase the deal provides for the release of all remaining captives."
    )
    assert term.kind == "exchangeterm" and term.values["group"] == "hostages"
    assert term.values["count_min"] is None
    assert "the release of all remaining captives" in term.values["description"]


def test_a_deals_length_told_as_a_period_is_its_truce_length():
    terms = deal_terms("The rebels agreed to a deal with a 45-day transition period.")
    assert [(t.values["kind"], t.values["amount_min"], t.values["unit"]) for t in terms] == [
        ("truce", 45, "days")
    ]


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


def test_a_proposal_under_study_is_drafted_and_this_draft_holds_the_terms_told_next():
    drafts = draft_article(
        "The rebels have been studying a proposal for a 30-day truce.\n"
        "According to mediators, this draft peace agreement includes a 30-day transition "
        "period during which the army would withdraw from the valley.",
        FRIDAY,
    )
    (proposal,) = [d for d in drafts if d.kind == "proposal"]
    assert [t.values["kind"] for t in proposal.parts] == ["truce", "withdrawal"]


def test_a_release_a_proposal_aims_at_is_no_term_of_it():
    drafts = draft_article(
        "The cabinet authorised the team to present an outline for achieving the release of "
        "captives.",
        FRIDAY,
    )
    (proposal,) = [d for d in drafts if d.kind == "proposal"]
    assert proposal.parts == []


def test_a_deal_that_takes_effect_in_phases_has_a_phasing_term():
    terms = deal_terms("The sides agreed on a truce.\nThe truce takes effect in phases.")
    assert [t.values["kind"] for t in terms] == ["phases"]


def test_a_deal_named_by_its_phases_has_no_phasing_term_of_its_own():
    assert deal_terms("The rebels agreed to a three-phase deal for a truce.") == []


def test_people_named_not_counted_and_freed_in_exchange_are_an_exchange_term():
    (term,) = deal_terms("The jailed pilot was freed in exchange for an arms dealer on Thursday.")
    assert term.kind == "exchangeterm" and term.values["count_min"] is None


def kinds_and_amounts(text):
    return [(t.values["kind"], t.values["amount_min"]) for t in deal_terms(text)]


def test_a_first_phase_of_a_length_is_the_truces_length():
    assert kinds_and_amounts("The sides agreed on a deal with a six-week first phase.") == [
        ("truce", 6)
    ]


def test_an_extension_named_by_its_noun_is_a_renewal():
    text = "The sides reached a deal on an extension of the truce for 90 days."
    assert kinds_and_amounts(text) == [("renewal", 90)]


def test_a_truce_for_a_period_of_days_has_that_length():
    text = "The sides agreed on a ceasefire for a period of 60 days."
    assert kinds_and_amounts(text) == [("truce", 60)]


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


def test_a_truce_said_to_extend_on_a_condition_has_a_renewal_term_with_it():
    terms = deal_terms(
        "The sides agreed on a five-day truce.\n"
        "The truce would extend by a day for every 20 detainees freed by the army."
    )
    assert terms[-1].values["kind"] == "renewal"
    assert terms[-1].values["condition"] == "for every 20 detainees freed by the army"


def test_once_a_deal_is_reached_what_will_be_released_is_an_exchange_term():
    terms = deal_terms(
        "The sides agreed on a five-day truce.\n"
        "As part of the agreement, 40 prisoners will be released."
    )
    assert (terms[-1].values["group"], terms[-1].values["count_min"]) == ("prisoners", 40)


def test_what_will_be_released_before_any_deal_starts_no_agreement():
    assert [
        d for d in draft_article("40 prisoners will be released.", FRIDAY) if d.kind == "proposal"
    ] == []


def test_trucks_of_aid_a_day_are_the_aid_terms_amount():
    terms = deal_terms(
        "The sides agreed on a truce.\nUnder the deal, 200 trucks of aid will enter every day."
    )
    assert [(t.values["kind"], t.values["amount_min"], t.values["unit"]) for t in terms] == [
        ("aid", 200, "trucks_per_day")
    ]


def test_an_exchange_deal_named_as_such_is_no_exchange_term():
    assert deal_terms("The two sides agreed to a prisoner exchange deal on Thursday.") == []


def test_sides_that_agreed_with_an_aside_before_what_they_agreed_to_drafts_an_agreement():
    (agreement,) = agreements(
        "The army and the rebels have agreed, through talks held in Kessa, to begin a truce."
    )
    assert agreement.parts[0].values["description"] == "begin a truce"


def test_displaced_people_allowed_to_return_is_a_return_of_the_displaced():
    terms = deal_terms(
        "The sides agreed on a truce.\nThe deal allows displaced families to return to the north."
    )
    assert [t.values["kind"] for t in terms] == ["return_of_displaced"]


def test_at_least_so_many_trucks_a_day_is_at_least_that_amount():
    terms = deal_terms(
        "The sides agreed on a truce.\nThe deal includes at least 300 aid trucks per day."
    )
    assert (terms[0].values["amount_min"], terms[0].values["amount_qualifier"]) == (
        300,
        "at_least",
    )


def test_a_deal_reached_that_would_do_something_is_agreed():
    (agreement,) = agreements(
        "The army and the rebels reached a ceasefire agreement that would reopen the roads."
    )
    assert agreement.values["status"] == "accepted"


def test_a_deal_that_could_be_reached_is_not_agreed():
    assert agreements("The army and the rebels could reach a ceasefire agreement soon.") == []
    assert agreements("The rebels said they would sign a truce if the army agreed to it.") == []


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


def test_an_exchange_that_names_the_deal_it_is_for_is_no_term():
    assert deal_terms("The rebels agreed to a deal for a truce and a prisoner swap.") == []


def test_agreeing_to_begin_a_plans_first_phase_names_no_term():
    assert deal_terms("The sides agreed to begin the first phase of the peace plan.") == []


def test_agreeing_to_a_ceasefire_names_the_deal_not_a_term_of_it():
    text = "The sides agreed on a truce.\nThe armies agreed to a ceasefire after the raid."
    assert deal_terms(text) == []


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


def test_what_forces_have_already_begun_after_a_deal_is_no_term_of_it():
    text = (
        "The sides agreed to a truce on Sunday.\n"
        "Police units have already begun deploying in the market to keep order."
    )
    assert deal_terms(text) == []


def test_swaps_the_sides_have_made_throughout_a_war_are_no_agreement():
    text = "The two armies have exchanged hundreds of captives throughout the war."
    assert agreements(text) == []


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


def test_an_extension_told_twice_in_other_words_is_one_term():
    text = (
        "The two armies have agreed to prolong the pause in all shelling along the river.\n"
        "Their commanders agreed to extend the ceasefire arrangement until May 18."
    )
    (agreement,) = agreements(text)
    assert len(agreement.parts) == 1


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


def test_a_truces_length_is_read_past_an_adjective_before_it():
    assert kinds_and_amounts("The sides agreed on a three-month humanitarian truce.") == [
        ("truce", 3)
    ]


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
    assert [t.values["description"] for t in terms] == ["meet to defuse border tensions"]


def test_a_count_from_each_side_is_an_exchange_of_the_swap():
    terms = deal_terms(
        "Russia and Ukraine exchanged prisoners on Saturday.\n"
        "Planes carrying 35 prisoners from each side landed in Moscow and Kyiv."
    )
    assert [(t.kind, t.values["group"], t.values["count_min"]) for t in terms] == [
        ("exchangeterm", "prisoners", 35)
    ]


def test_a_deal_that_went_into_effect_is_an_agreement_and_what_it_includes_are_its_terms():
    terms = deal_terms(
        "The ceasefire agreement officially went into effect at 11:15 local time.\n"
        "The ceasefire deal includes the release of a total of 33 hostages over six weeks.\n"
        "In exchange, the army will release hundreds of detainees."
    )
    assert [(t.values["group"], t.values["count_min"], t.values["count_words"]) for t in terms] == [
        ("hostages", 33, ""),
        ("detainees", None, "hundreds"),
    ]


def test_the_month_of_may_puts_nothing_in_doubt():
    (deal,) = [
        d
        for d in draft_article("On May 20, the two sides signed an agreement on a truce.", FRIDAY)
        if d.kind == "proposal"
    ]
    assert deal.values["kind"] == "agreement"


def test_what_a_deal_reached_holds_before_the_words_of_doubt_is_its_term():
    terms = deal_terms(
        "The two sides signed an agreement on a truce on Thursday.\n"
        "The truce shall remain in effect for seven days and may be extended by both parties."
    )
    assert [(t.values["kind"], t.values["amount_min"], t.values["unit"]) for t in terms] == [
        ("truce", 7, "days")
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
    assert [t.values["kind"] for t in terms] == [kind]


def test_who_will_free_how_many_under_the_deal_is_an_exchange_of_it():
    terms = deal_terms(
        "The two sides reached a ceasefire deal on Wednesday.\n"
        "Under the terms of the deal, the rebels will free 33 captives in the first phase."
    )
    assert [(t.kind, t.values["group"], t.values["count_min"]) for t in terms] == [
        ("exchangeterm", "hostages", 33)
    ]


def test_a_halt_of_a_length_is_a_truce_of_that_length():
    terms = deal_terms(
        "The two sides reached a ceasefire deal on Wednesday.\n"
        "The deal calls for a 60-day halt to fighting."
    )
    assert [(t.values["kind"], t.values["amount_min"], t.values["unit"]) for t in terms] == [
        ("truce", 60, "days")
    ]


def test_a_truce_of_hours_has_its_length_in_hours():
    (term,) = deal_terms("The army and the rebels agreed to a 72-hour ceasefire.")
    assert (term.values["kind"], term.values["amount_min"], term.values["unit"]) == (
        "truce",
        72,
        "hours",
    )


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire regime came into force in the valley from midnight on Thursday.",
        "The truce took effect at dawn on Thursday.",
    ],
)
def test_a_truce_told_in_force_is_the_agreements_truce_term(text):
    (agreement,) = agreements(text)
    (term,) = agreement.parts
    assert term.values["kind"] == "truce" and term.values["amount_min"] is None


def test_a_deal_that_holds_a_truce_told_in_force_names_no_term():
    (agreement,) = agreements("The ceasefire agreement went into effect on Thursday.")
    assert agreement.parts == []


def test_people_counted_as_detained_are_detainees_of_the_exchange():
    (term,) = deal_terms(
        "Northland handed over 15 detained Southlanders in exchange for a map of minefields."
    )
    assert (term.values["group"], term.values["count_min"]) == ("detainees", 15)


def test_a_person_exchanged_for_another_is_an_exchange_term_with_no_count():
    (term,) = deal_terms(
        "Ana Costa, a reporter, was exchanged for Tomas Berg, a pilot, on Thursday."
    )
    assert term.kind == "exchangeterm" and term.values["count_min"] is None
    assert term.values["description"].startswith("was exchanged for Tomas Berg")


@pytest.mark.parametrize(
    "second",
    [
        "The agreement includes a ceasefire and the return of displaced people.",
        "It commits both sides to a ceasefire and the return of displaced people.",
    ],
)
def test_a_truce_a_deals_content_names_is_its_truce_term(second):
    terms = deal_terms(f"The sides signed a peace agreement on Thursday.\n{second}")
    assert [t.values["kind"] for t in terms] == ["truce", "return_of_displaced"]


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
