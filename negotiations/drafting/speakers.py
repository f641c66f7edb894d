"""Who said it: the speaker a report names for a quote or a reported statement, matched to
the tracker's people and actors by name, surname or title. A speaker the report does not
name keeps the report's description ("a Hamas official") and is given no name."""

import re
from dataclasses import dataclass

from .dates import MONTHS, WEEKDAY_NAMES
from .not_speakers import is_a_toll, speakers_words
from .quantities import counts_in

SAYING = (
    r"(?:said|says|added|told|stated|warned|announced|noted|tweeted|wrote|confirmed|"
    # What is posted is said, unless it is pictures: "posted images of the freed troops".
    r"posted(?!\s+(?:an?\s+|the\s+|new\s+)?(?:images?|photos?|pictures?|videos?|footage|clips?)\b)|"
    r"stressed|declared|insisted|reiterated|(?:re)?affirmed|emphasi[sz]ed|underlined|"
    r"underscored|explained|argued|claimed|asserted|acknowledged|pointed\s+out|called\s+for|"
    r"expressed\s+(?:hope|concern|confidence|regret)|"
    # In the present, only before "that": "The ministry reports that …", never the noun
    # ("Media reports said …").
    r"(?:(?<![Mm]edia\s)(?<![Nn]ews\s)(?<![Pp]ress\s)(?<![Aa]mid\s)(?<![Ll]ocal\s)(?<![Ss]ome\s)"
    r"reports|confirms|notes|adds|warns|insists|stresses|announces|acknowledges)"
    r"(?=\s+that\b))"
)
PRONOUNS = {"he", "she", "they"}
#: Quotation marks, straight or curly.
QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")
#: A word of a name: "Guterres", "al-Ansari", "Secretary-General"; a stop only inside
#: ("J. Smith").
NAME_WORD = r"(?:(?:al|el|ad|as|abu|bin|ben)-)?[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?"
#: Whom it was told: "told Reuters", "told reporters", "told the Associated Press".
TOLD = (
    r"(?:(?<=told)\s+(?:reporters|journalists|"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:conference|briefing|meeting|session|summit|forum|"
    rf"rally|crowd|audience|interview|parliament)|(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*))?"
)
#: When it was said, after the verb: "on Tuesday", "late Wednesday", "Monday", "yesterday",
#: "last night", "on May 22".
WHEN = (
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\s+(?:yesterday|today|last\s+night|earlier\s+today)"
    rf"|\s+on\s+(?:{MONTHS})\s+\d{{1,2}}"
)
#: Where or how it was said, after the verb: "on X", "in a statement", "in a post on
#: Telegram", "in a phone call with Reuters", "at Friday's ceremony", "to reporters".
MEDIUM = r"\s+(?:in|on|at|via|through|during|to|from|by|over|with|of|about)\s+[^,.;:\"“”]{1,70}?"
#: Words between a speaker and the verb that are not the speaker: "Hamas also said",
#: "Israel had previously said".
BETWEEN = (
    r"(?:(?:also|had|has|have|previously|earlier|later|again|separately|then|further|"
    r"once|repeatedly|publicly|reportedly|both|all)\s+)*"
)
#: What the verb is said with, last: "said as the talks ended", "said after the signing".
WHILE = r"(?:\s+(?:as|after|when|before|while|following)\s+[^,.;\"“”]{1,80})?"
#: Whom or what it was told, closing a sentence: "told a daily briefing".
TOLD_ANYONE = r"(?:(?<=told)\s+[^,.;:\"“”]{1,60}?)?"
#: A relative clause names no speaker: "The deal, which Qatar announced, …"; nor does a
#: passive: "The truce” were announced by Washington".
NOT_RELATIVE = r"(?!\s*(?:which|who|whom|whose|where|was|were|is|are|been|being)\b)"
#: "…, Qatar said on Tuesday." / "…," Ansari said on X, formerly Twitter. / "…," he added.
SAID_AFTER = re.compile(
    rf"[,”\"]\s*{NOT_RELATIVE}(?P<who>[^,\"“”]{{1,80}}?)\s+{BETWEEN}(?:{SAYING}|read){TOLD_ANYONE}"
    rf"(?P<when>{WHEN})?"
    rf"(?P<outlet>{MEDIUM})?(?P<later>{WHEN})?{WHILE}(?=[,.;:]|$)"
)
#: "…," Maria Lopez, a spokeswoman for the ministry, had said.
SAID_AFTER_APPOSITIVE = re.compile(
    rf"[,”\"]\s*(?P<who>{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}),\s+"
    rf"(?P<role>(?:an?|the|who|whose|[a-z]+\s+of)\b[^\"“”]{{1,140}}?),\s+{BETWEEN}{SAYING}{TOLD}"
    rf"(?P<when>{WHEN})?(?P<outlet>{MEDIUM})?(?P<later>{WHEN})?(?=[,.;]|$)"
)
#: Lowercase words of a name's title: "Hamas spokesman Abu Obeida".
TITLE_WORD = (
    r"(?:spokes(?:man|woman|person)|official|leader|chief|minister|president|envoy|negotiator|"
    r"commander|member|head|adviser|advisor|secretary|director|ambassador|representative|"
    r"deputy|senior|foreign|defen[cs]e|prime|political|military|bureau|general|special)"
)
#: A name as a report writes it: "UN Secretary-General António Guterres", "the Angolan
#: presidency", "a senior official", "joint statement"; never a clause ("the talks would
#: resume").
NAMED = (
    r"(?:(?:an?|the)\s+(?![^,.;:\"“”]*\b(?:would|will|had|has|have|was|were|is|are|could|"
    r"should|might|must|did|does|can)\b)[^,.;:\"“”]{1,80}?"
    r"|(?:[a-z]+\s+){0,2}(?:statement|communiqu[eé]|spokes(?:man|woman|person)|sources?)"
    rf"|{NAME_WORD}(?:\s+(?:(?:of|for|the|de|al|bin|van|von|{TITLE_WORD})\s+)*{NAME_WORD})*)"
)
#: "…," Houthi negotiator, Mohammed Abdusalam, told Reuters: the title, then the name.
SAID_AFTER_TITLED = re.compile(
    rf"[,”\"]\s*(?:[A-Za-z][\w'’-]*\s+){{0,4}}?{TITLE_WORD},\s+"
    rf"(?P<who>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}),\s+{BETWEEN}{SAYING}{TOLD}"
    rf"(?P<when>{WHEN})?(?P<outlet>{MEDIUM})?(?P<later>{WHEN})?(?=[,.;]|$)"
)
#: "…, said Recep Tayyip Erdoğan on Twitter." / "…," said the Angolan presidency; never
#: "…, told Reuters", whose speaker comes before the verb.
SAID_BY = re.compile(
    rf"[,”\"]\s*(?!told\b){SAYING}(?P<when>{WHEN})?\s+(?P<who>{NAMED})(?P<later>{WHEN})?"
    rf"(?P<outlet>{MEDIUM})?(?=[,.;]|$)"
)
#: "In December 2024," / "On Thursday," / "After the vote," / "Speaking in Doha," before
#: the speaker.
LEAD = (
    r"(?:(?:But|And|Yet)\s+)?"
    r"(?:[A-Z]\w+(?:\s+\w+)?|(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ee]arlier|"
    r"[Ll]ater|[Ss]ince|[Ww]hen|[Aa]s|[Ss]peaking|[Aa]ddressing|[Ww]riting|[Aa]sked)"
    r"\s+[^,\"“”]{1,60}?),\s+"
)
#: Who the speaker is, between commas: "Ana Costa, a spokeswoman for the mission, said",
#: "The ministry, which oversees the talks, said", "Tomas Berg, head of the mission, said";
#: never the rest of a list ("Israel, the US and Qatar said").
ROLE = (
    r"(?!(?:an?|the)\s[^,\"“”]*\band\s+(?:the\s+)?[A-Z])"
    r"(?:(?:which|who|whose|an?|the)\s[^\"“”]{1,120}?"
    r"|[A-Za-z]+(?:\s+[a-z]+)?\s+(?:of|to|for)\s[^,\"“”]{1,80}?"
    rf"|(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}))"
)
#: Words set apart after the speaker: "Costa, for her part, said", "Hamas, however, said".
ASIDE = (
    r"(?:,\s+(?:for\s+(?:his|her|its|their)\s+part|however|meanwhile|in\s+turn|too|though|"
    r"in\s+response),)?"
)
#: "Details announced so far by the group": the verb is passive, what comes before it no
#: speaker.
NOT_PASSIVE = (
    r"(?!\s+(?:\w+\s+){0,2}by\s+"
    rf"(?!(?:the\s+end|noon|midnight|next|{WEEKDAY_NAMES}|{MONTHS})\b)[a-zA-Z])"
)
#: A form of "be" before the verb makes it passive: "The truce was announced".
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)$")
#: A saying within what a source relays: "… note that Senior Hamas official Osama Hamdan said".
SAYING_WITHIN = re.compile(rf"\b{NAME_WORD}\s+{BETWEEN}(?:said|says|told|stated)\b")
#: A person named as the sentence's subject, before its verb: "President Volodymyr Zelenskiy
#: posted …" (two words of a name at least: one may be a body's).
NAMED_SUBJECT = re.compile(
    rf"^(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b"
)
#: A relative word before the verb makes the saying part of a noun ("The deal that Biden
#: said"), unless the relative clause has a verb of its own ("an official who asked not to
#: be named said").
RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|what|where)\b", re.IGNORECASE)
VERB = re.compile(
    r"\b(?:[a-z]+ed|spoke|was|were|is|are|has|had|have|knows|knew|met|led|held|did|does)\b"
)
#: When it was said, closing the words of where: "in a statement late on Monday".
OUTLET_WHEN = re.compile(rf"(?:{WHEN})$")
#: A medium the claim follows with no "that": "said in a statement it had handed the list",
#: "said on Telegram the truce held".
STATEMENT_MEDIUM = (
    r"\s+(?:in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|post|video|speech|address|interview|message|"
    r"letter|briefing|communiqu[eé])(?:\s+on\s+[A-Z][\w-]*)?"
    r"|on\s+(?:X|Twitter|Telegram|Facebook|Instagram|social\s+media|state\s+(?:television|TV|media)))"
    r"(?=\s+[a-z])"
)
#: "On Monday, a Hamas official said …" / "US President Joe Biden said Monday he …" /
#: "The ministry, in a post on Telegram, noted …" / "The UN envoy, Ana Costa, told the
#: council on Monday that …" / He said: "…"
SAID_BEFORE = re.compile(
    rf"^(?P<lead>{LEAD})?(?P<who>(?:[A-Z]|(?:an?|the)\s+\w)[^,\"“”]{{0,80}}?)"
    rf"(?:,\s+(?P<role>{ROLE}),)?{ASIDE}"
    rf"(?:,\s+(?P<outlet>(?:in|on|via|through|speaking)\s+[^,\"“”]{{1,80}}),)?(?P<early>{WHEN})?\s+"
    rf"{BETWEEN}{SAYING}{NOT_PASSIVE}{TOLD}(?P<when>{WHEN})?"
    rf"(?:(?P<spoken_in>{MEDIUM})(?=[,:]|\s+that\b|\s+[“\"])|(?P<medium>{STATEMENT_MEDIUM}))?"
    r"[,:]?\s+(?:that\s+)?(?P<what>.+)$"
)
#: "The talks, Costa said, would resume": an attribution set between commas in the claim.
SAID_BETWEEN = re.compile(
    rf"^[^,\"“”]+,\s+{NOT_RELATIVE}(?P<who>[^,\"“”]{{1,60}}?)\s+{BETWEEN}{SAYING}(?P<when>{WHEN})?,\s+"
    # The claim goes on with its verb ("would resume"), not with more about the saying
    # ("adding that …", "in a statement", "as the talks ended").
    r"(?![a-z]+ing\b|(?:in|on|at|to|from|after|as|when|while|before|without|who|which|and|but|"
    r"though|although|according)\b)[a-z]"
)
#: "…, according to a statement from the ministry." / "…," according to the spokesman.
ACCORDING = re.compile(
    r"(?P<mark>[,”\"])\s*according\s+to\s+(?P<who>(?:an?\s+|the\s+|its\s+)?[^,.;\"“”]*?"
    r"\b(?P<noun>(?i:statement|spokes\w+|communiqu[eé]|announcement|declaration|official|officials|"
    r"minister|ministry|office|presidency|envoy))\b[^,;\"“”]*?)(?=[,.;]|$)"
)
#: Words "according to" gives a claim by, not only a figure: a statement, a spokesperson.
SAYING_NOUN = re.compile(r"statement|spokes|communiqu|announcement|declaration", re.I)
#: "According to the envoy, …" / "According to Ana Costa, …": the claim after the comma.
ACCORDING_OPENS = re.compile(
    rf"^According\s+to\s+(?P<who>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"
    r"|(?:an?\s+|the\s+|its\s+)?[^,\"“”]{0,60}?\b(?:statement|spokes\w+|official|officials|"
    r"minister|ministry|office|presidency|envoy|source|sources)\b[^,\"“”]{0,40}?),\s+(?P<what>.+)$"
)
#: "…, according to Axios." / "…," according to Ana Costa: a name, not a tally's source.
ACCORDING_TO_NAME = re.compile(
    rf"(?P<mark>[,”\"])\s*according\s+to\s+(?P<who>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}})"
    r"(?=[,.;]|$)"
)
#: A speaker that opens a sentence, after its date or circumstance words, if any.
#: "UN special envoy to Yemen, Martin Griffiths, welcomed …": a title, then the name.
OPENING = (
    rf"^(?P<lead>{LEAD})?(?P<who>(?:[A-Z]|(?:an?|the)\s+\w)[^,\"“”]{{0,80}}?)"
    rf"(?:,\s+(?P<named>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}),)?"
)
#: A verb in the past that is no saying: "unveiled", "led", "met".
DID = r"(?:[a-z]+ed|met|led|held|spoke|gave|made|took|sent|left|went|came|read|began)"
#: "X unveiled the plan on Friday, saying …" / "X welcomed it saying …" / "X led the talks
#: and said …"; never "X quoted Y as saying" (``QUOTED_AS_SAYING``).
SAYING_AS_WELL = re.compile(
    rf"{OPENING}\s+{BETWEEN}{DID}\b[^\"“”]*?"
    rf"(?:(?:,|(?<!\bas))\s+(?:saying|adding)|\s+and\s+{BETWEEN}{SAYING}(?:{WHEN})?)[,:]?\s+(?:that\s+)?(?P<what>.+)$"
)
#: Verbs that say something in what they do: "X thanked Y “for their patience”".
SPEECH_ACT = re.compile(
    rf"{OPENING}(?P<day>\s+(?:on\s+)?(?:{WEEKDAY_NAMES}))?\s+{BETWEEN}(?:\w+ly\s+)?"
    r"(?P<act>thanked|congratulated|welcomed|praised|hailed|urged|called\s+on|"
    r"described|called(?!\s+(?:on|for|off)\b)|labell?ed|branded|dubbed|termed|"
    r"condemned|accused|vowed|pledged|promised|appealed|demanded|rejected|"
    r"denounced|critici[sz]ed|blamed|attributed|"
    # A denial of a claim, never of a thing ("denied entry to the convoy").
    r"denied(?=\s+(?:that|any|having|responsibility|involvement|(?:the\s+)?(?:claims?|reports?|"
    r"allegations?|accusations?)|[a-z]+ing)\b))\b"
)
#: What the act calls something, quoted however short: "described the plan as the “worst
#: yet”", "called the deal “a crucial point”", "…, labelling it a “political manoeuvre”":
#: the act is a claim of theirs.
NAMING = re.compile(
    r"\b(?:describ(?:ed|ing)|call(?:ed|ing)(?!\s+(?:on|for|off)\b)|labell?(?:ed|ing)|brand(?:ed|ing)"
    r"|dubb(?:ed|ing)|term(?:ed|ing))\s+(?:[^“”\".;]{0,60}?\s)?[“\"]"
)
#: Acts whose words are a claim or a call even when none of them is quoted: "X accused Y of
#: …", "X called on both sides to …" (what was welcomed or rejected is an act, not a claim).
REPORTED_ACTS = re.compile(
    r"urged|called\s+on|accused|vowed|pledged|promised|appealed|demanded|blamed|attributed|denied"
)
#: A second speaker after a comma: "…, although an Israeli official said …", "…, and
#: after the vote, Hamas confirmed …".
SECOND_SPEAKER = re.compile(
    rf",\s+(?:and|but|although|though|while|whereas)\s+(?=(?:{LEAD})?(?:[A-Z]|(?:an?|the)\s+\w)"
    rf"[^,\"“”]{{0,80}}?\s+{BETWEEN}{SAYING}\s+\w)"
)
#: "Reuters quoted a senior source as saying that …", "The mediators were quoted by Reuters
#: as saying …": the one quoted said it.
QUOTED_AS_SAYING = re.compile(
    rf"^(?:{LEAD})?(?:(?P<quoted>[^,\"“”]{{1,60}}?)\s+(?:was|were)\s+(?:also\s+)?quoted"
    rf"(?:\s+by\s+[^,\"“”]{{1,60}}?)?|[^,\"“”]{{1,60}}?\s+(?:also\s+)?quoted\s+(?P<who>[^,\"“”]{{1,80}}?))\s+as\s+"
    r"saying[,:]?\s+(?:that\s+)?(?P<what>.+)$"
)
#: A name that opens a sentence, set apart by a comma: "Ana Costa, …"; never date or
#: circumstance words ("On Thursday,", "Late Tuesday,", "Last week,").
NAME_BEFORE_ROLE = re.compile(
    rf"^(?!(?:\w+\s+)*(?:But|And|Yet|On|In|At|During|After|Before|Earlier|Later|Late|Early|"
    rf"Since|When|As|Last|Next|This|Meanwhile|However|Speaking|Asked|{WEEKDAY_NAMES}|{MONTHS})\b)"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}),\s+$"
)
#: Whom a report quotes "as saying", as the subject of a saying: "quoted him as saying".
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: A sentence that is only a quote: “We will not give up the valley.”
WHOLLY_QUOTED = re.compile(r"^[\"“][^\"“”]+[\"”][.!?]?$")
#: A quote in single curly marks: ‘…’, its closing mark before no letter (not "don’t").
SINGLE_QUOTE = re.compile(r"‘([^‘’]+(?:’\w[^‘’]*)*)’(?!\w)")
#: "Hamas official Osama Hamdan, speaking to the Al-Manar TV station …, held out hope …"
SPEAKING_TO = re.compile(r"^(?P<who>[A-Z][^,]{0,80}?),\s+speaking\s+to\s+(?P<outlet>[^,]+),")
#: Words that name no one speaker: "Neither side", "None of them", "Each side blamed the other".
NO_ONE = re.compile(
    r"^(?:neither|nor|no\s+one|nobody|none|no\s+side|each\s+side|both\s+sides|the\s+two\s+sides)\b",
    re.IGNORECASE,
)
#: Words that start a clause, not a speaker: "and", "but", "while", "as".
LEADING = re.compile(r"^(?:and|but|while|as|so|yet|however)\s+", re.IGNORECASE)


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


def sayings_in(sentence, index, previous=None, body=None):
    """The statements ``sentence`` reports, attributed; ``previous`` is the last person
    named before it, for "he said", ``body`` the last body that spoke, for "it said"."""
    marked = _double_marked(sentence)
    sayings = []
    for clause in _clauses(marked):
        sayings += _sayings(clause, index, previous, body)
    # Back to the sentence's own marks: a quote in single marks was read as one in double.
    for saying in sayings:
        at = marked.find(saying.text)
        if at >= 0:
            saying.text = sentence[at : at + len(saying.text)]
    return [saying for saying in sayings if saying.is_direct_quote or not is_a_toll(saying.text)]


def _double_marked(sentence):
    """``sentence`` with quotes in single curly marks (‘…’) marked as double ones (“…”),
    character for character; an apostrophe (’s, don’t) stays."""
    return SINGLE_QUOTE.sub(lambda found: f"“{found[1]}”", sentence)


def _clauses(sentence):
    """The sentence, or its two clauses when a second speaker is attributed after a comma
    ("…, although an official said …")."""
    quoted = [found.span() for found in QUOTE.finditer(sentence)]
    for second in SECOND_SPEAKER.finditer(sentence):
        if not any(start < second.start() < end for start, end in quoted):
            return [sentence[: second.start()], sentence[second.end() :]]
    return [sentence]


def _sayings(sentence, index, previous, body):
    """The statements of one clause, by the first way of attributing that fits it."""
    # "According to Walla, … Hamas official Osama Hamdan said that …": the one who said it,
    # not those who relay it.
    relayed = _relayed(sentence)
    if relayed is not None and (sayings := _sayings(relayed, index, previous, body)):
        return sayings
    quotes = [match.group(1).strip().rstrip(",") for match in QUOTE.finditer(sentence)]
    full_quotes = [quote for quote in quotes if is_at_length(quote)]
    if not quotes and (between := SAID_BETWEEN.match(sentence)) is not None:
        speaker = _who(between["who"], index, previous, body)
        when = (between["when"] or "").strip()
        return [Saying(_plain(sentence), False, speaker, when)] if speaker else []
    before = SAID_BEFORE.match(sentence)
    for pattern in (SAID_AFTER_TITLED, SAID_AFTER_APPOSITIVE, SAID_BY, SAID_AFTER):
        after = _last(pattern, sentence)
        if after is None:
            continue
        start = 0
        if before is not None and not full_quotes:
            # "X has said …, Y told reporters": the attribution that closes the sentence
            # is the one the report gives; X's words go with it.
            if after.start() <= before.start("what") or sentence[after.end() :].strip(" .;"):
                continue
            start = before.start("what")
        if sentence[after.end() :].startswith(":") and not full_quotes:
            continue  # "…, Costa said: the talks …": what follows is said, not what comes before
        who = after["who"]
        if who.strip().lower() in ("he", "she") and (subject := NAMED_SUBJECT.match(sentence)):
            who = subject["name"]  # "Zelenskiy posted images …, he said": the one just named
        speaker = _who(who, index, previous, body)
        if speaker is None:
            return []
        when = (after["when"] or after["later"] or "").strip()
        outlet = (after["outlet"] or "").strip()
        if full_quotes:
            return [Saying(quote, True, speaker, when, outlet) for quote in _quoted(quotes)]
        reported = sentence[start : after.start()].strip()
        if quotes and reported[:1] in '"“' and reported[1:].strip().rstrip(",") == quotes[-1]:
            # “We are ready,” said Costa: a short quote is still a quote.
            return [Saying(quotes[-1], True, speaker, when, outlet)]
        return [Saying(_plain(reported), False, speaker, when, outlet)] if reported else []
    # "Costa led the talks and said …": the speaker is Costa, not all that comes before "said".
    also = SAYING_AS_WELL.match(sentence)
    if before is not None and (PASSIVE.search(before["who"]) or _in_a_relative(before["who"])):
        # "The ceasefire was announced on Monday", "The deal that Biden said would end the
        # war collapsed": the sentence reports no saying.
        before = None
    if before is not None and (also is None or len(also["who"]) >= len(before["who"])):
        # "The UN envoy, Ana Costa, said": the role and the name together.
        who = sentence[before.start("who") : before.end("name")] if before["name"] else None
        speaker = _who(who or before["who"], index, previous, body)
        if speaker is None:
            return []
        when = (before["when"] or before["early"] or before["lead"] or "").strip().rstrip(",")
        outlet = (before["outlet"] or before["medium"] or before["spoken_in"] or "").strip()
        if (told_when := OUTLET_WHEN.search(outlet)) is not None:
            # "in a statement on Telegram late on Monday": the day it was said, after the medium.
            outlet, when = outlet[: told_when.start()].strip(), when or told_when.group(0).strip()
        if full_quotes and not _quotes_within(before["what"], quotes):
            return [Saying(quote, True, speaker, when, outlet) for quote in _quoted(quotes)]
        return [Saying(_plain(before["what"]), False, speaker, when, outlet)]
    standing_alone = WHOLLY_QUOTED.match(sentence) and len(quotes[0].split()) >= 3
    if previous is not None and standing_alone:
        # A quote standing alone goes on with the one before it: the last speaker's.
        return [Saying(quotes[0], True, previous)]
    return _attributed_otherwise(sentence, quotes, full_quotes, index, previous, body)


def _attributed_otherwise(sentence, quotes, full_quotes, index, previous, body):
    """Statements a sentence gives with no verb of saying: "according to …", "X thanked Y
    “…”", "X unveiled the plan, saying …", "X, speaking to …, held out hope …"."""
    according = ACCORDING.search(sentence) or ACCORDING_TO_NAME.search(sentence)
    closes_a_quote = according is not None and according["mark"] in '”"' and quotes
    if (
        according is not None
        and (
            full_quotes
            or closes_a_quote
            or SAYING_NOUN.match(according.groupdict().get("noun") or "")
            # A claim by a name or a body; one with a count is a tally they are the source of.
            or not counts_in(sentence[: according.start()])
        )
    ):
        speaker = index.find(according["who"])
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        if closes_a_quote:
            # "a “lasting, fair truce,” according to the envoy": the quote it closes.
            return [Saying(quotes[-1], True, speaker)]
        reported = sentence[: according.start()].strip()
        return [Saying(_plain(reported), False, speaker)] if reported else []
    if (opening := ACCORDING_OPENS.match(sentence)) is not None:
        speaker = index.find(opening["who"])
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [Saying(_plain(opening["what"]), False, speaker)]
    if (saying := SAYING_AS_WELL.match(sentence)) is not None:
        name = _name_before_its_role(saying["lead"], saying["who"])
        who = _with_its_name(sentence, saying)
        if (speaker := _who(name or who, index, previous, body)) is None:
            return []
        if name:
            # The report's own words for them, name and role: "Ana Costa, a spokeswoman".
            speaker.words = f"{name}, {saying['who']}"
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [Saying(_plain(saying["what"]), False, speaker)]
    if (quoted := QUOTED_AS_SAYING.match(sentence)) is not None:
        # "The mediators were quoted by Reuters as saying …": the ones quoted said it.
        named = quoted["quoted"] or quoted["who"]
        who = OBJECT_PRONOUNS.get(named.lower(), named)
        if (speaker := _who(who, index, previous, body)) is None:
            return []
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [Saying(_plain(quoted["what"]), False, speaker)]
    act = SPEECH_ACT.match(sentence)
    if act is not None and not full_quotes and not _acts_itself(act["who"]):
        act = None  # "Hamas was accused of …", "The promised withdrawal …": no one's claim
    # What they called something, quoted however short, is a phrase of the act's own clause:
    # the act is the claim, in the report's words.
    naming = act is not None and quotes and NAMING.search(sentence, act.start("act"))
    if act is not None and (
        full_quotes or naming or (not quotes and REPORTED_ACTS.fullmatch(act["act"]))
    ):
        if (speaker := _who(_with_its_name(sentence, act), index, previous, body)) is None:
            return []
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in full_quotes]
        when = (act["day"] or "").strip()
        return [Saying(_plain(sentence[act.start("act") :]), False, speaker, when)]
    if (speaking := SPEAKING_TO.match(sentence)) is not None:
        speaker = index.find(speaking["who"])
        return [Saying(_plain(sentence), False, speaker, "", speaking["outlet"].strip())]
    return []


def _acts_itself(who):
    """Whether ``who`` did the act the verb after it names: not a passive ("Hamas was"), a
    modal ("Officials would"), nor an article alone ("The promised withdrawal")."""
    who = who.strip()
    return not (
        PASSIVE.search(who)
        or re.search(r"\b(?:would|could|should|will|can|cannot|did|does|do|not|to)$", who, re.I)
        or re.fullmatch(r"(?:an?|the)", who, re.I)
    )


def _with_its_name(sentence, opening):
    """Who an ``OPENING`` names: its title with the name after it, if any ("UN special envoy
    to Yemen, Martin Griffiths")."""
    if opening["named"] is None:
        return opening["who"]
    return sentence[opening.start("who") : opening.end("named")]


def _name_before_its_role(lead, who):
    """The speaker's name when what was read as the words before them is a name and they
    are its role ("Ana Costa, a spokeswoman for the mission, …"), else None."""
    named = NAME_BEFORE_ROLE.match(lead or "")
    if named is None or not re.match(r"(?:an?|the)\s", who):
        return None
    return named["name"]


def _in_a_relative(who):
    """Whether the verb after ``who`` is a relative clause's: "The deal that Biden"."""
    relative = RELATIVE.search(who)
    return relative is not None and VERB.search(who[relative.end() :]) is None


def is_at_length(quote):
    """Whether a quote is someone's words at length (six words or more), not a phrase."""
    return len(quote.split()) >= 6


def quotes_at_length(text):
    """Whether ``text`` quotes someone at length."""
    return any(is_at_length(quote) for quote in QUOTE.findall(text))


def _relayed(sentence):
    """The clause in which someone named says what ``sentence`` relays "according to" a
    source ("According to Walla, reports note that Osama Hamdan said that …"), else None."""
    opening = ACCORDING_OPENS.match(sentence)
    within = SAYING_WITHIN.search(opening["what"]) if opening else None
    if within is None:
        return None
    what = opening["what"]
    start = what.rfind(" that ", 0, within.start())
    clause = what[start + len(" that ") :] if start != -1 else what
    return clause[:1].upper() + clause[1:]


def _quotes_within(reported, quotes):
    """Whether ``reported`` is a claim in the report's words that quotes only some of them
    ("officials were “closely examining” the statement, which called for “…”"): the claim is
    the statement, not each quote."""
    lead_in = QUOTE.split(reported, maxsplit=1)[0]
    quoted = sum(len(quote) for quote in quotes)
    return len(lead_in.split()) >= 2 and quoted < 0.6 * len(reported)


def _quoted(quotes):
    """The quotes of a sentence that quotes someone at length: each of two words or more
    ("procedural agreements" beside a whole sentence quoted), none of one word."""
    return [quote for quote in quotes if len(quote.split()) >= 2]


def _last(pattern, sentence):
    """The last match of ``pattern`` in ``sentence``: the attribution closes what it
    attributes."""
    matches = list(pattern.finditer(sentence))
    return matches[-1] if matches else None


def _who(words, index, previous, body=None):
    """The speaker ``words`` name, ``previous`` for a pronoun, ``body`` for "it" (and for
    "they" after a body), None for words that name no one ("Neither side", an "it" with no
    body before)."""
    words = speakers_words(speaker_words(words))
    if not words or NO_ONE.match(words):
        return None
    if words.lower() == "they" and body is not None:
        return body  # "Officials said …. They said …": the body that spoke last
    if words.lower() in PRONOUNS:
        return previous if previous is not None else Speaker(words)
    if words.lower() == "it":
        return body
    return index.find(words)


def speaker_words(words):
    """A speaker's words without what is not theirs: "Hamas" for "and Hamas also"."""
    words = LEADING.sub("", words.strip())
    return re.sub(rf"\s+{BETWEEN}$", "", words + " ").strip()


def _plain(words):
    return words.strip().rstrip(",.").strip()
