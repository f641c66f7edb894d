"""The terms a deal lists in a sentence of its own: "The agreement calls for the
demobilisation of the fighters, the removal of foreign forces and the release of
prisoners." Each item of the list is a term in its own words, of the kind its words name."""

import re

from .proposals import GROUPS
from .provisions import (
    TOPICS,
    UNCOUNTED_EXCHANGE,
    term_draft,
    term_words,
    uncounted_exchange_draft,
)

#: A deal, or what stands for it, with a verb that lists what it holds; the list follows.
LISTS = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal"
    r"|accord|plan|proposal|truce|ceasefire|cease-fire|pact|treaty|memorandum|declaration|terms"
    r"|roadmap|initiative)(?:\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|truce"
    r"|ceasefire|cease-fire|plan))?|^\W*(?:It|They))"
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
#: "and" before a new item: "… and for establishing joint control".
AND_FOR = re.compile(r"\s+and\s+(?=(?:for|that)\b)")
#: Words too common to tell two items apart.
COMMON = {"the", "a", "an", "of", "for", "to", "and", "in", "on", "its", "their", "that", "by"}
#: A listing verb whose object is a clause: "stipulates that …", "requires the rebels to …".
THAT = re.compile(r"\b(?:that|requires?|required)\s*$")
#: Words that go on with the item before: "…, including the mercenary force …".
GOES_ON = re.compile(r"^(?:including|such\s+as|notably|among\s+them)\b", re.IGNORECASE)
#: A list that opens with what holds it ("a number of tricky issues, from land to …").
HOLDER = re.compile(r"^(?:a\s+number\s+of|a\s+range\s+of|several|many|various)\b", re.I)


def listed_terms(sentence, drafted):
    """The terms of the items of the list after a deal's listing verb (``LISTS``), one per
    item: the one of ``drafted`` (the terms drafted from the sentence) that tells it alone,
    else a new term in its words; and the drafted terms that tell two items or more at once,
    which the items' terms replace."""
    found = LISTS.search(sentence)
    if found is None:
        return [], []
    listed = LIST_ENDS.split(found["items"], maxsplit=1)[0]
    # "stipulates that freedom of movement, in and outside the island, be restored": a clause,
    # whose commas part no items; "… and that …" opens a second.
    clauses = (
        re.split(r",?\s+and\s+that\s+", listed)
        if THAT.search(sentence[: found.start("items")])
        else None
    )
    items = clauses or items_of(listed)
    told = {id(term): [item for item in items if overlaps(item, term)] for term in drafted}
    terms = []
    for item in items:
        alone = [term for term in drafted if told[id(term)] == [item]]
        terms.append(alone[0] if alone else item_term(item, sentence))
    return terms, [term for term in drafted if len(told[id(term)]) > 1]


def item_term(item, sentence):
    """The term an item names: an exchange, or a term of the kind its words name."""
    if UNCOUNTED_EXCHANGE.search(item):
        return exchange_draft(item, sentence)
    kind = next(
        (kind for kind, topic in TOPICS if kind != "truce" and re.search(topic, item, re.I)),
        "other",
    )
    return term_draft(kind, item, sentence)


def items_of(listed):
    """The items of a list in words, each without its leading "for", "that" or "from"."""
    pieces = [piece for part in BETWEEN_ITEMS.split(listed) for piece in AND_FOR.split(part)]
    if len(pieces) > 1 and not re.search(r",\s+and\s", listed):
        # "A, B and C": the last "and" ends the list (after ", and" the list has ended).
        pieces[-1:] = re.split(r"\s+and\s+(?!.*\sand\s)", pieces[-1])
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


def overlaps(item, term):
    """Whether nearly all the words of the item or of the term's description are among the
    other's (but the ``COMMON``)."""
    texts = (item, term.values.get("description", ""))
    one, two = (set(re.findall(r"[^\W_]+", text.lower())) - COMMON for text in texts)
    return bool(one and two) and len(one & two) >= 0.8 * min(len(one), len(two))


def exchange_draft(item, sentence):
    """An exchange the item names with no count ("the release of prisoners of war")."""
    group = next((name for name, words in GROUPS if re.search(words, item, re.I)), "prisoners")
    return uncounted_exchange_draft(group, item, sentence)
