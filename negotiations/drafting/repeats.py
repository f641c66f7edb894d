"""What a report says twice (a quote repeated, a subheading's figures told again in the
body, a day named by its date again) is drafted once: the first time it is said."""

import re

from .dates import MONTH

#: Statements whose words share this much, said by the same speaker, are one statement.
SAME_WORDS = 0.8


class Repeats:
    """The statements and figures drafted so far, to tell a repeat from a new record."""

    def __init__(self):
        self.statements = []
        self.figures = set()
        #: The bounds and the words of what each figure drafted counts.
        self.counted = []
        #: Days drafted as events, and those of them named by their date ("Oct. 7").
        self.days = set()
        self.dates = set()

    def seen(self, draft):
        """Whether ``draft`` repeats one drafted before; if not, it is remembered."""
        if draft.kind == "statement":
            return self._statement_seen(draft.values)
        if draft.kind == "figure":
            return self._figure_seen(draft.values)
        if draft.kind == "event":
            return self._day_seen(draft.values, draft.passage)
        return False

    def _day_seen(self, values, passage):
        """A day named by its date again ("since Oct. 7" after "on Oct. 7") is the same
        happening, a landmark the report goes back to, and so is a day drafted before named
        as a happening's ("at Friday's ceremony"); a weekday or "today" again may be another
        thing done that day."""
        said = re.search(r"“(.+?)”", values["date_note"])
        if said is None:
            return False
        day = (values["date"].date, str(values["date"].precision))
        if re.search(rf"\b{MONTH}", said[1]):
            if day in self.dates:
                return True
            self.dates.add(day)
        elif day in self.days and re.search(rf"\b{re.escape(said[1])}['’]s\b", passage):
            return True
        self.days.add(day)
        return False

    def _statement_seen(self, values):
        speaker = values["speaker"] or values["speaker_description"]
        words = set(_words(values["text"]))
        for other_speaker, other in self.statements:
            if _same_speaker(speaker, other_speaker) and _shared(words, other) >= SAME_WORDS:
                return True
        self.statements.append((speaker, words))
        return False

    def _figure_seen(self, values):
        """A figure with the same bounds and qualifier counting the same first word ("32
        Armenian" and "32 Armenian soldiers") is a repeat."""
        counted = _words(values["counts"])
        key = (
            values["value_min"],
            values["value_max"],
            str(values["value_qualifier"]),
            counted[0] if counted else values["words"].lower(),
        )
        if key in self.figures or self._told_again(key[:3], values["counts"]):
            return True
        self.figures.add(key)
        self.counted.append((key[:3], values["counts"]))
        return False

    def _told_again(self, bounds, counts):
        """A figure with the same bounds counting the same people, told with other common
        words before them ("20 living hostages" after "20 surviving Israeli hostages"), but
        no other proper ones ("100 Russian prisoners" after "100 Ukrainian prisoners")."""
        words = counts.split()
        if not 1 <= len(words) <= 3:
            return False
        for other_bounds, other in self.counted:
            others = other.split()
            if other_bounds != bounds or not 1 <= len(others) <= 3:
                continue
            if others[-1].lower() != words[-1].lower() or not words[-1].isalpha():
                continue
            names, other_names = _proper(words[:-1]), _proper(others[:-1])
            if names <= other_names or other_names <= names:
                return True
        return False


def _same_speaker(one, other):
    """The same person or the same words, or a name within the other's ("Costa" in "Foreign
    Minister Ana Costa"): a report names someone in full, then shorter."""
    if one == other:
        return True
    if not (isinstance(one, str) and isinstance(other, str)):
        return False
    one, other = set(_words(one)), set(_words(other))
    return bool(one and other) and (one <= other or other <= one)


def _proper(words):
    return {word for word in words if word[:1].isupper()}


def _words(text):
    return re.findall(r"[^\W_]+", (text or "").lower())


def _shared(words, other):
    return len(words & other) / max(len(words | other), 1)
