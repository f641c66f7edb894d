"""Numbers a report writes that count no one: durations ("for two days"), distances, clock
times, the day of a date ("Oct. 7"), page timestamps, the sides of a negotiation ("the two
sides"), people counted again ("the two leaders", "all three"), the other side of a
like-for-like swap ("1,000 for 1,000"), a label's number ("Phase two"), a process's steps or
a plan's principles."""

import re

from .date_words import MONTH_NAMES, SHORT_MONTH_WORDS, WEEKDAY_NAMES

#: Units of time: a number of them is a duration, not a count of people or things.
TIME_UNITS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)"
#: Words that may stand between a number and its unit: "two more days", "an additional day",
#: "six agonising days", "12 brutal years". "four and a half hours": the half, too.
BETWEEN = (
    r"(?:and\s+a\s+half\s+)?"
    r"(?:(?:more|additional|further|extra|full|whole|long|consecutive|straight|hard|bitter"
    r"|tough|tense|grim|dark|brutal|bloody|difficult|painful|terrible|agoni[sz]ing|harrowing"
    r"|gruell?ing|exhausting|frightening|terrifying|fruitless|sleepless|anxious|arduous|perilous"
    r"|dangerous|hectic|intense|intensive|marathon)\s+){0,2}"
)
DURATION = re.compile(rf"^{BETWEEN}{TIME_UNITS}\b", re.IGNORECASE)
#: Distances: "some fifteen kilometers", "a 5 km strip".
DISTANCE = re.compile(
    # (and a calibre's measure: "weapons with calibers under 100 mm")
    r"^(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s|feet|yards|light-years?|mm|millimet(?:er|re)s?)\b",
    re.I,
)
CLOCK = re.compile(
    # "10 a. m.", as some copy spaces it.
    r"^(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|local\s+time\b|o'clock\b|hrs\b"
    # A time zone: "1453 GMT (2253 HKT)".
    r"|(?:GMT|UTC|HKT|CET|CEST|BST|IST|EAT|WAT|[ECMP][SD]?T)\b)",
    re.I,
)
#: "Oct. 7", "October 7", "7 October", the second day of "May 13 and 14": the number is a day
#: of the month.
AFTER_A_MONTH = re.compile(
    rf"\b(?:{MONTH_NAMES}|{SHORT_MONTH_WORDS})\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|or|to|-|–)\s*)?$"
)
BEFORE_A_MONTH = re.compile(rf"^(?:{MONTH_NAMES}|{SHORT_MONTH_WORDS})\b")
#: The sides of a talk: "the two sides", "two countries", "both parties".
SIDES = re.compile(
    r"^(?:(?:warring|negotiating|rival|neighbouring|neighboring)\s+)?"
    r"(?:sides|parties|countries|nations|states|delegations|governments|leaders|camps|factions)\b"
    # "two feuding Kurdish groups": the sides of a feud, never "two armed groups".
    r"|^(?:warring|rival|feuding|opposing)\s+(?:[A-Z][\w-]*\s+)?(?:groups|movements|militias)\b",
    re.IGNORECASE,
)

#: Parts of a process, not people or things a figure records: "two steps", "three stages",
#: "the last two unresolved points".
PARTS = re.compile(
    r"^(?:(?:[a-z]+\s+){0,2}(?:steps|stages|phases|rounds|points|protocols|chapters|principles|provisions"
    r"|clauses"
    r"|items|issues|causes|conditions|demands|agreements))\b",
    re.IGNORECASE,
)

#: A word that a number labels rather than counts: "Phase two", "Resolution 1701",
#: "Article 5", "Day 3", "Flight 302", "Channel 12", "Radio 4".
LABEL = re.compile(
    r"\b(?:[Pp]hase|[Ss]tage|[Rr]ound|[Ll]evel|[Tt]ier|Article|Resolution|Chapter|Section|Paragraph|Point|Clause|"
    r"Item|Annex|Protocol|No\.|Number|Day|Week|Flight|Sector|Zone|Line|Route|Highway|Gate|"
    r"Crossing|Camp|Building|Brigade|Division|Battalion|Unit|Corps|Level|Category|Page|Block|"
    r"Road|Street|Channel|Radio|Kilometer|Kilometre|Mile|Checkpoint)\s+$"
)

#: A name's last word right before a number, in the sentence (not a weekday or a month):
#: "Mara 18", "(PP) 15".
NAME_BEFORE = re.compile(
    rf"[a-z,;]\s+(?:[A-Z][\w'’-]*\s+)*(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|{SHORT_MONTH_WORDS})\b)"
    r"(?:[A-Z][a-z'’-]+(?<!['’]s)|\([A-Z]{2,}\))\s+$"
)

#: A text or a meeting a number names after a place: "Riyadh 2 communique".
NAMED_TEXT = re.compile(
    r"^(?:communiqu[eé]|agreements?|accords?|talks|process|conference|format|summit|deal)\b", re.I
)
#: A person's name and a comma before a number: the number is their age.
#: "aged 20 and 21", "aged between 19 and 85": ages, however many.
AGED = re.compile(r"\b(?:aged|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*)*$", re.I)
#: What opens a sentence: a number before it ends the sentence before ("… the last minute. 1
#: The agreement also stipulates …", a page scanned with a stray digit).
OPENS_A_SENTENCE = re.compile(r"^(?:The|A|An|This|It|He|She|They|We|In|On)\b")
AGE_BEFORE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s*$")
#: What follows an age: a stop, the next person of a list ("and Toshiaki Ariie, 58") or a dash.
AGE_AFTER = re.compile(r"\s*(?:[,;).]|$|and\s+[A-Z]|[-–—]\s)")
#: "The two leaders", "all three": a number in words after "the" or "all" points back at
#: people the report has named, a count it has given or needs none of.
TOLD_BEFORE = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)
#: What follows a number that counts nothing named: a preposition, a quotation mark.
ANAPHORIC = re.compile(r"^(?:(?:to|for|from|with|in|at|on|by|into)\b|[^\w])", re.IGNORECASE)
#: A preposition right after a number in digits: its noun went with the count before ("12
#: captives were handed over to Azerbaijan and 44 to Armenia") or with none ("keeping 50 for
#: the ceremony"); never a like-for-like swap's other side ("500 for 500").
NOUN_GIVEN_BEFORE = re.compile(r"^(?:to|for|from|with|into)\s+(?!\d)")


#: A noun in lower case and an opening bracket: "men (225)" gives the number of men.
COUNTED_BEFORE = re.compile(r"\b[a-z]+\s*\(\s*$")


def is_no_count(text, start, words, counts, value):
    """Whether the number ``words`` at ``start`` of ``text``, counting ``counts``, is one of
    the numbers above rather than a count a report gives."""
    before, after = text[:start], text[start + len(words) :]
    return (
        is_a_duration(counts)
        or DISTANCE.match(counts.strip()) is not None
        or bool(CLOCK.match(counts) or CLOCK.match(after.lstrip()))
        or bool(re.match(r"^:\d", after) or before.endswith(":"))
        or bool(AFTER_A_MONTH.search(before) or BEFORE_A_MONTH.match(after.lstrip()))
        or is_the_two_sides(counts, value)
        or PARTS.match(counts.strip()) is not None
        or LABEL.search(before) is not None
        or (words.isalpha() and TOLD_BEFORE.search(before) is not None)
        # "the 14 to a back road", "the 404 “is the product …”": a count given before, named
        # by nothing after it.
        or (TOLD_BEFORE.search(before) is not None and ANAPHORIC.match(counts.strip() or "."))
        or (words[:1].isdigit() and NOUN_GIVEN_BEFORE.match(counts.strip()) is not None)
        or before.endswith(f"{words} for ")
        # "Doron Steinbrecher, 31; Emily Damari, 28", "Haruo Harada, 38 and Toshiaki Ariie, 58
        # - were freed": a person's age.
        or bool(AGE_BEFORE.search(before) and AGE_AFTER.match(after) and words.isdigit())
        or (AGED.search(before) is not None and words[:1].isdigit())
        or (words.isdigit() and OPENS_A_SENTENCE.match(counts.strip()) is not None)
        # "the Riyadh 2 communique", "the Minsk 2 agreement": a text's name.
        or bool(re.search(r"\b[A-Z][a-z]+\s+$", before) and NAMED_TEXT.match(counts.strip()))
        # "Mara 18", "Patrolling Points (PP) 15 and 17A": a number in digits that ends a name,
        # no noun after it ("released to Armenia 15 prisoners" counts).
        or (
            words.isdigit()
            and NAME_BEFORE.search(before) is not None
            and re.match(r"(?!(?:and|or)\b)[a-z]", counts.strip()) is None
        )
        # "the Two Areas": a number in words, capitalised inside a sentence before words all
        # capitalised, is part of a name (never "… official Two Soviet guards", a lost stop).
        or (
            words[:1].isupper()
            and words.isalpha()
            and re.search(r"[\w,]\s+$", before) is not None
            and re.fullmatch(r"(?:[A-Z][\w'’-]*\s*)+", counts.strip()) is not None
        )
        # "five times higher", "three times as many": a ratio, not a count.
        or re.match(r"^times\b", counts.strip(), re.IGNORECASE) is not None
        # "the Group of Seven", "the G20": a body's name.
        or re.search(r"\bGroup\s+of\s+$", before) is not None
        # "all but two of the 28 factions": those left out of a count, not one of its own
        # (never "all but two Russian brigades", the brigades that stay).
        or bool(re.search(r"\ball\s+but\s+$", before, re.I) and re.match(r"\s+of\b", after))
        # "the 25 Brigade", "the Libyan Army's 319 Brigade": a unit's name, not a count.
        or re.match(r"(?-i:Brigade|Division|Battalion|Regiment|Corps|Squadron)\b", counts.strip())
        is not None
        # "(1) A demilitarised zone", "(Update 7)", "Muivah (86)": a number closed by a bracket
        # at once numbers an item, a version or an age (never "($3.15 million)", a sum, nor
        # "men (225)", the noun's count).
        or (
            (words[:1].isdigit() or words.isalpha())
            and after[:1] in (")", "]")
            and COUNTED_BEFORE.search(before) is None
        )
        # "two and a half million": the whole part of a number no count is read from.
        or re.match(r"\s+and\s+a\s+half\b", after) is not None
        # "eight protocols, six of which …": a share of things counted just before.
        or re.match(r"^of\s+which\b", after.lstrip()) is not None
    )


def is_a_duration(counts):
    """Whether what is counted is a unit of time: "days", "more weeks", "months of war"."""
    return DURATION.match(counts.strip()) is not None


def is_the_two_sides(counts, value):
    """Whether "two" counts the two sides of a talk, which no figure records."""
    return value == 2 and SIDES.match(counts.strip()) is not None
