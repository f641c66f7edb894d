"""What a deal or a proposal provides in words rather than numbers: a withdrawal, aid, the
return of the displaced, a monitoring mechanism, an end to the war. Each such topic that a
sentence speaking of a deal or a proposal names drafts one term of that kind, described by
the clause that names it; the deal or proposal the report spoke of last takes it. A sentence
in the report's own voice right after one that spoke of a deal goes on about it (a list of
its terms)."""

import re

from .drafts import IN_A_CLAUSE, Draft, clause_with
from .proposals import GROUPS
from .quantities import SMALL_NUMBERS, value_of

#: Both sides, or people of both: "neither side", "the two countries", "officials from both
#: countries".
BOTH_SIDES = (
    r"\b(?:[\w-]+\s+(?:from|of)\s+)?(?:neither|both|each|the\s+two)\s+"
    r"(?:sides?|parties|party|countries|governments|nations)"
)
#: Words that make a sentence speak of a deal or a proposal and what it provides.
DEAL = re.compile(
    r"\b(?:agree\w*|deal|agreement|accord|truce|ceasefire|cease-fire|counter-?proposal|"
    r"propos\w+|plan|draft|framework|declaration|treaty|roadmap|outline|phase|terms|calls?\s+for|"
    r"provides?\s+for|in\s+(?:exchange|return)\s+for|swap(?:s|ped)?|(?:exchanged|traded)\s+for"
    r"|prisoner\s+exchange)\b"
    rf"|{BOTH_SIDES}\s+(?:will|would|shall)\b",
    re.IGNORECASE,
)
#: The kinds of term a deal provides in words, each by the words that name it.
TOPICS = (
    # A truce a deal's content names: "The agreement includes a ceasefire", "commits both sides
    # to a ceasefire" (not the deal itself, "agreed on a ceasefire", which names the deal).
    (
        "truce",
        r"\b(?:includ(?:es|ed|ing)|provides?\s+for|provided\s+for|commits?\s+[\w\s]{0,20}?to"
        r"|calls?\s+for|envisag(?:es|ed)|consists?\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:ceasefire|cease-fire|truce|cessation\s+of\s+hostilities)\b",
    ),
    (
        "withdrawal",
        r"\bwithdr[ae]w\w*|\bpull(?:s|ed|ing)?\s+(?:back|out)\b|\bpull-?out\b"
        r"|\bmov(?:e|es|ed|ing)\s+(?:back\s+)?(?:north|south|east|west|away|back)\b",
    ),
    (
        "return_of_displaced",
        r"\breturn\w*\s+(?:of\s+)?(?:the\s+)?(?:displaced|refugees)|\bfree\s+movement\b"
        r"|\breturn\s+to\s+their\s+homes\b|\bdisplaced\b[^.;]{0,60}?\bto\s+return\b"
        r"|\b(?:able|allowed|permitted|free)\s+to\s+return\b",
    ),
    (
        "aid",
        r"\b(?:humanitarian\s+)?aid\b|\bhumanitarian\s+(?:assistance|supplies|access|relief)\b",
    ),
    ("corridors", r"\bhumanitarian\s+(?:corridors?|pauses?)\b|\bsafe\s+passage\b"),
    (
        "services",
        r"\b(?:restor|resum|reconnect|repair)\w*\s+(?:of\s+)?(?:the\s+)?(?:basic\s+|essential\s+"
        r"|public\s+)?(?:services|electricity|power|water(?:\s+supply)?|telecommunications)\b",
    ),
    ("flights", r"\b(?:resum\w*|reopen\w*)\s+(?:of\s+)?(?:commercial\s+)?flights\b"),
    (
        "monitoring",
        r"\bmonitor\w*|\boversight\b|\bverification\b|\bobservers?\b|\bpeace-?keep\w*",
    ),
    (
        "end_of_operations",
        r"\bpermanent\s+(?:ceasefire|cease-fire|cessation)\b|\bcessation\s+of\s+hostilities\b"
        r"|\bend\s+(?:of\s+)?the\s+war\b"
        # "the fighting across the border will end"
        r"|\b(?:fighting|hostilities)\b[^.;]{0,60}?\b(?:will|shall|is\s+to)\s+(?:end|stop|cease)\b",
    ),
    # (Never the place: "inside the demilitarized zone".)
    (
        "disarmament",
        r"\bdisarm\w*|\bdemobili[sz]\w*|\bdemilitari[sz](?:ation|e|es|ing)\b|\bdemilitari[sz]ed\b(?!\s+zone\b)"
        r"|(?<!\bthe\s)\bdemilitari[sz]ed\s+zone\b",
    ),
    (
        "crossings",
        r"\bcrossings?\b|\bblockade\b|\breopen\w*\s+(?:of\s+)?(?:the\s+)?(?:roads?|ports?|airports?)\b",
    ),
    ("evacuation", r"\bevacuat\w*"),
    # Reconstruction is no kind of its own: an "other" term, in its words.
    # A deal in phases: "takes effect in phases", "a transitional phase" (not a "three-phase
    # deal", which names the deal whose phases the report lists).
    ("phases", r"\bin\s+(?:\w+\s+)?phases\b|\btransition(?:al)?\s+phase\b"),
    (
        "other",
        r"\breconstruction\b|\bnormali[sz]\w*\s+(?:of\s+)?relations\b"
        r"|\bdeploy(?:s|ed|ing)?\s+(?:to|in|along|across)\b"
        # Fighters gathered or taken into the army: "to be integrated into the
        # national armed forces", "assembling at 27 camps".
        r"|\bintegrat\w*\s+(?:[\w-]+\s+){0,4}?into\b|\bassembl(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:camps?|areas?|zones?|points?)\b",
    ),
)
#: A hope, an aim, a request or what was discussed is no term: "with the aim to reach a
#: permanent ceasefire", "requested more time to pull out", "discussed plans for disarmament",
#: "called on the ceasefire monitors to investigate".
ASPIRATION = re.compile(
    r"\b(?:aim(?:s|ed)?\s+(?:to|at)|the\s+aim\s+(?:to|of)|hope[sd]?\s+(?:that|to|for)|work(?:s|ing)?"
    r"\s+towards?|seek(?:s|ing)?\s+to|lead\s+to|pave\s+the\s+way|achiev\w*|(?:for|at|to)\s+"
    # "will open the way to large-scale humanitarian assistance": what a deal may bring
    r"secur(?:e|ing)|open\s+the\s+(?:way|door|gate)|sets?\s+the\s+stage|(?:talks|negotiations|discussions)\s+(?:on|about|over)"
    r"|discuss\w*|request\w*|call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to"
    # "no desire to end the war"
    r"|desire\s+to"
    # Not yet agreed: "are yet to reach an agreement on …", "All that remains for …".
    r"|yet\s+to|all\s+that\s+remains)\b",
    re.IGNORECASE,
)
#: Words before a term's that make all after them in the sentence no term of a deal reached:
#: what is demanded, refused or rejected ("rejected a demand … that both sides should
#: withdraw"), what is yet to be agreed, or what any deal would hold ("monitoring any peace
#: agreement was the major point of contention"). A demand met is one: "agreed to Peru's
#: demands for a demilitarized zone".
NOT_PROVIDED = re.compile(
    r"\b(?:demand\w*|refus\w*|reject\w*|yet\s+to"
    # Sought or called for, not provided: "The government seeks U.N. peacekeepers".
    r"|seek(?:s|ing)?|sought|call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)"
    # Looked for, undecided or a threat's condition: "she expects a Malaysian-led observer
    # team", "whether Yugoslavia would begin withdrawing", "unless they were allowed to return".
    r"|expects?\s+(?:that|a|an|the)|whether|unless"
    r"|any\s+(?:[\w-]+\s+)?(?:agreement|deal|accord))\b",
    re.IGNORECASE,
)
#: Words before a demand that meet it: "agreed to Peru's demands", "meets the army's demand".
ACCEPTED = re.compile(r"\b(?:agreed\s+to|accept(?:s|ed)?|meets?|met)\s+(?:[\w’'-]+\s+){0,2}$")
#: The capitalised word before a topic's that makes it part of a name: "CIS Peacekeeping".
IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+$")
#: Who sat in on the talks as observers ("participated as third-party observers"): the
#: meeting's guests, not a monitoring term.
SAT_IN_AS = re.compile(
    r"\b(?:participated|attended|took\s+part|sat\s+in|joined)\b[^.;]{0,40}?\bas\s+(?:[\w-]+\s+)?"
    r"observers?\b",
    re.IGNORECASE,
)
#: Observers or monitors who comment ("said one observer", "observers here believe", "conflict
#: monitors say fighting has continued", "according to … international observers"): no
#: monitoring term.
COMMENTATORS = re.compile(
    r"\b(?:said|says|say|told|believe[sd]?|describe[sd]?|noted?|warn(?:ed)?)\s+"
    # (Never "said the observers would arrive", "said some 200 monitors would be deployed":
    # observers told of, not speaking.)
    r"(?:one|an|some|many|several|most)\s+(?:(?!\d)[\w-]+\s+)?(?:observer|monitor)s?\b"
    r"(?!\s+(?:would|will|are|were|to)\b)"
    r"|\b(?:observer|monitor)s?\s+(?:(?:here|there)\s+)?(?:say|said|believe[sd]?|note[sd]?|told"
    r"|describe[sd]?|warn(?:ed)?|fear(?:ed)?|expect(?:ed)?|predict(?:ed)?|reported|doubt(?:ed)?)\b"
    # "According to both parties and international observers, …", "According to observers in
    # the region, …": the observers the "according to" names (never "According to the deal,
    # monitors … will oversee it").
    r"|\baccording\s+to\s+(?:[\w-]+\s+){0,6}?(?:observer|monitor)s?\b"
    r"(?:\s+(?:in|on|at|from|who|near)\b[^,.;]{0,60})?\s*[,.;]",
    re.IGNORECASE,
)
#: Who watched the talks ("the department, which monitored the talks"): no monitoring term.
WHO_MONITORED = re.compile(r"\b(?:which|who)\s+(?:had\s+)?monitored\b", re.IGNORECASE)
#: The deal's own signing to come: "The peace pact is to be signed Sunday".
TO_BE_SIGNED = re.compile(r"\b(?:is|are|will|would)\s+(?:to\s+)?be\s+signed\b", re.IGNORECASE)
#: "Forces had withdrawn": what was done before the deal is told, not what it provides.
HAD_DONE = re.compile(
    r"\bhad\s+(?!agreed|committed|pledged|promised|undertaken)(?:already\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: "the cessation of hostilities agreement signed last week": the words name another deal.
NAMES_A_DEAL_OF_ITS_OWN = re.compile(r"\s+(?:agreement|deal|accord|talks|negotiations)\b", re.I)
#: Where a term's words end and the sentence turns to when or why: "… as he hosted the summit".
TURNS = re.compile(
    r"\s+(?:as|while|when|where|after|before|because|since)\s+(?:he|she|they|it|we|the|an?|[A-Z])"
)
#: What was carried out, told as done: "The handover was held in the presence of observers".
NARRATED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:held|facilitated|carried\s+out"
    r"|conducted|completed|witnessed|attended|implemented|overseen)\b",
    re.IGNORECASE,
)
#: Words of what is still to come.
TO_COME_WORDS = r"will|would|shall|is\s+to|are\s+to"
#: Words that tell what is to come or what a deal provides: such a sentence may list terms still.
AHEAD = re.compile(
    rf"\b(?:{TO_COME_WORDS}|provides?|calls?\s+for"
    r"|under\s+the\s+(?:[\w-]+\s+)?(?:deal|agreement|accord))\b",
    re.IGNORECASE,
)
#: Words that tell of the past: a sentence after a deal's that tells history lists no terms.
HISTORY = re.compile(
    r"\b(?:subsequently|previously|earlier|ago|already|(?:19|20)\d\d)\b", re.IGNORECASE
)
#: Clauses of one sentence told of different sides: "the army would withdraw, while the
#: rebels would move north" (each side's withdrawal is a term of its own).
SIDES_CLAUSES = re.compile(
    r";\s*|,?\s+while\s+|,?\s+and\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+"
    r"(?:would|will|is\s+to|are\s+to|must|shall)\b)"
)
#: An exchange told with no count: "the release of all remaining hostages", "a prisoner swap".
UNCOUNTED_EXCHANGE = re.compile(
    r"\b(?:release|exchange|return|handover|freeing)\s+of\s+(?:all\s+)?(?:the\s+)?"
    r"(?:remaining\s+)?(?:[\w-]+\s+){0,2}?(?:hostages|captives|prisoners|detainees|bodies|"
    r"remains)\b|\b(?:prisoners?|hostages?|detainees?|POWs?)[-\s](?:for[-\s]\w+[-\s])?"
    r"(?:swap|exchange)\b(?!\s+(?:deal|agreement|accord|talks|negotiations))"
    # People named, not counted: "Smith was freed in exchange for Jones".
    r"|\b(?:released|freed|swapped|exchanged|traded)\s+(?:in\s+(?:exchange|return)\s+)?for\b",
    re.IGNORECASE,
)
#: The exchange as its sentence's subject ("The prisoner swap took place …", "The last
#: prisoner swap between …"): the report tells of it, it lists no term; unless it is to come.
TOLD_OF = re.compile(
    r"^\W*(?:the|this|that)\s+(?!(?:[\w-]+\s+)?(?:expected|planned|proposed|agreed)\b)"
    r"(?:(?!(?:was|were|is|are|has|have|had)\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: The exchange told as done: "a long-awaited prisoner exchange was made between …",
#: "the last prisoner swap … took place in December 2017".
TOLD_AS_DONE = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,8}?(?:took\s+place|was\s+(?:made|carried\s+out|completed|held|the)"
    r"|began|happened|occurred|has\s+been\s+seen|was\s+one)\b",
    re.IGNORECASE,
)
#: An exchange told with words of what is still to come may still be a term.
TO_COME = re.compile(rf"\b(?:{TO_COME_WORDS})\b", re.IGNORECASE)
#: A crossing as the place where something was done: "at the Khosrawi border crossing".
AT_A_CROSSING = re.compile(
    r"\b(?:at|through|via|across|near|from)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:border\s+)?"
    r"crossings?\b"
)
#: What a deal does to a crossing: opens, reopens or closes it.
OPENED = re.compile(r"\b(?:open\w*|reopen\w*|clos\w+|lift\w*)\b", re.IGNORECASE)
#: "A deal for a truce and …" just before an exchange: the words name the deal.
NAMES_A_DEAL = re.compile(
    r"\b(?:deal|agreement|accord|plan|proposal)\s+(?:for|on)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
#: A deal's length told as a period: "a 60-day transition period", "an initial six-week period".
PERIOD = re.compile(
    rf"\b(?P<amount>\d+|{'|'.join(SMALL_NUMBERS)})[-\s](?P<unit>hour|day|week|month)s?(?:[-\s]long)?"
    r"\s+(?:(?:transition|transitional|initial|first|interim|grace|calm)\s+)?period\b",
    re.IGNORECASE,
)
#: Aid by the lorry-load: "300 trucks of aid will enter daily".
TRUCKS = re.compile(
    r"(?:\b(?P<qualifier>at\s+least|more\s+than|over|up\s+to|about|around|some|nearly"
    r"|approximately)\s+)?"
    rf"\b(?P<amount>\d[\d,]*|{'|'.join(SMALL_NUMBERS)})\s+(?:aid\s+)?(?:trucks|lorries)\b[^.;]*?"
    r"\b(?:daily|a\s+day|per\s+day|each\s+day|every\s+day)\b",
    re.IGNORECASE,
)
#: The qualifier of a count of trucks, by the words before it.
QUALIFIERS = {"at": "at_least", "more": "at_least", "over": "at_least", "up": "up_to"}
#: What the sides commit to in a deal's words: "a joint commitment to pursue talks".
COMMITMENT = re.compile(
    r"\b(?:commitments?|committed|commit|pledged?|undert(?:ook|ake|akes)|vowed?|promised?"
    r"|(?:have|has|had)\s+agreed|agreed|decided)\s+(?P<not>not\s+)?(?:to|on)\s+"
    # Not a commitment to the deal itself: "its commitment to implementing the agreement".
    # Nor the deal agreed on: "agreed to a bilateral ceasefire", "agreed to a prisoner exchange
    # deal", "agreed to begin the first phase of the plan" name the deal (``TOPICS``).
    # Nor a passive's agent: "the first agreed to by both sides".
    r"(?P<what>(?!commit\b|implement\w*\b|by\b|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord)\b"
    r"|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|deal|agreement|accord)\b"
    r"|(?:begin|start|launch)\s+the\s+(?:[\w-]+\s+){0,2}?phase\b)"
    rf"{IN_A_CLAUSE}{{8,200}})",
    re.IGNORECASE,
)
#: What the sides will do: "neither side will target the other".
SIDES_WILL = re.compile(
    rf"{BOTH_SIDES}\s+(?:will|would|shall)\s+(?P<what>{IN_A_CLAUSE}{{4,200}})", re.IGNORECASE
)
#: What a deal holds in the report's words: "Under the agreement, Armenia will give up …".
UNDER_THE_DEAL = re.compile(
    r"^\W*(?:under|as\s+part\s+of|according\s+to)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deal|agreement|accord|plan|proposal|terms|truce|ceasefire|cease-fire|draft|framework)"
    r"\s*,\s*(?:(?:it\s+is|it's)\s+(?:believed|understood|reported|said)\s+that\s+)?"
    r"(?P<what>[^;.“”\"]{8,300})",
    re.IGNORECASE,
)
#: "The ceasefire did not include a halt to …": what a deal leaves out is no term of it.
LEFT_OUT = re.compile(
    r"\b(?:(?:did|does|do|would|will)\s+not|doesn't|didn't|won't)\s+(?:include|cover|provide"
    r"|mention)\b|\bexclud\w*|\bmade\s+no\s+mention\b",
    re.IGNORECASE,
)
#: A deal's own words, or its sides together: what they commit to is a term of it.
JOINTLY = re.compile(
    r"\b(?:declaration|agreement|accord|treaty|memorandum|document|both\s+(?:sides|parties|"
    r"countries)|the\s+(?:two\s+)?(?:sides|parties)|the\s+two\s+(?:countries|governments)|joint)\b",
    re.IGNORECASE,
)
#: What will be done, in the report's own voice: "Regular dialogue will take place …".
WILL_BE_DONE = re.compile(
    r"^[A-Z][^,;:“”\"]{0,80}?\s(?:will|shall|is\s+to|are\s+to)\s+(?!not\b)[a-z]"
)
#: What a term hangs on: "in the event that the army fails to act" (never a source's
#: "on condition of anonymity").
CONDITION = re.compile(
    r"\b(?P<condition>(?:in\s+the\s+event\s+(?:that|of)|on\s+(?:the\s+)?condition\s+(?:that|of(?!\s+anonymity))"
    r"|provided\s+that|providing\s+that|as\s+long\s+as|so\s+long\s+as|only\s+if|subject\s+to)"
    r"\b[^;.]*)",
    re.IGNORECASE,
)


#: An item of a list: "• Release prisoners as soon as possible;", "2) For 90 days, …", "(b) …".
LIST_ITEM = re.compile(r"^(?:[•*▪·–—-]|\(?(?:\d{1,2}|[a-h])\)|\d{1,2}\.(?!\d))\s+(?P<item>\S.*)$")
#: A sentence that opens a list of what a deal provides: "The parties have agreed to:", "Here
#: is how the plan will work:", "The agreement's main points:".
OPENS_A_LIST_OF_TERMS = re.compile(
    r"\b(?:agree\w*|deal|agreement|accord|truce|ceasefire|cease-fire|plan|terms|provisions?"
    r"|points|provides?|includes?|calls?\s+for|stipulates?)\b[^:]{0,80}:$",
    re.IGNORECASE,
)


def list_item_term(sentence):
    """The term an item of a list of what a deal provides gives, of the first kind its words
    name (else "other"), in its own words to its first clause's end; None if no item."""
    item = LIST_ITEM.match(sentence)
    if item is None:
        return None
    words = re.split(r"[;.](?:\s|$)", item["item"])[0]
    kind = next(
        (kind for kind, topic in TOPICS if kind != "truce" and re.search(topic, words, re.I)),
        "other",
    )
    return term_draft(kind, words, sentence)


def speaks_of_a_deal(sentence):
    return DEAL.search(sentence) is not None


def provisions_in(sentence, drafted=(), goes_on=False, speakers=()):
    """A term for each topic ``sentence`` names, if it speaks of a deal or a proposal, or
    ``goes_on`` from a sentence that did (a list of what a deal provides); none of a kind
    among ``drafted`` (the kinds of term already drafted from it), nor from the words that
    name one of its ``speakers`` ("Ceasefire monitors from the bloc said …")."""
    if not speaks_of_a_deal(sentence) and (not goes_on or HISTORY.search(sentence)):
        return []
    if "other" in drafted or LEFT_OUT.search(sentence):
        return []  # (an "other" term drafted from it holds what it says was agreed to)
    terms = []
    for kind, words in TOPICS:
        if kind in drafted or (NARRATED.search(sentence) and not AHEAD.search(sentence)):
            continue
        # Each side's withdrawal is its own term; any other kind is drafted once.
        clauses = SIDES_CLAUSES.split(sentence) if kind == "withdrawal" else [sentence]
        for clause in clauses:
            found = re.search(words, clause, re.IGNORECASE)
            if found is None:
                continue
            if kind == "monitoring" and any(
                pattern.search(clause) for pattern in (SAT_IN_AS, WHO_MONITORED, COMMENTATORS)
            ):
                continue
            if kind == "crossings" and AT_A_CROSSING.search(clause) and not OPENED.search(clause):
                continue  # "released 800 Iraqis at the crossing": where it was done, no term
            if IN_A_NAME.search(clause[: found.start()]) and found.group(0)[:1].isupper():
                continue  # "the CIS Peacekeeping Forces": a body's name, no term
            if any(found.group(0) in words and words in clause for words in speakers if words):
                continue  # who speaks, not what a deal provides
            if HAD_DONE.search(clause[: found.start()]) or NAMES_A_DEAL_OF_ITS_OWN.match(
                clause[found.end() :]
            ):
                continue
            if not aimed_at(clause, found):
                terms.append(term_draft(kind, clause_with(clause, found.group(0)), sentence))
                if clause is sentence:
                    break
    terms += uncounted_exchange(sentence, drafted) + period_of(sentence, drafted)
    if (trucks := TRUCKS.search(sentence)) is not None:
        # The count of trucks a day is the aid term's amount, not a second term.
        terms = [term for term in terms if term.values["kind"] != "aid"]
        amount = value_of(trucks["amount"].replace(",", ""))
        terms.append(
            term_draft(
                "aid",
                clause_with(sentence, trucks.group(0)),
                sentence,
                amount_min=amount,
                amount_max=amount,
                amount_qualifier=truck_qualifier(trucks["qualifier"]),
                unit="trucks_per_day",
            )
        )
    if not terms and not drafted:
        terms = (
            committed_to(sentence)
            or conditional(sentence)
            or under_the_deal(sentence)
            or (listed_on(sentence) if goes_on else [])
        )
    elif (condition := CONDITION.search(sentence)) is not None:
        for term in terms:
            term.values["condition"] = term_words(condition["condition"])
    return [term for term in terms if not disowned(sentence, term)]


def disowned(sentence, term):
    """Whether words before ``term``'s, or in them, say it is no term of a deal reached
    (``NOT_PROVIDED``)."""
    words = term.values["description"]
    start = sentence.find(words[:40])
    text = sentence[: start + len(words)] if start >= 0 else words
    return any(
        not (found.group(0).lower().startswith("demand") and ACCEPTED.search(text[: found.start()]))
        for found in NOT_PROVIDED.finditer(text)
    )


def aimed_at(clause, found):
    """Whether what ``found`` names is a hope or an aim in ``clause``, not a term."""
    return ASPIRATION.search(re.split(r"[,;:]|\.\s", clause[: found.start()])[-1]) is not None


def term_words(words):
    """A term's words as drafted: without the commas and stops around them, at most 300
    characters."""
    return words.strip(" ,.")[:300]


def term_draft(kind, description, sentence, **values):
    values = {
        "kind": kind,
        "amount_min": None,
        "amount_max": None,
        "amount_qualifier": "",
        "unit": "",
        "description": term_words(description),
        **values,
    }
    return Draft("otherterm", values, sentence)


def uncounted_exchange(sentence, drafted):
    """An exchange the sentence names with no count, if none was drafted from it."""
    found = UNCOUNTED_EXCHANGE.search(sentence)
    if found is None or "exchange" in drafted or aimed_at(sentence, found):
        return []
    if NAMES_A_DEAL.search(sentence[: found.start()]):
        return []  # "a deal for a ceasefire and a prisoner swap" names the deal
    told = TOLD_OF.search(sentence[: found.start()]) or TOLD_AS_DONE.match(sentence[found.end() :])
    if told and not TO_COME.search(sentence):
        return []
    # Who was released, by the words that name them, else the sentence's; else prisoners.
    group = next(
        (
            name
            for text in (found.group(0), sentence)
            for name, words in GROUPS
            if re.search(words, text, re.I)
        ),
        None,
    )
    description = term_words(clause_with(sentence, found.group(0)))
    return [uncounted_exchange_draft(group or "prisoners", description, sentence)]


def uncounted_exchange_draft(group, description, sentence):
    """An exchange term of ``group`` that gives no count."""
    values = {
        "group": group,
        "count_min": None,
        "count_max": None,
        "count_qualifier": "",
        "count_words": "",
        "ratio_per": "",
        "affiliation": "",
        "description": description,
    }
    return Draft("exchangeterm", values, sentence)


def truck_qualifier(words):
    """ "at least 400 trucks" is at least 400, "about 400" about; no words, exactly."""
    if not words:
        return "exact"
    return QUALIFIERS.get(words.split()[0].lower(), "about")


def period_of(sentence, drafted):
    """A truce's length told as a period ("a 60-day transition period"), if none was drafted."""
    found = PERIOD.search(sentence)
    if found is None or "truce" in drafted or "renewal" in drafted:
        return []
    amount = value_of(found["amount"])
    return [
        term_draft(
            "truce",
            found.group(0),
            sentence,
            amount_min=amount,
            amount_max=amount,
            amount_qualifier="exact",
            unit=f"{found['unit'].lower()}s",
        )
    ]


def committed_to(sentence):
    """What a deal, or its sides together, commit to ("neither side will target the
    other"): an "other" term in its words."""
    found = SIDES_WILL.search(sentence)
    if found is None:
        found = COMMITMENT.search(sentence)
        if found is None or JOINTLY.search(sentence) is None:
            return []
    # "a commitment not to seek military advantage": the term keeps its "not".
    what = (found.groupdict().get("not") or "") + TURNS.split(found["what"])[0]
    return [term_draft("other", what, sentence)]


def under_the_deal(sentence):
    """What a sentence says a deal holds ("Under the agreement, Armenia will give up …"), when
    it names no kind of term: an "other" term in its words."""
    found = UNDER_THE_DEAL.search(sentence)
    if found is None or not re.search(rf"\b(?:{TO_COME_WORDS}|must)\b", found["what"]):
        return []
    return [term_draft("other", found["what"], sentence)]


def listed_on(sentence):
    """What a sentence going on about a deal says will be done ("A small working group will
    meet to work out the final arrangements"): an "other" term in its words."""
    if WILL_BE_DONE.search(sentence) is None or ASPIRATION.search(sentence):
        return []
    if TO_BE_SIGNED.search(sentence):
        return []  # "The peace pact is to be signed Sunday": the signing, an event to come
    if re.search(r"\b(?:likely|probably|possibly|perhaps|expected)\b", sentence):
        return []  # "It will likely begin on Sunday": a forecast, not what the deal provides
    return [term_draft("other", sentence, sentence)]


def conditional(sentence):
    """What a deal provides on a condition ("in the event that …"): an "other" term."""
    found = CONDITION.search(sentence)
    if found is None:
        return []
    before = sentence[: found.start()].rstrip(" ,")
    before = re.sub(r"\s+and$", "", before)
    return [term_draft("other", before, sentence, condition=found["condition"].strip(" ,."))]
