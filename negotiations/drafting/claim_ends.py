"""Where a reported claim ends and what follows it: a claim added (", adding that …"), one
going on (", saying …"), a quote set off after it, its relay ("…, according to …"), a pronoun
for what was told before, a circumstance."""

import re

from .attributions import AND_CLAIMED

#: A claim added after an attribution: ", adding that the talks would resume".
ADDING = re.compile(
    r"(?:,\s+(?:[^,\"“”]{1,60},\s+)?(?:adding|pointing\s+out|noting|calling\s+(?:on|for)|urging)"
    rf"|{AND_CLAIMED})\s*(?:that\s+)?(?P<what>[^\"“”]{{8,}}?)[.]?$"
)
#: A claim that goes on with another: "… declared “a truce”, saying it hoped …".
CLAIM_GOES_ON = re.compile(r",\s+(?:(?:but|and)\s+)?(?:saying|adding|added)[,:]?\s+(?:that\s+)?")
#: A quote set off after a comma that closes a claim in the report's words: "… these
#: principles, “the way … opened.”" (never one the claim's own clause runs into: "said the
#: truce was “…”").
CLOSING_QUOTE = re.compile(r",\s*[\"“](?P<quote>[^\"“”]+)[\"”][.,]?\s*$")
#: Who relayed a claim, closing it: "…, according to the news agency WAM."
RELAY_AT_THE_END = re.compile(r",\s+according\s+to\s+[^,;\"“”]+?[.]?$")
#: A claim that is only a pronoun for what was told before: "announced this at a briefing".
WHAT_WAS_TOLD_BEFORE = re.compile(
    r"(?:this|it)(?:\s+(?:in|at|on|to|during|after|before|via|through|by|with|from)\b|\s*[,.]|\s*$)",
    re.IGNORECASE,
)
#: What follows an attribution to tell when or why, not what was said: "following a spike".
CIRCUMSTANCE = re.compile(r"(?:following|after|amid|despite|as|while|when|before)\b")
