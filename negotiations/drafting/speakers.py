"""Who said it: the speaker a report names for a quote or a reported statement, matched to
the tracker's people and actors by name, surname or title. A speaker the report does not
name keeps the report's description ("a Hamas official") and is given no name."""

import re
from dataclasses import dataclass

SAYING = r"(?:said|says|added|told|stated|warned|announced)"
PRONOUNS = {"he", "she", "they"}
#: Quotation marks, straight or curly.
QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")
#: "…, Qatar said on Tuesday." / "…," Ansari said. / "…," he added.
SAID_AFTER = re.compile(
    rf"[,”\"]\s*(?P<who>[^,\"“”]{{1,80}}?)\s+{SAYING}(?P<when>\s+(?:on\s+)?[A-Z]\w+day)?"
    r"(?:[,.]|$)"
)
#: "On Monday, a Hamas official said …" / "US President Joe Biden said Monday he …"
SAID_BEFORE = re.compile(
    rf"^(?P<lead>(?:[A-Z]\w+(?:\s+\w+)?,\s+))?(?P<who>(?:an?\s+)?[A-Z][^,\"“”]{{0,80}}?)\s+"
    rf"{SAYING}(?P<when>\s+(?:on\s+)?[A-Z]\w+day)?\s+(?:that\s+)?(?P<what>.+)$"
)
#: "Hamas official Osama Hamdan, speaking to the Al-Manar TV station …, held out hope …"
SPEAKING_TO = re.compile(r"^(?P<who>[A-Z][^,]{0,80}?),\s+speaking\s+to\s+(?P<outlet>[^,]+),")


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


def sayings_in(sentence, index, previous=None):
    """The statements ``sentence`` reports, attributed; ``previous`` is the last speaker
    named before it, for "he said"."""
    quotes = [match.group(1).strip().rstrip(",") for match in QUOTE.finditer(sentence)]
    full_quotes = [quote for quote in quotes if len(quote.split()) >= 6]
    after = SAID_AFTER.search(sentence)
    before = SAID_BEFORE.match(sentence)
    speaking = SPEAKING_TO.match(sentence)
    if after is not None and (full_quotes or not before):
        speaker = _who(after["who"], index, previous)
        when = (after["when"] or "").strip()
        if full_quotes:
            return [Saying(quote, True, speaker, when) for quote in full_quotes]
        reported = sentence[: after.start()].strip()
        return [Saying(_plain(reported), False, speaker, when)] if reported else []
    if before is not None:
        speaker = _who(before["who"], index, previous)
        when = (before["when"] or before["lead"] or "").strip().rstrip(",")
        if full_quotes:
            return [Saying(quote, True, speaker, when) for quote in full_quotes]
        return [Saying(_plain(before["what"]), False, speaker, when)]
    if speaking is not None:
        speaker = index.find(speaking["who"])
        return [Saying(_plain(sentence), False, speaker, "", speaking["outlet"].strip())]
    return []


def _who(words, index, previous):
    if words.strip().lower() in PRONOUNS:
        return previous if previous is not None else Speaker(words.strip())
    return index.find(words)


def _plain(words):
    return words.strip().rstrip(",.").strip()
