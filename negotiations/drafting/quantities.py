"""Counts in a report's words: the number or the words, the qualifier the words put on it,
what is counted, and a breakdown the report gives ("33 -- eight soldiers and 25 civilians").

Hand-written rules: a quantity-extraction library (quantulum3) reads units of measure, not
the qualifiers and breakdowns a report puts on a count of people, and drops the words.
"""

import re
from dataclasses import dataclass, field

from ..fields import Qualifier
from .not_counts import is_no_count
from .numbers import NUMBER, SIZE, TENS, UNITS, is_in_words, value_of

#: Small numbers in words, for the lengths of truces ("a six-week truce").
SMALL_NUMBERS = {word: value for word in [*UNITS, *TENS] if 2 <= (value := value_of(word)) <= 20}
QUALIFIERS = {
    Qualifier.ABOUT: "about|around|some|roughly|approximately|nearly|almost|close to|an estimated|"
    "estimated",
    # "no fewer than 88" is at least 88: the negated words come first, so as to be read whole.
    Qualifier.AT_LEAST: "no fewer than|no less than|not less than|not fewer than|at least|"
    "a minimum of|more than|over|upwards of",
    Qualifier.UP_TO: "up to|at most|a maximum of|no more than|not more than|fewer than|less than|"
    "as many as",
}
#: Counts the report gives in words only: kept as its words, never turned into a number.
WORDS_ONLY = (
    r"tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|"
    r"several hundred|several thousand|a few hundred|a few thousand|"
    r"hundreds|thousands|millions|dozens|scores"
)

# Spaces as \s+: the pattern below is verbose, where a plain space means nothing.
QUALIFIER = "|".join(
    f"(?P<{name}>{words.replace(' ', r'\s+')})" for name, words in QUALIFIERS.items()
)
#: The sign or letters before a sum: "$6bn", "US$ 10 million", "S$6 million", "Rs 7 lakh",
#: "RM18 million", and the naira's and peso's letters as Nigerian and Philippine copy writes
#: them ("N50million", "P250 million").
CURRENCY = r"(?:US\s?|HK|NZ|[SAC])?[$€£₦₱₹]\s?|(?-i:\bR[sM]\.?\s?|\b[NP](?=\d))"
COUNT = re.compile(
    rf"""(?<![\w.,-])(?:\b(?:{QUALIFIER})\s+)?
    (?:
        (?P<between>between\s+)?(?P<low>{NUMBER})\s*(?(between)(?:to|and)|(?:to|-|–|\s+or\s+))\s*
        (?P<high>{NUMBER})  # "and" joins a range only after "between": "one hundred and six"
      | (?P<currency>{CURRENCY})?(?P<single>{NUMBER})(?(currency)(?P<short_scale>bn|mn|m)?)
      | (?P<words>\b(?:{WORDS_ONLY.replace(" ", r"\s+")})\b)
    )
    # "the 16,000-strong rebel army", "a 108-member assembly", "a three-man delegation", "the
    # six-nation Contact Group": the size of the body that follows.
    # What is counted may hold an abbreviation's stops: "the 10 U.S.-based agents".
    (?:-{SIZE}\b|(?![\w-]))(?=(?P<rest>(?:[^.;:!?]|\.(?=[A-Za-z-])){{0,300}}))""",
    re.IGNORECASE | re.VERBOSE,
)
#: A range's scale written once, after its high bound: "20 to 25 million".
SCALE_OF_THE_HIGH = re.compile(r"(?<=\s)(?:thousand|million|billion|lakhs?|crores?)$", re.I)
#: Where what is counted stops.
COUNTED_ENDS = re.compile(
    r"\s*(?:,|--|—|–|\s-\s|\s-(?=\d)|\(|[”\"](?=[\s,.;:]|$)|\bin\b|\bduring\b|\bon\b|\bat\b|\bfrom\b|\bwho\b|\bthat\b|\bwhich\b|"
    # "162 Palestinians and five Israelis", "550 within two months": another count, a time.
    rf"\band\s+(?:(?:about|some|nearly|over|more\s+than|at\s+least)\s+)?{NUMBER}(?![\w-])"
    r"|\bwithin\b|\buntil\b|"
    r"\baccording\b|\bsince\b|\bafter\b|\bbefore\b|\bwhen\b|\bwhere\b|\bwere\b|\bwas\b|\bare\b|"
    r"\bis\b|\bhave\b|\bhas\b|\bhad\b|\bwill\b|\bwould\b|\bcould\b|\bshould\b|\bmust\b|"
    r"\bremain\b|\bbelieves\b|\bbut\b|$"
    # A verb with its object: "more than 100 hostages freed nearly a dozen women".
    r"|\b(?:[a-z]+ed|met|held|sent|gave|took|made|left|began)\s+(?=(?:nearly|about|some|more|the|an?|all"
    r"|their|his|her|its|\d)\b))",
    re.IGNORECASE,
)
BREAKDOWN = re.compile(
    rf"^\s*(?:--|—|–|\()\s*(?P<first>{NUMBER})\s+(?P<first_counts>[a-z]+)\s+and\s+"
    rf"(?P<second>{NUMBER})\s+(?P<second_counts>[a-z]+)",
    re.IGNORECASE,
)


#: A sum of money: its currency, and the short scales written after it ("$6bn", "€300m").
CURRENCIES = {
    "$": "dollars",
    "€": "euros",
    "£": "pounds",
    "₦": "naira",
    "N": "naira",
    "₱": "pesos",
    "P": "pesos",
    "₹": "rupees",
    "Rs": "rupees",
    "RM": "ringgit",
}
SHORT_SCALES = {"bn": 1_000_000_000, "mn": 1_000_000, "m": 1_000_000}

#: A toll told before its number: "The death toll has risen to 48,000", "a toll of 97".
TOLL = re.compile(
    r"\b(?P<toll>(?:death|casualty|civilian)\s+toll)\s+(?:[\w-]+\s+){0,4}?(?:to|at|of)\s+$",
    re.IGNORECASE,
)


#: What was done to a number of people not named: "360 were wounded", "12 have been freed".
DONE_TO_THEM = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?P<what>killed|wounded|injured|released|freed|detained"
    r"|arrested|abducted|kidnapped|captured|evacuated|exchanged|displaced|rescued|repatriated"
    r"|deported)\b"
)
#: A body told by its size: "a team of three", "a delegation of five".
BODY_OF = re.compile(
    r"\b(?P<body>team|delegation|group|party|contingent|panel|commission|committee|crew|convoy"
    r"|mission)\s+of\s+$",
    re.IGNORECASE,
)
#: A qualifier after the number: "100 or so delegates".
OR_SO = re.compile(r"\s+or\s+so\b\s*")
#: "100 or more", "a dozen or more attacks": at least so many; "50 or fewer": at most.
OR_MORE = re.compile(r"\s+or\s+(?:(?P<more>more)|fewer|less)\b(?!\s+than\b)\s*")
#: Verbs that take "over" as their own: "handed over 74 prisoners", "took over 12 towns".
HANDED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ake|akes|aking|aken|ook)|sign(?:s|ed|ing)?"
    r"|g(?:ive|ives|ave|iving|iven)|pass(?:es|ed|ing)?)\s+$",
    re.IGNORECASE,
)


@dataclass
class Count:
    """A count as the report gives it: bounds (None where it gives none), qualifier, words."""

    minimum: int | None
    maximum: int | None
    qualifier: str
    #: The report's own words for the count ("about 1.5 million", "dozens").
    words: str
    #: What is counted, in the report's words that follow the count ("hostages").
    counts: str
    start: int
    end: int
    parts: list = field(default_factory=list)


#: A span of years: "1999-2002", "2014-15".
YEARS = re.compile(r"(?:19|20)\d\d-(?:(?:19|20)\d\d|\d\d)")
#: What follows a number that makes it part of a fraction: "/2", " 1/2".
FRACTION = re.compile(r"\s*\d*/\d")
#: A year's share of a count just given: "666 tasks – 259 in 2020 and 407 in 2021", after a
#: dash, a colon, a bracket, "and", "of which" or a comma (never "signed Minsk 2 in 2015",
#: "Decree 15 in 2021").
YEARS_SHARE = re.compile(r"\s*in\s+(?:19|20)\d\d\b")
SHARE_BEFORE = re.compile(r"(?:[–—:(-]|\band|,|\bof\s+which)\s*$")
#: A number in words given in figures after it, in brackets: "four (4) months".
RESTATED = re.compile(r"\s*\(\s*(?P<number>\d[\d,]*)\s*\)")
#: The number of a list's item: "1) …", "(2) …", "3. …".
LIST_MARKER = re.compile(r"\(?\d{1,2}(?:\)|\.(?!\d))(?=\s)")


def counts_in(text, skip=()):
    """Every count in ``text``; ``skip`` holds (start, end) spans that are not counts (dates)."""
    found, covered = [], list(skip)
    if (marker := LIST_MARKER.match(text)) is not None:
        covered.append(marker.span())  # "2) For 90 days, …": the item's number counts no one
    for match in COUNT.finditer(text):
        start, rest = match.start(), match.group("rest")
        if any(low <= start < high for low, high in covered):
            continue
        single, words = match.group("single"), match.group("words")
        if single and _is_a_year_or_an_adjective(single, rest):
            continue
        if match.group("low") and YEARS.fullmatch(f"{match['low']}-{match['high']}"):
            continue  # "the 1999-2002 peace talks": a span of years
        if FRACTION.match(rest) or text[max(0, start - 1) : start] == "/":
            # "6 1/2 years", "61/2 years" as copy runs it together, "3 1/2 million people":
            # no number of the fraction counts anyone.
            continue
        if not words and not single and re.search(r"\bfrom\s+$", text[:start]):
            continue  # "rose from 30 to 40" is a change, not a range
        if single and "." in single and not re.search(r"[\sa-z]", single.strip(), re.I):
            continue  # "1.5 km": a measure, not a count of anyone
        currency = re.sub(r"^[A-Z]+(?=\s?\$)|[\s.]", "", match.group("currency") or "")
        if currency in ("N", "P") and not (match["short_scale"] or re.search(r"[a-z,]", single)):
            continue  # "the P5", "Inmate N4512": a letter before a bare number is a name, not a sum
        restated = RESTATED.match(rest) if single and single[:1].isalpha() else None
        if restated is not None and value_of(restated["number"]) == value_of(single):
            # "twenty (20) prisoners": the number in figures too, which counts no one more.
            covered.append((match.end() + restated.start("number"), match.end() + restated.end()))
            rest = " " * restated.end() + rest[restated.end() :]
        # "tens of thousands of Palestinians" counts Palestinians.
        counted = re.sub(r"^of\s+", "", COUNTED_ENDS.split(rest, maxsplit=1)[0].strip())
        end = (
            match.end() + len(rest) - len(rest.lstrip()) + len(counted) if counted else match.end()
        )
        body = BODY_OF.search(text[max(0, start - 40) : start])
        if (
            body
            and single
            and (not counted or re.match(r"\s*[a-z]+ed\s+(?:in|at|on|to|from|for|by|with)\b", rest))
        ):
            # "a team of three from the Red Cross", "a delegation of five arrived in Doha":
            # the body's members are counted (never "a group of 12 armed men").
            counted, end = body["body"], match.end()
        qualifier = next(
            (Qualifier(name) for name in QUALIFIERS if match.group(name)), Qualifier.EXACT
        )
        if (
            single
            and qualifier == Qualifier.EXACT
            and _rounded_with_the_one_before(found, text, start, single)
        ):
            qualifier = Qualifier.ABOUT  # "some 8,000 people dead and 18,000 others injured"
        over = re.match(r"over\s", match.group(0), re.IGNORECASE)
        if over and single and HANDED.search(text[:start]):
            # "handed over 74 prisoners": "over" is the verb's, the count exact.
            qualifier, start = Qualifier.EXACT, match.start("single")
        words_end = match.end()
        # ("An estimated 200,000 or more troops": at least, whatever the estimate.)
        roughly = qualifier in (Qualifier.EXACT, Qualifier.ABOUT)
        if single and roughly and (so := OR_SO.match(rest)):
            # "100 or so delegates": about 100, counting delegates.
            qualifier, counted = Qualifier.ABOUT, COUNTED_ENDS.split(rest[so.end() :], 1)[0].strip()
            words_end = match.end() + len(so.group(0).rstrip())
            end = match.end() + so.end() + len(counted)
        elif single and roughly and (more := OR_MORE.match(rest)):
            # "a dozen or more attacks": at least twelve, counting attacks.
            qualifier = Qualifier.AT_LEAST if more["more"] else Qualifier.UP_TO
            counted = COUNTED_ENDS.split(rest[more.end() :], 1)[0].strip()
            words_end = match.end() + len(more.group(0).rstrip())
            end = match.end() + more.end() + len(counted)
        if words:
            low, high, qualifier = None, None, Qualifier.IN_WORDS
        elif single:
            value = value_of(single) * SHORT_SCALES.get(match.group("short_scale"), 1)
            low, high = {
                Qualifier.AT_LEAST: (value, None),
                Qualifier.UP_TO: (None, value),
            }.get(qualifier, (value, value))
        else:
            low, high = value_of(match.group("low")), value_of(match.group("high"))
            if scale := SCALE_OF_THE_HIGH.search(match["high"]):
                # "between 20 and 25 million": the low bound counts in the same scale (not in
                # "500 to 2 million").
                scaled = value_of(f"{match['low']} {scale[0]}")
                low = scaled if low * 1000 <= high and scaled < high else low
            if low >= high:
                continue  # "50 to 20": not a range a report writes
        count = Count(low, high, qualifier, text[start:words_end], counted, start, end)
        breakdown = BREAKDOWN.match(rest)
        if breakdown and single:
            offset = match.end()
            count.parts = [
                Count(
                    value_of(breakdown[n]),
                    value_of(breakdown[n]),
                    Qualifier.EXACT,
                    breakdown[n],
                    breakdown[f"{n}_counts"],
                    offset + breakdown.start(n),
                    offset + breakdown.end(f"{n}_counts"),
                )
                for n in ("first", "second")
            ]
            covered += [(part.start, part.end) for part in count.parts]
        if match.group("currency"):
            # "$6bn in frozen funds": a sum of money counts its currency.
            count.counts = CURRENCIES[currency]
        if not count.counts and (toll := TOLL.search(text[:start])) is not None:
            count.counts = toll["toll"]  # "The death toll has risen to 48,000"
        if not count.counts and (single or words) and (done := DONE_TO_THEM.match(rest)):
            count.counts = done["what"]  # "and 360 were wounded", "Hundreds have been killed"
        if (
            not count.counts
            and single
            and found
            and (
                re.match(r"\s*(?:[.;]|$)", rest)
                or (YEARS_SHARE.match(rest) and SHARE_BEFORE.search(text[:start]))
            )
        ):
            # "handed over 74 prisoners, and the army delivered 233.", "666 tasks – 259 in 2020
            # and 407 in 2021": what the count before counts.
            count.counts = found[-1].counts
        # A bare number with nothing counted after it is no count ("a 2-1 vote", "page 3").
        if not (count.counts or count.parts or qualifier != Qualifier.EXACT):
            continue
        if not is_no_count(text, count.start, count.words, count.counts, count.minimum):
            found.append(count)
    return found


def _rounded_with_the_one_before(found, text, start, single):
    """Whether the round count ``single`` at ``start`` is joined by "and" to one just before
    that the report gives as rounded ("some 7,000 UN and 3,500 French troops"): "some" goes
    for both (never "about 195 soldiers and 17 civilians", a count not rounded)."""
    return bool(
        found
        and found[-1].qualifier == Qualifier.ABOUT
        and value_of(single) % 100 == 0
        and re.fullmatch(r",?\s+and\s+", text[found[-1].end : start])
    )


#: One of the people a report counts: "One soldier was killed", "killed one person".
ONE_PERSON = re.compile(
    r"^\s*(?:[A-Z][\w-]*\s+)?(?:soldier|person|civilian|detainee|prisoner|hostage|child|woman|man"
    r"|policeman|police\s+officer|officer|citizen|member|fighter|militant|journalist|worker"
    r"|captive)\b",
    re.IGNORECASE,
)


def _is_a_year_or_an_adjective(single, rest):
    """A bare year ("in 2023"), "one" alone (not "one soldier"), or a number in words used as
    an adjective ("six-week") is no count."""
    if re.fullmatch(r"(19|20)\d\d", single):
        return True
    if single.lower() == "one" and ONE_PERSON.match(rest):
        return False
    return is_in_words(single) and (value_of(single) < 2 or rest[:1] == "-")
