"""Which reports draft an agreement or a proposal, and the truces, extensions and exchanges
they hold: a truce's length, an extension's, the counts of an exchange, aid trucks a day."""

import pytest

from negotiations.drafting.article import draft_article

from .drafting_deals import FRIDAY, agreements, deal_terms


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


def test_what_is_proposed_or_may_be_agreed_is_no_agreement():
    assert agreements("The mediators proposed a ten-day truce.") == []
    assert agreements("The sides could agree on a ten-day truce next week.") == []


def test_a_quotation_about_a_deal_drafts_no_agreement():
    text = "“We agreed on a ten-day truce and we will keep our word,” the commander said."
    assert agreements(text) == []


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


def test_an_exchange_that_names_the_deal_it_is_for_is_no_term():
    assert deal_terms("The rebels agreed to a deal for a truce and a prisoner swap.") == []


def test_swaps_the_sides_have_made_throughout_a_war_are_no_agreement():
    text = "The two armies have exchanged hundreds of captives throughout the war."
    assert agreements(text) == []


def test_an_extension_told_twice_in_other_words_is_one_term():
    text = (
        "The two armies have agreed to prolong the pause in all shelling along the river.\n"
        "Their commanders agreed to extend the ceasefire arrangement until May 18."
    )
    (agreement,) = agreements(text)
    assert len(agreement.parts) == 1


def test_a_truces_length_is_read_past_an_adjective_before_it():
    assert kinds_and_amounts("The sides agreed on a three-month humanitarian truce.") == [
        ("truce", 3)
    ]


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


def test_a_war_ended_by_signing_an_agreement_drafts_the_agreement():
    (agreement,) = agreements(
        "The two countries formally ended their war on Tuesday, signing a peace agreement.\n"
        "The agreement provides for the return of displaced people."
    )
    assert agreement.values["title"] == "signing a peace agreement"


def test_a_term_told_before_the_agreement_it_is_part_of_joins_that_agreement():
    (agreement,) = agreements(
        "Observers will monitor the front line as a key element of the agreement.\n"
        "The army and the rebels signed a ceasefire agreement on Thursday."
    )
    assert [term.values["kind"] for term in agreement.parts] == ["monitoring"]
    assert agreement.parts[0].passage.startswith("Observers will monitor")


def test_a_term_someone_tells_before_the_agreement_joins_that_agreement():
    (agreement,) = agreements(
        "Under the deal, the army will withdraw from the town, an official said.\n"
        "The army and the rebels signed a ceasefire agreement on Thursday."
    )
    assert [term.values["kind"] for term in agreement.parts] == ["withdrawal"]


def test_a_term_told_before_any_deal_with_no_deal_named_waits_for_none():
    (agreement,) = agreements(
        "Observers will monitor the front line.\n"
        "The army and the rebels signed a ceasefire agreement on Thursday."
    )
    assert agreement.parts == []


@pytest.mark.parametrize(
    "text",
    [
        "The military media denied an agreement had been reached.",
        "Issues were discussed and no immediate agreement was reached on Rakhine.",
        "The minister said that if the rebels agreed to the cease-fire, it would begin on Tuesday.",
    ],
)
def test_a_deal_denied_said_not_reached_or_hung_on_an_if_is_no_agreement(text):
    assert agreements(text) == []


def test_an_exchange_the_report_tells_of_as_its_subject_is_no_term():
    text = (
        "The rebels and the army agreed to swap 50 prisoners on Thursday.\n\n"
        "The prisoner swap took place in the presence of the Red Cross."
    )
    (term,) = deal_terms(text)
    assert term.values["count_min"] == 50


def test_an_exchange_to_come_as_its_subject_is_still_a_term():
    text = "The rebels agreed to a truce. The expected prisoner swap will free all the captives."
    assert [term.values["group"] for term in deal_terms(text)] == ["prisoners"]


def test_a_truce_a_mediator_brokered_is_an_agreement():
    (agreement,) = agreements("Oman has brokered a ceasefire between the rebels and the army.")
    assert agreement.values["status"] == "accepted"


def test_someone_freed_in_a_prisoner_exchange_tells_of_an_agreement():
    text = "Russia freed the pilot in a dramatic prisoner exchange, with the US releasing a dealer."
    (agreement,) = agreements(text)
    assert [term.kind for term in agreement.parts] == ["exchangeterm"]


def test_agreed_upon_before_a_noun_tells_of_no_agreement():
    text = "Government buses arrived at agreed upon meeting points before dawn."
    assert agreements(text) == []


def test_an_exchange_told_as_made_is_no_term():
    text = (
        "The two countries agreed to a truce.\n"
        "As tensions rose, a long-awaited prisoner exchange was made between the two countries."
    )
    assert deal_terms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "During the first daily five-hour truce, two civilians lost their lives in air raids.",
        "Shelling went on despite the 72-hour ceasefire, residents said.",
    ],
)
def test_a_truce_that_only_tells_when_something_happened_is_no_agreement(text):
    assert agreements(text) == []
