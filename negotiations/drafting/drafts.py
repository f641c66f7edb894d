"""What the drafter proposes: a record's kind, its values and the passage it rests on."""

import re
from dataclasses import dataclass, field

#: A character of one clause: no stop, comma, semicolon or quotation mark, but the comma or
#: stop of a number ("release 1,081 detainees", "$2.5 billion").
IN_A_CLAUSE = r"(?:[^,;.“”\"]|(?<=\d)[,.](?=\d))"


@dataclass
class Draft:
    """One proposed record: its kind, the values an editor reviews, and the passage of the
    report it rests on, verbatim."""

    kind: str
    values: dict
    passage: str
    #: Drafts of its parts: a figure's breakdown, a proposal's terms.
    parts: list = field(default_factory=list)


def clause_with(sentence, words):
    """The part of ``sentence`` between commas that holds ``words`` (the sentence if none)."""
    clause = next((part for part in re.split(r",\s+", sentence) if words in part), sentence)
    return clause.strip(" .")
