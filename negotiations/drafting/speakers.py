"""Who said it: the speaker a report names for a quote or a reported statement, matched to
the tracker's people and actors by name, surname or title. A speaker the report does not
name keeps the report's description ("a Hamas official") and is given no name."""

import re
from dataclasses import dataclass

from .attributions import BETWEEN, LEADING, NO_ONE, PRONOUNS
from .not_speakers import speakers_words


@dataclass
class Speaker:
    """Who a report says spoke: a person or actor of the tracker where the words name one,
    else the report's own words for them."""

    words: str
    person: object = None
    actor: object = None

    @property
    def description(self):
        """The report's words, for a speaker it does not name."""
        return "" if self.person is not None else self.words


@dataclass
class Saying:
    """A statement found in a sentence: its words, quoted or reported, and who said it."""

    text: str
    is_direct_quote: bool
    speaker: Speaker
    #: The words that date it ("on Tuesday"), empty when the report does not.
    when: str = ""
    outlet: str = ""

    def __post_init__(self):
        # "said here Tuesday", "Also on Tuesday, …": where the agency filed from, or a link
        # to what came before, is no part of when it was said.
        self.when = re.sub(r"^(?:here|also|and|but)\s+", "", self.when, flags=re.IGNORECASE)


class SpeakerIndex:
    """The tracker's people and actors, found by the words a report uses for them."""

    def __init__(self, people, actors):
        self.people = list(people)
        self.actors = list(actors)
        # Each actor by its name and its other names ("Ansar Allah"), the longest first.
        self.actor_names = sorted(
            (
                (name, actor)
                for actor in self.actors
                for name in (actor.name, *getattr(actor, "other_names", ()))
            ),
            key=lambda pair: -len(pair[0]),
        )
        surnames = [_surname(person.name) for person in self.people if person.name]
        #: A surname alone names a person only when no one else bears it.
        self.unique_surnames = {name for name in surnames if surnames.count(name) == 1}

    def find(self, words):
        words = words.strip()
        named = [person for person in self.people if person.name and self._names(person, words)]
        if len(named) == 1:
            return Speaker(words, person=named[0], actor=named[0].affiliation)
        # "The Qatari premier" names the one person with that title; "a Hamas official" is
        # one of many and names no one.
        titled = [
            person
            for person in self.people
            if person.title and re.search(rf"\bthe\s+{re.escape(person.title)}\b", words, re.I)
        ]
        if len(titled) == 1:
            return Speaker(words, person=titled[0], actor=titled[0].affiliation)
        for name, actor in self.actor_names:
            if re.search(rf"\b{re.escape(name)}\b", words):
                return Speaker(words, actor=actor)
        return Speaker(words)

    def who(self, words, previous, body=None):
        """The speaker ``words`` name, ``previous`` for a pronoun, ``body`` for "it" (and for
        "they" after a body), None for words that name no one ("Neither side", an "it" with no
        body before, a "he" with no person before)."""
        words = speakers_words(speaker_words(words))
        if not words or NO_ONE.match(words):
            return None
        if words.lower() == "they":
            # "Officials said …. They said …": the body that spoke last; never one person.
            return body
        if words.lower() in PRONOUNS:
            return previous  # no one named before: "he" is no one the report lets us name
        if words.lower() == "it":
            return body
        return self.find(words)

    def _names(self, person, words):
        """Whether ``words`` are the person: their name or unique surname, after their title
        at most ("US President Joe Biden"); "an aide to Joe Biden" is someone else."""
        surname = _surname(person.name)
        names = [person.name, *([surname] if surname in self.unique_surnames else [])]
        for name in names:
            found = re.search(rf"(?:^|\s){re.escape(name)}$", words)
            if found and not COMPLEMENT.search(words[: found.start() + 1]):
                return True
        return False


#: Words that make a name the complement of someone else: "an aide to", "a spokesman for".
COMPLEMENT = re.compile(r"\b(?:to|for|of|with|from|by|near)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)*$")


def _surname(name):
    """The last name, without its article: "Ansari" for "Majed al-Ansari"."""
    return re.sub(r"^(al|el|ben|bin|van|von|de)-", "", name.split()[-1], flags=re.I)


#: A participle after a speaker that tells what they do, not who they are, and all after it:
#: "Chechen rebels holding more than 100 hostages".
HOLDING = re.compile(
    r"(?<=\w)(?<!\bthe)(?<!\ban)(?<!\ba)\s+(?:holding|carrying|controlling|guarding|manning"
    r"|occupying|besieging|representing)\s+\w.*$"
)


SIGNED_BY = re.compile(
    r"^(?:an?|the|its|their)\s+(?:statement|communiqu[eé]|letter)\s+(?:signed|issued)\s+by\s+(?=\S)"
)


#: A dateline the sentence opens with: "ISLAMABAD: ", "GENEVA (Reuters) - ".
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:\s*\([^)]{1,40}\))?\s*[:—–-]\s+")
#: A time the speaker's act is set against: "A day after the government (announced …)".
SET_AGAINST = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|(?:hour|day|week|month|year|moment|minute)s?"
    r"|just|only|soon|\w+ly)\s+){1,3}(?:after|before)\s+(?=\S)",
    re.IGNORECASE,
)
#: A name for something given by its subject: "Delegations … held what they (called …)".
WHAT_THEY = re.compile(r"^(?P<who>.+?)\s+[a-z]+\s+what\s+(?:they|it|he|she)$")

#: A clause with a verb of its own, then a conjunction, before the speaker's words.
#: ("The fresh border violence came amid tensions after India (alleged …)"; never a relative
#: clause of the speaker's: "Israeli officials who met the mediators before the talks".)
NOT_A_RELATIVE = r"(?:(?!\b(?:who|whom|whose|which)\b).)"
IN_A_CLAUSE_BEFORE = re.compile(
    rf"^{NOT_A_RELATIVE}*?\b(?:was|were|is|are|had|has|have|\w+ed|came|began|went|broke|fell)\b"
    rf"{NOT_A_RELATIVE}*?\s(?:when|after|as|because|before|while)\s+(?=(?:the|an?|[A-Z]))"
)


#: Nouns in -ly a speaker may end with, which are no adverb between the speaker and the verb
#: ("The ANC frequently has accused"): "the army daily", "his family", "the national assembly".
LY_NOUNS = r"(?:daily|weekly|monthly|quarterly|family|ally|assembly|rally|supply|reply)"


def speaker_words(words):
    """A speaker's words without what is not theirs: "Hamas" for "and Hamas also", "Ana
    Costa" for "Ana Costa who signed the deal" (an unnamed "official who asked not to be
    named" keeps what describes them)."""
    words = DATELINE.sub("", words.strip())
    words = SET_AGAINST.sub("", LEADING.sub("", words))
    words = WHAT_THEY.sub(r"\g<who>", words)
    words = SIGNED_BY.sub("", words)  # "a statement signed by its spokesman": the spokesman's
    words = re.sub(r"(\b[A-Z][\w'’.-]*)\s+who\s+\w.*$", r"\1", words)
    # "Chechen rebels holding more than 100 hostages": who they are, not what they hold.
    words = HOLDING.sub("", words)
    # "The statement was embroiled in controversy when the Government": the Government.
    words = IN_A_CLAUSE_BEFORE.sub("", words)
    words = re.sub(rf"\s+{BETWEEN}$", "", words + " ").strip()
    return re.sub(rf"(?<=\w)\s+(?!{LY_NOUNS}\b)[a-z]+ly$", "", words)
