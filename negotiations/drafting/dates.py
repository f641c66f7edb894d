"""Dates in a report's words, resolved against its dateline at the precision the words carry.

Our rules: a weekday is the latest such day on or before the dateline (a report of Tuesday
saying "on Tuesday" means that day), unless the words around it look ahead ("takes effect on
Saturday", "is due to expire Tuesday", "will meet on Friday"), when it is the next such day
on or after the dateline; a month and day without a year ("on May 22") is in the year that
puts it nearest the dateline (a day more than a month ahead is last year's, unless the
words look ahead); a month named alone is the latest on or before the dateline's, or this
year's if at most two months ahead ("talks in October" in a September report); a deadline or
a start in a sentence told in the past perfect ("Until Friday, the government had said …")
has passed; "last week" is the week before the dateline's, by its Monday, "next week" the
week after it; words that date nothing leave a fact undated: on or before the dateline,
never a day. dateparser reads what is left ("last month", "last year").
"""

import datetime
import itertools
import re
from dataclasses import dataclass

from ..fields import ApproximateDate, DatePrecision
from .date_words import (
    MONTH,
    MONTHS,
    SHORT_MONTH_WORDS,
    WEEKDAY_NAMES,
    before_ago,
    in_year,
    month_end,
    passed_weeks_ago,
    resolve,
    this_day_ago,
    yesterdays_weekday,
)
from .time_to_come import (
    AT_A_TIME,
    DEADLINE,
    DONE_ON,
    OPENING_WORDS,
    OPENS_WHAT_IS_TO_COME,
    STILL_TO_COME,
    TO_COME_IN_THE_CLAUSE,
    looks_ahead,
    only_a_start,
)

#: "late Tuesday", "Tuesday morning", "this Saturday": the weekday with words that keep its day.
WEEKDAY = (
    rf"(?:(?:[Ll]ate|[Ee]arly|[Tt]his|[Nn]ext|[Ll]ast)\s+)?(?:{WEEKDAY_NAMES})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)

#: The nouns of a name a date may stand in: "the March 23 Movement", "the October 6 Bridge",
#: "the May 22 hospital".
NAME_NOUN = (
    r"(?:Movement|Group|Brigades?|Front|Alliance|Party|Revolution|Coalition|Forces|"
    r"Agreement|Accords?|Declaration|Square|Street|Bridge|Stadium|University|[Hh]ospital)\b"
)
#: A date that is part of a name: the name's noun just after it.
NOT_A_NAME = rf"(?!\s+{NAME_NOUN})"
#: A date in a name after "the", a word or two of the name between: "the October 8
#: Revolutionary Movement" (never "On March 2 Government Forces attacked …", no "the" before).
NAMED_AFTER_THE = re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{1,2}}{NAME_NOUN}")

#: What a "so-called" date names: a group ("the so-called October 22 splinter group"), never
#: a deal by its day ("the so-called 13 March agreement").
SO_CALLED_GROUP = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:group|movement|faction|cell|brigade|front|alliance)\b", re.IGNORECASE
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
    # "the 5th and 6th of September": two days by their ordinals.
    rf"|{SPAN_OPENS}(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s+(?:to|and)\s+(?:the\s+)?\d{{1,2}}"
    rf"(?:st|nd|rd|th)(?:\s+of)?\s+(?:{MONTHS})(?:,?\s+\d{{4}})?"
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
      | (?:[Oo]n\s+)?\d{{1,2}}\s+{SHORT_MONTH_WORDS}(?:\s+\d{{4}}|\b(?!\.))    # (on) 13 Jan (2020)
      | [Ii]n\s+(?:{MONTHS})\s+or\s+(?:{MONTHS})\b(?!\s+\d)             # in February or March
      | [Ii]n\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})
        (?!\s+\d{{1,2}},?\s+\d{{4}})                                   # not "in June 20, 2017"
        (?:\s+(?:of\s+)?\d{{4}}|,\s+(?:19|20)\d\d\b(?!\s+[a-z]))?          # in May (of) 1985
      | [Ss]ince\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})\b(?!\s+\d)   # since February
      | (?:{MONTHS})\s+(?:of\s+)?\d{{4}}                               # November (of) 2023
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

#: A relative clause in the simple past: "that began", "which was signed".
RELATIVE_IN_THE_PAST = re.compile(
    r"\b(?:that|which|who)\s+(?:was\s+|were\s+)?(?:[a-z]+ed|began|broke|came|went|took|met|held"
    r"|left|won|sent|gave|made|struck|fell|rose)\b"
)
#: Between a verb and the date it governs: phrases of place or agent only ("signed by Egypt in").
GOVERNED = re.compile(
    r"(?:\s+(?:by|to|with|from|in|on|at)\s+(?:the\s+)?[\w'’-]+)*\s*(?:in|on|at|since)?\s*"
)
#: Words that put what follows in doubt: a date after "could" or "may", or in a condition
#: ("if service is not restored by Tuesday"), is no date to record ("may" in lower case
#: only: "May 20" is a month).
IN_DOUBT = re.compile(r"\b(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Ii]f|[Uu]nless)\b")
#: What ends a clause: a comma (not a number's, "10,000"), a semicolon, a stop (not a time
#: of day's, "6 a.m.").
#: (Nor the stop of an abbreviation: "arrive back in the U.S. early Thursday", "Gen. Cedras".)
CLAUSE_MARK = re.compile(
    r"(?<!\d),|,(?!\d)|;|(?<!\b[ap]\.m)(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bLt)(?<!\bGen)"
    r"(?<!\bCol)(?<!\bSen)(?<!\bGov)(?<!\bMrs)\.(?=\s)"
)
#: "Sept. 23 last year", "September 18 of last year", "on 7 February in 2023": the year of the
#: day just named, not a date of its own.
ITS_YEAR = re.compile(
    r"^\s*(?:(?:of\s+)?(?P<which>last|this)\s+year|in\s+(?P<year>(?:19|20)\d\d))$", re.IGNORECASE
)
#: A time of day in a named time zone: "21:00 GMT", "2200 UTC", "3 p.m. EST".
TIME_ZONE = re.compile(r"\b(?:GMT|UTC|[ECMP][SD]T|CET|CEST|EET|EEST)\b")


#: Words that make "two years ago" no point in time: "more than two years ago" is on or before
#: it (``before``); "nearly", "about" two years ago could fall either side of it.
VAGUE_AGO = re.compile(
    r"\b(?:(?P<before>more\s+than|over|at\s+least)|nearly|almost|less\s+than|under|about"
    r"|around|some|roughly|approximately)\s+$",
    re.IGNORECASE,
)


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
        if re.search(r"\bthe\s+$", clause[-5:]) and NAMED_AFTER_THE.match(text, match.end()):
            continue  # "the October 8 Revolutionary Movement": a name, no date
        if re.search(r"\b[Ss]o-called\s+$", clause[-12:]) and SO_CALLED_GROUP.match(
            text, match.end()
        ):
            continue  # "the so-called October 22 splinter group": a name, no date
        if re.match(r"['’]s\b", text[match.end() :]):
            # "hit by Friday's earthquake": the day's event, its "by" no deadline's.
            clause = re.sub(r"\b(?:[Bb]y|until|till)\s+$", "", clause)
        # The rules below read only the clause's last 300 characters and the 300 after the
        # date: a long clause with no comma would make each date's reading as long as the text.
        tail = clause[-300:]
        following = re.match(r"[^,;.]*", text[match.end() : match.end() + 300]).group(0)
        opens = NEW_CLAUSE.search(tail)
        if opens is not None and not _a_list_of_days(tail[: opens.start()]):
            # "said a truce would follow … and late Tuesday the fighting abated": the date
            # opens a clause of its own, which the words before "and" do not govern (what
            # follows it may: "… and on Friday the rebels will disarm").
            clause = tail = tail[opens.start() :]
        # "may remain in their posts until Oct. 15": a deadline's day, however doubtful what
        # is to be done by it; never a condition's ("If power is not restored by Tuesday").
        by_then = DEADLINE.search(clause) or re.match(r"[Bb]y\s", match.group(0))
        deadline = by_then and not re.search(r"\b(?:[Ii]f|[Uu]nless)\b", clause)
        # "would review the truce announced on Monday": the day it was done, in no doubt.
        done = DONE_ON.search(tail[-120:]) is not None
        told_ahead = not done and _told_as_to_come(tail, following)
        # "it would halt a war that began in September, 1980": the relative clause tells a fact,
        # its verb the date's (never "if the delegation that walked out returns on Monday").
        # (read in the clause's last 300 characters, as the rules above: a verb further back
        # governs no date here)
        relative = list(RELATIVE_IN_THE_PAST.finditer(tail))
        its_verbs = relative and GOVERNED.fullmatch(tail[relative[-1].end() :])
        told = tail[relative[-1].end() :] if its_verbs else clause
        doubtful = IN_DOUBT.search(told) and not (deadline or told_ahead or done)
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
        ago = re.fullmatch(AGO, match.group(0)) is not None
        vague = VAGUE_AGO.search(text[: match.start()]) if ago else None
        if vague and not vague["before"]:
            continue  # "nearly five years ago": no date it could be recorded as
        if (
            ago
            and not match.group(0).endswith(("year ago", "years ago"))
            and AGO_THEN_THE_DAY.match(text, match.end())
        ):
            continue
        if vague:
            date = before_ago(match.group(0), published_on)
        elif re.fullmatch(SAME_DAY, match.group(0)):
            date = before
        elif re.fullmatch(f"{NEXT_DAY}|{DAY_BEFORE}", match.group(0)):
            date = _next_to(before, 1 if re.fullmatch(NEXT_DAY, match.group(0)) else -1)
        else:
            # The sentence around the date, for its tense (a past perfect, a "will").
            rest = (
                text[max(0, match.start() - 300) : match.start()]
                + text[match.end() : match.end() + 300]
            )
            # "from 1 September to 30 November 2004": a span's last day, with its year, may be
            # ahead.
            ends = SPAN_ENDS.search(text[: match.start()]) and re.search(r"\d{4}", match.group(0))
            # "On 1 February, the two sides will meet": a date that opens the sentence is when
            # its main clause's time to come is (never "Out of 20 soldiers seized in the raid
            # on February 14, 19 … will arrive", a date inside the subject).
            opening = OPENING_WORDS.fullmatch(
                text[: match.start()]
            ) and OPENS_WHAT_IS_TO_COME.match(text[match.end() :])
            looks = looks_ahead(tail, rest)
            ahead = looks or bool(ends) or bool(opening) or told_ahead
            ahead = ahead or bool(opens and STILL_TO_COME.search(following))
            if glossed := GLOSSED.search(text[: match.start()]):
                # "today (Saturday)": the day the speaker spoke of has come, unless "tomorrow".
                ahead = glossed["word"].lower() == "tomorrow"
            # "were to be escorted out early Thursday": a plan's weekday, seen from the report's
            # week, is still to come (a plan's month and day may have passed: "were to be freed
            # by Jan. 19").
            ahead = ahead or bool(PLANNED.search(clause) and re.search(WEEKDAY_NAMES, match[0]))
            if (
                found
                and re.search(MONTH, match[0])
                and LISTED_NEXT.fullmatch(text[found[-1].end : match.start()])
                and not re.match(r"['’]s\b", text[match.end() :])
            ):
                # "from 10 to 12 October and 13 to 15 November": ahead as the one before it
                # (never a clause of its own: "…, and on March 1 the two sides began").
                ahead = ahead or found[-1].date.date > published_on
            if (
                ahead
                and not (by_then or opening or STILL_TO_COME.search(tail))
                and passed_weeks_ago(match.group(0), published_on)
            ):
                # "has promised to commit attacks like the one on Oct. 7" in a report of 27
                # November: next year's would be ten months ahead; the time to come is
                # another verb's. A deadline, an opening date or a "will" keeps it ("should
                # leave by 7 January", "On 1 March, the two sides will meet", "The accord will
                # expire on February 20").
                ahead = False
            if (
                ahead
                and NAMES_A_DEADLINE.match(text, match.end())
                and ARTICLE_BEFORE.search(tail[-12:])
                and not DEADLINE_TO_MEET.search(tail[-40:])
            ):
                # "beyond the Sunday deadline", "failed to meet a Monday deadline": a deadline
                # named by its day is one the report looks back on (never "answer by the
                # Saturday deadline").
                ahead = False
            if ahead and re.search(MONTH, match.group(0)) and only_a_start(tail):
                # "After ten days of talks, beginning on October 1": a start by its date is
                # the nearest such date, not next year's.
                ahead = False
            if (
                ahead
                and not by_then
                and not opening
                and not TO_COME_IN_THE_CLAUSE.search(told)
                and yesterdays_weekday(match.group(0), published_on)
            ):
                # "agreed to a ceasefire starting at midnight on Monday" in a Tuesday's report:
                # six days ahead would be "next Monday"; in a clause told in the past only, the
                # weekday alone is the one just gone (never "On Monday, the two sides will sign",
                # "talks would resume on Monday", "are scheduled for Monday", "had until Monday").
                ahead = False
            said_on = _said_on(found, text) if told_ahead else None
            if said_on is not None and not looks:
                # "On Wednesday, the minister said the cease-fire would end Friday": to come
                # as seen from the day it was said, which may have passed by the report's.
                ahead = False
            date = resolve(match.group(0), published_on, ahead=ahead)
            if days and date is not None and by_then:
                date = _after(date, days[-1], match.group(0))
            elif date is not None and said_on is not None:
                date = _after(date, said_on, match.group(0))
            before_it = text[max(0, match.start() - 20) : match.start()]
            if date is not None and (
                LAST_BEFORE.search(before_it)
                or (AGO_BEFORE.search(before_it) and re.search(MONTH, match.group(0)))
            ):
                # "captured last April 4", "three months ago on March 23": the one passed
                date = _before(date, published_on)
        if (
            date is not None
            and ago
            and THIS_DAY.search(text[max(0, match.start() - 16) : match.start()])
        ):
            date = this_day_ago(match.group(0), published_on)
        if date is not None and THAT_YEAR.match(text, match.end()):
            # "lost in June that year": the year named before it, never the report's.
            date = _in_year_named(date, found)
        if found and (its_year := ITS_YEAR.match(text[found[-1].end : match.end()])):
            found[-1] = _in_the_year(found[-1], its_year, published_on)
        elif (
            date is not None
            and found
            and _year_then_its_month(found[-1], text, match)
            and (its_day := in_year(date.date, found[-1].date.date.year)) is not None
        ):
            # "Last year in May": the month of the year just named, one date, not two.
            day = ApproximateDate(its_day, date.precision)
            found[-1] = DatedWords(
                day, text[found[-1].start : match.end()], found[-1].start, match.end()
            )
        elif date is not None:
            found.append(DatedWords(date, match.group(0), match.start(), match.end()))
    return _either_of(_spans_start_before_they_end(found, text, published_on), text)


#: Between a date and the next of a list: "10 to 12 October and 13 to 15 November".
LISTED_NEXT = re.compile(r"\s*(?:,\s*|\s+(?:and|or)\s+)(?:from\s+|on\s+)?")
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
            later = in_year(end.date.date, end.date.date.year + 1)
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


def _either_of(found, text):
    """``found``, with two days or months joined by "or" as one date between the first's
    start and the second's end ("in February or March"): never the first alone."""
    merged = []
    for dated in found:
        before = merged[-1] if merged else None
        if (
            before is not None
            and re.fullmatch(r"\s+or\s+", text[before.end : dated.start])
            and before.date.precision == dated.date.precision
            and dated.date.precision in (DatePrecision.DAY, DatePrecision.MONTH)
            and before.date.date < dated.date.date
        ):
            last = dated.date.date
            if dated.date.precision == DatePrecision.MONTH:
                last = month_end(last)
            either = ApproximateDate(last, DatePrecision.ON_OR_BEFORE, earliest=before.date.date)
            merged[-1] = DatedWords(either, text[before.start : dated.end], before.start, dated.end)
        else:
            merged.append(dated)
    return merged


def _after(date, day, words):
    """A deadline's weekday set on ``day`` ("announced Saturday that the talks had been
    adjourned until Wednesday"): the first such weekday after it, never one before."""
    if not re.search(WEEKDAY_NAMES, words) or date.date >= day.date:
        return date
    later = date.date + datetime.timedelta(weeks=(day.date - date.date).days // 7 + 1)
    return ApproximateDate(later, date.precision)


def _said_on(found, text):
    """The day something was said on, if the day named last is it: one opening the sentence
    ("On Wednesday, the minister said …") or just after a verb of saying ("said on Sunday")."""
    days = [dated for dated in found if dated.date.precision == DatePrecision.DAY]
    if not days:
        return None
    last = days[-1]
    opening = (
        last.start < 40 and not text[: last.start].strip() and text[last.end :].startswith(",")
    )
    told = re.search(
        r"\b(?:said|says|told|announced|added|stated)\s+$",
        text[max(0, last.start - 40) : last.start],
    )
    return last.date if opening or told else None


#: "last" before a month and day: "captured in south Lebanon last April 4".
#: "Indonesia invaded East Timor this day 21 years ago": the very day, years back.
THIS_DAY = re.compile(r"\b(?:this|that)\s+(?:very\s+)?day\s+$", re.IGNORECASE)
LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
#: "three months ago on March 23": a month and day after a span back has passed.
AGO_BEFORE = re.compile(r"\bago\s+$", re.IGNORECASE)
#: "three months ago on March 23": the month and day say when, and a span back of days, weeks
#: or months only how long ago (a span of years names the year: "three years ago on February 24").
AGO_THEN_THE_DAY = re.compile(rf"\s+(?:on\s+)?(?:{MONTH}\s+\d|\d{{1,2}}\s+(?:{MONTHS}))")


def _before(date, published_on):
    """``date``, or the same day a year earlier when it is not before ``published_on``."""
    if date.precision != DatePrecision.DAY or date.date < published_on:
        return date
    earlier = in_year(date.date, date.date.year - 1)
    return ApproximateDate(earlier, DatePrecision.DAY) if earlier else date


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


#: What someone said is to come, in reported speech: "adding that he would be handed over",
#: "said the talks would resume"; a schedule after a doubt: "would affect talks due to open".
TOLD_AS_TO_COME = re.compile(
    r"\b(?:said|says|adding|added|told\s+\w+|announced|confirmed|stated)\s+(?:that\s+)?"
    # (never a doubt: "said it doubted the sides would meet a new deadline today")
    r"(?:(?:(?!\b(?:doubt|whether|unlikely|unsure|uncertain|fear))[^,;]){1,60}?\s)?would\s+(?!have\b)"
    r"|\b(?:would|could|may|might)\s+[^,;]{1,80}?\b(?:due|scheduled|set|expected)\s+to\s+"
)


#: A deadline named by a weekday: "the Sunday deadline", "its Saturday cease-fire deadline".
NAMES_A_DEADLINE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?deadline\b")
#: A deadline still to be met: "answer by the Saturday deadline".
DEADLINE_TO_MEET = re.compile(
    r"\b(?:by|before|until|till|ahead\s+of)\s+(?:the|a|its|their|his|her)\s+$", re.I
)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her)\s+$", re.IGNORECASE)


def _told_as_to_come(clause, after):
    """Whether ``clause``'s "would" is a future someone reported, or a doubt a schedule
    follows; never with "if" or "unless" in the clause (before the date or ``after`` it), nor a
    "may" or "could" after the "would"."""
    told = TOLD_AS_TO_COME.search(clause)
    rest = re.match(r"[^,;.]*", after).group(0)
    if told is None or re.search(r"\b(?:[Ii]f|[Uu]nless)\b", f"{clause} {rest}"):
        return False
    return not re.search(r"\b(?:may|might|could)\b", clause[told.end() :])


def _a_list_of_days(before):
    """Whether the words before an "and" end with a date or open a span: "on Saturday and
    Sunday", "between June 20 and July 5"."""
    return bool(
        re.search(rf"(?:{WEEKDAY_NAMES}|{MONTH}|\d)\W*$", before)
        or re.search(r"\bbetween\b[^,;]{0,30}$", before)
    )


#: A date that opens a clause joined by "and" or "but": "… and late Tuesday the fighting …".
NEW_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")


def _year_then_its_month(year, text, match):
    """Whether ``year`` (the date found last) is a year said just before ``match``, a month of
    it or a day of a month: "Last year in May", "In 2019, on March 3"."""
    return (
        year.date.precision == DatePrecision.YEAR
        and re.search(MONTH, match.group(0)) is not None
        and re.fullmatch(r"\s*,?\s*(?:in|on)?\s*", text[year.end : match.start()]) is not None
    )


#: "in June that year", "on 3 May of that year": a month of the year the text named before.
THAT_YEAR = re.compile(r"\s+(?:of\s+)?that\s+year\b", re.IGNORECASE)


def _in_year_named(date, found):
    """``date`` (a day or a month) in the year of the date found last that names one by its
    digits; None if none does (the year is not in the words read)."""
    named = [dated for dated in found if re.search(r"\b(?:19|20)\d\d\b", dated.words)]
    if not named or date.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
        return None
    day = in_year(date.date, named[-1].date.date.year)
    return ApproximateDate(day, date.precision) if day else None


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
    (not the stop of a time of day: "from 6 a.m. Sunday"), at most 1,000 characters back (a
    pasted page with no stop would make each date's clause as long as the text)."""
    window = max(0, position - 1000)
    marks = [found.end() for found in CLAUSE_MARK.finditer(text, window, position)]
    return marks[-1] if marks else window
