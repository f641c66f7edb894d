"""What a sentence says and who says it: the quotes and reported claims of a sentence, each
with its speaker, found by the attribution patterns of ``attributions`` tried in turn."""

import re

from .attributions import (
    ACCORDING,
    ACCORDING_OPENS,
    ACCORDING_TO_NAME,
    BETWEEN,
    FULL_NAME_WORDS,
    NAME_BEFORE_ROLE,
    NAMED_SUBJECT,
    NO_ONE,
    NOTHING_MORE,
    OBJECT_PRONOUNS,
    OUTLET_WHEN,
    PASSIVE,
    QUOTE,
    QUOTED_AS_SAYING,
    QUOTED_AS_SAYING_AFTER,
    RELATIVE,
    REPORTED_AT_THE_END,
    SAID_AFTER,
    SAID_AFTER_APPOSITIVE,
    SAID_AFTER_TITLED,
    SAID_BEFORE,
    SAID_BETWEEN,
    SAID_BY,
    SAID_THEN_QUOTED,
    SAYING_AS_WELL,
    SAYING_NOUN,
    SAYING_WITHIN,
    SECOND_SPEAKER,
    SIDES_TOGETHER,
    SINGLE_QUOTE,
    SPEAKING_TO,
    THING,
    THING_ANNOUNCED,
    VERB,
    WHO_SAID,
    WHOLLY_QUOTED,
    WITH_SAYING,
)
from .claim_ends import (
    ADDING,
    CIRCUMSTANCE,
    CLAIM_GOES_ON,
    CLOSING_QUOTE,
    RELAY_AT_THE_END,
    WHAT_WAS_TOLD_BEFORE,
)
from .date_words import MONTHS, WEEKDAY_NAMES
from .not_speakers import is_a_toll, speakers_words, tells_how_or_when
from .speakers import Saying, speaker_words
from .speech_acts import (
    CLAIMING_ACTS,
    DENIED_A_CLAIM,
    NAMING,
    REPORTED_ACTS,
    SPEECH_ACT,
    denial_aside,
)


def sayings_in(sentence, index, previous=None, body=None, quoted=None):
    """The statements ``sentence`` reports, attributed; ``previous`` is the last person
    named before it, for "he said", ``body`` the last body that spoke, for "it said", and
    ``quoted`` the one a quote standing alone goes on from (``previous`` if not given)."""
    marked = _double_marked(sentence)
    sayings = []
    for clause in _clauses(marked):
        found = _sayings(clause, index, previous, body, quoted or previous)
        sayings += found
        if found and re.search(rf"{FULL_NAME_WORDS}$", found[-1].speaker.words):
            # "… said A and he insisted B": "he" is the person the clause before named.
            previous = found[-1].speaker
    sayings += denial_aside(marked, sayings, lambda words: index.who(words, previous, body))
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
    ("…, although an official said …") or the same one goes on ("… and he insisted …", read
    as "He insisted …")."""
    if (first := WHILE_ONE_SAID.match(sentence)) is not None:
        return [first["first"], sentence[first.end() :]]  # "While X said A, Y said B"
    quoted = [found.span() for found in QUOTE.finditer(sentence)]
    for second in SECOND_SPEAKER.finditer(sentence):
        if not any(start < second.start() < end for start, end in quoted):
            rest = sentence[second.end() :]
            if re.match(r"(?:he|she|they)\s", rest):
                rest = rest[:1].upper() + rest[1:]  # a pronoun that opens a clause of its own
            return [sentence[: second.start()], rest]
    return [sentence]


#: "While officials said a truce had been agreed, the Taliban said …": two claims.
WHILE_ONE_SAID = re.compile(
    r"^(?:While|Although|Though|Whereas)\s+(?P<first>[^,\"“”]{1,80}?\s(?:said|says)\s[^,\"“”]{6,200}),"
    r"\s+(?=[^,\"“”]{1,80}?\s(?:said|says)\s)"
)
#: What an attribution in mid-sentence is followed by: ", heeding the call …".
PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
#: A body named just before the quote that "it" then says: "But the government “has …”".
BODY_BEFORE_ITS_QUOTE = re.compile(
    r"^(?:(?:But|And|Yet|However|Meanwhile),?\s+)?(?P<name>[Tt]he\s+[^,“”\"]{2,60}?)\s+[“\"]"
)
#: Whose a statement is, after it: "a statement from the ministry", "a communiqué by the army"
#: (never the medium: "spokesman X told Xinhua by telephone").
ITS_AUTHOR = re.compile(
    r"(?:from|by|of)\s+(?!(?:tele)?phone\b|e-?mail\b|text\b|video\b|satellite\b)"
)
#: What a plan holds, told as its call: "The kingdom’s plan also called for …".
CALLS_FOR = re.compile(r"\bcall(?:s|ed)?\s+for\b")
A_PLAN = re.compile(
    r"\b(?:plan|proposal|initiative|deal|agreement|accord|draft|roadmap|framework|resolution|"
    r"memorandum|text|document)s?$",
    re.IGNORECASE,
)
#: An inverted attribution's verb, which takes no object: "…, said a military officer."
SAID_VERB_AT_THE_END = re.compile(r"[,”\"]\s*(?:said|says)\s")
#: A speaker's role closing the sentence after their name: ", spokeswoman for the UN envoy".
ROLE_AT_THE_END = re.compile(
    r",\s+(?!(?:adding|saying|who|which|as|after|before|when|while)\b)(?:(?:an?|the)\s+)?"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|for|to|at|with)\s[^,\"“”]{1,80}"
)
#: A relative clause of a name that runs on to "saying": "…, Speight, who stormed Parliament
#: …, saying he wanted …", "…, Milosevic, whose office issued a statement saying …".
RELATIVE_SAYS = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:who|whose\s+(?P<own>[a-z]+))\s"
    r"[^\"“”]*?,?\s+(?:saying|adding)[,:]?\s+(?:that\s+)?$"
)
#: A name alone before a comma, no word of time or of linking ("However,", "Yesterday,").
LIST_HEAD = re.compile(
    rf"^(?!(?:However|Meanwhile|Separately|Earlier|Later|Still|Yet|Also|Instead|Yesterday|Today"
    rf"|Tonight|Overnight|Then|Now|Previously|Subsequently|Afterwards|Elsewhere|Finally"
    rf"|{WEEKDAY_NAMES}|{MONTHS})\b)[A-Z][\w'’-]*,\s+$"
)
#: The rest of a list of sides: "the US and Qatar".
LIST_END = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w'’-]*$")


def _sayings(sentence, index, previous, body, quoted=None):
    """The statements of one clause, by the first way of attributing that fits it."""
    # "According to Walla, … Hamas official Osama Hamdan said that …": the one who said it,
    # not those who relay it.
    relayed = _relayed(sentence)
    if relayed is not None and (sayings := _sayings(relayed, index, previous, body, quoted)):
        return sayings
    # "X said …, state radio reported.": X's words, which the outlet relays.
    if (relay := REPORTED_AT_THE_END.search(sentence)) is not None:
        told = f"{sentence[: relay.start()]}."
        if sayings := _sayings(told, index, previous, body, quoted):
            return sayings
    quotes = [match.group(1).strip().rstrip(",") for match in QUOTE.finditer(sentence)]
    full_quotes = [quote for quote in quotes if is_at_length(quote)]
    if not quotes and (between := SAID_BETWEEN.match(sentence)) is not None:
        speaker = index.who(between["who"], previous, body)
        when = (between["when"] or "").strip()
        return [Saying(_plain(sentence), False, speaker, when)] if speaker else []
    if full_quotes and (said := SAID_THEN_QUOTED.match(sentence)) is not None:
        speaker = index.who(said["after"] or said["before"], previous, body)
        return [Saying(quote, True, speaker) for quote in _quoted(quotes)] if speaker else []
    before = SAID_BEFORE.match(sentence)
    for pattern in (SAID_AFTER_TITLED, SAID_AFTER_APPOSITIVE, SAID_BY, SAID_AFTER):
        after = _last(pattern, sentence)
        if after is None or _unclosed_article_role(after):
            continue
        if after.groupdict().get("after_a_quote") and not _just_after_a_quote(after):
            continue  # "Talks had stalled, families pleaded with the government": no saying
        start = 0
        # Inverted only when what comes before is a clause, not a speaker with a role: "Ana
        # Costa, an envoy, said the troops would leave." is Costa's.
        inverted = (
            _said_by_at_the_end(after, sentence)
            and (
                before is None
                or VERB.search(before["who"])
                # "…, which was first signed in June, to come into force, said Susannah Price": what
                # was read as the claim is the speaker's name.
                or (after["who"][:1].isupper() and before["what"].startswith(after["who"]))
            )
        )
        if before is not None and not full_quotes and not inverted:
            rest = sentence[after.end() :]
            if after.start() <= before.start("what"):
                continue
            if not PARTICIPLE.match(rest):
                # "X has said …, Y told reporters": the attribution that closes the sentence
                # is the one the report gives; X's words go with it.
                if rest.strip(" .;"):
                    continue
                start = before.start("what")
            # "X declared a truce, an agency said, heeding …": the agency says all before it.
        if sentence[after.end() :].startswith(":") and not full_quotes:
            continue  # "…, Costa said: the talks …": what follows is said, not what comes before
        who = after.groupdict().get("relayed") or after["who"]
        if who.strip().lower() in ("he", "she") and (subject := NAMED_SUBJECT.match(sentence)):
            who = subject["name"]  # "Zelenskiy posted images …, he said": the one just named
        elif who.strip().lower() == "it" and (subject := BODY_BEFORE_ITS_QUOTE.match(sentence)):
            who = subject["name"]  # "But the government “has not …,” it said": the one named
        elif who.strip().lower() == "they" and (opening := ACCORDING_OPENS.match(sentence)):
            # "According to sources close to the talks, …, they said": the sources said it.
            who, start = opening["who"], opening.start("what")
        outlet = (after["outlet"] or "").strip()
        if ITS_AUTHOR.match(outlet) and SAYING_NOUN.search(who):
            # "…, said a statement from the health ministry": the statement is the ministry's.
            who, outlet = f"{who} {outlet}", ""
        speaker = index.who(who, previous, body)
        if speaker is None and NO_ONE.match(speakers_words(speaker_words(who))):
            continue  # "…, as is called for in the deal": no attribution; another may be
        if speaker is None:
            return []
        when = (after["when"] or after["later"] or "").strip()
        # "…,” the group said, adding it would halt all hostilities": a claim more.
        added = ADDING.match(sentence, after.end())
        more = [Saying(_plain(added["what"]), False, speaker, when, outlet)] if added else []
        if full_quotes:
            said = [Saying(quote, True, speaker, when, outlet) for quote in _quoted(quotes)]
            return said + [saying for saying in more if saying.text not in " ".join(quotes)]
        reported = sentence[start : after.start()].strip()
        if quotes and reported[:1] in '"“' and reported[1:].strip().rstrip(",") == quotes[-1]:
            # “We are ready,” said Costa: a short quote is still a quote.
            return [Saying(quotes[-1], True, speaker, when, outlet), *more]
        return [Saying(_plain(reported), False, speaker, when, outlet), *more] if reported else []
    # "Costa led the talks and said …": the speaker is Costa, not all that comes before "said".
    also = SAYING_AS_WELL.match(sentence)
    if before is not None and (PASSIVE.search(before["who"]) or _in_a_relative(before["who"])):
        # "The ceasefire was announced on Monday", "The deal that Biden said would end the
        # war collapsed": the sentence reports no saying.
        before = None
    if before is not None and (
        _announces_a_thing(sentence, before) or _a_plans_content(sentence, before)
    ):
        # "X announced a ceasefire on Monday": what was done, an event, not words of X's;
        # "The plan also called for talks": what a plan holds, its terms.
        before = None
    if before is not None and (also is None or len(also["who"]) >= len(before["who"])):
        # "The UN envoy, Ana Costa, said": the role and the name together.
        named = next(
            (g for g in ("name", "titled", "title_name", "unclosed_name") if before[g]), None
        )
        who = sentence[before.start("who") : before.end(named)] if named else None
        lead, told = before["lead"], before["what"]
        if _heads_a_list(lead, before["who"]):
            # "Israel, the US and Qatar said": the first of the sides, not words before them.
            who, lead = sentence[before.start("lead") : before.end("who")], None
        elif before["role"] and tells_how_or_when(before["who"]):
            # "Speaking aboard a carrier, NATO's commander Adm. Leighton Smith, said", "Also on
            # Tuesday, the foreign minister, Sameh Shoukry, said": how or when, then who.
            who, lead = before["role"], lead or before["who"]
        elif (name := _name_before_its_role(lead, before["who"])) is not None:
            # "Ana Costa, a former envoy … said": the name, not its role, is the speaker.
            who, lead = name, None
        elif before["unclosed_role"] and (
            VERB.search(before["who"]) or not speakers_words(before["who"])
        ):
            # "… since there were no charges against him, a spokesman said …", "Also on
            # Tuesday, a UN official said …": a clause or a day, then the one who said it.
            who = before["unclosed_role"]
            lead = lead or (None if VERB.search(before["who"]) else before["who"])
            nothing_more = NOTHING_MORE.fullmatch(f" {told.strip()}")
            if CIRCUMSTANCE.match(told) or nothing_more:
                # "A ceasefire came into effect, a source told AFP, following …", "…, a UN
                # spokesman said here Tuesday.": the clause before is what was said.
                told = before["who"]
                said_when = nothing_more and (nothing_more["when"] or nothing_more["when_told"])
                lead = lead or said_when
        speaker = index.who(who or before["who"], previous, body)
        if speaker is None:
            return []
        when = (before["when"] or before["early"] or lead or "").strip().rstrip(",")
        outlet = (before["outlet"] or before["medium"] or before["spoken_in"] or "").strip()
        if (told_when := OUTLET_WHEN.search(outlet)) is not None:
            # "in a statement on Telegram late on Monday": the day it was said, after the medium.
            outlet, when = outlet[: told_when.start()].strip(), when or told_when.group(0).strip()
        # "… declared “a truce”, saying it hoped …": each claim as what it is.
        claims = [part for part in CLAIM_GOES_ON.split(told) if part.strip()]
        # "…, “when we hope …”": a claim closed by a quote is both, told in _claimed.
        quotes_alone = not _quotes_within(before["what"], quotes) and not (
            len(quotes) == 1 and _claim_then_quote(before["what"])
        )
        if len(claims) == 1 and full_quotes and quotes_alone:
            return [Saying(quote, True, speaker, when, outlet) for quote in _quoted(quotes)]
        return [said for claim in claims for said in _claimed(claim, speaker, when, outlet)]
    standing_alone = WHOLLY_QUOTED.match(sentence) and len(quotes[0].split()) >= 3
    if quoted is not None and standing_alone:
        # A quote standing alone goes on with the one before it: the last speaker's.
        return [Saying(quotes[0], True, quoted)]
    return _attributed_otherwise(sentence, quotes, full_quotes, index, previous, body)


def _attributed_otherwise(sentence, quotes, full_quotes, index, previous, body):
    """Statements a sentence gives with no verb of saying: "according to …", "X thanked Y
    “…”", "X unveiled the plan, saying …", "X, speaking to …, held out hope …"."""
    opening = ACCORDING_OPENS.match(sentence)
    according = ACCORDING.search(sentence) or ACCORDING_TO_NAME.search(sentence)
    closes_a_quote = according is not None and according["mark"] in '”"' and quotes
    # A claim by a name or a body, a tally too: its count is also a figure they are the source of.
    if according is not None and opening is None:
        speaker = index.find(according["who"])
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        if closes_a_quote:
            # "a “lasting, fair truce,” according to the envoy": the quote it closes.
            return [Saying(quotes[-1], True, speaker)]
        reported = sentence[: according.start()].strip()
        return [Saying(_plain(reported), False, speaker)] if reported else []
    if opening is not None:
        speaker = index.find(opening["who"])
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [Saying(_plain(opening["what"]), False, speaker)]
    if (saying := WITH_SAYING.search(sentence)) is not None:
        if (speaker := index.who(saying["who"], previous, body)) is None:
            return []
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [Saying(_plain(saying["what"]), False, speaker)]
    if (saying := SAYING_AS_WELL.match(sentence)) is not None:
        name = _name_before_its_role(saying["lead"], saying["who"])
        who = _with_its_name(sentence, saying)
        if (relative := RELATIVE_SAYS.search(sentence, 0, saying.start("what"))) is not None:
            # "…, intervention by Slobodan Milosevic, whose office issued a statement saying
            # …": the one the clause is of says it, not the sentence's subject.
            # Whose office it is stays in the report's words: "Milosevic, whose office".
            who = (
                sentence[relative.start("name") : relative.end("own")]
                if relative["own"]
                else relative["name"]
            )
            if (speaker := index.who(who, previous, body)) is None:
                return []
            return [Saying(_plain(saying["what"]), False, speaker)]
        if (speaker := index.who(name or who, previous, body)) is None:
            return []
        if name:
            # The report's own words for them, name and role: "Ana Costa, a spokeswoman".
            speaker.words = f"{name}, {saying['who']}"
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [
            *_act_before(sentence, saying, speaker),
            Saying(_plain(saying["what"]), False, speaker),
        ]
    if quotes and (quoted := QUOTED_AS_SAYING_AFTER.search(sentence)) is not None:
        # "“…,” the BBC quoted Zuma as saying.": the quote is Zuma's.
        if (speaker := index.who(quoted["who"], previous, body)) is None:
            return []
        return [Saying(quote, True, speaker) for quote in quotes]
    if (quoted := QUOTED_AS_SAYING.match(sentence)) is not None:
        # "The mediators were quoted by Reuters as saying …": the ones quoted said it.
        named = quoted["quoted"] or quoted["who"]
        who = OBJECT_PRONOUNS.get(named.lower(), named)
        if (speaker := index.who(who, previous, body)) is None:
            return []
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in _quoted(quotes)]
        return [Saying(_plain(quoted["what"]), False, speaker)]
    act = SPEECH_ACT.match(sentence)
    if act is not None and not full_quotes and not _acts_itself(act["who"]):
        act = None  # "Hamas was accused of …", "The promised withdrawal …": no one's claim
    # What they called something, quoted however short, is a phrase of the act's own clause:
    # the act is the claim, in the report's words, as is an accusation with a short quote in
    # it ("accused Israel of overstepping the “Yellow Line”").
    naming = act is not None and quotes and NAMING.search(sentence, act.start("act"))
    claims = act is not None and (reported := REPORTED_ACTS.match(sentence, act.start("act")))
    if act is not None and (full_quotes or naming or (claims and reported.end() == act.end("act"))):
        if SIDES_TOGETHER.match(act["who"]):
            return []
        if (speaker := index.who(_with_its_name(sentence, act), previous, body)) is None:
            return []
        if full_quotes:
            return [Saying(quote, True, speaker) for quote in full_quotes]
        when = (act["day"] or act["day_after"] or "").strip()
        return [Saying(_plain(sentence[act.start("act") :]), False, speaker, when)]
    if not quotes and (relative := WHO_SAID.search(sentence)) is not None:
        # "… by rebel groups, who said …": those the clause is of said it.
        if (speaker := index.who(relative["who"], previous, body)) is None:
            return []
        accused = relative["verb"] == "accused"
        what = (
            sentence[relative.start("verb") : relative.end("what")] if accused else relative["what"]
        )
        return [Saying(_plain(what), False, speaker)]
    if (speaking := SPEAKING_TO.match(sentence)) is not None:
        if re.search(r"\b(?:said|says|added|told\s+[^.:]{1,40})\s*:\s*$", sentence):
            return []  # "Vieira, speaking to reporters …, said:": the words follow, not these
        speaker = index.find(speaking["who"])
        return [Saying(_plain(sentence), False, speaker, "", speaking["outlet"].strip())]
    return []


def _act_before(sentence, saying, speaker):
    """The claim an act makes before "…, adding that …" or "… and said …" ("X accused Y of
    attacking, adding …"): an accusation, a call, a vow or a denial of a claim is a claim of
    its own; any other act is none."""
    after_who = sentence[saying.end("who") : saying.start("what")]
    # (after what is said of who acted, between commas: "X, head of …, blamed …")
    act = re.match(
        rf"(?:,[^,\"“”]{{1,100}}?,)?\s+{BETWEEN}(?:\w+ly\s+)?(?P<act>{CLAIMING_ACTS}|{DENIED_A_CLAIM})\b",
        after_who,
    )
    goes_on = list(re.finditer(r",?\s+(?:saying|adding)\b|\s+(?:and|but)\s+\w", after_who))
    if act is None or not goes_on:
        return []
    return [Saying(_plain(after_who[act.start("act") : goes_on[-1].start()]), False, speaker)]


def _acts_itself(who):
    """Whether ``who`` did the act the verb after it names: not a passive ("Hamas was"), a
    modal ("Officials would"), an article alone ("The promised withdrawal"), nor a clause
    the act goes on from ("Duque had warrants issued for them and asked …")."""
    who = who.strip()
    return not (
        PASSIVE.search(who)
        or re.search(r"\b(?:would|could|should|will|can|cannot|did|does|do|not|to|and)$", who, re.I)
        or re.fullmatch(r"(?:an?|the)", who, re.I)
        # "Maskhadov gave no details but praised …", "an agreement that they hailed", "violence
        # has come down and the public welcomed it": a clause before, not who acts.
        or re.search(r"\b(?:but|or|that|which|who)(?:\s+(?:they|he|she|it|we))?$", who, re.I)
        or re.search(
            r"^(?:[Tt]he|[Aa]n?)\s+(?:\S+\s+){0,3}?\S+\s+(?:they|he|she|we)$", who
        )  # "The deal they"
        # (never a relative's: "Families who have lost sons and daughters urged …")
        or re.search(
            r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:has|have|had)\s+[a-z]+\b.*\s(?:and|but)\s",
            who,
        )
    )


def _claimed(what, speaker, when, outlet):
    """The statements of one claim after its verb: a quote, or the report's words, or both
    when a quote set off after a comma closes them."""
    quotes = [found.group(1).strip().rstrip(",") for found in QUOTE.finditer(what)]
    if WHOLLY_QUOTED.match(what.strip()):
        # The army said: “We are ready.” A short quote is still a quote.
        return [Saying(quotes[0], True, speaker, when, outlet)]
    at_length = any(is_at_length(quote) for quote in quotes)
    if at_length and not _claim_then_quote(what) and not _quotes_within(what, quotes):
        return [Saying(quote, True, speaker, when, outlet) for quote in _quoted(quotes)]
    if (closing := CLOSING_QUOTE.search(what)) and is_at_length(closing["quote"]):
        # "He said that if … these principles, “the way … will be opened.”": the claim in
        # the report's words, then the speaker's own.
        claim = _plain(what[: closing.start()])
        quote = Saying(closing["quote"].strip().rstrip(","), True, speaker, when, outlet)
        return [Saying(claim, False, speaker, when, outlet), quote] if claim else [quote]
    if WHAT_WAS_TOLD_BEFORE.match(what) and not quotes:
        return []  # "confirmed this in a series of tweets": the claim is the sentence before
    return [Saying(_plain(what), False, speaker, when, outlet)]


def _claim_then_quote(what):
    """Whether ``what`` is a claim in the report's words of three words at least, then one
    quote after a comma that closes it ("the delegates would meet again, “when we hope …”")."""
    closing = CLOSING_QUOTE.search(what)
    return (
        closing is not None
        and len(QUOTE.findall(what)) == 1
        and len(_plain(what[: closing.start()]).split()) >= 3
    )


def _said_by_at_the_end(after, sentence):
    """Whether the sentence closes with "said" and its speaker ("…, a town near the border,
    said a military officer."): "said" takes no such object, so that is who said all before."""
    verb = SAID_VERB_AT_THE_END.match(sentence, after.start())
    rest = sentence[after.end() :].strip(" .")
    # "…, said Susannah Price, spokeswoman for the UN envoy.": the speaker's role closes it.
    return verb is not None and (not rest or ROLE_AT_THE_END.fullmatch(rest) is not None)


def _heads_a_list(lead, who):
    """Whether what was read as the words before the speaker is the first of a list of sides
    that the speaker's words close ("Israel, the US and Qatar")."""
    return bool(lead and LIST_HEAD.match(lead) and LIST_END.search(who))


def _with_its_name(sentence, opening):
    """Who an ``OPENING`` names: its title with the name after it, if any ("UN special envoy
    to Yemen, Martin Griffiths")."""
    if opening["named"] is None:
        return opening["who"]
    return sentence[opening.start("who") : opening.end("named")]


def _unclosed_article_role(after):
    """Whether an appositive's role opens with an article and no comma closes it ("…,
    Kinshasa, the radio station said"), or with a capital ("… in Riyadh, Saudi Arabia, US
    Secretary of State Marco Rubio said"), after a comma in running text: a place and who said
    it, not a name and its role. Straight after a quote the name is the speaker's ("…,"
    Ana Costa, an aide to the envoy told Reuters; "…," Ana Costa, the ICRC's head of
    delegation said)."""
    role = after.groupdict().get("role")
    if not role or "closed" not in after.groupdict():
        return False
    after_a_quote = _just_after_a_quote(after)
    if not after["closed"] and re.match(r"(?:an?|the)\s", role):
        # (a role of someone's: "an aide to the envoy", "the ICRC's head of delegation")
        someones = re.match(r"(?:an?\s[^,]*?\b(?:to|for|of)\s|the\s[^,\s]+['’]s\s)", role)
        someones = someones and " " in after["who"].strip()
        return not (after_a_quote and someones)
    return role[:1].isupper() and not after_a_quote


def _just_after_a_quote(after):
    """Whether an attribution found after a claim starts at the quote's closing mark."""
    return after.group(0)[:1] in '”"'


def _name_before_its_role(lead, who):
    """The speaker's name when what was read as the words before them is a name and they
    are its role ("Ana Costa, a spokeswoman for the mission, …"), else None."""
    named = NAME_BEFORE_ROLE.match(lead or "")
    if named is None or not re.match(r"(?:an?|the)\s", who):
        return None
    return named["name"]


def _announces_a_thing(sentence, before):
    """Whether the verb is "announced" or "declared" with a thing for object ("announced a
    ceasefire", "declared the deal on Twitter"), not what was said ("announced that …")."""
    verb = sentence[before.end("who") : before.start("what")]
    return bool(THING_ANNOUNCED.search(verb)) and bool(THING.match(before["what"]))


def _a_plans_content(sentence, before):
    """Whether a plan, a proposal or a deal "calls for" what follows: its content, not a saying."""
    verb = sentence[before.end("who") : before.start("what")]
    return bool(CALLS_FOR.search(verb)) and bool(A_PLAN.search(before["who"]))


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


def _plain(words):
    """Reported words without the relay that closes them: "…, according to the agency WAM"."""
    return RELAY_AT_THE_END.sub("", words.strip()).rstrip(",.").strip()
