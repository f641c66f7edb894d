"""Dates in a report's words, resolved against its dateline at the precision the words carry.

Our rules: a weekday is the latest such day on or before the dateline (a report of Tuesday
saying "on Tuesday" means that day), unless the words around it look ahead ("takes effect on
Saturday", "is due to expire Tuesday", "will meet on Friday"), when it is the next such day
on or after the dateline; a month and day without a year ("on May 22") is in the year that
puts it nearest the dateline (a day more than a fortnight ahead is last year's, unless the
words look ahead); a month named alone is the latest on or before the dateline's, or this
year's if at most two months ahead ("talks in October" in a September report); a deadline or
a start in a sentence told in the past perfect ("Until Friday, the government had said …")
has passed; "last week" is the week before the dateline's, by its Monday, "next week" the
week after it; words that date nothing leave a fact undated: on or before the dateline,
never a day. dateparser reads what is left ("last month", "last year").
"""

import calendar
import datetime
import itertools
import re
from dataclasses import dataclass

from dateparser.date import DateDataParser

from ..fields import ApproximateDate, DatePrecision
from .numbers import value_of

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NAMES = MONTHS
#: Months as news agencies shorten them: "Oct. 7", "Sept. 11".
SHORT_MONTH_WORDS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
SHORT_MONTHS = rf"{SHORT_MONTH_WORDS}\."
WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
MONTH = rf"(?:{MONTHS}|{SHORT_MONTHS})"
#: "late Tuesday", "Tuesday morning", "this Saturday": the weekday with words that keep its day.
WEEKDAY = (
    rf"(?:(?:[Ll]ate|[Ee]arly|[Tt]his|[Nn]ext|[Ll]ast)\s+)?(?:{WEEKDAY_NAMES})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)

#: A date that is part of a name: "the March 23 Movement", "the October 6 Bridge", "the May
#: 22 hospital".
NOT_A_NAME = (
    r"(?!\s+(?:Movement|Group|Brigades?|Front|Alliance|Party|Revolution|Coalition|Forces|"
    r"Agreement|Accords?|Declaration|Square|Street|Bridge|Stadium|University|[Hh]ospital)\b)"
)

#: The day the report named last: "Hamas replied the same day", "later that day".
SAME_DAY = r"(?:[Tt]he\s+same\s+day|(?:[Ll]ater|[Ee]arlier)\s+that\s+day|[Tt]hat\s+same\s+day)"
#: The day after or before the one the report named last: "took effect the following day",
#: "The day before, …" (never "the day after the vote", which counts from the vote).
NEXT_DAY = r"(?:[Tt]he\s+(?:following|next)\s+day|[Aa]\s+day\s+later)"
DAY_BEFORE = (
    r"(?:[Tt]he\s+previous\s+day|[Aa]\s+day\s+earlier"
    r"|[Tt]he\s+day\s+before(?!\s+(?:the|a|an|its|his|her|their|[A-Z])\b))"
)
#: "two days ago", "a week ago", "three months ago": counted back from the report's day.
AGO = (
    r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:day|week|month|year)s?\s+ago"
)
#: "from 14 to 16 May", "May 14-16": a span of days, dated by its first.
SPAN_OPENS = r"(?:[Ff]rom\s+|[Bb]etween\s+)?"
DAY_SPAN = (
    rf"{SPAN_OPENS}\d{{1,2}}\s*(?:to|and|-|–)\s*\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?"
    rf"|{SPAN_OPENS}(?:{MONTHS})\s+\d{{1,2}}\s*(?:to|and|-|–)\s*\d{{1,2}}(?:,?\s+\d{{4}})?"
)
#: A weekday that a date follows names that date's day: "on Saturday, Nov. 9".
WEEKDAY_OF_A_DATE = re.compile(rf"^,?\s+(?:{MONTH}\s+\d|\d{{1,2}}\s+(?:{MONTHS}))")

#: A weekday in brackets after "today", "yesterday" or "tomorrow", as a paper glosses a quote:
#: the words before it, and the weekday after them.
GLOSSED = re.compile(r"(?P<word>(?i:today|tonight|yesterday|tomorrow))\s*\($")
SAYS_WHICH_DAY = re.compile(rf"^\s*\((?:{WEEKDAY_NAMES})\)")
#: What was planned: "were to pull back", never "was to have begun".
PLANNED = re.compile(r"\b(?:was|were)\s+to\s+(?!have\b)", re.IGNORECASE)
#: What follows a date opening a sentence that puts it ahead: ", the two sides will meet".
OPENS_WHAT_IS_TO_COME = re.compile(
    r"^[^,;]{0,20},\s+(?:(?!\b(?:said|says|told|announced|added|stated)\b)[^,;.]){0,80}?"
    r"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to)\b"
)
#: A day of the month by its ordinal: "the 24th", "the 3rd of".
ORDINAL_DAY = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+of)?"

#: Date words a report uses, longest first; each match is one expression to resolve. Names
#: are capitalised as English writes them, and a month alone needs "in" ("it may" is no May).
EXPRESSION = re.compile(
    rf"""(?:\b|(?<=\s))(?:
        {DAY_SPAN}                                                     # from 14 to 16 May
      | (?:[Oo]n\s+)?{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?{NOT_A_NAME}  # October 7
      | (?:[Oo]n\s+)?\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?          # (on) 7 October (2023)
      | (?:[Oo]n\s+)?{ORDINAL_DAY}\s+(?:{MONTHS})(?:,?\s+\d{{4}})?      # the 24th (of) December
      | (?:[Oo]n\s+)?\d{{1,2}}\s+{SHORT_MONTH_WORDS}\s+\d{{4}}           # (on) 13 Jan 2020
      | [Ii]n\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})(?:\s+\d{{4}})?  # in November (2023)
      | [Ss]ince\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})\b(?!\s+\d)   # since February
      | (?:{MONTHS})\s+\d{{4}}                                         # November 2023
      | (?:[Ii]n|[Ss]ince|[Bb]y(?:\s+the\s+end\s+of)?)\s+
        (?:(?:the\s+)?year\s+|early\s+|late\s+|mid-)?(?:19|20)\d\d\b
        (?!\s*(?:and|to|-|–)\s*(?:19|20)\d\d)                          # in 2019, by 2026
      | (?:[Ii]n|[Ff]rom)\s+(?:19|20)\d\d
        (?=\s*(?:and|to|-|–)\s*(?:19|20)\d\d\b)                          # in 1981 (and 1995)
      | (?:(?<=[Ii]n\s\d{{4}}\sand\s)|(?<=[Ff]rom\s\d{{4}}\sto\s)|(?<=[Ff]rom\s\d{{4}}[-–]))
        (?:19|20)\d\d\b                                                 # (in 1981 and) 1995
      | (?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?
        (?:19|20)\d\d(?=\s+[A-Za-z])                                    # a 2015 deal
      | (?:[Aa]n?|[Tt]he)\s+(?:{MONTHS})(?=\s+[a-z])                      # the November ceasefire
      | (?:[Ll]ast|[Nn]ext)\s+(?:{MONTHS})\b(?!\s+\d)                   # last October
      | (?:[Oo]n\s+)?{WEEKDAY}                                         # (on) late Monday
      | [Ll]ast\s+(?:week|month|year|night) | [Tt]his\s+(?:week|year) | [Yy]esterday
      | (?<!['’]s\s)[Tt]oday(?!\s+(?:programme|program|show|newspaper))   # not "Radio 4's Today"
      | (?:(?:[Ee]arly|[Ll]ate)\s+)?[Nn]ext\s+(?:week|month|year)      # early next year
      | (?:[Ll]ater|[Ee]arlier)\s+this\s+(?:week|month|year)
      | [Tt]his\s+month                                                 # later this month
      | (?:[Oo]ver|[Aa]t|[Tt]his|[Ll]ast)\s+(?:the\s+)?weekend              # Saturday, Sunday
      | [Tt]onight | [Tt]omorrow | [Ee]arlier\s+today | [Tt]his\s+(?:morning|afternoon|evening)
      | {SAME_DAY} | {NEXT_DAY} | {DAY_BEFORE} | {AGO}
    )\b""",
    re.VERBOSE,
)

#: Words that put what follows in doubt: a date after "could" or "may", or in a condition
#: ("if service is not restored by Tuesday"), is no date to record ("may" in lower case
#: only: "May 20" is a month).
IN_DOUBT = re.compile(r"\b(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Ii]f|[Uu]nless)\b")
#: Words that look ahead from the report's day: a weekday after them is the next such day.
AHEAD = re.compile(
    # Never the noun: "signals the start of the ceasefire signed … on Wednesday".
    r"\b(?:will|shall|(?<!\bthe\s)start(?:s|ing)?|begin(?:s|ning)?|takes?\s+effect|"
    r"(?:comes?|goes|enters?|go|come|enter)\s+(?:\w+\s+)?into|due|(?:is|are)\s+to|set\s+to|"
    # "this coming Thursday": "coming" just before the date (never "troops coming from …").
    r"expected|scheduled|planned|plans?\s+to|expires?|upcoming|coming(?=\s*$)|next|tomorrow|"
    # "a truce to happen on Friday": what is to take place.
    r"to\s+(?:happen|take\s+place)|"
    # "a ceasefire with effect from December 30", "effective from Monday".
    r"with\s+effect\s+from|effective\s+(?:from|as\s+of)|"
    # "was extended to 30 November": a truce's new end.
    r"(?:extended|prolonged|renewed)\s+(?:[\w-]+\s+){0,6}?(?:to|until|till|through)(?=\s*$)|"
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
    r"\b(?:had(?!\s+until\b)|was|were|lasted|held|remained|stayed|kept)\b", re.IGNORECASE
)
#: The past perfect: "had said", "had opened fire", "had been shelling".
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:not\s+|already\s+|earlier\s+)?(?:been\s+)?[a-z]+(?:ed|en|id|ne|un|ot)\b"
)
#: Words of what is still to come, in the report's own time: "will", "is due to".
STILL_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are)\s+to)\b", re.I
)
#: What ends a clause: a comma (not a number's, "10,000"), a semicolon, a stop (not a time
#: of day's, "6 a.m.").
#: (Nor the stop of an abbreviation: "arrive back in the U.S. early Thursday", "Gen. Cedras".)
CLAUSE_MARK = re.compile(
    r"(?<!\d),|,(?!\d)|;|(?<!\b[ap]\.m)(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bLt)(?<!\bGen)"
    r"(?<!\bCol)(?<!\bSen)(?<!\bGov)(?<!\bMrs)\.(?=\s)"
)
#: Words that look ahead only as a start: "starting at 11:45pm on Thursday".
STARTING = re.compile(r"start(?:s|ing)?|begin(?:s|ning)?", re.IGNORECASE)
#: "had been due to expire on Sunday": to come as seen from before; the day has passed.
WAS_TO_COME = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?been\s+(?:due|set|scheduled|expected|planned)\b", re.I
)
#: "Sept. 23 last year", "on 7 February in 2023": the year of the day just named, not a date
#: of its own.
ITS_YEAR = re.compile(
    r"^\s*(?:(?P<which>last|this)\s+year|in\s+(?P<year>(?:19|20)\d\d))$", re.IGNORECASE
)
#: A time of day in a named time zone: "21:00 GMT", "2200 UTC", "3 p.m. EST".
TIME_ZONE = re.compile(r"\b(?:GMT|UTC|[ECMP][SD]T|CET|CEST|EET|EEST)\b")
#: A fortnight: a month and day this close ahead of the dateline is this year's.
NEAR_AHEAD = datetime.timedelta(days=14)
#: A month named alone this many months after the dateline's is this year's.
NEAR_AHEAD_MONTHS = 2

#: dateparser's periods and ours.
PRECISIONS = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
}
MONTH_NUMBERS = {name[:3].lower(): n for n, name in enumerate(MONTHS.split("|"), start=1)}
DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "earlier today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
}


@dataclass(frozen=True)
class DatedWords:
    """A date a passage gives, with the words it was read from."""

    date: ApproximateDate
    words: str
    #: Where the words are in the text read.
    start: int = 0
    end: int = 0


def undated(published_on):
    """A fact the report does not date: no later than the report, no day of its own."""
    return ApproximateDate(published_on, DatePrecision.ON_OR_BEFORE)


def dates_in(text, published_on, last_day=None):
    """Every date ``text`` gives, in order, resolved against ``published_on``: forward after
    words that look ahead within its clause, left out after "could", "may", …; "the same
    day" is ``last_day``, the day the report named last (none if it named none)."""
    found = []
    for match in EXPRESSION.finditer(text):
        clause = text[_clause_start(text, match.start()) : match.start()]
        # "may remain in their posts until Oct. 15": a deadline's day, however doubtful what
        # is to be done by it; never a condition's ("If power is not restored by Tuesday").
        by_then = DEADLINE.search(clause) or re.match(r"[Bb]y\s", match.group(0))
        deadline = by_then and not re.search(r"\b(?:[Ii]f|[Uu]nless)\b", clause)
        doubtful = IN_DOUBT.search(clause) and not deadline
        if doubtful or _in_another_time_zone(text, match):
            continue
        if WEEKDAY_OF_A_DATE.match(text[match.end() :]) and re.search(
            WEEKDAY_NAMES, match.group(0)
        ):
            continue  # the date after it says the day
        if SAYS_WHICH_DAY.match(text[match.end() :]) and GLOSSED.match(f"{match.group(0)} ("):
            continue  # "today (Saturday)": the weekday in brackets says which day, for the speaker
        days = [dated.date for dated in found if dated.date.precision == DatePrecision.DAY]
        before = days[-1] if days else last_day
        vague = (
            VAGUE_AGO.search(text[: match.start()]) if re.fullmatch(AGO, match.group(0)) else None
        )
        if vague and not vague["before"]:
            continue  # "nearly five years ago": no date it could be recorded as
        if vague:
            date = _before_ago(match.group(0), published_on)
        elif re.fullmatch(SAME_DAY, match.group(0)):
            date = before
        elif re.fullmatch(f"{NEXT_DAY}|{DAY_BEFORE}", match.group(0)):
            date = _next_to(before, 1 if re.fullmatch(NEXT_DAY, match.group(0)) else -1)
        else:
            rest = text[: match.start()] + text[match.end() :]
            # "from 1 September to 30 November 2004": a span's last day, with its year, may be
            # ahead.
            ends = SPAN_ENDS.search(text[: match.start()]) and re.search(r"\d{4}", match.group(0))
            # "On 1 February, the two sides will meet": a date that opens the sentence is when
            # its main clause's time to come is.
            opening = text[: match.start()].count(",") == 0 and OPENS_WHAT_IS_TO_COME.match(
                text[match.end() :]
            )
            ahead = looks_ahead(clause, rest) or bool(ends) or bool(opening)
            if glossed := GLOSSED.search(text[: match.start()]):
                # "today (Saturday)": the day the speaker spoke of has come, unless "tomorrow".
                ahead = glossed["word"].lower() == "tomorrow"
            # "were to be escorted out early Thursday": a plan's weekday, seen from the report's
            # week, is still to come (a plan's month and day may have passed: "were to be freed
            # by Jan. 19").
            ahead = ahead or bool(PLANNED.search(clause) and re.search(WEEKDAY_NAMES, match[0]))
            if ahead and _only_a_start(clause) and re.search(MONTH, match.group(0)):
                # "After ten days of talks, beginning on October 1": a start by its date is
                # the nearest such date, not next year's.
                ahead = False
            date = resolve(match.group(0), published_on, ahead=ahead)
            if days and date is not None and by_then:
                date = _after(date, days[-1], match.group(0))
        if found and (its_year := ITS_YEAR.match(text[found[-1].end : match.end()])):
            found[-1] = _in_the_year(found[-1], its_year, published_on)
        elif date is not None:
            found.append(DatedWords(date, match.group(0), match.start(), match.end()))
    return _spans_start_before_they_end(found, text, published_on)


#: Between a span's first day and its last: "from April 2 to April 22", "between Monday and
#: Friday" (never a list of days: "on Monday and Friday").
SPAN_TO = re.compile(rf"\s*(?:to|until|till|through|and|-|–)\s*{AT_A_TIME}(?:on\s+)?", re.I)
SPAN_FROM = re.compile(
    rf"\b(?:(?P<from>from)|between)\s+(?:(?:early|late)\s+)?{AT_A_TIME}(?:on\s+)?$", re.I
)


#: The words before a span's last day: "from 1 September to ".
SPAN_ENDS = re.compile(r"\bfrom\s+[^,.;]{1,40}?\s+(?:to|until|till|through)\s+$", re.I)


def _spans_start_before_they_end(found, text, published_on):
    """``found``, with a span's days in order: a first day read ahead past its last ("from
    April 2 to April 22" in a report of April 3) is the one before the last; a last weekday
    before the first ("from Monday to Friday", told on a Thursday) is the one after it."""
    for first, (start, end) in enumerate(itertools.pairwise(found)):
        opened = SPAN_FROM.search(text[: start.start])
        joined = SPAN_TO.fullmatch(text[start.end : end.start])
        if not opened or not joined or (opened["from"] and joined.group(0).strip() == "and"):
            continue
        if start.date.date <= end.date.date:
            continue
        if re.search(MONTH, start.words):
            earlier = resolve(start.words, published_on, ahead=False)
            later = _in_year(end.date.date, end.date.date.year + 1)
            if earlier is not None and earlier.date <= end.date.date:
                found[first] = DatedWords(earlier, start.words, start.start, start.end)
            elif re.search(MONTH, end.words) and later and start.date.date <= later:
                # "from 1 September to 30 November" told on 3 September: this November's.
                found[first + 1] = DatedWords(
                    ApproximateDate(later, end.date.precision), end.words, end.start, end.end
                )
        elif end.date.precision == DatePrecision.DAY:
            later = ApproximateDate(end.date.date + datetime.timedelta(weeks=1), DatePrecision.DAY)
            found[first + 1] = DatedWords(later, end.words, end.start, end.end)
    return found


def _after(date, day, words):
    """A deadline's weekday set on ``day`` ("announced Saturday that the talks had been
    adjourned until Wednesday"): the first such weekday after it, never one before."""
    if not re.search(WEEKDAY_NAMES, words) or date.date >= day.date:
        return date
    later = date.date + datetime.timedelta(weeks=(day.date - date.date).days // 7 + 1)
    return ApproximateDate(later, date.precision)


def _next_to(day, offset):
    """The day ``offset`` days from ``day`` (a day named before), None if none was."""
    if day is None or day.precision != DatePrecision.DAY:
        return None
    return ApproximateDate(day.date + datetime.timedelta(days=offset), DatePrecision.DAY)


def _in_another_time_zone(text, match):
    """Whether ``match`` restates a moment in another time zone, in brackets: "from 01:00
    local time (21:00 GMT Monday)" names no day of its own."""
    opened = text.rfind("(", 0, match.start())
    if opened == -1 or ")" in text[opened : match.start()]:
        return False
    closed = text.find(")", match.end())
    inside = text[opened : closed if closed != -1 else match.end()]
    return TIME_ZONE.search(inside) is not None


def _in_the_year(dated, its_year, published_on):
    """``dated`` (a day or a month) in the year "last year", "this year" or "in 2023" names."""
    if its_year["year"]:
        year = int(its_year["year"])
    else:
        year = published_on.year - (its_year["which"].lower() == "last")
    if dated.date.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
        return dated
    day = ApproximateDate(dated.date.date.replace(year=year), dated.date.precision)
    return DatedWords(day, dated.words, dated.start, dated.end)


def _clause_start(text, position):
    """Where the clause holding ``position`` starts: after the last comma, semicolon or stop
    (not the stop of a time of day: "from 6 a.m. Sunday")."""
    marks = [found.end() for found in CLAUSE_MARK.finditer(text, 0, position)]
    return marks[-1] if marks else 0


def _only_a_start(clause):
    """Whether the only words of ``clause`` that look ahead tell a start ("beginning on"),
    never one still to be made ("to start pulling out its troops on May 15")."""
    found = list(AHEAD.finditer(clause))
    return bool(found) and all(
        STARTING.fullmatch(ahead.group(0))
        and not re.search(r"\b(?:to|will|would|shall)\s+$", clause[: ahead.start()])
        for ahead in found
    )


def looks_ahead(clause, sentence=""):
    """Whether ``clause`` (the words before a date) speaks of what is still to come; a
    deadline or a start ("until Friday", "starting on Thursday") in a ``sentence`` told in the
    past perfect ("had said", "had opened fire") has passed."""
    if WAS_TO_COME.search(clause):
        return False
    told_as_past = bool(PAST_PERFECT.search(sentence)) and not STILL_TO_COME.search(sentence)
    if DEADLINE.search(clause) and not PAST_SPAN.search(clause):
        return not told_as_past
    ahead = AHEAD.search(clause)
    if ahead is not None and STARTING.fullmatch(ahead.group(0)) and told_as_past:
        return False
    return ahead is not None


def resolve(words, published_on, ahead=False):
    """The date ``words`` name, seen from a report of ``published_on``; None if none. With
    ``ahead``, the words speak of what is to come: a weekday, a month or a day is the next."""
    phrase = re.sub(r"^(on|in)\s+(early\s+|late\s+|mid-)?", "", words.strip(), flags=re.I).lower()
    phrase = re.sub(r"^(late|early)\s+on\s+", r"\1 ", phrase)  # "late on Monday"
    # "the 3rd of March", "December 24th": the day's number alone.
    phrase = re.sub(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+of)?\s+", r"\1 ", phrase)
    phrase = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", phrase)
    if phrase not in DAY_OFFSETS:
        phrase = re.sub(r"\s+(morning|afternoon|evening|night)$", "", phrase)
    if phrase in DAY_OFFSETS or phrase == "tomorrow":
        offset = 1 if phrase == "tomorrow" else DAY_OFFSETS[phrase]
        return ApproximateDate(published_on + datetime.timedelta(days=offset), DatePrecision.DAY)
    weekday = re.fullmatch(r"(?:(late|early|this|next|last)\s+)?(\w+day)", phrase)
    if weekday and weekday[2] in WEEKDAYS:
        return _weekday(weekday[2], weekday[1], published_on, ahead)
    if phrase in ("this week", "later this week", "earlier this week"):
        return ApproximateDate.week_of(published_on)
    if phrase in ("this month", "later this month", "earlier this month"):
        return ApproximateDate.containing(published_on, DatePrecision.MONTH)
    phrase = re.sub(r"^(?:early|late)\s+(?=next\s)", "", phrase)  # "early next year"
    if phrase == "next week":
        return ApproximateDate.week_of(published_on + datetime.timedelta(weeks=1))
    if phrase == "next year":
        return ApproximateDate(datetime.date(published_on.year + 1, 1, 1), DatePrecision.YEAR)
    if phrase == "next month":
        return _month(published_on.month % 12 + 1, published_on, ahead=True, strictly=True)
    if phrase in ("this year", "later this year", "earlier this year"):
        return ApproximateDate.containing(published_on, DatePrecision.YEAR)
    if phrase.endswith("weekend"):
        # "this weekend" is the report's own week's, whatever the words around it.
        ahead = ahead or phrase.startswith("this")
        return _weekend(published_on, ahead, last=phrase.startswith("last"))
    if phrase == "last week":
        return ApproximateDate.week_of(published_on - datetime.timedelta(weeks=1))
    if month := re.fullmatch(rf"since\s+(?:early\s+|late\s+|mid-)?({MONTHS.lower()})", phrase):
        # "since February": the last February begun by the report's day, never one ahead.
        number = MONTH_NUMBERS[month[1][:3]]
        year = published_on.year - (number > published_on.month)
        return ApproximateDate(datetime.date(year, number, 1), DatePrecision.MONTH)
    if month := re.fullmatch(rf"(last|next)\s+({MONTHS.lower()})", phrase):
        return _month(MONTH_NUMBERS[month[2][:3]], published_on, month[1] == "next", strictly=True)
    phrase = re.sub(r"^(since\s+|by\s+)?(?:the\s+)?year\s+(?=\d{4}$)", r"\1", phrase)
    phrase = re.sub(r"^(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?=\d{4}$)", "", phrase)
    phrase = re.sub(rf"^(?:an?|the)\s+(?=(?:{MONTHS.lower()})$)", "", phrase)
    if year := re.fullmatch(r"(?:since|by(?:\s+the\s+end\s+of)?)\s+(\d{4})|(\d{4})", phrase):
        return ApproximateDate.containing(
            datetime.date(int(year[1] or year[2]), 1, 1), DatePrecision.YEAR
        )
    if ago := AGO_PARTS.fullmatch(phrase):
        return _ago(ago[1], ago[2], published_on)
    if span := re.fullmatch(
        r"(?:from\s+|between\s+)?(\d+)\s*(?:to|and|-|–)\s*\d+\s+([a-z]+)(\s+\d{4})?", phrase
    ):
        phrase = f"{span[2]} {span[1]}{span[3] or ''}"  # its first day
    elif span := re.fullmatch(
        r"(?:from\s+|between\s+)?([a-z]+)\s+(\d+)\s*(?:to|and|-|–)\s*\d+(,?\s+\d{4})?", phrase
    ):
        phrase = f"{span[1]} {span[2]}{span[3] or ''}"
    if month_day := _month_day(phrase):
        return _day_of_month(*month_day, published_on, ahead)
    if phrase in MONTHS.lower().split("|"):
        return _month(MONTH_NUMBERS[phrase[:3]], published_on, ahead)
    return _parsed(phrase, published_on, ahead)


#: Words that make "two years ago" no point in time: "more than two years ago" is on or before
#: it (``before``); "nearly", "about" two years ago could fall either side of it.
VAGUE_AGO = re.compile(
    r"\b(?:(?P<before>more\s+than|over|at\s+least)|nearly|almost|less\s+than|under|about"
    r"|around|some|roughly|approximately)\s+$",
    re.IGNORECASE,
)


#: "two years ago", read in lower case: (amount, unit).
AGO_PARTS = re.compile(r"(\w+)\s+(day|week|month|year)s?\s+ago")


def _before_ago(words, published_on):
    """ "(more than) two years ago": on or before the day two years before the report."""
    amount, unit = AGO_PARTS.fullmatch(words.lower()).groups()
    return ApproximateDate(_counted_back(amount, unit, published_on), DatePrecision.ON_OR_BEFORE)


def _ago(amount, unit, published_on):
    """ "two days ago": that day; "a week ago", "three months ago": the week, month or year
    it falls in, no more precisely."""
    day = _counted_back(amount, unit, published_on)
    if unit == "day":
        return ApproximateDate(day, DatePrecision.DAY)
    return ApproximateDate.containing(day, PRECISIONS[unit])


def _counted_back(amount, unit, published_on):
    """The day ``amount`` ``unit``s before the report: months and years back land on its day
    of the month, or on the month's last day when it has fewer."""
    count = 1 if amount in ("a", "an", "one") else value_of(amount)
    if unit in ("day", "week"):
        return published_on - datetime.timedelta(days=count * (7 if unit == "week" else 1))
    back = count * (12 if unit == "year" else 1)
    year, month = divmod(published_on.year * 12 + published_on.month - 1 - back, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(published_on.day, last))


def _weekend(published_on, ahead, last=False):
    """The week of the weekend the words name: the report's own week's when it looks ahead
    or the report is dated on that weekend ("over the weekend"), else the week before's;
    "last weekend" is always the week before's."""
    monday = published_on - datetime.timedelta(days=published_on.weekday())
    if last or not (ahead or published_on.weekday() >= 5):
        monday -= datetime.timedelta(weeks=1)
    return ApproximateDate.week_of(monday)


def _weekday(name, which, published_on, ahead):
    """The weekday ``name`` seen from ``published_on``: "last Friday" is before the day, "next
    Friday" and "this Friday", or any words that look ahead, on or after it."""
    if which in ("next", "this") or (ahead and which != "last"):
        forward = (WEEKDAYS.index(name) - published_on.weekday()) % 7
        if which == "next" and forward == 0:
            forward = 7
        return ApproximateDate(published_on + datetime.timedelta(days=forward), DatePrecision.DAY)
    back = (published_on.weekday() - WEEKDAYS.index(name)) % 7
    if which == "last" and back == 0:
        back = 7
    return ApproximateDate(published_on - datetime.timedelta(days=back), DatePrecision.DAY)


def _month_day(phrase):
    """(month, day, year or None) for "october 7, 2023", "oct. 7", "7 october 2023"."""
    found = re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?", phrase) or re.fullmatch(
        r"(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?", phrase
    )
    if found is None:
        return None
    month, day = (found[1], found[2]) if found[1].isalpha() else (found[2], found[1])
    if month[:3] not in MONTH_NUMBERS:
        return None
    if month[:4] != "sept" and len(month) > 3 and month not in MONTHS.lower().split("|"):
        return None
    return MONTH_NUMBERS[month[:3]], int(day), int(found[3]) if found[3] else None


def _day_of_month(month, day, year, published_on, ahead):
    """The day of ``month`` in ``year``, or with no year the one nearest the dateline: last
    year's if this year's is more than a fortnight ahead, next year's if it looks ahead and
    this year's has passed."""
    try:
        if year is not None:
            date = datetime.date(year, month, day)
            return _on_or_before(date, published_on, ahead, DatePrecision.DAY)
        date = datetime.date(published_on.year, month, day)
    except ValueError:
        return None  # "February 30": no day
    if ahead and date < published_on:
        date = _in_year(date, published_on.year + 1)
    elif not ahead and date > published_on + NEAR_AHEAD:
        date = _in_year(date, published_on.year - 1)
    return ApproximateDate(date, DatePrecision.DAY) if date else None


def _in_year(date, year):
    try:
        return date.replace(year=year)
    except ValueError:
        return None  # 29 February


def _month(month, published_on, ahead, strictly=False):
    """A month named alone: the latest on or before the dateline's, or with ``ahead`` the
    next on or after it; ``strictly`` ("last October", "next May"), never the dateline's."""
    year = published_on.year
    # "peace talks in October" in a September report: a month just ahead is this year's.
    near_ahead = not strictly and 0 < month - published_on.month <= NEAR_AHEAD_MONTHS
    if ahead and (month < published_on.month or (strictly and month == published_on.month)):
        year += 1
    elif (
        not ahead
        and not near_ahead
        and (month > published_on.month or (strictly and month == published_on.month))
    ):
        year -= 1
    return ApproximateDate(datetime.date(year, month, 1), DatePrecision.MONTH)


def _on_or_before(date, published_on, ahead, precision):
    """``date``, unless it is more than a fortnight after the dateline and the words do not
    look ahead: a report dates what has happened, and a later day in past words is a
    misreading."""
    if date > published_on + NEAR_AHEAD and not ahead:
        return None
    return ApproximateDate.containing(date, precision)


def _parsed(phrase, published_on, ahead):
    noon = datetime.datetime.combine(published_on, datetime.time(12))
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": noon,
            "PREFER_DATES_FROM": "future" if ahead else "past",
            "RETURN_TIME_AS_PERIOD": True,
            "STRICT_PARSING": False,
        },
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None or data.period not in PRECISIONS:
        return None
    return _on_or_before(data.date_obj.date(), published_on, ahead, PRECISIONS[data.period])
