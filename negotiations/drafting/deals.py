"""The proposals and the agreement a report tells of, read sentence by sentence; the one it
spoke of last takes the terms later sentences give (a list of what it provides, "the proposal
suggests …"), so each term rests on its own sentence."""

import re

from .agreements import Agreements, same_term, terms_in
from .listed_terms import listed_terms
from .offers import offers_in, requests_in
from .proposals import COUNTER, PROPOSED, PROPOSING, exchange_term, proposals_in
from .provisions import (
    OPENS_A_LIST_OF_TERMS,
    UNDER_THE_DEAL,
    list_item_term,
    provisions_in,
    speaks_of_a_deal,
)
from .sayings import quotes_at_length

#: "The proposal suggests …", "the draft would …": what a deal already spoken of holds.
ITS_CONTENT = re.compile(
    r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:proposal|plan|draft|offer|deal|agreement"
    r"|outline)\s+(?:also\s+)?(?:suggests|calls\s+for|provides\s+for|envisages|stipulates|would"
    r"|includes|sets\s+out)\b",
    re.IGNORECASE,
)

#: "The outline proposed by Israel …": the proposal spoken of last, named again.
NAMED_AGAIN = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>proposal|plan|outline|offer|roadmap)\b",
    re.IGNORECASE,
)
#: Words that tell what became of a proposal: a step of its own, drafted as a proposal.
WHAT_BECAME = re.compile(
    r"\b(?:present\w*|convey\w*|receiv\w*|submit\w*|sent|deliver\w*|handed|put\s+forward"
    r"|unveil\w*|accept\w*|reject\w*|approv\w*|agree\w*|stud(?:y|ies|ying|ied)|consider\w*"
    r"|review\w*|weigh\w*)\b",
    re.IGNORECASE,
)

#: What a proposal would bring about, told on after it: its terms, not an agreement.
MAY_BE = re.compile(
    r"\b(?:would|could|will\s+be\s+released|under\s+the\s+proposed|the\s+proposed\s+(?:deal"
    r"|agreement|terms))\b",
    re.IGNORECASE,
)

#: A sentence that says what it tells is part of a deal: "as a key element of the agreement",
#: "Under the deal, …".
OF_THE_DEAL = re.compile(
    r"\b(?:(?:element|part|term|condition|provision)s?\s+of|under|according\s+to)\s+(?:the|this"
    r"|that|its)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|truce|ceasefire|cease-fire)\b",
    re.IGNORECASE,
)
#: An exchange told by what each side gave: "35 prisoners from each side", "each side freed 90".
EACH_SIDE = re.compile(
    r"\b(?:from|by|on)\s+(?:each|either|both)\s+sides?\b"
    r"|\beach\s+side\s+(?:released|freed|handed\s+over|swapped|returned)\b",
    re.IGNORECASE,
)


#: A request the speaker makes in their own quoted words: “We urge the rebels to …”.
FIRST_PERSON_REQUEST = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:call(?:ing)?\s+(?:on|upon|for)|urg(?:e|ing)|demand(?:ing)?"
    r"|ask(?:ing)?|appeal(?:ing)?\s+to)\b"
)


class Deals:
    """What a report proposes and agrees, sentence after sentence."""

    def __init__(self, index):
        self.index = index
        self.agreements = Agreements()
        self.last = None  # the proposal or agreement the report spoke of last
        self.goes_on = False  # whether the sentence before spoke of it
        #: The descriptions of the terms the sentence read last proposes (not facts: no figures).
        self.proposed = set()
        #: Terms a report gives before the deal they belong to: the first deal takes them.
        self.waiting = []
        #: Sentences read since a list of what a deal provides was opened ("The parties have
        #: agreed to:"), None when none is open.
        self.listing = None

    def read(self, sentence, sayings, counts, dated):
        """The proposals and agreement ``sentence`` drafts (new records only); the terms it
        gives are added to them or to the deal spoken of last."""
        listed = self._listed(sentence)
        # A claim in the report's words that quotes someone at length is a quotation too.
        quoted = any(saying.is_direct_quote or quotes_at_length(saying.text) for saying in sayings)
        speaker = sayings[0].speaker if sayings else None
        # A quotation that speaks of a proposal is a statement about it, not its record.
        reached = self.agreements.agreement is not None
        about_it = not quoted and self._goes_on_about_it(sentence)
        proposals = []
        if not quoted and not about_it:
            proposals = proposals_in(sentence, counts, dated, self.index)
        if not proposals and not quoted and not about_it:
            proposals = offers_in(sentence, counts, dated, speaker, reached)
        elif not proposals and quoted and FIRST_PERSON_REQUEST.search(sentence):
            # “I call on the panels to enter formal talks”: the speaker's own request.
            proposals = requests_in(sentence, dated, speaker)
        elif not proposals and quoted:
            # “The government calls upon the insurgents to withdraw”: a request, but whose is
            # not sure (the speaker may tell of another's), so it is left without a proposer.
            proposals = requests_in(sentence, dated, None)
        agreed = []
        if not proposals and not quoted and not about_it:
            agreed = self.agreements.read(sentence, counts, dated)
        new = proposals + agreed
        self.proposed = {term.values["description"] for p in proposals for term in p.parts}
        self.last = next(iter(new), self.last or self.agreements.agreement)
        if self.last is None:
            # "NATO troops will be deployed to disarm the rebels as a key element of the
            # agreement", told before the agreement itself: its terms wait for it.
            if not quoted and OF_THE_DEAL.search(sentence):
                self.waiting += provisions_in(sentence, (), False, [])
            if not quoted:
                self.waiting = with_listed(sentence, self.waiting)
            self.waiting += [listed] if listed else []
            return new
        self._add(self.waiting)
        self.waiting = []
        # "The ceasefire deal includes the release of 33 hostages": what the deal reached holds.
        if about_it or EACH_SIDE.search(sentence) or self._tells_what_the_agreement_holds(sentence):
            # Its counts stay figures too: the report tells them as said of the proposal.
            lengths = terms_in(sentence, [])  # a truce's length, an extension's
            self._add(lengths + [t for count in counts if (t := exchange_term(count, sentence))])
        drafted = {
            term.values.get("kind") or "exchange"
            for term in self.last.parts
            if term.passage == sentence
        }
        # A list of what a deal provides goes on in the report's own voice, not in what
        # someone is said to accept or demand (a position).
        speakers = [saying.speaker.words for saying in sayings]
        provisions = provisions_in(sentence, drafted, self.goes_on and not sayings, speakers)
        self._add(provisions)
        if not quoted:
            # "The agreement calls for A, B and C": a term for each item.
            self.last.parts[:] = with_listed(sentence, self.last.parts)
        if listed and not any(term.passage == sentence for term in self.last.parts):
            self._add([listed])  # the item in its own words, when no term was read in them
        self.goes_on = bool(drafted or provisions) or speaks_of_a_deal(sentence)
        return new

    def _listed(self, sentence):
        """The term ``sentence`` gives as an item of an open list of what a deal provides, else
        None. A list opens after "The parties have agreed to:" and ends two sentences after
        its last item (an item may run on: "2) For 90 days, …. The agents will be …")."""
        if OPENS_A_LIST_OF_TERMS.search(sentence):
            self.listing = 0
            return None
        if self.listing is None:
            return None
        term = list_item_term(sentence)
        if term is None:
            self.listing = self.listing + 1 if self.listing < 1 else None
        else:
            self.listing = 0
        return term

    def _add(self, terms):
        """Adds ``terms`` to the deal spoken of last, each once: a term told again is one."""
        for term in terms:
            if not any(same_term(term, part) for part in self.last.parts):
                self.last.parts.append(term)

    def _tells_what_the_agreement_holds(self, sentence):
        """Whether ``sentence`` says what the agreement reached holds ("the deal includes …",
        "Under the terms of the deal, Hamas will free 33 hostages")."""
        agreement = self.agreements.agreement
        told = ITS_CONTENT.search(sentence) or UNDER_THE_DEAL.search(sentence)
        return agreement is not None and self.last is agreement and told is not None

    def _goes_on_about_it(self, sentence):
        """Whether ``sentence`` tells what the proposal spoken of last holds."""
        if self.last is None or self.last.values["kind"] == "agreement":
            return False
        if any(verb.search(sentence) for verb in (PROPOSING, COUNTER, PROPOSED)):
            return False  # "Hamas … proposed releasing them in stages": a proposal of its own
        if self.goes_on and MAY_BE.search(sentence) and not self.agreements.agreement:
            return True  # "Israel would release 125 prisoners": the proposal's terms, told on
        again = NAMED_AGAIN.search(sentence)
        named_again = (
            again is not None
            and again["noun"].lower() in self.last.values["title"].lower()
            and WHAT_BECAME.search(sentence) is None
        )
        return named_again or ITS_CONTENT.search(sentence) is not None


def with_listed(sentence, terms):
    """``terms`` with a term for each item of the list ``sentence`` gives (``listed_terms``),
    in place of one that told several items at once; none that another sentence told."""
    listed, replaced = listed_terms(sentence, [t for t in terms if t.passage == sentence])
    kept = [term for term in terms if not any(term is other for other in replaced)]
    earlier = [term for term in kept if term.passage != sentence]
    return kept + [
        term
        for term in listed
        if not any(term is other for other in kept)
        and not any(same_term(term, other) for other in earlier)
    ]
