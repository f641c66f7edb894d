"""Offers and requests a report tells of without naming a proposal: what a side says it would
do, and on what condition ("said it would extend the truce by a day for every ten hostages
freed"), what a side calls for or sets as a precondition, and the terms someone describes for
a deal still being negotiated. Each drafts a proposal (never an agreement) whose proposer is
the side if the tracker knows it, else left empty."""

import re

from .drafts import Draft, clause_with
from .proposals import PROPOSAL, REJECTED, exchange_term, truce_length
from .provisions import ACCEPTED, term_draft, term_words

#: What a side says it would do: "said it would extend …", "is ready to release …".
OFFER = re.compile(
    r"\b(?:would|will|(?:is|was|are|were)\s+(?:ready|willing|prepared)\s+to|offered\s+to"
    # "promised Friday to “immediately” order a cease-fire … if …": a pledge of one's own.
    r"|(?P<pledged>promised|pledged|vowed)\s+(?:\w+\s+)?to(?:\s+[“\"]?\w+ly[”\"]?)?)\s+"
    r"(?P<what>(?:extend|release|free|withdraw|pull\s+back|halt|stop|pause|allow|reopen|open"
    r"|deal|accept|agree\s+to|hand\s+over|swap|exchange|order|declare|begin|resume)\b[^;]*)",
    re.IGNORECASE,
)
#: What a side says must be done for a deal: "Tigray's forces must reciprocate the truce",
#: "Assad would need to step down", "the port should be declared a neutral zone".
REQUIRED = re.compile(
    r"\b(?:must|should|would\s+(?:need|have)\s+to|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?P<what>(?!not\b)[^,;.]{6,200})",
    re.IGNORECASE,
)
#: What is asked, to its clause's end (the comma of a number's "1,000" ends none).
ASKED = r"(?P<what>(?:[^,;.]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.(?=\s?[A-Z]|\s+[a-z]{2}\s)){6,200})"
#: "threatened to kill the captives unless Peru released their comrades": a demand.
ULTIMATUM = re.compile(rf"\bthreat\w*\b[^.;]*?\bunless\s+{ASKED}", re.I)
#: "the agreement stipulated the rebels should withdraw": what a deal holds, not a request.
STIPULATED = re.compile(r"\b(?:stipulat\w*|provides?|provided|requires?|required)\b", re.I)
#: What the offer hangs on: "for every ten hostages freed", "if the army withdraws".
CONDITION = re.compile(
    r"\b(?P<condition>(?:for\s+(?:every|each)\b|(?:every|each)\s+\w+\s+for\b|if\b|provided\s+"
    r"(?:that\s+)?|on\s+(?:the\s+)?condition\s+(?:that\s+)?|as\s+long\s+as|in\s+the\s+event\s+"
    r"(?:that\s+)?|in\s+(?:return|exchange)\s+for|so\s+long\s+as)[^;.]*)",
    re.IGNORECASE,
)
#: A deal not yet reached: "the deal being negotiated", "under the proposed agreement".
UNDER_NEGOTIATION = re.compile(
    r"\b(?:deal|agreement|truce|ceasefire|cease-fire|accord)\s+(?:that\s+is\s+|now\s+)?"
    r"(?:being\s+(?:negotiated|discussed|finalised|finalized|worked\s+out)|under\s+"
    r"(?:discussion|negotiation|consideration))\b|\b(?:the|a|an)\s+(?:proposed|possible|potential|prospective"
    r"|emerging)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|truce|ceasefire|cease-fire|accord)\b",
    re.IGNORECASE,
)
#: A condition that is an offer's whatever a deal holds: "if the truce is extended".
IF = re.compile(r"(?:if|provided|on\s+(?:the\s+)?condition)\b", re.IGNORECASE)
EXTENDING = re.compile(r"^(?:extend|prolong|renew)", re.IGNORECASE)
#: ", and after …": the offer's words end where the sentence turns to something else.
AFTERTHOUGHT = re.compile(
    r",\s+(?:but|while|which|whereas)\b|,\s+and\s+(?=(?:after|when|as|then|later|meanwhile)\b"
    r"|[A-Z])|\s+—\s+"
)
#: What a side asks of the other: "called for the release of …", "demanded a withdrawal",
#: "called on the group to lay down its arms".
REQUEST = re.compile(
    # "call" as a verb, not the noun of "the leader's call for disarmament".
    r"\b(?:(?:called|calls|calling|(?<!['’]s\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\bits\s)(?<!\btheir\s)call)\s+(?:for|on|upon)|demand(?:ed|s|ing)?|urg(?:ed|es|ing)"
    # "insisted that the army withdraw", never "insists that it is abiding by the truce".
    r"|insist(?:ed|s|ence)?\s+(?:on|that(?!\s+(?:it|they|he|she|we)\s+(?:is|are|was|were|has|have|had)\b))"
    r"|ask(?:ed|ing)\s+for|request(?:ed|s|ing)|suggest(?:ed|s)"
    # "appealed to the two sides to sustain the lull", "made an appeal for a Ramadan ceasefire".
    r"|appeal(?:ed|s|ing)(?=\s+(?:to|for)\s)|(?:made|issued|launched|renewed)\s+(?:an?|its|their|his"
    r"|her)\s+(?:[\w-]+\s+)?(?:appeal|plea)(?=\s+for\s)|(?<!\bnot\s)want(?:s|ed)?(?!\s+to\b)(?=\s+(?:[\w'’-]+\s+){1,5}?to\s)"
    # "The government wants a ceasefire": what is wanted, named.
    r"|want(?:s|ed)?(?=\s+(?:an?|the)\s)"
    # "is asking the United States, France and Belgium to supply 300 observers"
    # (never a question: "Asked whether Cuba is ready to withdraw …")
    r"|ask(?:s|ed|ing)(?!\s+(?:whether|if|about|how|what|why|when)\b)(?=\s+(?:[\w'’,-]+\s+){1,8}?to\s)"
    # "gave Russia a seven-day deadline to pull out", "persuaded Sankoh to negotiate".
    r"|gave\s+(?:[\w'’-]+\s+){1,3}?an?\s+(?:[\w-]+\s+)?(?:deadline|ultimatum)(?=\s+to\s)"
    r"|persuad(?:e|es|ed|ing)(?=\s+(?:[\w'’,-]+\s+){1,4}?to\s))"
    rf"\s+{ASKED}",
    re.IGNORECASE,
)
#: A request made of someone, whose "to" tells what is asked: "called on X to", "urged X to".
ASKED_OF = re.compile(r"\b(?:on|upon|urg\w+|want\w*|ask(?:ed|ing)?)\s+$", re.IGNORECASE)
#: What a request must be about to concern a deal: a truce, releases, a withdrawal …
DEAL_MATTER = re.compile(
    # A truce's monitors or violations are no new deal asked for.
    r"\b(?:(?:ceasefire|cease-fire|truce)s?(?!\s+(?:monitors?|monitoring|observers?|violations?|"
    r"commission|mechanism))|(?:hours?|days?|weeks?)\s+of\s+calm|lull|pause|releas\w*"
    r"|withdraw\w*|withdrew|exchange|dissolution|dissolv\w*|disarm\w*|extension|resign\w*|cessation"
    r"|lay\s+down\s+(?:its|their|his|her)\s+(?:arms|weapons)|step\s+down|elections?"
    r"|halt\w*|end\s+(?:to|of)|lift\w*|(?:re)?open\w*|return\w*|amend\w*|guarantee\w*|pull-?out|amnesty"
    r"|pardon|(?:face-to-face\s+|direct\s+)?meeting\s+with"
    r"|peace\s+talks|negotiat\w*|free|freeing|talks|dialogue|peace\s+(?:agreement|deal|accord|process)"
    r"|settl(?:e|ing)\s+the\s+(?:dispute|conflict)|pull\s+out"
    r"|settlement|troops|attacks|aggression|neutral\s+zone|integrat\w*|(?:political\s+)?reforms"
    # What is asked to settle a dispute or a kidnapping, or to watch a truce kept: "China's
    # demand for a formal apology", "a ransom demand of $5m", "seeks U.N. peacekeepers".
    r"|apology|ransom|demilitari[sz]\w*|buffer\s+zones?|extradit\w*|asylum|safe\s+passage"
    r"|compensation|liability|round-table|interim\s+government|peacekeepers|monitors|observers)\b"
    # "asking for about $5m for each hostage": a sum asked.
    r"|[$€£]\s?\d",
    re.IGNORECASE,
)
#: A report or a claim denied before what it says was asked: "rejected news reports that …".
REPORT_DENIED = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|speculation)"
    r"\s+that\b",
    re.IGNORECASE,
)
#: A verb of saying: what an offer counts comes after the last one before it.
SAID = re.compile(r"\b(?:said|says|say|told|announced|added)\b")
#: "It calls for …", "The declaration calls for …": what a text provides, not a request.
A_TEXT_ASKS = re.compile(
    r"(?:^It|,\s+which|\b(?:declaration|agreement|deal|proposal|plan|document|text|draft|framework"
    r"|accord|treaty|resolution|truce|ceasefire|statement|it)"
    # "The deal, hammered out after three days, calls for …", "an agreement reached earlier this
    # month that calls for …" (a plan or a draft so told is still a proposal's).
    r"|\b(?:declaration|agreement|deal|accord|treaty|truce|ceasefire)"
    r"(?:,\s+[^,;\"“”]{1,80},|\s+(?:[\w-]+\s+){0,4}?that))\s+(?:also\s+)?$",
    re.IGNORECASE,
)
#: An appeal to keep a truce already declared ("urging all parties to respect the truce") asks
#: for no new deal: no proposal.
KEEP_IT = re.compile(
    r"^(?:[\w-]+\s+){0,3}?to\s+(?:\w+ly\s+)?(?:respect|observe|honou?r|abide\s+by|adhere\s+to"
    # "to fully adhere to and respect the truce"
    r"|uphold|maintain)\b[^.;]{0,30}?\s(?:the|this|that|a)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire)\b",
    re.IGNORECASE,
)
#: What a side sets before a deal: "as a prerequisite for signing the peace agreement".
PRECONDITION = re.compile(
    r"\bas\s+an?\s+(?:pre-?condition|prerequisite|condition)\s+(?:for|to|of)\b", re.IGNORECASE
)
#: The side that says it offers: "said it would …", "they are ready to …".
ITS_OWN = re.compile(r"\b(?:it|they|we|he|she)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Releases told as what would happen: "50 hostages would be freed in exchange for …".
WOULD_BE_RELEASED = re.compile(
    r"\b(?:would|could|will|are\s+to|were\s+to)\s+be\s+(?:released|freed|exchanged|swapped|handed\s+over)\b",
    re.IGNORECASE,
)
#: A thing offered: "offered an amnesty to all former rebels", "a ceasefire offered by the
#: rebels" (never "offered to …", an offer to do something, read by ``OFFER``).
OFFERED = re.compile(
    # "offered rebels a general amnesty", "offered the guerrillas a truce": to whom, first.
    r"\boffer(?:ed|ing)\s+(?:(?:the\s+)?[\w'’-]+\s+(?=an?\s))?"
    r"(?P<what>(?:an?|the|its|their|his|her)\s+[^,;.]{3,150})"
    r"|\b(?P<thing>(?:an?|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+offered\s+by\b",
    re.IGNORECASE,
)
#: An offer by its noun: "an offer by Iraqi President Saddam Hussein on Wednesday to bring a
#: formal end to the war", "the Centre's offer to accept the flag".
OFFER_NOUN = re.compile(
    r"\b(?:an?|the|its|their|his|her|[\w-]+['’]s)\s+(?:[\w-]+\s+)?offer\s+"
    r"(?:(?:by|from)\s+[^,;.\"“”]{1,80}?\s+)?(?P<thing>to\s+[a-z]+\b[^,;.]{3,150})",
    re.IGNORECASE,
)
#: An offer in its verb: "offered to mediate", "offered on Monday to hold talks".
#: (Never "offered Eid greetings to the Taliban".)
OFFERED_TO = re.compile(
    r"\boffer(?:ed|s)\s+(?:(?:on\s+)?[A-Z]\w+day\s+|\w+ly\s+|again\s+)?to\s+[a-z]+\b"
)
#: A truce a side says could go on, on a condition: "the truce could be extended if more
#: hostages are released".
EXTENDED_ON_CONDITION = re.compile(
    r"(?P<what>\b(?:the|a|an|its|their)\s+(?:(?!(?:the|an?|says?|said)\b)[\w-]+\s+){0,3}?"
    r"(?:truce|ceasefire|cease-fire|pause"
    r"|lull)\s+(?:could|would|can|may|might|will)\s+be\s+(?:extended|prolonged|renewed)\b[^;.]*)",
    re.IGNORECASE,
)
#: "Under the deal, …": the sentence tells what a deal holds, not what a side offers.
UNDER_A_DEAL = re.compile(
    r"\b(?:under|according\s+to|in)\s+the\s+(?:[\w-]+\s+)?(?:deal|agreement)\b", re.I
)


def offers_in(sentence, counts, dated, speaker, agreed=False):
    """The proposal ``sentence`` tells of as an offer, or as terms of a deal being negotiated
    that a speaker describes (a list of one draft), else []."""
    described = UNDER_NEGOTIATION.search(sentence) or (
        WOULD_BE_RELEASED.search(sentence) and not agreed and not UNDER_A_DEAL.search(sentence)
    )
    if described and speaker is not None:
        terms = [term for count in counts if (term := exchange_term(count, sentence))]
        if terms:
            return [offer_draft(sentence, speaker, dated, "under_consideration", terms)]
    if asked := requests_in(sentence, dated, speaker):
        return asked
    offered = OFFERED.search(sentence) or OFFER_NOUN.search(sentence)
    thing = offered and (offered.groupdict().get("what") or offered["thing"])
    if offered is not None and DEAL_MATTER.search(thing):
        terms = truce_length(thing, sentence)
        # "The president rejected a ceasefire offered by the rebels": offered, then rejected.
        refused = REJECTED.search(sentence[: offered.start()]) is not None
        return [
            offer_draft(sentence, speaker, dated, "rejected" if refused else "presented", terms)
        ]
    if UNDER_A_DEAL.search(sentence):
        return []
    if extended := extension_on_condition(sentence, speaker, agreed):
        return [offer_draft(sentence, speaker, dated, "presented", extended)]
    offer = OFFER.search(sentence)
    if offer is None:
        return offered_to(sentence, speaker, dated)
    # A side "ready to" do something on a condition, or that pledges to, offers it.
    ready = re.match(r"(?:is|was|are|were)\s", offer.group(0)) is not None or bool(offer["pledged"])
    if not ready and (speaker is None or PROPOSAL.search(sentence)):
        # An offer is what a side is said to offer, not what a proposal holds.
        return offered_to(sentence, speaker, dated)
    what = AFTERTHOUGHT.split(offer["what"])[0]
    condition = CONDITION.search(what)
    if condition is None:
        # What a side would do on no condition is a position, not an offer.
        return offered_to(sentence, speaker, dated)
    if agreed and not EXTENDING.match(offer["what"]) and not IF.match(condition["condition"]):
        # Once a deal is reached, what a side would do is mostly its terms; what it would do
        # "if" something is done is still an offer.
        return []
    # "Rebels holding 100 hostages freed a dozen and said they would release the rest if …":
    # what the offer counts is said after its verb of saying, not before.
    said = [found.end() for found in SAID.finditer(sentence, 0, offer.start())]
    counted = [count for count in counts if not said or count.start >= said[-1]]
    terms = offered_terms(sentence, what, condition, counted)
    if ITS_OWN.search(sentence[: offer.start()]) or ready:
        return [offer_draft(sentence, speaker, dated, "presented", terms)]
    # What another side would do, as someone tells it: terms still being negotiated.
    return [offer_draft(sentence, None, dated, "under_consideration", terms)]


def offered_to(sentence, speaker, dated):
    """What a side "offered to" do, on a condition or none ("offered to hold talks"), as a
    list of one proposal, else []."""
    if OFFERED_TO.search(sentence) is None:
        return []
    return [offer_draft(sentence, speaker, dated, "presented", [])]


def extension_on_condition(sentence, speaker, agreed):
    """The renewal a speaker says a truce could have on a condition, as a list of one term,
    else []; once a deal is reached, only on an "if" (a rate is the deal's own term)."""
    found = EXTENDED_ON_CONDITION.search(sentence) if speaker is not None else None
    condition = CONDITION.search(found["what"]) if found is not None else None
    if condition is None or (agreed and not IF.match(condition["condition"])):
        return []
    what = found["what"][: condition.start()]
    return [term_draft("renewal", what, sentence, condition=term_words(condition["condition"]))]


def requests_in(sentence, dated, speaker):
    """A request of a side's (what it calls for, demands on pain of a threat, says must be
    done, or sets as a precondition), if any."""
    asked = REQUEST.search(sentence)
    if asked is not None and A_TEXT_ASKS.search(sentence[: asked.start()]):
        return []  # what a text calls for is what it provides
    if asked is not None and REPORT_DENIED.search(sentence[: asked.start()]):
        return []  # "rejected news reports that the two had asked for asylum": none was made
    if asked is not None and KEEP_IT.search(asked["what"]):
        return []
    if asked is not None and ACCEPTED.search(sentence[: asked.start()]):
        return []  # "the truce meets the army's demand for …": a demand met is a term of a deal
    asked = asked or ULTIMATUM.search(sentence) or required(sentence, speaker)
    if PRECONDITION.search(sentence) or (asked and DEAL_MATTER.search(what_is_asked(asked))):
        # "calls for a six-week ceasefire": the length of the truce asked for is its term.
        terms = truce_length(asked["what"], sentence) if asked else []
        return [offer_draft(sentence, speaker, dated, "presented", terms)]
    return []


def required(sentence, speaker):
    """What a speaker says must be done ("the port should be declared a neutral zone"), not
    what a deal is said to stipulate; None if nothing."""
    found = REQUIRED.search(sentence) if speaker is not None else None
    if found is None or STIPULATED.search(sentence[: found.start()]):
        return None
    return found


def what_is_asked(asked):
    """The words of what is asked: after the "to" of "called on the monitors to investigate",
    not whom it is asked of."""
    if ASKED_OF.search(asked.string[asked.start() : asked.start("what")]):
        return re.sub(r"^(?:(?!\bto\b).)*?\bto\s", "", asked["what"])
    return asked["what"]


def offered_terms(sentence, what, condition, counts):
    """An extension's term on its condition, else the exchanges the offer counts."""
    if EXTENDING.match(what):
        return [term_draft("renewal", what, sentence, condition=term_words(condition["condition"]))]
    terms = [term for count in counts if (term := exchange_term(count, sentence))]
    for term in terms:
        term.values["condition"] = term_words(condition["condition"])
    return terms


def offer_draft(sentence, speaker, dated, status, terms):
    values = {
        "kind": "proposal",
        "title": clause_with(sentence, sentence.split(",")[0])[:300],
        "summary": sentence,
        "proposed_by": speaker.actor if speaker is not None and status == "presented" else None,
        "addressed_to": [],
        "status": status,
        "date": None if dated is None or status != "presented" else dated.date,
        "date_words": "" if dated is None else dated.words,
    }
    return Draft("proposal", values, sentence, parts=terms)
