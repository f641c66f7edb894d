"""The terms a deal lists in a sentence of its own: "The agreement calls for the
demobilisation of the fighters, the removal of foreign forces and the release of
prisoners." Each item of the list is a term in its own words, of the kind its words name."""

import re

from .drafts import Draft
from .proposals import GROUPS
from .provisions import TOPICS, UNCOUNTED_EXCHANGE, term_draft, term_words

#: A deal, or what stands for it, with a verb that lists what it holds; the list follows.
LISTS = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|plan"
    r"|proposal|truce|ceasefire|cease-fire|pact|treaty|memorandum|declaration|terms|roadmap"
    r"|initiative)|^\W*(?:It|They))"
    # "The deal, hammered out after three days of talks, calls for …".
    r"(?:\s*,[^,;]{1,80},)?\s+(?:also\s+)?(?:reportedly\s+)?"
    r"(?:calls?\s+for|called\s+for|provides?\s+for|provided\s+for|includes?|included"
    r"|envisages?|envisaged|stipulates?(?:\s+that)?|stipulated(?:\s+that)?|covers?|covered"
    r"|requires?|required|sets?\s+out)\s*:?\s+"
    r"(?P<items>[^.]{8,})"
)
#: Where the list ends: the attribution or a clause that turns from it.
LIST_ENDS = re.compile(
    r",\s+(?:said|says|according\s+to|which|while|but|as|he\s+said|she\s+said|officials"
    r"\s+said|(?!including\b)[a-z]+ing\b)|\s+[-–—]\s+"
    # "three routes: the road …, the road …": what follows tells one item over.
    r"|:\s+"
)
#: Between items: a semicolon or a comma ("…, and" too).
BETWEEN_ITEMS = re.compile(r"\s*;\s*|,[”\"]?\s+(?:and\s+)?")
#: "and" before a new item: "… and for establishing joint control"; "and the …" only ends a
#: list of commas ("the return of refugees, the release of prisoners and the setting up of …").
AND_FOR = re.compile(r"\s+and\s+(?=(?:for|that)\b)")
AND_THE = re.compile(r"\s+and\s+(?=(?:the|a|an|its|their)\b)")
#: Words too common to tell two items apart.
COMMON = {"the", "a", "an", "of", "for", "to", "and", "in", "on", "its", "their", "that", "by"}
#: A listing verb whose object is a clause: "stipulates that …", "requires the rebels to …".
THAT = re.compile(r"\b(?:that|requires?|required)\s*$")
#: Words that go on with the item before: "…, including the mercenary force …".
GOES_ON = re.compile(r"^(?:including|such\s+as|notably|among\s+them)\b", re.IGNORECASE)
#: A list that opens with what holds it ("a number of tricky issues, from land to …").
HOLDER = re.compile(r"^(?:a\s+number\s+of|a\s+range\s+of|several|many|various)\b", re.I)


def listed_terms(sentence, drafted):
    """The terms the list after a deal's listing verb gives (``LISTS``), one per item, but
    none already told by one of ``drafted`` (the terms drafted from the sentence)."""
    found = LISTS.search(sentence)
    if found is None:
        return []
    listed = LIST_ENDS.split(found["items"], maxsplit=1)[0]
    terms = []
    # "stipulates that freedom of movement, in and outside the island, be restored": a clause,
    # whose commas part no items; "… and that …" opens a second.
    clauses = (
        re.split(r",?\s+and\s+that\s+", listed)
        if THAT.search(sentence[: found.start("items")])
        else None
    )
    for item in clauses or items_of(listed):
        if any(overlaps(item, term.values.get("description", "")) for term in drafted):
            continue
        if UNCOUNTED_EXCHANGE.search(item):
            terms.append(exchange_draft(item, sentence))
            continue
        kind = next(
            (kind for kind, topic in TOPICS if kind != "truce" and re.search(topic, item, re.I)),
            "other",
        )
        terms.append(term_draft(kind, item, sentence))
    return terms


def items_of(listed):
    """The items of a list in words, each without its leading "for", "that" or "from"."""
    pieces = [piece for part in BETWEEN_ITEMS.split(listed) for piece in AND_FOR.split(part)]
    if len(pieces) > 1:
        pieces[-1:] = AND_THE.split(pieces[-1])
    items = []
    for piece in pieces:
        piece = re.sub(r"^(?:for|that|from)\s+", "", term_words(piece.strip(' "“”')))
        if not piece:
            continue
        if items and GOES_ON.match(piece):
            items[-1] += f", {piece}"
        else:
            items.append(piece)
    return [item for item in items if len(item.split()) > 1 and not HOLDER.match(item)]


def overlaps(item, description):
    """Whether nearly all the words of one are among the other's (but the ``COMMON``)."""
    one, two = (set(re.findall(r"[^\W_]+", text.lower())) - COMMON for text in (item, description))
    return bool(one and two) and len(one & two) >= 0.8 * min(len(one), len(two))


def exchange_draft(item, sentence):
    """An exchange the item names with no count ("the release of prisoners of war")."""
    group = next((name for name, words in GROUPS if re.search(words, item, re.I)), "prisoners")
    values = {
        "group": group,
        "count_min": None,
        "count_max": None,
        "count_qualifier": "",
        "count_words": "",
        "ratio_per": "",
        "affiliation": "",
        "description": item,
    }
    return Draft("exchangeterm", values, sentence)
