"""Whom "he" or "she" stands for: the last person a report named, as a speaker or as the
subject of a sentence ("Garcia, whose presence …, was more cautious. “…,” he said.").

A sentence's subject counts only when it is a full name ("ELN leader Antonio Garcia
attended") or a surname the report gave before with a first name or a title ("Garcia, …"),
so that "Dialogue with the ELN started …" names no one."""

import re

from .attributions import FULL_NAME_WORDS, NAME_GAP, NAME_WORD, PRONOUNS, TITLE_WORD, WHO_THEY_ARE
from .date_words import MONTHS, WEEKDAY_NAMES

#: One of those just told of, named after a comma: "One of them, 25-year-old military engineer
#: Alexander Kapanadze, had a bad wound in the leg."
ONE_OF_THEM = re.compile(
    rf"^(?:One\s+of\s+(?:them|the\s+\w+)|Among\s+them\s+(?:was|were)),\s+(?:[^,\"“”]{{0,60}}?\s)?"
    rf"(?P<name>{FULL_NAME_WORDS})(?=,|\.|$)"
)
#: A minister with a portfolio, then a name: "Minister for Information and Broadcasting Fawad
#: Chaudhry".
PORTFOLIO = re.compile(
    rf"\b(?:Minister|Secretary)\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{1,4}}?"
    rf"{NAME_WORD}(?:{NAME_GAP}{NAME_WORD})+"
)
#: A person by a title before their full name: "ex-Tanzanian president Julius Nyerere".
TITLED = re.compile(rf"\b(?i:{TITLE_WORD})\s+(?P<name>{FULL_NAME_WORDS})")
#: A run of two or more capitalised words: "Antonio Garcia", "Colombian President Gustavo Petro".
FULL_NAME = re.compile(rf"\b{FULL_NAME_WORDS}")
#: Nouns in -s that a name may qualify, never verbs: "South Sudan mediators", "Hamas officials".
PLURAL_NOUNS = (
    r"(?:mediators|officials|leaders|negotiators|forces|troops|rebels|fighters|militants|soldiers"
    r"|authorities|delegates|representatives|diplomats|sources|residents|envoys|ministers"
    r"|lawmakers|commanders|monitors|observers|peacekeepers|talks|prisoners|hostages)\b"
)
#: A sentence that opens with a name, then a comma or a verb: "Garcia, whose …", "Garcia was".
SUBJECT = re.compile(
    # "Army spokesperson Brigadier Udaya Nanayakkara denied …": a title in lower case first.
    rf"^(?:(?:[A-Z][\w'’-]*\s+)?(?:{TITLE_WORD}\s+)+)?(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,5}})"
    # Never a plural noun the name qualifies: "South Sudan mediators Thursday have …".
    # "Christofias even joked …": an adverb may come between.
    rf"(?=,|\s+(?:(?:even|still|again|once|only|just|never|\w+ly)\s+)?(?:was|is|had|has|would|will|did|also|then|later|[a-z]+ed|(?!{PLURAL_NOUNS})[a-z]+s"
    r"|met|led|held|spoke|gave|made|took|sent|left|went|came|began|flew|told|wrote)\b)"
)

#: A role, then the name between commas, opening a sentence: "The chief U.S. delegate,
#: Colonel William Tombaught, flung …", "F.A.R.C.'s second-in-command, Jacobo Arenas, remained".
#: A title before a name, set apart from it ("Colonel William Tombaught", "Dr. Ana Costa",
#: never a first name: "Adolphe Djelassem Mbaibe").
TITLE_BEFORE_A_NAME = (
    r"(?:[A-Z][a-z]{1,4}\.|Mr|Mrs|Ms|Dr|Colonel|General|Major|Captain|Lieutenant|Commander"
    r"|Brigadier|Admiral|Sergeant|Ambassador|Senator|Sheikh|Bishop|Father|Sir|[a-z]+)"
)
ROLE_THEN_NAME = re.compile(
    # (a person's role, never a place's or a group's: "The southern city, Kherson City, was")
    # "Former member of the armed MPRD, Adolphe Mbaibe, was …": "Former" with no article.
    rf"^(?:[Tt]he|[Aa]n?|[A-Z][\w.'’-]*['’]s|Former)\s+(?=[^,]*\b(?i:{TITLE_WORD}|{WHO_THEY_ARE}|delegate|mediator"
    rf"|second-in-command|director-general)\b)(?:[\w.'’()-]+\s+){{0,10}}?[\w.'’()-]+,\s+(?:{TITLE_BEFORE_A_NAME}\s+)?"
    rf"(?P<name>{FULL_NAME_WORDS}),\s+(?!(?:who|whose|which|said|says|told|and|or)\b)[a-z]"
)

#: Words that open a sentence before its subject: "However, Ukrainian President …".
CONNECTIVE = re.compile(
    r"^(?:However|But|Meanwhile|Still|Yet|Separately|Earlier|Later|And),?\s+(?=[A-Z])"
)

#: Words of a time or a place that open a sentence, never a person's name: "On Monday",
#: "In March", "Last Week".
NO_NAME = re.compile(
    rf"^(?:On|In|At|By|For|From|After|Before|Since|During|Until|Last|Next|This|Early|Late|What)\s"
    rf"|^(?:{WEEKDAY_NAMES}|{MONTHS})$"
)
#: A clause of time or place before the subject: "But in a televised address Wednesday, …".
WHEN_OR_WHERE_FIRST = re.compile(
    r"^(?:(?:But|And|Yet)\s+)?(?:(?:Just|Shortly|Soon|Immediately|Right)\s+(?=after|before))?"
    r"(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ll]ater|[Ee]arlier"
    r"|[Ss]peaking|[Aa]ddressing)\b[^,\"“”]{1,80},\s+(?=[A-Z]|(?:the|an?)\s)"
)
#: Words of a headline's run of capitals, never of a person's name: "Israel Hamas Truce".
NOT_A_NAME = re.compile(
    r"\b(?:Truce|Ceasefire|Cease-[Ff]ire|Deal|Talks|Agreement|Accord|Peace|War|Says|Said|Agree"
    r"|Agrees|Release|Releases|Freed|Free|Swap|Prisoners|Hostages|Plan|News|Times|Post|Report"
    r"|Attack|Attacks|Army|Forces|Holds|Ends|Begins)\b"
)
#: A speaker that is a body, not a person: "the Foreign Ministry", "the army".
BODY = re.compile(
    r"\b(?:office|ministry|government|army|military|group|movement|presidency|council|"
    r"committee|agency|delegation|embassy|side|forces|statement|mission|administration|"
    r"department|cabinet|party|organi[sz]ation|union|court|text|nations|states|house|kremlin|"
    r"commission|assembly|parliament|authority|authorities|bureau|front|brigades|navy|guards?|"
    r"police|bank|fund|program(?:me)?|cross|crescent)$",
    re.IGNORECASE,
)
#: A body that made something public, opening a sentence: "The ELN delegation earlier
#: announced the deal on Twitter." A quote standing alone after it is the body's.
BODY_MADE_PUBLIC = re.compile(
    r"^(?P<body>(?:The|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:also\s+|earlier\s+|later\s+)?"
    r"(?:announced|declared|posted|published|issued|released|tweeted)\b"
)
#: Speakers who are many, by the words before "of" or "from": "The foreign ministers of …",
#: "Israel and Hamas", "Hamas officials": they are "they", never "he" nor "it".
MANY = re.compile(
    r"\b(?:ministers|officials|leaders|sources|diplomats|negotiators|mediators|representatives"
    r"|delegates|spokesmen|members|residents|witnesses|activists|people|sides|parties|groups)$"
    r"|\s(?:and|&)\s"
    # Any noun in the plural ("The mothers of …", "the kidnappers"), or a group's name in it
    # after its article ("the Liberation Tigers of …"), never a surname ("Mr Adams").
    r"|(?-i:^(?:[\w'’-]+\s+)*[a-z]{2,}s(?<!ss)(?<!us)(?<!is)$"
    r"|^[Tt]he\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][a-z]+s(?<!ss)(?<!us)$)",
    re.IGNORECASE,
)
#: Where the words naming a speaker go on past the one named: "An official close to the
#: talks", "A doctor who treated the prisoners".
HEAD_ENDS = re.compile(
    r"\s+(?:of|from|for|in|at|on|with|to|who|whose|that|which|close|familiar|briefed)\s"
)
#: A title that makes "The …" a person: "The Reverend Harold Good", "The Dalai Lama".
A_PERSONS_TITLE = re.compile(
    r"\b(?:Reverend|Rev|President|General|Prime|Minister|Archbishop|Bishop|Pope|Cardinal|Father"
    r"|Sheikh|King|Queen|Prince|Princess|Emir|Sultan|Duke|Lord|Lady|Sir|Dalai|Ayatollah)\b"
)
#: A speaker named after a role in lower case, which the report's runs of capitals leave out:
#: "Australian foreign minister Penny Wong".
ROLE_IN_LOWER_CASE = re.compile(
    rf"\b(?:(?!(?:and|or|with|by|of|to|the|an?|for|from|in|on|at|as)\b)[A-Za-z][\w'’-]*\s+){{0,2}}?"
    rf"{TITLE_WORD}\s+{FULL_NAME_WORDS}"
)
#: A title given to someone the report does not name: "An Israeli official met …", "the
#: Pakistani foreign minister in Islamabad".
UNNAMED_TITLE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z][\w'’-]*\s+){{0,2}}?{TITLE_WORD}"
    rf"(?:\s+{TITLE_WORD})?\b(?!\s+[A-Z])"
)
#: A speaker described by a title alone: "the Malaysian prime minister", "The President".
DESCRIBED = re.compile(
    r"^[Tt]he\s+(?P<title>(?:[A-Z][a-z]+\s+)?(?:[a-z]+|[A-Z][a-z]+$)(?:\s+[a-z]+)?)$"
)


def _named_with(title, names):
    """{surname: the words that named them} of those ``names`` give ``title`` before a name."""
    named = {}
    for name in names:
        at = name.lower().find(title)
        rest = name[at + len(title) :].split() if at >= 0 else []
        if rest[:1] in (["for"], ["of"]):
            rest = rest[-2:]  # "Minister for Information and Broadcasting Fawad Chaudhry"
        if (at == 0 or name[at - 1 : at] == " ") and rest and rest[0][:1].isupper():
            named[rest[-1]] = name
    return named


class Subjects:
    """The people a report has named so far, read sentence by sentence."""

    def __init__(self, index):
        self.index = index
        #: The speaker "he" says, or None before anyone is named.
        self.previous = None
        #: The body "it" says: the last speaker, when that was no person.
        self.body = None
        #: Whom a quote standing alone goes on from: the last speaker, person or body.
        self.quoted = None
        self.surnames = set()
        #: The first names and surnames of full names: their last two words.
        self.names = set()
        #: Every run of capitalised words that named someone, in order.
        self.full_names = []
        #: People named after a role in lower case ("foreign minister Penny Wong").
        self.with_roles = []
        #: The words of speakers and others the report did not name ("an Israeli official"),
        #: in lower case, and the titles it let name someone named before ("the official").
        self.unnamed = []
        self.resolved = set()
        #: The people named with a title, by surname, until someone speaks.
        self.titled = {}
        #: Whether "he" is the one of them, for want of anyone else.
        self._by_title = False

    def spoke(self, speaker):
        """``speaker`` has just said something: "it" is now them if a body, "he" or "she"
        if not (a body is never "he": "he" stays the last person)."""
        words = speaker.words.strip()
        self.quoted = speaker
        if words.lower() in PRONOUNS:
            return
        if speaker.person is None and not re.search(rf"{FULL_NAME_WORDS}$", words):
            self.unnamed.append(words.lower())
        if speaker.person is None and MANY.search(re.split(HEAD_ENDS, words)[0]):
            self.body = speaker  # "they said", as of a body; "he" stays the last person
            return
        if speaker.person is None and self._is_a_body(words):
            self.body = speaker
            if self.previous is None and not BODY.search(words):
                # "Zelensky said …" with no person named before: "he" can be no one else.
                self.previous = speaker
        else:
            self.previous, self.body = speaker, None
            self.titled = None  # "he" follows the people who speak from now on

    def _is_a_body(self, words):
        """A body by its noun ("the ministry"), or one capitalised word that was no person's
        first name or surname in a full name ("Hamas", not "Biden" nor "Anwar")."""
        one_name = re.fullmatch(NAME_WORD, words) and words not in self.names
        # "The Afghan Taliban", "The Islamic Emirate": a body named with its article.
        named_body = re.fullmatch(r"[Tt]he\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", words) and not (
            A_PERSONS_TITLE.search(words)
        )
        return bool(BODY.search(words) or one_name or named_body)

    def _is_a_person(self, name):
        """A surname the report gave before with a first name or title, or a full name
        ("Colombian President Gustavo Petro"), never a body's ("United Nations Security
        Council", "The Kremlin")."""
        words = name.split()
        if NO_NAME.search(name):
            return False  # "On Monday, it appeared …": a day, not a person
        if words[-1] in self.surnames:
            return True
        return len(words) >= 2 and words[0] not in ("The", "A", "An") and not BODY.search(name)

    def known(self, speaker):
        """The person a title or a name alone names when the report named one person with it
        before: "the Malaysian prime minister" or "Anwar" after "Prime Minister Anwar Ibrahim"."""
        words = speaker.words.strip()
        if speaker.person is None and re.fullmatch(NAME_WORD, words) and words in self.names:
            return self._in_full(speaker, words)
        described = DESCRIBED.match(words)
        if speaker.person is not None or described is None:
            return speaker
        title = described["title"].lower()
        named = _named_with(title, self.full_names)
        if not named and not any(title in unnamed for unnamed in self.unnamed):
            # "Australian foreign minister Penny Wong said …": a title in lower case names her
            # only when no one left unnamed bore it ("An Israeli official said …", "She met
            # the Pakistani foreign minister").
            named = _named_with(title, self.with_roles)
        if len(named) != 1:
            return speaker
        self.resolved.add(words.lower())
        return self.index.find(next(iter(named.values())))

    def _in_full(self, speaker, name):
        """The full name the report gave before for one of its names, at its longest: "Sanan"
        after "Interior Minister Sanan Kachornprasart"; the speaker as found when two people
        bear it."""
        named = {}
        for full in self.full_names:
            full = re.sub(r"['’]s$", "", full)
            words = full.split()
            # A run of capitals across a line's end may join two ("Cuba\nAlan Gross").
            if "\n" in full or words[0] in ("The", "A", "An") or BODY.search(full):
                continue
            if name in words[-2:] and not NOT_A_NAME.search(" ".join(words[-2:])):
                person = tuple(words[-2:])
                named[person] = max(named.get(person, ""), full, key=len)
        return self.index.find(next(iter(named.values()))) if len(named) == 1 else speaker

    def read(self, sentence, said=False):
        """Learns the names ``sentence`` gives; one that opens a sentence reporting no saying
        (``said`` false) is now whom "he" stands for."""
        plain = CONNECTIVE.sub("", sentence)
        first = WHEN_OR_WHERE_FIRST.sub("", plain)
        # (a role set apart before the name first: "Indonesia's Chief Negotiator, Wiryono
        # Sastrohandoyo, called …" names Wiryono Sastrohandoyo, not the role)
        opening = ROLE_THEN_NAME.match(first) or SUBJECT.match(first) or ONE_OF_THEM.match(plain)
        if opening and not said and self._is_a_person(opening["name"]):
            self.previous = self.quoted = self.index.find(opening["name"])
            self._by_title = False
        made_public = BODY_MADE_PUBLIC.match(plain)
        if made_public and not said and BODY.search(made_public["body"]):
            self.quoted = self.index.find(made_public["body"])
        self._only_one_titled(sentence)
        self.with_roles += [found.group(0) for found in ROLE_IN_LOWER_CASE.finditer(sentence)]
        for title in UNNAMED_TITLE.finditer(sentence):
            if title.group(0).lower() not in self.resolved:
                self.unnamed.append(title.group(0).lower())
        for titled in PORTFOLIO.finditer(sentence):
            self.full_names.append(titled.group(0))  # "the minister" may be this one
        for name in FULL_NAME.finditer(sentence):
            # "Prime Minister Benjamin Netanyahu’s office" names Netanyahu.
            words = re.sub(r"['’]s$", "", name.group(0)).split()
            self.surnames.add(words[-1])
            self.names.update(words[-2:])
            self.full_names.append(name.group(0))

    def _only_one_titled(self, sentence):
        """Before anyone speaks, "he" or "she" is the one person the report has named with a
        title ("with the facilitator, ex-Tanzanian president Julius Nyerere, lashing out"),
        and no one once it has named two."""
        if self.titled is None:
            return
        for titled in TITLED.finditer(sentence):
            name = re.sub(r"['’]s$", "", titled["name"])
            if "\n" not in name and not NOT_A_NAME.search(name) and not BODY.search(name):
                self.titled.setdefault(name.split()[-1], name)
        if len(self.titled) == 1 and self.previous is None:
            self.previous = self.index.find(next(iter(self.titled.values())))
            self._by_title = True
        elif len(self.titled) > 1 and self._by_title:
            self.previous, self._by_title = None, False
