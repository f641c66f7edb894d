"""Agreements a report tells of in its own voice: "the two sides agreed to …", "a deal was
reached to …", "the truce was extended for two more days", "the army freed 30 soldiers in
exchange for 12". A report drafts one agreement, from the first sentence that tells of one;
the terms its sentences give become that agreement's parts, each resting on its own sentence:
a truce's length, an extension's, the counts of an exchange, or else what was agreed to
(in the first sentence and in each later one that says what was agreed).
A sentence that quotes someone drafts none (what a speaker says of a deal is a statement).

Unlike a proposal's terms, an agreement's counts stay drafted as figures too: what was
released is a fact of the report as well as a term of the deal."""

import re
from dataclasses import replace

from .date_words import WEEKDAY_NAMES
from .drafts import IN_A_CLAUSE, Draft, clause_with
from .numbers import NUMBER
from .proposals import EXTENSION, TRUCE_LENGTH, exchange_term, length_term
from .provisions import term_draft, term_words

#: "It was agreed that …", "the two sides agreed that …": what many agreed, never one
#: person's assent ("he agreed that the talks had been useful").
AGREED_THAT = (
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bsides\s)|(?<=\bparties\s)|(?<=\bdelegations\s)"
    r"|(?<=\bboth\s)|(?<=\balso\s))agreed\s+that"
)
#: "agreed to", "agreed on", "agreed, after days of talks, to", "agreed Sunday to".
AGREED_ON = (
    rf"agreed(?:,[^,.;]{{1,80}},|\s+(?:on\s+|late\s+|early\s+)?(?:{WEEKDAY_NAMES})"
    r"|\s+(?:today|yesterday))?\s+(?:to|on|upon)"
)
#: Words that tell of an agreement reached, signed, extended or carried out.
AGREED = re.compile(
    # Never the adjective: "arrived at agreed upon meeting points".
    rf"\b(?:{AGREED_THAT}|(?<!\bat\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s){AGREED_ON}"
    r"|(?:reached|reaching|signed|signing|struck|clinched)\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:agreement|deal|accord|truce|ceasefire|cease-fire|declaration|treaty|memorandum)|"
    r"(?:agreement|deal|accord)\s+"
    r"(?:has\s+been\s+|had\s+been\s+|was\s+)?(?:reached|signed|struck)|"
    r"(?:has|had|have)\s+been\s+(?:extended|renewed)|(?:was|were)\s+(?:extended|renewed)|"
    # A deal in force is a deal reached: "the ceasefire agreement went into effect".
    r"(?:went|came|entered|(?:has|have)\s+(?:gone|come|entered))\s+into\s+(?:effect|force)|"
    r"(?:took|takes|has\s+taken)\s+effect|"
    r"in\s+exchange\s+for|swapped|exchanged"
    # "Oman has brokered a ceasefire between …": a mediator's deal is reached.
    r"|brokered\s+an?\s+(?:[\w-]+\s+){0,2}(?:ceasefire|cease-fire|truce|deal|agreement)"
    # "Russia has freed Brittney Griner in a dramatic prisoner exchange": an exchange made.
    r"|(?:freed|released)\s+[^.;]{1,80}?\s+in\s+an?\s+(?:[\w-]+\s+){0,3}(?:exchange|swap))\b",
    re.IGNORECASE,
)
#: "then lasts for six months", "for a period of 60 days", "shall remain in effect for seven
#: days": the length of a truce the sentence speaks of.
LASTS = re.compile(
    rf"\b(?:last(?:s|ing)?\s+(?:for\s+)?|(?:for\s+)?a\s+period\s+of\s+"
    rf"|remains?\s+in\s+(?:effect|force)\s+for\s+)(?P<amount>{NUMBER})\s+"
    r"(?P<unit>hour|day|week|month)s?\b",
    re.IGNORECASE,
)
TRUCE_WORDS = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|lull|agreement|deal)\b", re.I)
#: "agreed to the mutual release of detainees", "an agreement to resume grain exports".
AGREED_TO = re.compile(
    rf"\b(?:{AGREED_THAT}|{AGREED_ON}"
    r"|(?:agreement|deal|accord)\s+(?:has\s+been\s+|was\s+)?"
    rf"(?:reached\s+)?to)\s+(?P<what>{IN_A_CLAUSE}{{8,200}})",
    re.IGNORECASE,
)
#: Words that tell of what is proposed, asked for or in doubt, not agreed: "proposed a truce",
#: "called for a ceasefire", "could agree", "would extend".
NOT_AGREED = re.compile(
    r"\b(?:propos\w*|counter-?proposal|offer(?:ed|s)?|suggest\w*|demand\w*|call(?:ed|s|ing)?"
    r"\s+for|urg\w*)\b"
    # "negotiated with the factions on an agreement to …": a deal talked over, not reached.
    r"|\b(?:negotiat\w*|talks|discuss\w*)\b[^.;]{0,60}?\b(?:on|over|for|about)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+)?(?:agreement|deal|accord)\b"
    # "denied an agreement had been reached", "no immediate agreement was reached", "if the
    # Houthis agreed to the cease-fire": none reached.
    r"|\bdenied\s+(?:that\s+)?(?:an?|any)\s+(?:[\w-]+\s+)?(?:agreement|deal)\b"
    r"|\bno\s+(?:[\w-]+\s+)?(?:agreement|deal|accord)\s+(?:was|has\s+been|had\s+been)\s+reached\b"
    r"|\bif\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+agreed\b",
    re.IGNORECASE,
)
#: "Could agree", "would sign": in doubt when it comes before the words that tell of a deal;
#: after them ("reached a deal that would …") it tells what the deal does. "may" in lower case
#: only: "May 20" is a month.
IN_DOUBT = re.compile(r"\b(?:[Ww]ould|[Cc]ould|may|[Mm]ight)\b")
#: Once a deal is reached, what "will be released" under it is one of its exchanges.
WILL_BE_RELEASED = re.compile(
    r"\b(?:will|are\s+to|is\s+to)\s+be\s+(?:released|freed|handed\s+over)\b", re.I
)
#: "The truce would extend a day for every ten hostages released".
EXTENDS_IF = re.compile(
    r"\b(?:truce|pause|ceasefire|cease-fire|lull)\b[^.;]*?\b(?:would|will|could)\s+(?:be\s+)?"
    r"extend(?:ed)?\b[^.;]*?(?P<condition>\bfor\s+(?:every|each)\b[^.;]*)",
    re.IGNORECASE,
)
#: Swaps told as what the sides have done again and again ("have exchanged hundreds of
#: prisoners throughout the war"): the war's history, no agreement.
AGAIN_AND_AGAIN = re.compile(
    r"\b(?:throughout|over\s+the\s+course\s+of|typically|regularly|repeatedly|periodically"
    r"|several\s+times|many\s+times)\b",
    re.IGNORECASE,
)
#: An extension told in words: a deal is extended once, however often the report says it.
EXTENDING_WORDS = re.compile(r"^(?:to\s+)?(?:extend|prolong|renew)\w*\b", re.IGNORECASE)
#: Soldiers handed over in an exchange are prisoners of war.
SOLDIERS = re.compile(r"\b(?:soldiers|servicemen|troops|fighters)\b", re.I)
EXCHANGE = re.compile(r"\bin\s+(?:exchange|return)\s+for\b|\bswap|\bexchang", re.I)


class Agreements:
    """The report's agreement, once a sentence tells of one, and its terms."""

    def __init__(self):
        self.agreement = None

    def read(self, sentence, counts, dated):
        """The agreement ``sentence`` tells of, if it is the first to (a list of one draft),
        else []; its terms are added to the report's agreement."""
        if self.agreement is not None and (extension := conditional_extension(sentence)):
            self.agreement.parts += extension  # "the truce would extend a day for every ten …"
            return []
        if NOT_AGREED.search(sentence):
            return []  # what is proposed is not agreed
        if in_doubt(sentence):
            if self.agreement is not None:
                # "The truce shall last seven days and may be extended": what the deal reached
                # holds is told before the words of doubt.
                told = sentence[: IN_DOUBT.search(sentence).start()]
                self._add([replace(term, passage=sentence) for term in terms_in(told, [])])
            return []  # what may be agreed is not agreed
        if self.agreement is None and AGAIN_AND_AGAIN.search(sentence):
            return []
        terms = terms_in(sentence, counts, reached=self.agreement is not None)
        if self.agreement is None and (AGREED.search(sentence) or terms):
            self.agreement = agreement_draft(sentence, dated)
            self.agreement.parts += terms or what_was_agreed(sentence) or truce_in_force(sentence)
            return [self.agreement]
        if self.agreement is not None:
            # A later "the two sides also agreed to …" is one more term of the same deal.
            self._add(terms or what_was_agreed(sentence))
        return []

    def _add(self, terms):
        """Adds ``terms`` to the agreement, but none it has already (of the same kind and
        amount)."""
        parts = self.agreement.parts
        parts += [term for term in terms if not any(same_term(term, part) for part in parts)]


def in_doubt(sentence):
    """Whether the sentence may be agreed only: a modal before the words of a deal reached
    (anywhere, if it tells of none)."""
    agreed = AGREED.search(sentence)
    if agreed is None or EXCHANGE.match(agreed.group(0)):
        return IN_DOUBT.search(sentence) is not None  # "would release … in exchange for …"
    return IN_DOUBT.search(sentence[: agreed.start()]) is not None


def same_term(term, other):
    """Whether two terms say the same: kind and amounts, or words where there is no amount
    (the same words, or one's words within the other's)."""
    same_kind = term.values.get("kind") == other.values.get("kind")
    if same_kind and not (is_counted(term) or is_counted(other)):
        one, two = (t.values.get("description", "").lower() for t in (term, other))
        if one and two and (one in two or two in one):
            return True
        if EXTENDING_WORDS.match(one) and EXTENDING_WORDS.match(two):
            return True  # "prolong the pause", then "extend the ceasefire until May 18"
    keys = ("kind", "group", "amount_min", "unit", "count_min", "ratio_min", "affiliation")
    if term.values.get("kind") == "other" or not is_counted(term):
        keys += ("description",)  # what was agreed to, in its words
    return term.kind == other.kind and all(
        term.values.get(key) == other.values.get(key) for key in keys
    )


def is_counted(term):
    """Whether a term gives an amount, a count or a ratio."""
    return any(term.values.get(key) is not None for key in ("amount_min", "count_min", "ratio_min"))


def agreement_draft(sentence, dated):
    found = AGREED.search(sentence) or TRUCE_WORDS.search(sentence)
    values = {
        "kind": "agreement",
        "title": clause_with(sentence, found.group(0) if found else sentence)[:300],
        "summary": sentence,
        "proposed_by": None,
        "addressed_to": [],
        "status": "accepted",
        "date": None if dated is None else dated.date,
        "date_words": "" if dated is None else dated.words,
    }
    return Draft("proposal", values, sentence)


def terms_in(sentence, counts, reached=False):
    """The terms ``sentence`` gives: a truce's length, an extension's, an exchange's counts
    (once a deal is ``reached``, those it says "will be released" too)."""
    terms = []
    length = TRUCE_LENGTH.search(sentence)
    if length and DURING.search(sentence[: length.start()]):
        length = None  # "During the first daily five-hour truce, two civilians died": a time
    if length:
        terms.append(length_term("truce", length, sentence))
    elif (extension := EXTENSION.search(sentence)) is not None:
        terms.append(length_term("renewal", extension, sentence))
    elif (lasting := LASTS.search(sentence)) and TRUCE_WORDS.search(sentence):
        terms.append(length_term("truce", lasting, sentence))
    if EXCHANGE.search(sentence) or (reached and WILL_BE_RELEASED.search(sentence)):
        terms += [term for count in counts if (term := exchanged(count, sentence))]
    return terms


#: Words that make a truce the time of what the sentence tells, not what it agrees.
DURING = re.compile(
    r"\b(?:during|throughout|despite|amid|since)\s+(?:the|a|an|this|that|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: A truce told as in force: "A ceasefire regime came into force in the Donbas", "the
#: midnight ceasefire came into effect" (its subject the truce, not a deal that holds one).
IN_FORCE = re.compile(
    r"\b(?:truce|ceasefire|cease-fire|pause|lull|cessation\s+of\s+hostilities)(?:\s+regime)?\s+"
    r"(?:(?:has|had)\s+)?(?:(?:went|came|entered|gone|come)\s+into\s+(?:effect|force)"
    r"|took\s+effect|taken\s+effect|began|started)\b",
    re.IGNORECASE,
)


def truce_in_force(sentence):
    """The truce term of a truce the sentence tells is in force, if it does."""
    found = IN_FORCE.search(sentence)
    if found is None:
        return []
    return [term_draft("truce", clause_with(sentence, found.group(0)), sentence)]


def conditional_extension(sentence):
    """The renewal term of a truce said to extend on a condition, in the report's own voice:
    "the pause would extend an extra day for every ten hostages released"."""
    found = EXTENDS_IF.search(sentence)
    if found is None or "“" in sentence or '"' in sentence:
        return []
    return [
        term_draft("renewal", found.group(0), sentence, condition=term_words(found["condition"]))
    ]


def exchanged(count, sentence):
    """The exchange term of a count released in an exchange ("hundreds of Palestinian
    detainees" keeps its words); soldiers are prisoners of war."""
    if count.minimum is None and count.maximum is None and not count.words:
        return None
    term = exchange_term(count, sentence)
    if term is None and SOLDIERS.search(count.counts):
        term = exchange_term(_as_prisoners_of_war(count), sentence)
        if term is not None:
            term.values["description"] = f"{count.words} {count.counts}".strip()[:300]
    return term


def _as_prisoners_of_war(count):
    return replace(count, counts=SOLDIERS.sub("prisoners of war", count.counts, count=1))


#: Words after "agreed to" that are no term: the deal itself ("agreed to a three-phase
#: deal"), a passive's agent ("agreed upon by both parties"), the side it was agreed with
#: ("agreed upon with the rebels on Wednesday"), or the verb of a clause it
#: sits in ("the deal it had agreed to included …").
NOT_WHAT = re.compile(
    r"^(?:by\b|with\b|(?:included|includes|was|is|were|are|has|had|would|will|provides)\b|(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|proposal|plan|framework|text|ceasefire|cease-fire"
    r"|truce)\b(?!\s+to\b)"
    r"|(?:begin|start|implement)\s+(?:the\s+)?(?:first\s+)?(?:phase|stage)\s+of\b)",
    re.IGNORECASE,
)


def what_was_agreed(sentence):
    """An "other" term for what the sentence says was agreed to, if it says."""
    found = AGREED_TO.search(sentence)
    if found is None or found["what"].rstrip().endswith(":"):
        return []
    what = found["what"]
    if (truce := A_TRUCE.match(what)) and " and to " not in what:
        # "agreed to a ceasefire with effect from December 30": the truce is what was agreed,
        # unless only on a condition or denied ("agreed to a truce if the Arabs go along",
        # "neither has said he has agreed to the cease-fire").
        denied = NEITHER.search(sentence[sentence.rfind(",", 0, found.start()) + 1 : found.start()])
        if re.search(r"\b(?:if|unless)\b", sentence[found.start() :]) or denied:
            return []
        return [term_draft("truce", truce.group(0), sentence)]
    if NOT_WHAT.search(what):
        # "agreed to a ceasefire and to reopen the roads": the deal, then what it provides.
        what = what.partition(" and to ")[2]
        if not what:
            return []
    return [term_draft("other", what, sentence)]


#: Words that deny an agreement before it is told.
NEITHER = re.compile(r"\b(?:neither|not|never|no\s+one)\b|n['’]t\b", re.IGNORECASE)
#: A truce as the thing agreed: "a ceasefire", "an immediate and unconditional cease-fire".
A_TRUCE = re.compile(
    r"(?:an?|the)\s+(?:(?!(?:deal|agreement|accord|plan|proposal|for|of|to|on|in|with|an?|the)\b)"
    r"[\w-]+\s+(?:and\s+)?){0,3}?(?:ceasefire|cease-fire|truce)\b"
    # (never a thing named by the truce: "a truce-monitoring mission", "the truce's extension",
    # "a ceasefire line")
    r"(?![-'’]|\s+(?:deals?|agreements?|accords?|talks|proposals?|plans?|lines?|monitor\w*"
    r"|missions?|commission|committee|violations?)\b)",
    re.IGNORECASE,
)
