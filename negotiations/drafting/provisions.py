"""What a deal or a proposal provides in words rather than numbers: a withdrawal, aid, the
return of the displaced, a monitoring mechanism, an end to the war. Each such topic that a
sentence speaking of a deal or a proposal names drafts one term of that kind, described by
the clause that names it; the deal or proposal the report spoke of last takes it. A sentence
in the report's own voice right after one that spoke of a deal goes on about it (a list of
its terms)."""

import re

from .drafts import Draft, clause_with

#: Words that make a sentence speak of a deal or a proposal and what it provides.
DEAL = re.compile(
    r"\b(?:agree\w*|deal|agreement|accord|truce|ceasefire|cease-fire|counter-?proposal|"
    r"propos\w+|plan|draft|framework|declaration|treaty|roadmap|phase|terms|calls?\s+for|"
    r"provides?\s+for)\b",
    re.IGNORECASE,
)
#: The kinds of term a deal provides in words, each by the words that name it.
TOPICS = (
    ("withdrawal", r"\bwithdr[ae]w\w*|\bpull(?:s|ed|ing)?\s+(?:back|out)\b|\bpull-?out\b"),
    (
        "return_of_displaced",
        r"\breturn\w*\s+(?:of\s+)?(?:the\s+)?(?:displaced|refugees)|\bfree\s+movement\b"
        r"|\breturn\s+to\s+their\s+homes\b",
    ),
    ("aid", r"\b(?:humanitarian\s+)?aid\b|\bhumanitarian\s+(?:assistance|supplies)\b"),
    ("monitoring", r"\bmonitor\w*|\boversight\b|\bverification\b|\bobservers?\b"),
    (
        "end_of_operations",
        r"\bpermanent\s+(?:ceasefire|cease-fire|cessation)\b|\bcessation\s+of\s+hostilities\b"
        r"|\bend\s+(?:of\s+)?the\s+war\b",
    ),
    ("disarmament", r"\bdisarm\w*|\bdemilitari[sz]\w*"),
    ("crossings", r"\bcrossings?\b|\bblockade\b"),
    ("evacuation", r"\bevacuat\w*"),
    # Reconstruction is no kind of its own: an "other" term, in its words.
    ("other", r"\breconstruction\b|\bnormali[sz]\w*\s+(?:of\s+)?relations\b"),
)


def speaks_of_a_deal(sentence):
    return DEAL.search(sentence) is not None


def provisions_in(sentence, drafted=(), goes_on=False):
    """A term for each topic ``sentence`` names, if it speaks of a deal or a proposal, or
    ``goes_on`` from a sentence that did (a list of what a deal provides); none of a kind
    among ``drafted`` (the kinds of term already drafted from it)."""
    if not (goes_on or speaks_of_a_deal(sentence)) or "other" in drafted:
        return []  # (an "other" term drafted from it holds what it says was agreed to)
    terms = []
    for kind, words in TOPICS:
        found = re.search(words, sentence, re.IGNORECASE)
        if found is None or kind in drafted:
            continue
        values = {
            "kind": kind,
            "amount_min": None,
            "amount_max": None,
            "amount_qualifier": "",
            "unit": "",
            "description": clause_with(sentence, found.group(0))[:300],
        }
        terms.append(Draft("otherterm", values, sentence))
    return terms
