"""Numbers as a report writes them, in digits or in words: "31,819", "1.5 million", "eight",
"Thirty-three", "over two hundred", "one hundred and eighty".

This module finds them, keeping the words a report writes them in; what a number in words is
worth, text2num (``text_to_num``) reads."""

import re

from text_to_num import text2num

#: The words of the numbers a report writes out, to find them by; their values are text2num's.
UNITS = [
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
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["thousand", "million", "billion", "lakhs?", "crores?"]
#: The scales South Asian copy counts in, which text2num does not read: "Rs 10 lakh".
INDIAN_SCALES = {"lakh": 100_000, "crore": 10_000_000}


def _alternatives(words):
    """A regex alternation, the longest words first ("seventeen" before "seven")."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternatives(UNITS)
_DIGIT = _alternatives(UNITS[:9])
#: Under a hundred in words: "eight", "Thirty-three", "thirty three".
UNDER_HUNDRED = rf"(?:(?:{_alternatives(TENS)})(?:[-\s](?:{_DIGIT}))?|{_UNIT})"
#: What a number in words may be joined to by a hyphen, as the size of a body: "a three-man
#: delegation", "the six-nation Contact Group".
SIZE = r"(?:strong|member|man|nation)"
#: Where a number in words ends: no letter after it, nor a hyphen but a size's.
WORDS_END = rf"(?!\w)(?!-(?!{SIZE}\b))"
#: A number in words, up to the scales: "two hundred", "one hundred and eighty", "a hundred".
IN_WORDS = (
    rf"(?:(?:(?:a|{_DIGIT})\s+hundred(?:\s+(?:and\s+)?{UNDER_HUNDRED}{WORDS_END})?"
    rf"|{UNDER_HUNDRED}{WORDS_END})"
    rf"(?:\s+(?:{'|'.join(SCALES)}))?"
    # "a thousand", "half a million", "a quarter of a million"
    rf"|(?:half\s+|(?:a|one)\s+quarter\s+of\s+|three\s+quarters\s+of\s+)?a\s+(?:{'|'.join(SCALES)})"
    # "a half-million", "a half million", "some half-million refugees"
    # (never the half of "one and a half million", which no count is read from)
    r"|(?:(?<!\band\s)a\s+half[-\s]|(?<!\band\sa\s)half-)(?:thousand|million|billion))"
)
#: (A scale may be joined by a hyphen, as before a noun: "an $804-million aid package".)
#: Never part of a number misprinted ("2,5000 fighters"): no count can be read from it.
IN_DIGITS = (
    # "300, 000 family members": a number split by a misprint counts nothing, nor its "000".
    # Nor the whole part of a decimal ("14.5mm"), nor a side of a group's name ("the 5+1").
    r"(?<!\d)(?<!\d,)(?<!\d\+)(?!0\d)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!,?\d|\.\d|\+\d)"
    r"(?!,\s000\b)"
    # The scale may be joined to the digits: "N68million", as Nigerian copy writes a sum.
    rf"(?:(?:\s+|-|(?<=\d))(?:{'|'.join(SCALES)})\b)?"
)
#: Dozens counted: "a dozen", "two dozen", "half a dozen" (not "dozens", which counts none).
DOZEN = rf"(?:(?:a|half\s+a|{_DIGIT})\s+dozen)"
#: A number in digits or words; case-insensitive patterns only.
NUMBER = rf"(?:{IN_DIGITS}|\b{DOZEN}(?![\w-])|\b{IN_WORDS}{WORDS_END})"


def is_in_words(words):
    """Whether ``words`` write a number in words, not digits."""
    return not re.search(r"\d", words)


def value_of(words):
    """The number ``words`` write: "31,819", "1.5 million", "eight", "two hundred"."""
    # (a scale joined by a hyphen, as before a noun: "an $804-million aid package", "1.5-lakh",
    # or by nothing: "N68million")
    words = re.sub(r"(?<=\d)-?(?=[a-z])", " ", " ".join(words.lower().split()))
    if dozens := re.fullmatch(r"(a|half a|\w+) dozen", words):
        return {"a": 12, "half a": 6}.get(dozens[1]) or value_of(dozens[1]) * 12
    if words.startswith("half a "):
        return value_of(words.removeprefix("half ")) // 2
    if half := re.fullmatch(r"(?:a )?half[- ](\w+)", words):
        return text2num(half[1], "en") // 2
    if quarters := re.fullmatch(r"(a|one|three) quarters? of (a .+)", words):
        return value_of(quarters[2]) * (3 if quarters[1] == "three" else 1) // 4
    if indian := re.fullmatch(r"(.+) (lakh|crore)s?", words):
        number = indian[1].replace(",", "")
        # "a lakh people": one lakh.
        amount = 1 if number == "a" else value_of(number) if is_in_words(number) else float(number)
        return round(amount * INDIAN_SCALES[indian[2]])
    if is_in_words(words):
        # Kept by hand: text2num reads "one hundred" but not "a hundred" (a ValueError).
        return text2num(re.sub(r"^a ", "one ", words), "en")
    # Kept by hand: text2num reads words only, and refuses digits with a scale ("1.5 million").
    number, _, scale = words.partition(" ")
    return round(float(number.replace(",", "")) * (text2num(scale, "en") if scale else 1))
