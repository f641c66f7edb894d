"""Offers a report tells of without naming a proposal (what a side says it would do, on a
condition), terms someone describes for a deal still being negotiated, and what a proposal
spoken of before is said to hold."""

import datetime

import pytest

from negotiations.drafting.article import draft_article

FRIDAY = datetime.date(2025, 3, 14)


def proposals(text):
    return [d for d in draft_article(text, FRIDAY) if d.kind == "proposal"]


def test_what_a_side_says_it_would_do_on_a_condition_is_an_offer_with_that_condition():
    (offer,) = proposals(
        "The army said it would extend the truce by a day for every five captives who are freed."
    )
    assert (offer.values["kind"], offer.values["status"]) == ("proposal", "presented")
    assert offer.values["proposed_by"] is None  # a side the tracker does not know
    (term,) = offer.parts
    assert term.values["kind"] == "renewal" and term.values["amount_min"] is None
    assert term.values["condition"] == "for every five captives who are freed"


AGREED = "The two sides agreed a four-day truce in which 50 captives will be freed. "


def test_once_a_deal_is_reached_what_a_side_would_do_if_something_is_done_is_still_an_offer():
    (agreement, offer) = proposals(
        f"{AGREED}Mediators said the rebels would release 20 more captives if the truce was "
        "extended by two days."
    )
    assert agreement.values["kind"] == "agreement"
    assert offer.values["status"] == "under_consideration"


def test_once_a_deal_is_reached_what_a_side_would_do_in_return_is_its_term_not_an_offer():
    drafted = proposals(
        f"{AGREED}Officials said the rebels would release the captives in exchange for prisoners."
    )
    assert [d.values["kind"] for d in drafted] == ["agreement"]


def test_a_truce_a_side_says_could_go_on_if_something_is_done_is_its_offer_to_renew_it():
    (offer,) = proposals(
        "The army says the truce could be extended if more captives are released each day."
    )
    assert offer.values["status"] == "presented"
    (term,) = offer.parts
    assert term.values["kind"] == "renewal"
    assert term.values["description"] == "the truce could be extended"
    assert term.values["condition"] == "if more captives are released each day"


def test_a_truce_that_could_be_extended_with_no_speaker_or_condition_is_no_offer():
    assert proposals("The truce could be extended.") == []
    assert proposals("The truce could be extended if more captives are released.") == []


def test_an_offers_words_end_where_the_sentence_turns_to_something_else():
    (offer,) = proposals(
        "The rebels said they would release the captives if the shelling stops, and the army "
        "denied shelling the town."
    )
    assert offer.parts == [] and offer.passage.startswith("The rebels said")


def test_what_a_side_pledges_to_do_on_a_condition_is_its_offer():
    (offer,) = proposals(
        "The rebel leader promised Friday to “immediately” order a ceasefire if the army "
        "withdrew from the valley."
    )
    assert offer.values["status"] == "presented"


def test_a_pledge_on_no_condition_is_no_offer():
    assert proposals("The rebel leader vowed to release the captives soon.") == []


def test_what_a_side_would_do_on_no_condition_is_no_offer():
    assert proposals("The army said it would release the captives soon.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The government also offered an amnesty to all former rebels.",
        "The two-week ceasefire offered by the rebels would begin on Monday.",
        "Bashir offered rebels a general amnesty if they lay down their arms.",
        "The army offered the guerrillas a truce.",
    ],
)
def test_a_thing_offered_for_a_deal_is_an_offer(text):
    (offer,) = proposals(text)
    assert (offer.values["kind"], offer.values["status"]) == ("proposal", "presented")


def test_a_thing_offered_then_rejected_is_a_rejected_offer():
    (offer,) = proposals("The president rejected a two-week ceasefire offered by the rebels.")
    assert offer.values["status"] == "rejected" and offer.values["proposed_by"] is None
    (term,) = offer.parts
    assert (term.values["kind"], term.values["amount_min"], term.values["unit"]) == (
        "truce",
        2,
        "weeks",
    )


def test_a_proposal_the_sentence_says_was_rejected_is_rejected_and_undated():
    (proposal,) = proposals("Last week, Russia rejected a proposal by Trump for a 30-day truce.")
    assert (proposal.values["status"], proposal.values["date"]) == ("rejected", None)


def test_a_truce_proposed_by_a_side_is_its_proposal_with_its_length():
    (proposal,) = proposals("Kyiv pushed instead for a 30-day pause proposed by the US in March.")
    (term,) = proposal.parts
    assert (term.values["amount_min"], term.values["unit"]) == (30, "days")


def test_a_thing_offered_for_no_deal_is_no_offer():
    assert proposals("The minister offered his condolences to the families.") == []


def test_a_request_in_the_speakers_own_quoted_words_is_their_request():
    (request,) = proposals(
        "“We are urging the rebels to come forward for peace talks,” Costa said."
    )
    assert request.values["status"] == "presented"


def test_a_request_a_quotation_tells_of_a_side_is_a_proposal_with_no_proposer_assumed():
    (request,) = proposals(
        "“The government calls upon the insurgents to desist from all acts of aggression and "
        "withdraw from the areas they have occupied,” the government said in a statement."
    )
    assert request.values["status"] == "presented" and request.values["proposed_by"] is None


def test_a_call_to_keep_the_truce_in_quoted_words_asks_for_no_new_deal():
    text = "“I call on the parties to fully adhere to and respect the truce,” the envoy added."
    assert proposals(text) == []


def test_what_a_proposal_holds_is_drafted_once_not_again_as_an_offer():
    text = "Under the proposal, the rebels said, they would free 20 captives if the siege ends."
    (proposal,) = proposals(text)
    assert proposal.values["title"].startswith("Under the proposal")


def test_counts_told_of_a_deal_being_negotiated_are_a_proposal_under_consideration():
    (proposal,) = proposals(
        "Under the deal being negotiated, 40 detainees would be freed, an official said."
    )
    assert proposal.values["status"] == "under_consideration"
    assert proposal.values["kind"] == "proposal" and proposal.values["proposed_by"] is None
    (term,) = proposal.parts
    assert (term.values["group"], term.values["count_min"]) == ("detainees", 40)


def test_counts_of_a_deal_being_negotiated_with_no_speaker_draft_no_proposal():
    assert proposals("Under the deal being negotiated, 40 detainees would be freed.") == []


def test_what_the_proposal_spoken_of_before_holds_becomes_its_terms_and_stays_a_figure():
    drafts = draft_article(
        "Mediators presented a new ceasefire proposal on Thursday.\n"
        "The proposal suggests the rebels release 12 of the captives each week.",
        FRIDAY,
    )
    (proposal,) = [d for d in drafts if d.kind == "proposal"]
    (term,) = proposal.parts
    assert (term.values["group"], term.values["count_min"]) == ("hostages", 12)
    assert term.passage.startswith("The proposal suggests")
    assert [d.values["value_min"] for d in drafts if d.kind == "figure"] == [12]


def test_what_a_side_calls_for_in_a_negotiation_is_a_request_drafted_as_a_proposal():
    (request,) = proposals("The ministry also called for the release of all detained fishermen.")
    assert (request.values["kind"], request.values["status"]) == ("proposal", "presented")


def test_calling_on_a_side_to_disarm_is_a_request():
    (request,) = proposals("The jailed leader called on the group to lay down its arms.")
    assert request.values["status"] == "presented"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy called on the ceasefire monitors to investigate the shelling.",
        "The group halted attacks, heeding its leader's call for disarmament.",
        "He called on the UN peacekeeping mission and ceasefire monitors to investigate it.",
    ],
)
def test_a_call_on_monitors_or_a_call_as_a_noun_is_no_request(text):
    assert [p for p in proposals(text) if p.values["kind"] == "proposal"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The declaration calls for the release of all detained fishermen.",
        "Moscow is studying the joint statement, which also called for the release of detainees.",
        "The deal, hammered out after three days, calls for the rebels to surrender heavy weapons.",
        "The swap follows an agreement reached this month that calls for the release of 42 police.",
    ],
)
def test_what_a_deals_text_calls_for_is_no_request(text):
    assert proposals(text) == []


def test_insisting_that_one_keeps_a_truce_is_no_request():
    assert proposals("The government insists that it is abiding by the ceasefire.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister called for continued efforts to free more than a thousand detainees.",
        "The opposition also wants the United Nations to send 1,000 troops to the country.",
        "The president called on the panels to enter formal talks towards a peace agreement.",
        "The mediator is asking France and Belgium to supply a total of 300 observers.",
        "Moscow also called for declaring 24-hour ceasefires to reclaim the bodies of the dead.",
        "The freed men urged President F.W. de Klerk to quickly release other activists.",
        "The government wants a ceasefire.",
        "The rebels are demanding wide-ranging political reforms.",
        "The rebels want their fighters to be integrated into the army.",
    ],
)
def test_a_request_to_free_send_troops_or_hold_talks_is_a_proposal(text):
    (request,) = proposals(text)
    assert request.values["status"] == "presented"


@pytest.mark.parametrize(
    "text",
    [
        "The delay followed Northland's demand for a formal apology over the collision.",
        "The kidnappers demanded a ransom for the two engineers.",
        "The government called for regional peacekeepers along the river.",
        "The rebels demanded safe passage to the border for their wounded.",
    ],
)
def test_a_demand_for_an_apology_a_ransom_peacekeepers_or_safe_passage_is_a_request(text):
    (request,) = proposals(text)
    assert request.values["status"] == "presented"


def test_a_question_asked_is_no_request():
    assert proposals("Asked whether the army is ready to withdraw its troops, he smiled.") == []


def test_a_call_about_no_deal_matter_is_no_request():
    assert proposals("The minister called for calm at the stadium.") == []


def test_a_precondition_a_side_sets_is_a_request():
    (request,) = proposals(
        "The ministry said the rebels must hand over their heavy weapons as a prerequisite for "
        "signing the peace deal."
    )
    assert request.values["proposed_by"] is None and request.parts == []


def test_a_side_ready_to_deal_with_a_proposal_on_a_condition_offers_it():
    (offer,) = proposals(
        "The group said it was ready to deal positively with any proposal based on a "
        "withdrawal, and the return of the displaced, if the army commits to it."
    )
    assert offer.values["status"] == "presented"
    assert [term.values["kind"] for term in offer.parts] == ["withdrawal", "return_of_displaced"]


def test_an_outline_or_a_treaty_put_to_a_side_is_a_proposal():
    assert len(proposals("The cabinet authorised the team to present an outline for a truce.")) == 1
    assert len(proposals("Its author praised the peace treaty presented to the rebels.")) == 1


def test_a_proposal_a_side_is_studying_is_under_its_consideration():
    (proposal,) = proposals("The rebels are studying a ceasefire proposal from the envoy.")
    assert proposal.values["status"] == "under_consideration"


def test_a_proposal_named_again_for_what_it_holds_is_the_same_proposal():
    (proposal,) = proposals(
        "The cabinet authorised the team to present an outline for a truce.\n"
        "It said the outline, including a withdrawal from the valley, protects its goals."
    )
    assert [term.values["kind"] for term in proposal.parts] == ["withdrawal"]


def test_releases_a_speaker_says_would_happen_before_any_deal_are_a_proposal_under_talks():
    (proposal,) = proposals(
        "Some 30 detainees would be freed in exchange for 10 captives, an official said."
    )
    assert proposal.values["status"] == "under_consideration"
    assert [t.values["count_min"] for t in proposal.parts] == [30, 10]


def test_what_another_side_would_do_as_a_speaker_tells_it_has_no_proposer():
    (proposal,) = proposals(
        "The rebels would free the captives if the siege ends, the envoy said on Thursday."
    )
    assert proposal.values["status"] == "under_consideration"
    assert proposal.values["proposed_by"] is None and proposal.values["date"] is None


def test_the_proposal_calling_for_releases_gives_its_terms_and_is_no_request():
    (proposal,) = proposals(
        "The rebels accepted the new proposal from the envoy.\n"
        "An official said the proposal calls for the release of 12 captives and a 30-day truce."
    )
    assert [t.values.get("group") or t.values["kind"] for t in proposal.parts] == [
        "truce",
        "hostages",
    ]


def test_what_would_follow_a_proposal_told_on_is_its_terms_not_an_agreement():
    (proposal,) = proposals(
        "The envoy presented a new ceasefire proposal on Thursday.\n"
        "In exchange for the 12 captives, the army would release 40 prisoners."
    )
    assert proposal.values["kind"] == "proposal"
    assert [t.values["count_min"] for t in proposal.parts] == [12, 40]


def test_what_a_side_would_release_in_exchange_is_no_agreement():
    drafts = draft_article(
        "The army would release 40 prisoners in exchange for 12 captives.", FRIDAY
    )
    assert not [d for d in drafts if d.values.get("kind") == "agreement"]


def test_urging_the_sides_to_respect_a_declared_truce_is_no_request():
    text = (
        "The council on Monday declared a truce in the hill district, urging all sides to "
        "respect the truce."
    )
    assert [p for p in proposals(text) if p.values["kind"] == "proposal"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels proposed releasing the nurses in two stages over a month.",
        "The mediators proposed that observers patrol the road for a month.",
        "The truce began at dawn, as proposed by the regional bloc.",
        "The ministers discussed a proposed 30-day ceasefire in the valley.",
    ],
)
def test_a_proposal_told_by_its_verb_or_adjective_is_drafted_with_no_proposer_invented(sentence):
    (proposal,) = proposals(sentence)
    assert proposal.values["kind"] == "proposal"
    assert proposal.values["proposed_by"] is None


def test_the_proposed_truce_told_of_again_is_no_new_proposal():
    text = (
        "The ministers discussed a proposed 30-day ceasefire in the valley.\n"
        "The envoy will speak to both leaders about the proposed 30-day ceasefire."
    )
    assert len(proposals(text)) == 1


def test_amendments_a_side_offers_are_a_counter_proposal():
    (proposal,) = proposals("The rebels offered amendments to the mediators' plan on Monday.")
    assert proposal.values["kind"] == "counter_proposal"


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposed meeting was put off until May.",
        "The rebels proposed nothing new at the talks.",
    ],
)
def test_proposed_as_an_adjective_or_of_nothing_is_no_proposal(sentence):
    assert proposals(sentence) == []


def test_a_side_proposing_after_a_proposal_told_on_makes_a_proposal_of_its_own():
    first, second = proposals(
        "The envoy presented a new ceasefire proposal on Thursday.\n"
        "Under it the rebels would release 10 captives within the first week.\n"
        "The rebels wanted a guarantee that the truce would hold and proposed releasing the 10 "
        "captives throughout the truce."
    )
    assert [t.values["count_min"] for t in first.parts] == [10]
    assert second.values["kind"] == "proposal" and "proposed releasing" in second.values["title"]
    assert [t.values["count_min"] for t in second.parts] == [10]


def test_offering_amendments_to_a_proposal_told_on_is_a_counter_proposal():
    _presented, second = proposals(
        "The envoy presented a new ceasefire proposal on Thursday.\n"
        "The proposal would see 10 captives freed.\n"
        "The rebels responded to the proposal by offering amendments, including a guarantee "
        "for a permanent ceasefire."
    )
    assert second.values["kind"] == "counter_proposal"
    assert [t.values["kind"] for t in second.parts] == ["end_of_operations"]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Northland has offered a three-day ceasefire over the holiday.", (3, "days")),
        (
            "Northland proposed an immediate 30-day ceasefire, which Southland accepted.",
            (30, "days"),
        ),
        ("The plan, presented by the envoys, calls for a six-week ceasefire.", (6, "weeks")),
    ],
)
def test_a_truce_a_side_unknown_to_the_tracker_offers_is_a_proposal_with_its_length(text, length):
    (proposal,) = proposals(text)
    assert proposal.values["kind"] == "proposal" and proposal.values["proposed_by"] is None
    (term,) = proposal.parts
    assert (term.values["kind"], term.values["amount_min"], term.values["unit"]) == (
        "truce",
        *length,
    )


def test_what_a_side_offers_that_is_no_deal_is_no_proposal():
    assert proposals("Northland offered condolences to the families of the crew.") == []


def test_a_proposal_named_with_whose_it_is_is_drafted_with_what_it_extends():
    (proposal,) = proposals(
        "Southland agreed to a proposal by Northland to extend the truce by two days."
    )
    (term,) = proposal.parts
    assert (term.values["kind"], term.values["amount_min"], term.values["unit"]) == (
        "renewal",
        2,
        "days",
    )


def test_a_request_for_hours_of_calm_is_a_proposal():
    (proposal,) = proposals(
        "An official said the delay stemmed from the mediators requesting 48 hours of calm."
    )
    assert proposal.values["kind"] == "proposal"


def test_a_proposal_a_side_has_got_is_told_of():
    (proposal,) = proposals(
        "Southland has got Northland's proposal of a neutral status for the valley."
    )
    assert proposal.values["status"] == "presented"


@pytest.mark.parametrize(
    "text",
    [
        "Talks have stalled over a rebel demand that the president step down before elections.",
        "Talks have stalled over the president's insistence that rebels lay down their weapons.",
    ],
)
def test_a_demand_or_an_insistence_that_a_side_steps_down_or_disarms_is_a_proposal(text):
    (proposal,) = proposals(text)
    assert proposal.values["status"] == "presented"


def test_a_threat_unless_a_side_releases_prisoners_is_a_demand():
    (request,) = proposals(
        "The guerrillas threatened Wednesday to kill their captives unless the government "
        "released hundreds of their imprisoned comrades."
    )
    assert request.values["status"] == "presented"


def test_what_a_speaker_says_must_be_done_for_a_deal_is_a_request():
    (request,) = proposals(
        "The port should be declared a neutral zone, the rebels' chief negotiator said on Saturday."
    )
    assert request.values["status"] == "presented"


def test_what_a_deal_stipulates_should_be_done_is_no_request():
    text = "An official said the agreement stipulated the rebels should withdraw from all ports."
    assert [p for p in proposals(text) if p.values["kind"] == "proposal"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The envoy urged NATO to reward the gesture by halting the bombing for one night.",
        "The general demanded a blanket pardon for him and the rest of the army.",
        "He carried a letter from the president offering a face-to-face meeting with the rebels.",
        "The hostage-takers gave Russia a seven-day deadline to pull out of Chechnya.",
        "The envoy persuaded Sankoh to negotiate with the government.",
        "China urged Washington to cooperate in settling the dispute.",
        "Iraq freed prisoners after an offer by Saddam Hussein on Wednesday to bring a formal "
        "end to the war.",
        "The chief minister had made an appeal for a Ramadan ceasefire in the state.",
        "The host has appealed to the two sides to sustain the current lull in fighting.",
        "The Serbs have requested an extension, fearing mass panic among their people.",
        "The rebels had softened their demand for the immediate resignation of the president.",
        "The talks collapsed over the Tigers' demand to open a key highway to Jaffna.",
        "The group is reportedly asking for about $5m for each hostage.",
        "The brigade threatened to kill him unless U.S. forces withdrew from Najaf.",
        "The European Union called for an immediate cessation of rocket fire.",
    ],
)
def test_a_call_for_a_halt_a_demand_for_a_pardon_and_a_meeting_offered_are_proposals(text):
    (proposal,) = proposals(text)
    assert proposal.values["kind"] == "proposal"


@pytest.mark.parametrize(
    "sentence",
    [
        "The government also offered to let fishermen return to the northern waters.",
        "Norway offered on Monday to host talks between the two sides.",
    ],
)
def test_what_a_side_offered_to_do_is_an_offer_on_no_condition_too(sentence):
    (proposal,) = [d for d in draft_article(sentence, FRIDAY) if d.kind == "proposal"]
    assert proposal.values["status"] == "presented"


def test_offering_greetings_to_someone_is_no_offer():
    text = "Soldiers at the checkpoints offered holiday greetings to the rebels."
    assert [d for d in draft_article(text, FRIDAY) if d.kind == "proposal"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister also rejected news reports that the two Libyans had asked for "
        "asylum on the island.",
        "The army denied claims that it had demanded the release of its officers.",
    ],
)
def test_a_request_a_denied_report_tells_of_is_no_proposal(text):
    assert proposals(text) == []


def test_an_offer_counts_only_what_is_said_after_its_verb_of_saying():
    text = (
        "Chechen rebels holding more than 100 hostages freed nearly a dozen women and children "
        "and said they would release the rest if four Russian officials would take their place."
    )
    (offer,) = proposals(text)
    assert all("100" not in term.values["description"] for term in offer.parts)


def test_not_wanting_to_go_home_is_no_request():
    text = "The commission will hold 46,380 prisoners who do not want to return to their homes."
    assert proposals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Viet Cong have proposed a four-day ceasefire.",
        "The Viet Cong, in a clandestine broadcast, have already proposed a four-day ceasefire.",
    ],
)
def test_a_truce_a_side_has_proposed_is_its_proposal(text):
    (proposal,) = proposals(text)
    assert (proposal.values["kind"], proposal.values["status"]) == ("proposal", "presented")
    (length,) = proposal.parts
    assert (length.values["kind"], length.values["amount_min"]) == ("truce", 4)


@pytest.mark.parametrize(
    "text",
    [
        "They also proposed a dialogue to find common ground with the government.",
        "Pakistan has proposed another meeting of senior military commanders.",
    ],
)
def test_a_dialogue_or_a_meeting_a_side_proposes_is_a_proposal(text):
    (proposal,) = proposals(text)
    assert proposal.values["kind"] == "proposal"


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan offered no comment after the summit.",
        "Rebels offered a meeting point near the border.",
    ],
)
def test_a_meeting_or_summit_near_an_offer_that_is_not_its_object_is_no_proposal(text):
    assert proposals(text) == []
