"""Numbers as a report writes them, in digits or in words: "31,819", "1.5 million", "eight",
"Thirty-three", "over two hundred", "one hundred and eighty"."""

import re

UNITS = [
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
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {
    **{word: value for value, word in enumerate(UNITS)},
    **{word: 20 + 10 * n for n, word in enumerate(TENS)},
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _alternatives(words):
    """A regex alternation, the longest words first ("seventeen" before "seven")."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternatives(UNITS[1:])
_DIGIT = _alternatives(UNITS[1:10])
#: Under a hundred in words: "eight", "Thirty-three", "thirty three".
UNDER_HUNDRED = rf"(?:(?:{_alternatives(TENS)})(?:[-\s](?:{_DIGIT}))?|{_UNIT})"
#: A number in words, up to the scales: "two hundred", "one hundred and eighty", "a hundred".
IN_WORDS = (
    rf"(?:(?:(?:a|{_DIGIT})\s+hundred(?:\s+(?:and\s+)?{UNDER_HUNDRED}(?![\w-]))?"
    rf"|{UNDER_HUNDRED}(?![\w-]))"
    rf"(?:\s+(?:{'|'.join(SCALES)}))?)"
)
IN_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(?:{'|'.join(SCALES)}))?"
#: A number in digits or words; case-insensitive patterns only.
NUMBER = rf"(?:{IN_DIGITS}|\b{IN_WORDS}(?![\w-]))"


def is_in_words(words):
    """Whether ``words`` write a number in words, not digits."""
    return not re.search(r"\d", words)


def value_of(words):
    """The number ``words`` write: "31,819", "1.5 million", "eight", "two hundred"."""
    words = words.lower().strip()
    if not is_in_words(words):
        number, _, scale = words.partition(" ")
        return round(float(number.replace(",", "")) * SCALES.get(scale, 1))
    total, current = 0, 0
    for word in re.split(r"[-\s]+", words):
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "a":
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total, current = total + (current or 1) * SCALES[word], 0
    return total + current
