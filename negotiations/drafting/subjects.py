"""Whom "he" or "she" stands for: the last person a report named, as a speaker or as the
subject of a sentence ("Garcia, whose presence …, was more cautious. “…,” he said.").

A sentence's subject counts only when it is a surname the report gave before with a first
name or a title ("ELN leader Antonio Garcia", then "Garcia, …"), so that "Dialogue with the
ELN started …" names no one."""

import re

from .speakers import NAME_WORD, PRONOUNS

#: A run of two or more capitalised words: "Antonio Garcia", "Colombian President Gustavo Petro".
FULL_NAME = re.compile(rf"\b{NAME_WORD}(?:\s+{NAME_WORD})+")
#: A sentence that opens with a name, then a comma or a verb: "Garcia, whose …", "Garcia was".
SUBJECT = re.compile(
    rf"^(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})"
    r"(?=,|\s+(?:was|is|had|has|would|will|did|also|then|later|[a-z]+ed|[a-z]+s)\b)"
)


class Subjects:
    """The people a report has named so far, read sentence by sentence."""

    def __init__(self, index):
        self.index = index
        #: The speaker "he" says, or None before anyone is named.
        self.previous = None
        self.surnames = set()

    def spoke(self, speaker):
        """``speaker`` has just said something: "he" is now them."""
        if speaker.words.strip().lower() not in PRONOUNS:
            self.previous = speaker

    def read(self, sentence, said=False):
        """Learns the names ``sentence`` gives; one that opens a sentence reporting no saying
        (``said`` false) is now whom "he" stands for."""
        opening = SUBJECT.match(sentence)
        if opening and not said and opening["name"].split()[-1] in self.surnames:
            self.previous = self.index.find(opening["name"])
        for name in FULL_NAME.finditer(sentence):
            self.surnames.add(name.group(0).split()[-1])
