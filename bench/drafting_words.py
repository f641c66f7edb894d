"""Whether a report's words carry a drafted value: a count written in digits or number words,
a day stated or resolvable from a weekday or a relative word, a name or a place.

Deliberately independent of the drafter's own readers (``negotiations/drafting``): a value
the drafter reads wrongly must not be vouched for by the same reading."""

import calendar
import datetime
import re

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
UNITS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * value
    for value, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
    )
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALES |= {"bn": SCALES["billion"], "mn": SCALES["million"], "m": SCALES["million"]}
SCALES |= {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: A number in digits, with its scale in words or, after a currency, short ("$6bn", "€300m").
DIGITS = re.compile(
    r"(?P<currency>[$€£])?(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:[\s-]*(?P<scale>thousand|million|billion|lakhs?|crores?)\b|(?(currency)(?P<short>bn|mn|m)\b))?",
    re.I,
)


def numbers_in(text):
    """Every number the text writes, in digits ("1,200", "30 million", "$804-million") or in
    words ("Nine", "one hundred and eighty", "twenty-five", "a dozen", "two dozen", "half a
    million"), each part of a compound too ("30 million" also gives 30)."""
    found = set()
    for match in DIGITS.finditer(text):
        number = float(match["number"].replace(",", ""))
        found.add(round(number))
        if scale := match["scale"] or match["short"]:
            found.add(round(number * SCALES[scale.lower()]))
    words = re.findall(r"[a-z]+", text.lower())
    found |= {UNITS.get(word, TENS.get(word)) for word in words} - {None}
    found |= {12 for _ in re.finditer(r"\ba\s+dozen\b", text, re.I)}
    found |= {6 for _ in re.finditer(r"\bhalf\s+a\s+dozen\b", text, re.I)}
    # "a hundred", "a thousand", "half a million", "a quarter of a million"
    share = {"half": (1, 2), "a quarter of": (1, 4), "one quarter of": (1, 4)}
    share["three quarters of"] = (3, 4)
    for scaled in re.finditer(
        r"\b(half\s+|(?:a|one|three)\s+quarters?\s+of\s+)?a\s+"
        r"(hundred|thousand|million|billion|lakhs?|crores?)\b",
        text,
        re.I,
    ):
        times, parts = share.get(" ".join((scaled[1] or "").lower().split()), (1, 1))
        found.add(({"hundred": 100} | SCALES)[scaled[2].lower()] * times // parts)
    # "a half-million", "a half million", "some half-million refugees"
    for half in re.finditer(
        r"(?<!\band\s)\b(?:a\s+half[-\s]|half-)(thousand|million|billion)\b", text, re.I
    ):
        found.add(SCALES[half[1].lower()] // 2)
    for dozens in re.finditer(r"\b([a-z]+)\s+dozen\b", text, re.I):
        if dozens[1].lower() in UNITS:
            found.add(UNITS[dozens[1].lower()] * 12)
    return found | set(_compounds(words))


def _compounds(words):
    """The values of runs of number words: "one hundred and eighty" is 180."""
    total = current = 0
    in_run = False
    for word in [*words, "."]:
        if word in UNITS or word in TENS:
            current += UNITS.get(word, TENS.get(word))
        elif word == "hundred" and in_run:
            current = (current or 1) * 100
        elif word in SCALES and in_run:
            total, current = total + (current or 1) * SCALES[word], 0
        elif word == "and" and in_run:
            continue
        else:
            if in_run:
                yield total + current
            total = current = 0
            in_run = False
            continue
        in_run = True


def number_carried(number, text, numbers=None):
    """Whether ``number`` is one the text writes."""
    return number in (numbers if numbers is not None else numbers_in(text))


def span_carried(earliest, latest, text, published_on):
    """Whether the text's words give both ends of a span "between" two dates: two months
    ("in February or March") when it runs from a month's first day to another's last, else
    two days."""
    months = earliest.day == 1 and (latest + datetime.timedelta(days=1)).day == 1
    precision = (
        "month"
        if months and (earliest.month, earliest.year) != (latest.month, latest.year)
        else "day"
    )
    return all(day_carried(end, precision, text, published_on) for end in (earliest, latest))


def day_carried(date, precision, text, published_on):
    """Whether the text's words give ``date`` at ``precision``: a day by its month and day
    ("October 7", "7 Oct.", "2023-10-07"), by a weekday within a week of the report either
    way, or by "today", "this evening", "yesterday", "tomorrow"; a week by "last/this/next
    week" or a weekend next to the report's day; a month by its name or "last/this month";
    a year by its digits, "last/this year" or "N years ago"; "on or before" only the report's
    own day."""
    lower = text.lower()
    if precision == "on_or_before":
        return date == published_on or _more_than_ago(date, lower, published_on)
    if precision == "year":
        relative = {"last year": -1, "this year": 0, "next year": 1}
        if _ago(lower, "year", published_on.year - date.year):
            return True
        return str(date.year) in text or any(
            words in lower and date.year == published_on.year + step
            for words, step in relative.items()
        )
    if precision == "month":
        if _ago(lower, "month", -_months_between(published_on, date)):
            return True
        relative = {"last month": -1, "this month": 0, "next month": 1}
        return _month_named(date.month, lower) or any(
            words in lower and _months_between(published_on, date) == step
            for words, step in relative.items()
        )
    if precision == "week":
        monday = published_on - datetime.timedelta(days=published_on.weekday())
        if _ago(
            lower, "week", (monday - (date - datetime.timedelta(days=date.weekday()))).days // 7
        ):
            return True
        relative = {"last week": -7, "this week": 0, "next week": 7}
        # A weekend ("over the weekend", "last weekend") is one of the two nearest the report:
        # the week of the Saturday before it or of the next (on a weekend, of this one).
        return any(
            words in lower and date == monday + datetime.timedelta(days=step)
            for words, step in relative.items()
        ) or ("weekend" in lower and (date - monday).days in (-7, 0))
    return (
        _day_named(date, lower)
        or _this_day_years_ago(date, lower, published_on)
        or any(
            _day_relative(date, lower, day) or _next_to_a_day_named(date, lower, day)
            for day in _days_written(lower, published_on)
        )
    )


def _this_day_years_ago(date, lower, published_on):
    """Whether the text says "this day N years ago" of the report's own day N years back."""
    years = published_on.year - date.year
    if years < 1 or (date.month, date.day) != (published_on.month, published_on.day):
        return False
    count = _count_words(years)
    return (
        re.search(rf"\b(?:this|that)\s+(?:very\s+)?day,?\s+(?:{count})\s+years?\s+ago\b", lower)
        is not None
    )


#: How far into the text a dateline's day stands (after an archive's notes on its OCR, say),
#: and how many days before publication it may be: an old paper prints the wire's day ("NEW
#: YORK, Feb. 12." in the paper of 13 February), from which "last night" and "tomorrow" count.
DATELINE_REACH, FILED_BEFORE = 800, 3


def _days_written(lower, published_on):
    """The days the report's own words may count from: its publication, and a day its opening
    names a few days before that (the dateline's)."""
    yield published_on
    for back in range(1, FILED_BEFORE + 1):
        day = published_on - datetime.timedelta(days=back)
        if _day_named(day, lower[:DATELINE_REACH]):
            yield day


def _month_pattern(month):
    name = MONTHS[month - 1]
    # Agencies shorten September to "Sept." as well as "Sep."
    short = "sept?" if name == "september" else name[:3]
    return rf"\b(?:{name}|{short}\.?)"


def _month_named(month, lower):
    return re.search(_month_pattern(month) + r"(?![a-z])", lower) is not None


def _months_between(earlier, later):
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _day_named(date, lower):
    month, day = _month_pattern(date.month), rf"0?{date.day}(?:st|nd|rd|th)?"
    return any(
        re.search(pattern, lower)
        for pattern in (
            rf"{month}\s+{day}\b",
            rf"\b{day}\s+(?:of\s+)?{month}(?![a-z])",
            # The first day of a span: "from 14 to 16 May".
            rf"\b{day}\s*(?:to|and|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?![a-z])",
            rf"\b{date.isoformat()}\b",
            rf"\b0?{date.day}[/.-]0?{date.month}[/.-](?:{date.year}|{date.year % 100:02d})\b",
        )
    )


def _day_relative(date, lower, published_on):
    step = (date - published_on).days
    if abs(step) <= 7 and re.search(rf"\b{WEEKDAYS[date.weekday()]}\b", lower):
        return True
    relative = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
    relative |= {f"this {part}": 0 for part in ("morning", "afternoon", "evening")}
    if _ago(lower, "day", -step):
        return True
    return any(re.search(rf"\b{words}\b", lower) and step == s for words, s in relative.items())


def _ago(lower, unit, count):
    """Whether the text says ``count`` ``unit``s ago ("two days ago", "a week ago")."""
    if count < 1:
        return False
    return re.search(rf"\b(?:{_count_words(count)})\s+{unit}s?\s+ago\b", lower) is not None


def _more_than_ago(date, lower, published_on):
    """Whether the text says more than some days, weeks, months or years ago, counting back
    from the report to ``date`` ("more than two years ago": on or before that day)."""
    days = (published_on - date).days
    months = (published_on.year - date.year) * 12 + published_on.month - date.month
    # Months and years back land on the report's day of the month, or the month's last.
    same_day = date.day == min(published_on.day, calendar.monthrange(date.year, date.month)[1])
    counts = {
        "day": days,
        "week": days // 7 if days % 7 == 0 else 0,
        "month": months if same_day else 0,
        "year": months // 12 if same_day and months % 12 == 0 else 0,
    }
    return any(
        re.search(
            rf"\b(?:more\s+than|over|at\s+least)\s+(?:{_count_words(count)})\s+{unit}s?\s+ago\b",
            lower,
        )
        for unit, count in counts.items()
        if count >= 1
    )


def _count_words(count):
    """The ways a text writes ``count``: its digits, its word, "a" or "an" for one."""
    return "|".join(
        [str(count), *(word for word, value in UNITS.items() if value == count)]
        + (["a", "an"] if count == 1 else [])
    )


#: Words that name the day after or before a day the text names.
NEXT_OR_BEFORE = {
    1: r"the\s+(?:following|next)\s+day|a\s+day\s+later",
    -1: r"the\s+(?:previous\s+)?day\s+before|the\s+previous\s+day|a\s+day\s+earlier",
}


def _next_to_a_day_named(date, lower, published_on):
    """A day the text gives as the day after or before another it names ("took effect the
    following day", "The day before, …")."""
    for step, words in NEXT_OR_BEFORE.items():
        other = date - datetime.timedelta(days=step)
        if re.search(rf"\b(?:{words})\b", lower) and (
            _day_named(other, lower) or _day_relative(other, lower, published_on)
        ):
            return True
    return False


def name_carried(name, text):
    """Whether the text names ``name``: whole, or by its last word (a surname)."""
    lower, name = text.lower(), name.lower().strip()
    if not name or name in lower:
        return True
    last = re.split(r"[\s-]+", name)[-1]
    return re.search(rf"\b{re.escape(last)}\b", lower) is not None
