"""Which language a pasted report is written in, by lingua's detector: the drafter reads
English only, and says in which language it found a report it will not read."""

import functools

from lingua import Language, LanguageDetectorBuilder

#: English, and the languages reports of the tracked talks are likely to come in. A text in a
#: language left out is read as the nearest one here; a language whose script is its own
#: (Hebrew, Armenian, Georgian) is told by its letters, without a model.
LANGUAGES = [
    Language.ENGLISH,
    Language.ARABIC,
    Language.HEBREW,
    Language.PERSIAN,
    Language.URDU,
    Language.TURKISH,
    Language.AZERBAIJANI,
    Language.ARMENIAN,
    Language.GEORGIAN,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.FRENCH,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.ITALIAN,
    Language.GERMAN,
    Language.DUTCH,
    Language.POLISH,
    Language.SOMALI,
    Language.SWAHILI,
]


@functools.cache
def detector():
    """One detector per process. Importing lingua takes about 3 ms and building the detector
    under 1 ms; the models it needs load on the first detection (15-25 ms, about 60 MB), and a
    detection then takes about 3 ms for the 2,700 characters of the Doha report, 50 ms for the
    longest paste. The default, high-accuracy mode: low-accuracy mode measured no faster here,
    and reads short texts (a list of headlines) worse."""
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def language_of(text):
    """The name of the language ``text`` reads as ("English", "Portuguese"), or None when
    no one language stands out (no letters, or two languages tied)."""
    language = detector().detect_language_of(text)
    return language.name.title() if language is not None else None
