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
    """The part of ``sentence`` between commas or a closing quotation mark that holds ``words``
    (the sentence if none): never the attribution after a quote ("…,” said the envoy")."""
    parts = re.split(r",\s+|[,.!?]?[”\"]\s+", sentence)
    clause = next((part for part in parts if words in part), sentence).strip(" .")
    if clause[:1] in '“"' and not re.search(r"[”\"]", clause[1:]):
        clause = clause[1:]  # the quote it opens closes in another part
    return clause
