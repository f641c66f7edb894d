"""A report's text and publication day, checked, then drafted: the one path from a pasted
report to its drafts, shared by the admin's paste form, ``manage.py draft_article`` and the
corpus benchmark. Whatever it refuses, it refuses with a ``ValidationError`` that says why."""

import logging
import re

from django.core.exceptions import ValidationError
from django.utils import timezone

from .article import draft_article
from .language import language_of

logger = logging.getLogger(__name__)

#: One report, with room to spare: the Doha report is 2,700 characters and drafts 28 records.
LONGEST_TEXT = 100_000
MOST_DRAFTS = 500
HTML_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|html|body|head|script|table|h[1-6]|li)\b", re.I)
#: A link or a span a page let into its text ("Photo courtesy of …/<a href=…>Facebook</a>"):
#: a stray pair in a report's prose, markup if there are more.
INLINE_TAG = re.compile(r"<\s*/?\s*(?:a|span)\b", re.I)


def checked_day(day):
    """``day``, unless it is after today: no report is published in the future."""
    if day > timezone.localdate():
        raise ValidationError("A report cannot be published after today.")
    return day


def checked_text(text):
    """The text stripped, if it reads as one report in plain English; else why not."""
    text = text.strip()
    if len(text) > LONGEST_TEXT:
        raise ValidationError(too_long(len(text)))
    if HTML_TAG.search(text) or len(INLINE_TAG.findall(text)) > 2:
        raise ValidationError(
            "This is HTML, not a report's text: copy the report as it reads on the page "
            "(select the text, not the page source) and paste that."
        )
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 8:
        raise ValidationError("Paste the report's whole text: this is too short to draft from.")
    language = language_of(text)
    if language != "English":
        reads_as = f"reads as {language}" if language else "does not read as English"
        raise ValidationError(
            f"This {reads_as}; the drafter reads reports in English. Add records from it by hand."
        )
    return text


def too_long(length, more=False):
    """Why a text of ``length`` characters (or more, if ``more``) is refused."""
    return (
        f"The text is {'more than ' if more else ''}{length:,} characters long; paste one "
        f"report, of at most {LONGEST_TEXT:,} characters."
    )


def drafted(text, published_on, index):
    """The drafts of a checked report, speakers matched to ``index`` (a ``SpeakerIndex``);
    refused whole if it drafts more records than one report holds."""
    try:
        drafts = draft_article(text, published_on, index.people, index.actors)
    except (ValueError, ArithmeticError, LookupError) as error:
        # A shape of words the drafter's rules mishandle is its fault, not the editor's: say
        # so plainly, keep the trace for us, and let the records be added by hand.
        logger.exception("The drafter failed on a %s-character report", len(text))
        raise ValidationError(
            "The drafter could not read this report (a fault of ours, logged): add its "
            "records by hand."
        ) from error
    found = len(drafts) + sum(len(draft.parts) for draft in drafts)
    if found > MOST_DRAFTS:
        raise ValidationError(
            f"This text drafts {found:,} records, more than one report holds "
            f"({MOST_DRAFTS} at most): paste one report at a time."
        )
    return drafts


def draft_report(text, published_on, index):
    """The drafts of a report's text published on ``published_on``: the text and the day
    checked as the paste form checks them, then drafted."""
    return drafted(checked_text(text), checked_day(published_on), index)
