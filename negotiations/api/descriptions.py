"""What each field of the API's records means, told to someone reading the data: its
meaning, its units and what an empty value says. The models' help texts speak to editors
("Leave empty if unknown.") and are not read by the API's schema."""

from ..models import (
    Actor,
    Attendance,
    Citation,
    Deadline,
    Event,
    ExchangeTerm,
    ExternalIdentifier,
    Figure,
    Handover,
    ImplementationStatement,
    Membership,
    Negotiation,
    OtherTerm,
    Person,
    Phase,
    Position,
    Proposal,
    Round,
    Source,
    Statement,
    Violation,
)

#: Fields of the same name mean the same in every record, unless the record says otherwise.
EVERY_RECORD = {
    "id": "Its id, unique among records of its kind.",
    "negotiation": "The negotiation it belongs to, by its slug.",
    "citations": "The sources it rests on, each with the passage quoted from it.",
    "updated_at": "When it was last changed in the tracker (ISO 8601, with its offset from UTC).",
}

DESCRIPTIONS = {
    Actor: {
        "other_names": "Other names it goes by (“Ansar Allah” for the Houthis); empty if none.",
        "memberships": "The coalitions, alliances and contact groups it belongs or belonged "
        "to, and the sides it is or was on; empty if none is recorded.",
        "identifiers": "What other datasets call it (Wikidata, UCDP, ACLED…); empty if none "
        "is recorded. ?wikidata=Q… finds an actor by its QID.",
    },
    ExternalIdentifier: {
        "scheme": "The other dataset's scheme: wikidata, ucdp_conflict, ucdp_dyad, ucdp_actor, "
        "pax_agreement, acled_actor, acled_event, iso_3166, gleditsch_ward, eth_prio_ceasefire.",
        "value": "The identifier as that dataset writes it (Q797, 1163, PSE12345).",
        "url": "The record's page in that dataset; null where the scheme has no public page.",
    },
    Membership: {
        "group": "The coalition or group, or the party whose side it is on, by its slug.",
        "relation": "member_of (a coalition, alliance or contact group) or on_the_side_of "
        "(a party to the conflict).",
        "since": "Since when, at the precision the sources give; null if they do not say.",
        "until": "Until when, at the precision the sources give; null if it still holds or "
        "the sources do not say.",
    },
    Citation: {
        "source": "Id of the source (see /api/v1/sources/).",
        "passage": "The words of the source the record rests on, quoted exactly.",
    },
    Event: {
        "title": "What happened, in one line.",
        "date_note": "How its date was worked out, or what is uncertain about it; empty if "
        "nothing is.",
        "round": "Id of the round of talks it was part of (see /api/v1/rounds/); null if none.",
    },
    ExchangeTerm: {
        "affiliation": "The nationality or affiliation of those released, as the sources give "
        "it (“Thai nationals”); empty if they give none.",
        "ratio_per": "Whom of the other side the ratio counts (“20–50 prisoners per "
        "hostage”); empty when the term has no ratio.",
        "condition": "What must happen for the term to apply, as the sources state it; empty "
        "if it applies unconditionally.",
    },
    Figure: {
        "counts": "What the number counts.",
        "attribution": "Who says so, in the source's words; empty if the source attributes it "
        "to no one.",
        "part_of": "Id of the larger figure this one breaks down; null if it breaks none down.",
    },
    Negotiation: {
        "identifiers": "What other datasets call the talks (Wikidata, UCDP conflict and "
        "dyad…); empty if none is recorded.",
        "rounds": "Ids of its rounds of talks (see /api/v1/rounds/), oldest first; rounds whose "
        "start the sources do not state come last.",
    },
    OtherTerm: {
        "applies_to": "What the amount is for, as the sources name it, where it differs by "
        "category (“artillery of 100 mm and more”); empty if it applies to all alike.",
        "means": "How it is carried out, as the sources say (“buses”); empty if they do not say.",
        "condition": "What must happen for the term to apply, as the sources state it (“one "
        "more day for each further group of ten released”); empty if it applies "
        "unconditionally.",
    },
    Phase: {
        "number": "Its place in the proposal's sequence of phases, from 1.",
        "condition_to_advance": "What must happen before the next phase begins, as the sources "
        "state it; empty if they state nothing.",
    },
    Position: {
        "issue": "The issue it is a stance on, by its slug (as in ?issue=withdrawal).",
        "stance": "The stance in a few words.",
        "date_note": "What is known of its date when the date is not exact (“before 18 Mar "
        "2024”); empty otherwise.",
    },
    Proposal: {
        "identifiers": "What other datasets call it (Wikidata, PA-X, ETH/PRIO…); empty if "
        "none is recorded.",
        "responds_to": "Id of the proposal this one answers; null if it answers none (a "
        "counter-proposal always names one).",
        "covered_areas": "The areas it covers, as the sources name them; empty unless its "
        "coverage is of named areas.",
        "note": "Questions the sources raise and do not answer; empty if none.",
        "editors_note": "What else the tracker's editors tell readers about it; empty if nothing.",
    },
    Source: {
        "title": "How the tracker refers to it: its headline, if it has one.",
        "headline": "Its headline as published; empty if not known.",
        "publisher": "Who published it; empty if not known.",
        "url": "Where it was published; empty if not known.",
        "archive_reference": "Where the tracker keeps its copy of the text; empty if it keeps "
        "none.",
        "dateline": "The place and day the report speaks from, from which its relative dates "
        "(“last week”) are read; empty if it has none.",
    },
    Statement: {
        "speaker_description": "The speaker as the source describes them (“a Hamas "
        "official”); empty if the source names them.",
        "is_direct_quote": "True: the text quotes the speaker exactly. False: it reports what "
        "they said in other words.",
    },
    Round: {
        "title": "The round's name (“Doha round, March 2024”).",
        "venue": "Where it was held, as the sources name it; null when they do not say.",
        "start": "When it began, to the precision the sources give; null when they do not say.",
        "end": "When it ended, to the precision the sources give; null when they do not say "
        "or it has not ended.",
        "outcome": "What it produced, per the sources; empty if they say nothing of it.",
    },
    Attendance: {
        "negotiation": "The negotiation of the round attended, by its slug.",
        "round": "Id of the round attended (see /api/v1/rounds/).",
        "actor": "On whose behalf they attended: the actor, by its slug (a Mossad head "
        "attends for Israel).",
        "person": "Id of the person who attended (see /api/v1/people/); null when the sources "
        "name no one and describe a delegation instead.",
        "description": "Who attended, in the source's words (“Egyptian officials”); empty "
        "when the person alone says it.",
    },
    Person: {
        "identifiers": "What other datasets call them (Wikidata…); empty if none is recorded.",
        "name": "Their name, only as a source gives it; empty for an official the sources "
        "name only by office.",
        "title": "Their office or role as the sources give it (“Qatari premier”).",
        "affiliation": "The actor they belong to, by its slug; null if none is recorded.",
    },
}

#: What every record about an agreement's terms says of the agreement and the term.
OF_AN_AGREEMENT = {
    "negotiation": "The negotiation of its agreement, by its slug.",
    "proposal": "Id of the agreement (see /api/v1/proposals/).",
    "exchange_term": "Id of the exchange term it is about (one of the agreement's "
    "exchange_terms); null if it is about none.",
    "other_term": "Id of the other term it is about (one of the agreement's other_terms); "
    "null if it is about none.",
    "phase": "The number of its phase (see the agreement's phases); null if it names none.",
}

IMPLEMENTATION = {
    Handover: {
        **OF_AN_AGREEMENT,
        "exchange_term": "Id of the exchange term it carries out (one of the agreement's "
        "exchange_terms); null where the sources do not tie it to one.",
        "outcome": "carried_out, delayed or refused.",
        "date": "The day it was carried out, or for a batch delayed or refused the day it was "
        "due or called off, at the precision the sources give.",
        "releasing_party": "Who released them, by slug; null if the sources do not say.",
        "receiving_party": "To whom they were handed over (the Red Cross, a state), by slug; "
        "null if the sources do not say.",
        "group": "Who was released: hostages, prisoners, prisoners_of_war, detainees or remains.",
        "categories": "Codes of the categories of those released the sources name (women, "
        "children, …); empty if they name none.",
        "affiliation": "Their nationality or affiliation, as the sources give it; empty if "
        "they give none.",
        "count": "How many were released, as the sources give it; null if they give no number.",
        "alive": "living or remains; null if the sources do not say.",
        "persons_named": "The people the sources name, spelled as they spell them; empty if "
        "they name no one.",
        "place": "Where, as the sources name it; empty if they do not say.",
        "reason": "For a batch delayed or refused: why, as the sources give it; empty otherwise.",
        "reason_given_by": "Who gives that reason, by slug; null if the sources attribute it "
        "to no one.",
        "description": "The handover in the sources' terms; empty if the other fields say it all.",
    },
    ImplementationStatement: {
        **OF_AN_AGREEMENT,
        "date": "As of when, at the precision the sources give.",
        "status": "How far the term is carried out: not_started, begun, partly_done, done, "
        "stalled or reversed.",
        "asserted_by": "Who says so, by slug; null for the editors' reading.",
        "asserter_description": "Who said it as the source names them (“an Israeli "
        "official”); empty if the actor alone says it.",
        "is_editors_reading": "True: the tracker's editors' reading of the evidence, which no "
        "one asserted. False: what asserted_by says.",
        "claim": "What is said, in short; empty if the status says it all.",
    },
    Violation: {
        **OF_AN_AGREEMENT,
        "proposal": "Id of the agreement it is alleged to breach (see /api/v1/proposals/); "
        "null if none is named.",
        "exchange_term": "Id of the exchange term it is alleged to breach; null if none is named.",
        "other_term": "Id of the other term it is alleged to breach; null if none is named.",
        "negotiation": "The negotiation it is alleged in, by its slug.",
        "accused_by": "Who alleges it, by slug.",
        "accuser_description": "The accuser as the source names them (“the Israeli "
        "military”); empty if the actor alone says it.",
        "accused": "Whom it is alleged against, by slug; null if the allegation names no one.",
        "kind": "What is alleged: fire, air_strike, incursion, attack, detention, "
        "aid_obstructed, release_withheld or other.",
        "date": "When it happened, at the precision the sources give.",
        "place": "Where, as the sources name it; empty if they do not say.",
        "description": "What is alleged, in short.",
        "killed": "How many were killed, as the sources give it; null if they give no number.",
        "wounded": "How many were wounded, as the sources give it; null if they give no number.",
        "verification": "unverified, confirmed or denied: an allegation is not a finding.",
        "verified_by": "Who confirmed or denied it (a monitoring mechanism, a UN body, the "
        "accused), by slug; null while it is unverified.",
        "verified_on": "When it was confirmed or denied; null while it is unverified or if "
        "the sources do not say.",
    },
    Deadline: {
        **OF_AN_AGREEMENT,
        "kind": "The step that is due: release, withdrawal, phase_end, next_phase_talks, "
        "truce_end or other.",
        "due": "When the step is due, at the precision the agreement or the sources give.",
        "description": "What is due, as the sources put it; empty if the kind says it all.",
        "met_on": "When the step came, late or not; null while it has not come.",
    },
}
DESCRIPTIONS |= IMPLEMENTATION


def description(model, field_name):
    """What a field of a model's records means to a reader; None where nothing is said."""
    return DESCRIPTIONS.get(model, {}).get(field_name, EVERY_RECORD.get(field_name))
