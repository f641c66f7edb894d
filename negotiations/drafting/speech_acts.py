"""Acts that say something in what they do: thanking, welcoming, praising, urging, accusing,
denying, calling something by a name ("X thanked Y “for their patience”", "X accused Y of
…"), each told in the report's words as the actor's claim."""

import re

from .attributions import BETWEEN, OPENING
from .date_words import WEEKDAY_NAMES
from .speakers import Saying

#: A denial of a claim, never of a thing ("denied entry to the convoy"): "denied that …",
#: "denied the claims", "denied Indian reports", "denied an agreement had been reached" (its
#: "that" left out).
DENIED_A_CLAIM = (
    r"denied(?=\s+(?:that|any|having|responsibility|involvement"
    r"|(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:had|has|have|was|were|would|is|are)\s"
    r"|(?:the\s+|[A-Z][\w-]*\s+|earlier\s+|unconfirmed\s+|media\s+)?(?:claims?|reports?|"
    r"allegations?|accusations?|charges?)|[a-z]+ing)\b)"
)
#: Verbs that say something in what they do: "X thanked Y “for their patience”".
SPEECH_ACT = re.compile(
    rf"{OPENING}(?P<day>\s+(?:on\s+)?(?:{WEEKDAY_NAMES}))?\s+{BETWEEN}(?:\w+ly\s+)?"
    r"(?P<act>thanked|congratulated|welcomed|praised|hailed|lauded|commended|urged|called\s+on|"
    r"expressed\s+(?:its|his|her|their)\s+(?:deep\s+|sincere\s+)?(?:appreciation|gratitude|thanks)|"
    # A request to someone: "asked the Taliban to extend their ceasefire".
    r"asked(?=\s+(?:the|an?|all|both|[A-Z])(?:(?!\b(?:if|whether)\b)[^.;:\"“”]){0,60}?\s+to\s+"
    r"(?!(?:the|an?|its|their|his|her)\b)[a-z])|"
    r"described|called(?!\s+(?:on|for|off)\b)|labell?ed|branded|dubbed|termed|"
    # Never the adjective: "25 accused Western agents", "the accused spies".
    r"condemned|slammed|(?<!\d\s)(?<!\bthe\s)(?<!\bThe\s)accused|accuses?(?=\s[^.;]{1,80}?\bof\b)"
    r"|vowed|pledged|promised|appealed|demanded"
    rf"|rejected|threatened|denounced|critici[sz]ed|blamed|blames?(?=\s[^.;]{{1,80}}?\bfor\b)"
    rf"|attributed|{DENIED_A_CLAIM})\b"
    # "promised Friday to …": the day, after the act.
    rf"(?P<day_after>\s+(?:on\s+)?(?:{WEEKDAY_NAMES})\b)?"
)
#: What the act calls something, quoted however short: "described the plan as the “worst
#: yet”", "called the deal “a crucial point”", "…, labelling it a “political manoeuvre”":
#: the act is a claim of theirs.
NAMING = re.compile(
    r"\b(?:describ(?:ed|ing)|call(?:ed|ing)(?!\s+(?:on|for|off)\b)|labell?(?:ed|ing)|brand(?:ed|ing)"
    r"|dubb(?:ed|ing)|term(?:ed|ing))\s+(?:[^“”\".;]{0,60}?\s)?[“\"]"
)
#: Acts whose words are a claim or a call even when none of them is quoted: "X accused Y of
#: …", "X called on both sides to …" (what was welcomed or rejected is an act, not a claim).
#: A pledge ("pledged to halt offensive operations", "promised to withdraw") is no claim: what
#: is pledged is read as an offer or a term.
REPORTED_ACTS = re.compile(
    r"urged|called\s+on|accused|accuses?|vowed|appealed|demanded|blamed|blames?|attributed|denied"
    r"|threatened"
    # (never a welcome given to people in person: "welcomed the prisoners home", "welcomed the
    # delegations to State House", "with flowers"; nor "hailed from a village")
    r"|asked|thanked|welcomed(?![^.;,]{0,40}?\b(?:home\b|to\s+(?:the\s+)?[A-Z]|with\s+(?:flowers"
    r"|songs|cheers|applause|open\s+arms)\b|at\s+the\s+(?:airport|border)\b))|hailed(?!\s+from\b)|praised|lauded"
    r"|commended"
    # "expressed its appreciation to both countries for …"
    r"|expressed\s+(?:its|his|her|their)\s+(?:deep\s+|sincere\s+)?(?:appreciation|gratitude|thanks)"
    # "Mr Rwasa described the day as a landmark": what a thing is, in the speaker's eyes.
    r"|described(?=\s[^.;\"“”]{1,80}?\sas\s)"
    # "condemned the group for refusing to disarm": an accusation.
    r"|condemned(?=\s[^.;\"“”]{1,80}?\sfor\s)"
)
#: Of those, the acts that make a claim of their own before "…, adding that …" (never
#: "denied this, saying …").
CLAIMING_ACTS = r"accused|urged|called\s+on|vowed|pledged|promised|demanded|blamed|appealed"
#: A denial told after a claim, as an aside: "…, a charge that Islamabad denies.", "…, a claim
#: denied by Moscow." Never the claim's own content ("the claim that Israel denied aid …"):
#: the denial closes its clause.
CHARGE_DENIED = re.compile(
    r"\s*[,—–]\s+(?P<words>(?:an?|the)\s+(?:charge|claim|accusation|allegation)s?\s+"
    r"(?:(?:that|which)\s+)?(?:(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|the\s+[a-z]+)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:denies|denied|rejects|rejected|dismisses|dismissed)"
    r"|(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been)\s+)?(?:denied|rejected|dismissed)\s+by"
    # (by a name or a body, never "by many")
    r"\s+(?P<by>(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|(?:[A-Za-z][\w'’-]*\s+)?(?:authorities"
    r"|officials|government|army|military|ministry|rebels|police)))))(?=\s*(?:[.;)]|$))"
)


def denial_aside(sentence, sayings, denier_of):
    """The denial ``sentence`` tells as an aside, as the statement of whom ``denier_of`` finds
    by the words naming them, cut from the ``sayings`` before it ("…, a charge Kabul
    denies."): none if there is none or no one, or if the sentence says nothing the denial
    could answer ("filed for compensation, a claim rejected by the ministry")."""
    denied = CHARGE_DENIED.search(sentence)
    if denied is None or not sayings:
        return []
    for saying in sayings:
        saying.text = saying.text.removesuffix(denied.group(0).rstrip(".")).rstrip(" ,")
    denier = denier_of(denied["who"] or denied["by"])
    return [Saying(denied["words"], False, denier)] if denier is not None else []
