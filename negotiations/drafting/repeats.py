"""What a report says twice (a quote repeated, a subheading's figures told again in the
body, a day named by its date again) is drafted once: the first time it is said."""

import re

from .date_words import MONTH

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
            return self._figure_seen(draft.values, draft.passage)
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

    def _figure_seen(self, values, passage):
        """A figure with the same bounds and qualifier counting the same first word ("32
        Armenian" and "32 Armenian soldiers") is a repeat."""
        counted = _words(values["counts"])
        key = (
            values["value_min"],
            values["value_max"],
            str(values["value_qualifier"]),
            counted[0] if counted else values["words"].lower(),
        )
        if key in self.figures or self._told_again(key[:3], values["counts"], passage):
            return True
        if self._named_again(key[:3], values["words"], passage):
            return True
        self.figures.add(key)
        self.counted.append((key[:3], values["counts"], passage))
        return False

    def _named_again(self, bounds, words, passage):
        """A number the report has counted before, given again with "the" ("The rebels handed
        the 22 hostages …" after "22 civilian captives freed"): those same people."""
        if not any(
            other == bounds and other_passage != passage for other, _, other_passage in self.counted
        ):
            return False
        return bool(
            re.search(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+{re.escape(words)}\s", passage)
        )

    def _told_again(self, bounds, counts, passage):
        """A figure with the same bounds counting the same people, told with other common
        words around them ("20 living hostages" after "20 surviving Israeli hostages", "the 17
        seafarers out" after "17 Filipino seafarers aboard the ship"), but no other proper ones
        ("100 prisoners from the Ukrainian side" after "100 Russian prisoners"), nor the other
        side of a swap the same sentence tells ("100 … in exchange for 100 war prisoners")."""
        words, names = _head(counts), _names(counts)
        if not 1 <= len(words) <= 3:
            return False
        for other_bounds, other, other_passage in self.counted:
            others = _head(other)
            if other_bounds != bounds or not 1 <= len(others) <= 3 or other_passage == passage:
                continue
            if _kind_of(others[-1]) != _kind_of(words[-1]) or not words[-1].isalpha():
                continue
            other_names = _names(other)
            if names <= other_names or other_names <= names:
                return True
        return False


#: Words a report uses in turn for the same people: "their 102 hostages", "their 102 captives".
SAME_PEOPLE = {"captives": "hostages", "captive": "hostage"}


def _kind_of(word):
    word = word.lower()
    return SAME_PEOPLE.get(word, word)


def _same_speaker(one, other):
    """The same person or the same words, or a name within the other's ("Costa" in "Foreign
    Minister Ana Costa"): a report names someone in full, then shorter."""
    if one == other:
        return True
    if not (isinstance(one, str) and isinstance(other, str)):
        return False
    one, other = set(_words(one)), set(_words(other))
    return bool(one and other) and (one <= other or other <= one)


#: Where the words naming who is counted give way to where they are or what befell them:
#: "Filipino seafarers aboard the Galaxy Leader", "seafarers out".
HEAD_ENDS = re.compile(
    r"\s+(?:aboard|in|on|at|of|from|for|to|out|who|that|with|by|held|taken|being|were|was"
    # "civilian captives freed": what befell them.
    r"|freed|released|killed|wounded|captured|detained|abducted|kidnapped|exchanged|returned)\b.*$"
)


def _head(counts):
    """The words of ``counts`` that name who is counted, up to where they are."""
    return HEAD_ENDS.sub("", counts.strip()).split()


def _names(counts):
    """The proper words that say whose the people counted are: before the head's last word
    ("Russian prisoners") or after "from" ("prisoners from the Ukrainian side"), not where
    they are ("seafarers out of Yemen")."""
    head = _head(counts)
    side = re.search(r"\bfrom\s+(.*)$", counts)
    return _proper(head[:-1]) | _proper(side[1].split() if side else [])


def _proper(words):
    return {word for word in words if word[:1].isupper()}


def _words(text):
    return re.findall(r"[^\W_]+", (text or "").lower())


def _shared(words, other):
    return len(words & other) / max(len(words | other), 1)
