"""Whether date words look ahead: a clause that tells of what is still to come ("will",
"is due to", "until Friday") makes a weekday or a month the next such one, unless the clause
tells it as passed ("had been due to", "the deal reached on Tuesday", "broke down")."""

import re

#: Words that look ahead from the report's day: a weekday after them is the next such day.
AHEAD = re.compile(
    # Never the noun: "signals the start of the ceasefire signed … on Wednesday", "at the
    # beginning of the talks on Wednesday".
    r"\b(?:will|shall|(?<!\bthe\s)start(?:s|ing)?|(?<!\bthe\s)begin(?:s|ning)?"
    r"|takes?\s+effect|"
    r"(?:comes?|goes|enters?|go|come|enter)\s+(?:\w+\s+)?into|due|(?:is|are)\s+to|set\s+to|"
    # "this coming Thursday": "coming" just before the date (never "troops coming from …").
    r"expected|scheduled|planned|plans?\s+to|(?<!was\s)(?<!were\s)planning\s+to|expires?|upcoming|coming(?=\s*$)|next|tomorrow|"
    # "Russia was likely to sign the deal Saturday": what is expected.
    # (never what is likely to have happened, nor to be the deadliest: "was likely to have been
    # carried out on Saturday", "likely to be the deadliest attack since the truce on …")
    r"(?:is|are|was|were)\s+(?:un)?likely\s+to(?!\s+have\b)(?!\s+be\s+(?:the|an?)\b)|"
    # "a truce to happen on Friday": what is to take place.
    r"to\s+(?:happen|take\s+place)|"
    # "to lead the country until elections are held in November": what is awaited.
    r"until\s+[^,;]{1,60}?\s(?:is|are)\s+(?:[a-z]+ed|held|sworn|chosen|won|made|done)(?=\s*$)|"
    # "a ceasefire with effect from December 30", "effective from Monday".
    r"with\s+effect\s+from|effective\s+(?:from|as\s+of)|"
    # "was extended to 30 November": a truce's new end.
    r"(?:extended|prolonged|renewed)\s+(?:[\w-]+\s+){0,6}?(?:to|until|till|through)(?=\s*$)|"
    # "the earliest date had slipped to Tuesday", "postponed until Friday": a date put off.
    r"(?:slipped|postponed|put\s+off|pushed\s+back|delayed|deferred|rescheduled|moved)"
    r"\s+(?:to|until|till)(?=\s*$)|"
    # "the referendum that Santos announced for Oct. 2", "elections set for March": a day
    # fixed for what is to happen (never "a ceasefire called for on Monday", a call made).
    r"(?:announced|set|fixed|slated|pencill?ed\s+in|earmarked)\s+for(?=\s*$)|"
    # "The declaration calls for a reconciliation conference on February 15", "the plan
    # provides for elections in March": what a text provides is to come (never the noun,
    # "rejected calls for a truce on Wednesday", nor a deal that "provides for a swap was
    # signed on Wednesday").
    r"(?:declaration|agreement|deal|accord|pact|truce|ceasefire|cease-fire|plan|proposal|resolution"
    r"|document|treaty|text|draft|framework|roadmap|memorandum|protocol|settlement|package|law"
    r"|decree|bill|charter|it|which|that|(?-i:[A-Z][\w'’-]*)|[\"”’])\s+(?:also\s+)?(?:calls|provides)"
    r"\s+for\b"
    r"(?![^;]*\b(?:was|were)\s)|"
    # "declared a unilateral ceasefire from Monday": when a truce declared is to start.
    r"(?:truce|ceasefire|cease-fire)\s+from(?=\s*$)|"
    # "agreed to hold meetings in March": what was agreed or promised is still to come.
    # Never a thing agreed to: "had agreed to the draft text in March".
    r"(?:agreed|decided|promised|pledged|vowed|undertook|intends?|aims?|expects?)\s+(?:\w+\s+){0,3}?"
    r"to\s+(?!(?:the|an?|its|their|his|her|this|that|these|those)\b)[a-z]+|"
    # "proposed that a cease-fire agreement be signed on April 15": what is asked to be done.
    r"(?:propos|suggest|demand|insist|urg|ask|request)\w*\s+that\s+[^,;]{1,80}?\s+be\s+[a-z]+ed)\b",
    re.IGNORECASE,
)
#: A time of day before a date: "24:00 on June 3", "6 a.m. on Sunday", "noon".
AT_A_TIME = r"(?:(?:midnight|noon|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s+)?"
#: "until Feb. 18", "by early Monday": a deadline, still to come.
DEADLINE = re.compile(
    rf"\b(?:until|till|by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?{AT_A_TIME}(?:on\s+)?$",
    re.IGNORECASE,
)
#: "lasted until", "had kept them until": the end of a span that has passed (never "had until
#: Tuesday to agree", a deadline given).
PAST_SPAN = re.compile(
    # "did not get under way until Tuesday": what began only then.
    r"\b(?:had(?!\s+until\b)|was|were|lasted|held|remained|stayed|kept|did\s+not|didn['’]t)\b",
    re.IGNORECASE,
)
#: A deadline told as gone by: "the deadline … by 30 September has now passed", "missed".
DEADLINE_GONE = re.compile(
    r"\b(?:ha(?:s|ve|d)\s+(?:now\s+|already\s+)?(?:passed|expired|lapsed|elapsed)|missed)\b"
)
#: The past perfect: "had said", "had opened fire", "had been shelling".
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:not\s+|already\s+|earlier\s+)?(?:been\s+)?[a-z]+(?:ed|en|id|ne|un|ot)\b"
)
#: Words of what is still to come, in the report's own time: "will", "is due to".
STILL_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are)\s+to)\b", re.I
)
#: Words that look ahead only as a start: "starting at 11:45pm on Thursday".
STARTING = re.compile(r"start(?:s|ing)?|begin(?:s|ning)?", re.IGNORECASE)
#: "had been due to expire on Sunday": to come as seen from before; the day has passed.
WAS_TO_COME = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?been\s+(?:due|set|scheduled|expected|planned)\b", re.I
)
#: A participle after its noun, just before the date: "under a deal reached late on Tuesday",
#: "the truce announced on Sunday": the day it was done, whatever the sentence looks ahead to
#: (never "to be signed on", "talks expected on").
DONE_ON = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|to|will|would|shall|not|get|gets|and|or"
    r"|but)\b)[a-z]+\s+"
    r"(?!(?:expected|scheduled|planned|slated|set|due|proposed|demanded|requested|need|proceed"
    r"|succeed|exceed|feed|speed|heed|indeed)\b)"
    r"[a-z]+ed\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
#: A verb in the simple past after the words that look ahead, which the date is then of
#: (never a participle that may be an adjective: "will free the abducted students on Monday").
PAST_AFTER = re.compile(
    r"\b(?<!\bhad\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:broke|fell|began|came|went|took|met|held|left|rose|won|sent|gave|made"
    r"|spoke|struck|collapsed|ended|failed|stalled|erupted|expired)\b"
)


#: The few words before a date that opens a sentence: "Starting on", "As of", "By the evening
#: of", "Effective", "Come" (never a subject and its verb: "It started on Saturday, February
#: 11, and will end …").
OPENING_WORDS = re.compile(
    r"\W*(?:(?!(?:[a-z]+ed|was|were|is|are|has|have|had|said|says|began|met|took)\b)[\w'’-]+\W+){0,5}"
)
#: What follows a date opening a sentence that puts it ahead: ", the two sides will meet".
OPENS_WHAT_IS_TO_COME = re.compile(
    # A place between commas may stand in the subject: "the contras based in Yamales,
    # Honduras, are scheduled to …".
    r"^[^,;]{0,20},\s+(?:(?!\b(?:said|says|told|announced|added|stated)\b)"
    r"(?:[^,;.]|,\s+[A-Z][\w'’-]*,)){0,80}?"
    r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|scheduled\s+|expected\s+|set\s+)?to)\b"
)
#: Words before a date in its clause that tell of what is still to come ("plan to" a verb's,
#: never "a plan to release the hostages Saturday").
TO_COME_IN_THE_CLAUSE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planned|to)"
    r"|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)plans?\s+to|planning\s+to)\b",
    re.IGNORECASE,
)


def looks_ahead(clause, sentence=""):
    """Whether ``clause`` (the words before a date) speaks of what is still to come; a
    deadline or a start ("until Friday", "starting on Thursday") in a ``sentence`` told in the
    past perfect ("had said", "had opened fire") has passed."""
    if WAS_TO_COME.search(clause) or DONE_ON.search(clause[-120:]):
        return False
    told_as_past = bool(PAST_PERFECT.search(sentence)) and not STILL_TO_COME.search(sentence)
    if DEADLINE.search(clause) and not PAST_SPAN.search(clause):
        return not told_as_past and not DEADLINE_GONE.search(sentence)
    ahead = AHEAD.search(clause)
    if ahead is not None and STARTING.fullmatch(ahead.group(0)) and told_as_past:
        return False
    if ahead is not None and PAST_AFTER.search(clause, ahead.end()):
        return False  # "A plan to win their freedom broke down early Saturday": the verb's day
    return ahead is not None


def only_a_start(clause):
    """Whether the only words of ``clause`` that look ahead tell a start ("beginning on"),
    never one still to be made ("to start pulling out its troops on May 15")."""
    found = list(AHEAD.finditer(clause))
    return bool(found) and all(
        STARTING.fullmatch(ahead.group(0))
        and not re.search(r"\b(?:to|will|would|shall)\s+$", clause[: ahead.start()])
        for ahead in found
    )
