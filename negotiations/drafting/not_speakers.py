"""Words before a verb of saying that are not a speaker's: a time clause whose own verb it is
("Minutes before India confirmed the truce, …"), a day ("The truce, announced Saturday, …"),
how it was said ("Speaking aboard a carrier, …"), a saying denied ("would not confirm"),
time words or a tail around the speaker ("Hours earlier", "was quoted as having", "for its
part"), a passive's subject ("The figure could not be independently confirmed"); and a verb
of saying that tells a toll ("the fighting has claimed thousands of lives")."""

import re

from .date_words import MONTHS, WEEKDAY_NAMES

#: "Minutes before X confirmed", "After the army announced": the verb is the clause's.
TIME_CLAUSE = re.compile(
    r"^(?:(?:(?:seconds|minutes|hours|days|weeks|months|moments|shortly|soon|just|long)\s+)?"
    r"(?:before|after)|when|while|as\s+soon\s+as|once|until|since)\s+",
    re.IGNORECASE,
)
#: "Hours earlier", "Days later", "Earlier": when, not who.
TIME_WORDS = re.compile(
    r"^(?:(?:seconds|minutes|hours|days|weeks|months|moments|a\s+day|a\s+week)\s+)?"
    r"(?:earlier|later)\s+(?=[A-Z])",
    re.IGNORECASE,
)
#: "… was quoted as having told", "… on his part said": the speaker is who comes before it.
TAIL = re.compile(
    r"\s+(?:(?:was|were|is|are)\s+quoted\s+as\s+(?:having|saying)?|(?:on|for)\s+(?:his|her|their|its)"
    r"\s+part|in\s+turn)\s*$"
)
#: "The figure could not be independently confirmed": a passive's subject says nothing.
PASSIVE_SUBJECT = re.compile(
    # "Those 5 Thai soldiers were (reportedly captured …)": a subject whose verb is no saying.
    r"\b(?:be|been|being|was|were)(?:\s+\w+ly)?$",
    re.IGNORECASE,
)
#: "On Tuesday he", "Just seconds earlier he", "In a statement tonight he": when or where,
#: before the pronoun that says who.
DAY_BEFORE_A_PRONOUN = re.compile(
    rf"^(?:just\s+)?(?:(?:on\s+)?(?:(?:late|early)\s+)?(?:{WEEKDAY_NAMES})"
    r"|(?:(?:seconds|minutes|hours|days|moments)\s+)?(?:earlier|later)|today|yesterday"
    # "In a statement tonight he", "At the briefing he": where or how, then who.
    r"|(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+[^,\"“”]{1,40}?)"
    r"\s+(?=(?:he|she|they|it)$)",
    re.IGNORECASE,
)
#: "Saturday", "late on Friday", "May 12", "Also on Tuesday": a day names no one.
A_DAY = re.compile(
    rf"^(?:(?:also|and|but|then|late|early|on)\s+)*(?:{WEEKDAY_NAMES}|(?:{MONTHS})(?:\s+\d{{1,2}})?)$",
    re.IGNORECASE,
)
#: "would not", "did not publicly", "never": a saying denied, by no one.
NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t)(?:\s+\w+ly)?$", re.IGNORECASE)
#: "Speaking aboard a carrier", "Asked about the talks": how it was said, before who said it.
HOW_IT_WAS_SAID = re.compile(
    r"^(?:speaking|addressing|writing|answering|responding|commenting|talking|asked|questioned)\b",
    re.IGNORECASE,
)
#: "thousands of lives", "the lives of 26 people": what a war claimed, not a claim.
TOLL = re.compile(
    r"^(?:(?:more\s+than|over|at\s+least|nearly|about|some|almost)\s+)?(?:the\s+lives\s+of\b"
    r"|[\w,.]+(?:\s+(?:of|more|other))?\s+(?:lives|victims)\b)",
    re.IGNORECASE,
)


#: "Rebels seek a pause but president says …": a clause before the speaker's, whose subject
#: follows the conjunction.
OTHER_CLAUSE = re.compile(r"^.*\s(?:but|while|whereas)\s+(?=\S)", re.IGNORECASE)


def speakers_words(words):
    """``words`` without the time words, another clause or the passive's tail around the
    speaker's, or "" when they are a time clause's and name no speaker."""
    if TIME_CLAUSE.match(words) or tells_how_or_when(words) or PASSIVE_SUBJECT.search(words):
        return ""
    if NEGATED.search(words):
        return ""  # "ICRC officials would not immediately confirm that …": nothing was said
    words = DAY_BEFORE_A_PRONOUN.sub("", words)
    return TAIL.sub("", TIME_WORDS.sub("", OTHER_CLAUSE.sub("", words)))


def tells_how_or_when(words):
    """Whether ``words`` before a speaker set between commas say how or when it was said
    ("Speaking aboard a carrier", "Also on Tuesday"), not who said it."""
    return bool(HOW_IT_WAS_SAID.match(words) or A_DAY.match(words))


def is_a_toll(text):
    """Whether what a verb of saying reports is a death toll ("claimed 60 lives")."""
    return TOLL.match(text) is not None
