"""Proposals a report tells of, with the terms it gives them (who is released, how many,
for how many each; how long a truce lasts), and the stances it reports."""

import re

from .drafts import Draft, clause_with
from .numbers import NUMBER
from .quantities import SMALL_NUMBERS, value_of

PROPOSING = re.compile(
    # "The Viet Cong, in a clandestine broadcast, have already proposed …"
    # (never an article: "The proposed meeting was put off")
    r"(?P<who>\b(?!(?:The|A|An)\s)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)(?:,\s+[^,;\"“”]{1,80},)?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+|earlier\s+|now\s+)?"
    r"(?:proposed|offered|put\s+forward|submitted)\b"
)
COUNTER = re.compile(
    r"\bcounter-?proposal\b|\b(?:offer\w*|propos\w*|submit\w*|put\s+forward)\s+"
    r"(?:its\s+|their\s+|some\s+|several\s+|new\s+)?amendments\b",
    re.I,
)
#: What a side proposes or offers that makes a proposal: a deal, a truce, releases … (never
#: "offered condolences"), within the words after the verb.
OF_A_DEAL = re.compile(
    r"^[^.;]{0,60}?\b(?:ceasefire|cease-fire|truce|pause|halt|releas\w*|free|swap|exchang\w*"
    r"|withdraw\w*|deal|plan|proposal|agreement|hostages|prisoners|detainees|amendments"
    r"|guarantees?|talks|negotiations)\b"
    # "proposed a dialogue", "offered another meeting": as the verb's object only (never
    # "offered no comment after the summit", "a meeting point").
    r"|^\s+(?:an?\s+|the\s+)?(?:new\s+|direct\s+|fresh\s+|another\s+)?(?:dialogue|meeting|summit)\b"
    r"(?!\s+(?:point|room|venue|dinner|place))",
    re.IGNORECASE,
)
#: A proposal told by its verb ("proposed releasing them in stages", "proposed that the UN
#: run the port"), by whom it was proposed ("as proposed by Egypt"), or by the adjective
#: before the truce it holds ("a proposed 30-day ceasefire").
PROPOSED = re.compile(
    # A verb, not the adjective of "the proposed meeting"; an act, not "proposed nothing".
    r"(?<![Tt]he\s)(?<![Aa]\s)(?<![Aa]n\s)(?<!its\s)(?<!their\s)\bpropos(?:ed|es)\s+"
    r"(?:(?!nothing|something|anything|during)[a-z]+ing|to\s+(?!the\b|an?\b)[a-z]+|that)\b"
    # "as proposed by Egypt", "a 30-day pause proposed by the US in March"
    r"|\b(?:as|(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|plan|deal|swap"
    r"|exchange))\s+proposed\s+by\s+(?P<by>[^,.;]+)"
    r"|\ba\s+proposed\s+(?=(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\b)",
    re.I,
)
#: A proposal named by its noun ("the proposal", "a draft agreement", "a peace plan")...
PROPOSAL = re.compile(
    r"\b(?:proposals?|(?:peace|ceasefire|truce)\s+plan|draft\s+(?:[\w-]+\s+)?(?:agreement|deal|text"
    r"|treaty)|roadmap|(?<=an\s)outline|(?<=the\s)outline"
    # A deal's text put to a side is proposed to it: "the peace treaty presented to Armenia".
    r"|(?:treaty|agreement|deal|plan|text|framework)(?=\s+(?:(?:that|which)\s+was\s+)?"
    r"(?:presented|submitted|handed|sent|delivered)\s+to\b))\b",
    re.I,
)
#: ... in a sentence that tells what became of it or what it holds: a proposal merely named
#: ("talks on the proposal") drafts none.
HANDLED = re.compile(
    r"\b(?:present\w*|convey\w*|receiv\w*|(?:has|have|had)\s+got|submit\w*|sent|deliver\w*|handed"
    r"|put\s+forward"
    r"|unveil\w*|accept\w*|reject\w*|approv\w*|calls?\s+for|would|includ\w*"
    r"|stud(?:y|ies|ying|ied)|consider(?:s|ing|ed)|review(?:s|ing|ed)|weigh(?:s|ing|ed)"
    r"|suggest\w*|envisag\w*)\b",
    re.I,
)
#: Whose proposal it is, after its noun: "a proposal by Egypt", "a proposal from Kyiv".
PROPOSAL_BY = re.compile(r"\bproposals?\s+(?:by|from)\s+(?P<by>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
EXPECTED = re.compile(
    r"\b(?:could|would|will|may|(?:is|are|was|were)\s+expected\s+to)\s+(?:soon\s+)?be\s+"
    r"(?:presented|submitted|put\s+forward|unveiled|delivered)\b"
    r"|\bexpected\s+to\s+(?:present|submit|put\s+forward|unveil|deliver|send)\b",
    re.I,
)
#: A proposal a side is weighing is under its consideration.
WEIGHED = re.compile(
    r"\b(?:stud(?:y|ies|ying)|consider(?:s|ing)|review(?:s|ing)|weigh(?:s|ing))\b", re.I
)
#: A refusal of the proposal or offer named next: "rejected a proposal by …",
#: "turned down the plan".
REJECTED = re.compile(
    r"\b(?:rejected|refused|turned\s+down|dismissed)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
ADDRESSED = re.compile(r"\bpresented\s+to\s+(?P<to>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
#: A truce's length in its words: "a six-week truce", "a 42-day ceasefire", "a 60-day halt".
TRUCE_LENGTH = re.compile(
    rf"\b(?P<amount>\d+|{'|'.join(SMALL_NUMBERS)})[-\s](?P<unit>hour|day|week|month)s?"
    r"(?:[-\s]long)?\s+(?:(?:first|initial|opening|humanitarian|unconditional|temporary|full"
    r"|unilateral|bilateral|nationwide|mutual|new|limited)\s+){0,2}"
    r"(?P<what>truce|ceasefire|cease-fire|pause|lull|phase|halt)\b",
    re.I,
)
#: "extended for another 120 days", "extend the truce by two more days".
EXTENSION = re.compile(
    rf"\b(?:extend|extended|extending|extension|renew|renewed|renewal|prolong|prolonged)\b[^.;]*?"
    rf"\b(?:for|by)\s+(?:a\s+period\s+of\s+)?"
    rf"(?:an?\s+)?(?:(?:additional|another|further|extra)\s+)?(?P<amount>{NUMBER})\s+"
    r"(?:(?:more|additional|further|extra)\s+)?(?P<unit>hour|day|week|month)s?\b",
    re.IGNORECASE,
)
#: What a count released in an exchange is, by the words that count it.
GROUPS = (
    ("prisoners_of_war", r"prisoners?\s+of\s+war|\bPOWs?\b"),
    ("hostages", r"\bhostages?\b|\bcaptives?\b"),
    ("prisoners", r"\bprisoners?\b"),
    ("detainees", r"\bdetainees?\b|\bdetained\s+[A-Z]\w+"),  # "15 detained Armenians"
    ("remains", r"\bremains\b|\bbodies\b"),
)
RATIO_PER = re.compile(
    r"\b(?:per|for\s+each|for\s+every)\s+(?P<per>hostage|soldier|prisoner)\b", re.I
)
NATIONALITY = re.compile(r"^(?P<affiliation>[A-Z][a-z]+(?:ian|ean|ese|ish|i|an))\s")
#: Stances a report states: what a side would accept, rejects, demands.
STANCE = re.compile(
    r"\b(?P<stance>(?:would|will)\s+(?:not\s+)?(?:accept|reject|agree\s+to)\b[^,.;]*"
    r"|(?:accepts|accepted|rejects|rejected|demands|demanded|insists\s+on|refuses|refused"
    r"\s+to)\b[^,.;]*)"
)
#: The topic of what a stance is about, by its words (the tracker's shared vocabulary).
TOPICS = (
    ("withdrawal", r"withdraw|pull-?out"),
    ("end_of_war", r"end\s+of\s+(?:the\s+)?(?:war|military\s+operations)|permanent\s+ceasefire"),
    ("exchange_ratio", r"\bper\s+hostage\b|\bfor\s+each\b"),
    ("releases", r"\brelease|\bexchang"),
    ("ceasefire_length", r"\b(?:day|week|month)s?[-\s]long\b|\b\w+-(?:day|week)\s+truce"),
    ("military_operation", r"\boperation\b|\boffensive\b|\bassault\b"),
    ("humanitarian_aid", r"\baid\b|\bhumanitarian\b"),
)


def proposals_in(sentence, counts, dated, index):
    """The proposal a sentence tells of (dated by ``dated``, the sentence's first date words,
    or None), with its terms as parts."""
    proposing = PROPOSING.search(sentence)
    if proposing and not OF_A_DEAL.match(sentence[proposing.end() :]):
        proposing = None  # "offered condolences": no proposal
    proposer = index.find(proposing["who"]).actor if proposing else None
    countering = COUNTER.search(sentence)
    # A proposal named with whose it is ("agreed to a proposal by Egypt") is told of too.
    handled = HANDLED.search(sentence) or PROPOSAL_BY.search(sentence)
    named = PROPOSAL.search(sentence) if handled else None
    if proposing is None and countering is None and named is None:
        named = PROPOSED.search(sentence)
        if named is not None and named["by"]:
            proposer = index.find(named["by"]).actor
    if proposing is None and countering is None and named is None:
        return []
    if proposer is None and (by := PROPOSAL_BY.search(sentence)) is not None:
        proposer = index.find(by["by"]).actor
    expected = EXPECTED.search(sentence) is not None
    addressed = ADDRESSED.search(sentence)
    to = index.find(addressed["to"]).actor if addressed else None
    found = countering or proposing or named
    words = found.group(0)
    # "Russia rejected a proposal by Trump for a 30-day ceasefire": the proposal's answer.
    rejected = REJECTED.search(sentence[: found.start()]) is not None
    values = {
        "kind": "counter_proposal" if countering else "proposal",
        "title": clause_with(sentence, words)[:300],
        "summary": sentence,
        "proposed_by": proposer,
        "addressed_to": [to] if to else [],
        "status": "expected"
        if expected
        else "rejected"
        if rejected
        else "under_consideration"
        if WEIGHED.search(sentence)
        else "presented",
        # A proposal not yet presented has no date of its own, nor one the sentence dates
        # only by its rejection.
        "date": None if expected or rejected or dated is None else dated.date,
        "date_words": "" if dated is None else dated.words,
    }
    terms = [term for count in counts if (term := exchange_term(count, sentence))]
    return [Draft("proposal", values, sentence, parts=terms + truce_length(sentence, sentence))]


def truce_length(words, sentence):
    """The truce term of the length ``words`` give a truce ("a six-week ceasefire"), or of an
    extension ("extend the truce by two days"), as a list of one, or []."""
    kind, length = "truce", TRUCE_LENGTH.search(words)
    if length is None:
        kind, length = "renewal", EXTENSION.search(words)
    return [] if length is None else [length_term(kind, length, sentence)]


def length_term(kind, found, sentence):
    """A term of ``kind`` whose length ``found`` gives: its amount and unit, in its words."""
    amount = value_of(found["amount"])
    values = {
        "kind": kind,
        "amount_min": amount,
        "amount_max": amount,
        "amount_qualifier": "exact",
        "unit": f"{found['unit'].lower()}s",
        "description": found.group(0),
    }
    return Draft("otherterm", values, sentence)


def exchange_term(count, sentence):
    """The exchange term of a count of hostages, prisoners, detainees or remains, else None:
    "20 to 50 Palestinian prisoners per hostage" is a ratio, "about 42 hostages" a count."""
    per = RATIO_PER.search(count.counts)
    released = count.counts[: per.start()] if per else count.counts
    group = next((name for name, words in GROUPS if re.search(words, released, re.I)), None)
    if group is None:
        return None
    bounds = "ratio" if per else "count"
    affiliation = NATIONALITY.match(count.counts)
    return Draft(
        "exchangeterm",
        {
            "group": group,
            f"{bounds}_min": count.minimum,
            f"{bounds}_max": count.maximum,
            f"{bounds}_qualifier": str(count.qualifier),
            f"{bounds}_words": count.words if count.qualifier == "in_words" else "",
            "ratio_per": per["per"].lower() if per else "",
            "affiliation": affiliation["affiliation"] if affiliation else "",
            "description": f"{count.words} {count.counts}".strip()[:300],
        },
        sentence,
    )


def positions_in(sentence, actor, date, date_note):
    """The stance a sentence states for ``actor`` (a side the report names), if any."""
    stance = STANCE.search(sentence)
    if stance is None or actor is None:
        return []
    words = stance["stance"].strip()
    topic = next((name for name, pattern in TOPICS if re.search(pattern, words, re.I)), "")
    values = {
        "actor": actor,
        "topic": topic,
        "stance": words[:200],
        "detail": sentence,
        "date": date,
        "date_note": date_note,
    }
    return [Draft("position", values, sentence)]
