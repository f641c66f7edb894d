"""Statements drafted from invented reports of Thursday: who the drafter says said what."""

import datetime

from negotiations.drafting.article import draft_article
from negotiations.drafting.speakers import SpeakerIndex

# None of the tracker's people or actors: speakers are found by the report's words alone.
NOBODY = SpeakerIndex([], [])
THURSDAY = datetime.date(2025, 3, 13)
QUOTE = "“We expect the first buses to leave the camp at dawn,”"


def statements_of(text):
    """The statements drafted from ``text``, a report of Thursday."""
    return [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]


def speakers_of(text):
    """Who each statement drafted from ``text`` is said to be by."""
    return [d.values["speaker_description"] for d in statements_of(text)]
