"""Dates in a report's words, resolved against its dateline at the precision the words carry.

dateparser reads month and day names; the rules it leaves to us are ours: a weekday is the
latest such day on or before the dateline (a report of Tuesday saying "on Tuesday" means
that day), "last week" is the week before the dateline's, by its Monday, and words that date
nothing leave a fact undated: on or before the dateline, never a day.
"""

import datetime
import re
from dataclasses import dataclass

from dateparser.date import DateDataParser

from ..fields import ApproximateDate, DatePrecision

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)

#: Date words a report uses, longest first; each match is one expression to resolve. Names
#: are capitalised as English writes them, and a month alone needs "in" ("it may" is no May).
EXPRESSION = re.compile(
    rf"""\b(?:
        (?:[Oo]n\s+)?(?:{MONTHS})\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?   # (on) October 7(, 2023)
      | (?:[Oo]n\s+)?\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?       # (on) 7 October (2023)
      | [Ii]n\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})(?:\s+\d{{4}})?  # in November (2023)
      | (?:{MONTHS})\s+\d{{4}}                                       # November 2023
      | (?:[Oo]n\s+)?(?:{WEEKDAY_NAMES})                              # (on) Monday
      | [Ll]ast\s+(?:week|month|year) | [Tt]his\s+week | [Yy]esterday | [Tt]oday
    )\b""",
    re.VERBOSE,
)

#: Words that put what follows in the future or in doubt: "talks will resume on Sunday" is
#: no past Sunday, and a report's future is no date to record.
NOT_YET = re.compile(
    r"\b(?:will|would|could|may|might|shall|expected\s+to|plans?\s+to|planned\s+to|"
    r"scheduled|due\s+to|set\s+to|next)\b",
    re.IGNORECASE,
)

#: dateparser's periods and ours.
PRECISIONS = {
    "day": DatePrecision.DAY,
    "week": DatePrecision.WEEK,
    "month": DatePrecision.MONTH,
    "year": DatePrecision.YEAR,
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


def dates_in(text, published_on):
    """Every date ``text`` gives of what has happened, in order, resolved against
    ``published_on``; a date after "will", "could", … within its clause is left out."""
    found = []
    for match in EXPRESSION.finditer(text):
        clause_start = max(text.rfind(mark, 0, match.start()) for mark in (",", ";", "."))
        if NOT_YET.search(text, clause_start + 1, match.start()):
            continue
        date = resolve(match.group(0), published_on)
        if date is not None:
            found.append(DatedWords(date, match.group(0), match.start(), match.end()))
    return found


def resolve(words, published_on):
    """The date ``words`` name, seen from a report of ``published_on``; None if none."""
    phrase = re.sub(r"^(on|in)\s+(early\s+|late\s+|mid-)?", "", words.strip(), flags=re.I).lower()
    if phrase in WEEKDAYS:
        back = (published_on.weekday() - WEEKDAYS.index(phrase)) % 7
        return ApproximateDate(published_on - datetime.timedelta(days=back), DatePrecision.DAY)
    if phrase in ("today", "yesterday"):
        back = 0 if phrase == "today" else 1
        return ApproximateDate(published_on - datetime.timedelta(days=back), DatePrecision.DAY)
    if phrase == "this week":
        return ApproximateDate.week_of(published_on)
    if phrase == "last week":
        return ApproximateDate.week_of(published_on - datetime.timedelta(weeks=1))
    noon = datetime.datetime.combine(published_on, datetime.time(12))
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": noon,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            "STRICT_PARSING": False,
        },
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None or data.period not in PRECISIONS:
        return None
    day, precision = data.date_obj.date(), PRECISIONS[data.period]
    if day > published_on:
        return None  # a report dates what has happened; a later day is a misreading
    return ApproximateDate.containing(day, precision)
