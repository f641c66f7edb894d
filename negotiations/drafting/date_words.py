"""What date words name, seen from the day a report was written: "last Tuesday", "May 22",
"next month", "two years ago" resolved to a date at the precision the words carry (the rules
are in ``dates``, which finds the words in a report and says whether they look ahead)."""

import calendar
import datetime
import re

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

#: A month and day this close ahead of the dateline is this year's: a day weeks ahead ("the
#: conference on May 12" in a report of 25 April) is nearer than the one eleven months back.
NEAR_AHEAD = datetime.timedelta(days=31)
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
        # "this weekend" is the report's own week's, whatever the words around it; on a
        # Monday, the weekend just gone, unless the words look ahead.
        ahead = ahead or (phrase.startswith("this") and published_on.weekday() != 0)
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
        r"(?:from\s+|between\s+)?(?:the\s+)?(\d+)\s*(?:to|and|-|–)\s*(?:the\s+)?\d+(?:\s+of)?"
        r"\s+([a-z]+)"
        r",?(\s+\d{4})?",
        phrase,
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
    if either := re.fullmatch(r"([a-z]+) or ([a-z]+)", phrase):
        return _either_month(either[1], either[2], published_on, ahead)
    return _parsed(phrase, published_on, ahead)


def _either_month(first, second, published_on, ahead):
    """ "In February or March": a day between the first's start and the second's end."""
    start = _month(MONTH_NUMBERS[first[:3]], published_on, ahead).date
    end = _month(MONTH_NUMBERS[second[:3]], published_on, ahead).date
    if end < start:
        end = end.replace(year=end.year + 1)  # "in December or January"
    return ApproximateDate(month_end(end), DatePrecision.ON_OR_BEFORE, earliest=start)


def month_end(day):
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


#: "two years ago", read in lower case: (amount, unit).
AGO_PARTS = re.compile(r"(\w+)\s+(day|week|month|year)s?\s+ago")


def before_ago(words, published_on):
    """ "(more than) two years ago": on or before the day two years before the report."""
    amount, unit = AGO_PARTS.fullmatch(words.lower()).groups()
    return ApproximateDate(_counted_back(amount, unit, published_on), DatePrecision.ON_OR_BEFORE)


def this_day_ago(words, published_on):
    """ "(this day) 21 years ago": that very day, so many years, months or weeks before."""
    amount, unit = AGO_PARTS.fullmatch(words.lower()).groups()
    return ApproximateDate(_counted_back(amount, unit, published_on), DatePrecision.DAY)


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
    year's if this year's is more than a month ahead, next year's if it looks ahead and
    this year's has passed."""
    try:
        if year is not None:
            date = datetime.date(year, month, day)
            return _on_or_before(date, published_on, ahead, DatePrecision.DAY)
        date = datetime.date(published_on.year, month, day)
    except ValueError:
        return None  # "February 30": no day
    if ahead and date < published_on:
        date = in_year(date, published_on.year + 1)
    elif not ahead and date > published_on + NEAR_AHEAD:
        date = in_year(date, published_on.year - 1)
    return ApproximateDate(date, DatePrecision.DAY) if date else None


def in_year(date, year):
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
    """``date``, unless it is more than a month after the dateline and the words do not
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


#: A month and day this recently passed is this year's even after words that look ahead.
RECENTLY_PASSED = datetime.timedelta(days=92)


def yesterdays_weekday(words, published_on):
    """Whether ``words`` name, with no "next" or "last", the weekday of the day before the
    report's."""
    weekday = re.fullmatch(
        rf"(?:[Oo]n\s+)?(?:(?:[Ll]ate|[Ee]arly|[Tt]his)\s+)?({WEEKDAY_NAMES})\b.*", words
    )
    return (
        weekday is not None
        and WEEKDAYS.index(weekday[1].lower()) == (published_on.weekday() - 1) % 7
    )


def passed_weeks_ago(words, published_on):
    """Whether ``words`` name a month and day, with no year, that passed at most three months
    before the dateline."""
    if not re.search(MONTH, words) or re.search(r"\d{4}", words):
        return False
    date = resolve(words, published_on)
    return (
        date is not None
        and date.precision == DatePrecision.DAY
        and published_on - RECENTLY_PASSED <= date.date < published_on
    )
