"""A report read sentence by sentence into draft statements, figures, events, proposals with
their terms, and positions, each with the sentence it rests on, verbatim. Nothing here is
stored: an editor reviews every draft."""

import re

from ..fields import ApproximateDate, DatePrecision, Qualifier
from .date_words import MONTHS, WEEKDAY_NAMES, resolve
from .dates import AGO, DatedWords, dates_in, undated
from .deals import Deals
from .drafts import Draft, clause_with
from .page import as_written, in_plain_quotes, page_of
from .proposals import positions_in
from .quantities import counts_in
from .repeats import Repeats
from .sayings import is_at_length, sayings_in
from .speakers import Saying, SpeakerIndex
from .subjects import Subjects

#: A sentence ends at . ! or ? (after a closing quote, if any) before a capital or a quote.
SENTENCE_END = re.compile(
    # "… state TV said."Further details …": a quote opening the next sentence, no space.
    # (A quote some copy opens with the closing mark: "… denied shelling. ”We have not …")
    r"(?<=[.!?])[\"”]?\s+(?=[\"“A-Z]|”[A-Z])|(?<=[.!?][\"”])\s+|(?<=[a-z][.!?])(?=[\"“][A-Z])"
    # "… Croatian TV reported Friday.The commander …": a page that ran two paragraphs together.
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][\"”])(?=[A-Z][a-z])"
)
ATTRIBUTED = re.compile(
    r"according\s+to\s+(?:an?\s+|the\s+)?(?P<according>[^,.]+)"
    r"|^(?P<believer>[A-Z][\w' ]{1,40}?)\s+(?:believes|estimates|says)\b"
)
#: Where it happened: "in Cairo", "in the Qatari capital" (a name, never a month).
PLACE = re.compile(
    rf"\b(?:in|at)\s+(?P<place>(?:the\s+)?(?!(?:{MONTHS})\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
    r"(?:\s+capital)?)"
)
#: Days a speaker names from where they stand: "today", "tomorrow", "this week", "two days
#: ago".
SPEAKERS_DAY = re.compile(
    rf"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week|month)"
    rf"|{AGO})\b",
    re.IGNORECASE,
)
#: A stop that ends a title, not a sentence: "Maj. Gen. Babar Iftikhar", "Mr. Biden".
TITLE_STOP = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Cmdr|Sen|Rep|Gov|Prof|Amb|St)\.$"
)
#: A time of day ("10:30 a.m.") and what may follow it in the same sentence: a day, a zone.
CLOCK_STOP = re.compile(r"\b[ap]\.\s?m\.$")
CLOCK_GOES_ON = re.compile(
    rf"(?:{WEEKDAY_NAMES}|{MONTHS}|GMT|UTC|EST|EDT|BST|CET|local|on|in|at)\b|\("
)
#: Initials ("the U.S. Department of State", "George W. Bush", "A. Y. Nasution") end a
#: sentence only before a word that opens one ("… imposed by the U.S. The talks …").
INITIALS_STOP = re.compile(
    # "A. Y. Nasution": a single initial too.
    r"(?<![\w.])(?:[A-Z]\.)+[A-Z]\.$|\b[A-Z][a-z]+\s+[A-Z]\.$|(?<![\w.])[A-Z]\.$"
)
SENTENCE_OPENER = re.compile(
    r"(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Their|Its|"
    r"There|However|Meanwhile|After|Before|When|While|Since|As|If)\b"
)
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
#: A quote that opens a sentence and is not closed before its paragraph ends: it goes on in
#: the next paragraph, as copy sets a quote of several paragraphs.
QUOTE_GOES_ON = re.compile(r"^[\"“](?P<quote>[^\"“”]{8,})$")
#: An act the report gives as done, in the present perfect, with no date: "Russia and
#: Ukraine have signed an agreement", "Hamas has also rejected the plan". It happened no
#: later than the report, on a day the words do not give.
DONE_UNDATED = re.compile(
    r"\b(?:[A-Z][\w'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w'’-]*)*"
    # "Nepal's interim government has declared", "The army has"
    r"(?:\s+[a-z][\w-]*)?(?:\s+(?:government|army|military|forces|authorities|ministry|group))?"
    r"|[Tt]he\s+(?:two\s+)?sides|[Bb]oth\s+sides"
    # People by their group: "five US nationals have been released", "rebels had attacked".
    r"|(?:hostages|prisoners|detainees|captives|soldiers|civilians|nationals|citizens|fishermen"
    r"|workers|rebels|militants|troops|forces|fighters|insurgents|guerrillas|paramilitaries"
    # "Somali faction leaders have signed a cease-fire agreement".
    r"|leaders|negotiators|delegates|mediators))\s+"
    r"(?P<words>(?:has|have|had)\s+(?:also\s+|now\s+|just\s+|finally\s+|already\s+|earlier\s+|each\s+)?(?:signed|agreed|admitted|"
    r"announced|released|freed|exchanged|swapped|accepted|rejected|reached|declared|approved|"
    r"launched|concluded|suspended|resumed|violated|handed\s+over|endorsed|extended|ratified|"
    r"postponed|delayed|withdrawn|broken|struck|adopted|attacked|accused|delivered|launched|"
    r"completed|conducted|carried\s+out|"
    r"been\s+(?:released|freed|exchanged|signed|sent|brought|handed\s+over|transferred)))\b"
)
#: Words that say what kind of event a sentence reports: the first of them in its main clause
#: says it ("Mediators met … to discuss the truce" is a meeting).
EVENT_KINDS = (
    ("proposal_presented", r"\bpropos(?:ed|al)\b|\bcounter-proposal\b|\boffer(?:ed)?\b"),
    ("truce", r"\btruce\b|\bcease-?fire\b|\bpause\b"),
    ("meeting", r"\btalks\b|\bmet\b|\bmeeting\b|\bnegotiat"),
    (
        "military",
        r"\battack(?:s|ed)?\b|\boffensive\b|\bassault\b|\bkilled\b|\b(?:air)?strikes?\b|"
        r"\bshell(?:ing|ed)\b|\bwar\b",
    ),
    ("humanitarian", r"\baid\b|\bhumanitarian\b|\bfamine\b"),
)
#: A clause that opens a sentence before its subject: "After a week of talks, …".
CLAUSE_BEFORE_THE_SUBJECT = re.compile(
    r"^(?:After|Following|Despite|Amid|Before|Since|As|While|Hours|Days|Weeks)\b[^,]{0,120},\s+"
)


def sentences_of(text):
    """The report's sentences, each verbatim, paragraph by paragraph; a quotation of several
    sentences stays in the sentence that attributes it."""
    yield from _sentences(re.split(r"\n+", text))


def _sentences(paragraphs):
    for paragraph in paragraphs:
        start = 0
        for end in SENTENCE_END.finditer(paragraph):
            # A sentence that ends in a closing quote ends after it: “… peace.” He added …
            stop = end.start() + end.group(0).startswith(('"', "”"))
            if _abbreviated(paragraph[:stop], paragraph[end.end() :]):
                continue
            if _quotes_closed(paragraph[start:stop]):
                yield paragraph[start:stop].strip()
                start = end.end()
        if paragraph[start:].strip():
            yield paragraph[start:].strip()


def _in_paragraphs(paragraphs):
    """Each sentence of ``paragraphs``, whether it opens its paragraph and whether its
    speaker leaves a quote open at its paragraph's end (the quote goes on in the next
    paragraph, which opens with a quotation mark of its own). A quote that opens its own
    sentence is not one: it may be named at its end, paragraphs later."""
    for number, paragraph in enumerate(paragraphs):
        sentences = list(_sentences([paragraph]))
        following = paragraphs[number + 1].lstrip() if number + 1 < len(paragraphs) else ""
        for position, sentence in enumerate(sentences):
            left_open = (
                position == len(sentences) - 1
                and not _quotes_closed(sentence)
                and not sentence.startswith(('"', "“"))
                and following[:1] in ('"', "“")
            )
            yield sentence, position == 0, left_open


def _abbreviated(before, after):
    """Whether the stop that ends ``before`` ends a title, initials or a time of day that
    ``after`` goes on from ("about 10:30 a.m. Saturday"), rather than a sentence."""
    if TITLE_STOP.search(before):
        return True
    if CLOCK_STOP.search(before) and CLOCK_GOES_ON.match(after):
        return True
    return bool(INITIALS_STOP.search(before)) and not SENTENCE_OPENER.match(after)


def _quotes_closed(text):
    return (text.count('"') + text.count("“") + text.count("”")) % 2 == 0


def draft_article(text, published_on, people=(), actors=()):
    """The drafts of a report published on ``published_on``, in the order of its sentences;
    speakers are matched to ``people`` and ``actors``."""
    index = SpeakerIndex(people, actors)
    page = page_of(text)
    filed = filed_on(page, published_on)
    drafts, subjects, repeats = [], Subjects(index), Repeats()
    deals = Deals(index)
    last_day = None  # the day the report named last, for "the same day"
    quoting = None  # who the sentence before quoted, in the same paragraph
    carried_over = False  # whether that quote goes on into this paragraph
    paragraphs = [in_plain_quotes(paragraph) for paragraph in page.body]
    for sentence, opens, left_open in _in_paragraphs(paragraphs):
        dated = dates_in(sentence, filed, last_day)
        days = [date.date for date in dated if date.date.precision == DatePrecision.DAY]
        last_day = days[-1] if days else last_day
        # A quote left open at its paragraph's end closes there: 'X told the BBC: "It is a
        # step.' and the next paragraph goes on '"It is the first …'.
        read = f"{sentence}”" if left_open else sentence
        sayings = sayings_in(read, index, subjects.previous, subjects.body, subjects.quoted)
        going_on = QUOTE_GOES_ON.match(sentence)
        goes_on = not opens or carried_over
        if not sayings and goes_on and quoting and going_on and is_at_length(going_on["quote"]):
            # “…,” she said. “At 11.15 … (the quote goes on into the next paragraph).
            sayings = [Saying(going_on["quote"].strip(), True, quoting)]
        quoting = next((s.speaker for s in sayings if s.is_direct_quote), None)
        carried_over = left_open and quoting is not None
        for saying in sayings:
            saying.speaker = subjects.known(saying.speaker)
            statement = statement_draft(saying, sentence, filed, published_on)
            subjects.spoke(saying.speaker)
            if repeats.seen(statement):
                continue
            drafts.append(statement)
            if not saying.is_direct_quote:
                drafts += positions_in(
                    saying.text,
                    saying.speaker.actor,
                    statement.values["date"],
                    statement.values["date_note"],
                )
        subjects.read(sentence, said=bool(sayings))
        counts = counts_in(sentence, skip=[(date.start, date.end) for date in dated])
        drafts += deals.read(sentence, sayings, counts, dated[0] if dated else None)
        terms = deals.proposed
        attribution = attribution_in(sentence, sayings[0].speaker.words if sayings else "")
        for count in counts:
            if counts_the_source(count, attribution):
                continue
            if f"{count.words} {count.counts}".strip()[:300] not in terms:
                figure = figure_draft(count, sentence, published_on, attribution)
                if not repeats.seen(figure):
                    drafts.append(figure)
        if (done := _done_undated(sentence)) is not None and not _dated_in_its_clause(done, dated):
            dated = [DatedWords(undated(published_on), done["words"], *done.span("words")), *dated]
        seen = set()
        for date in dated:
            if from_the_speakers_day(date, sentence):
                continue
            if date.date not in seen:
                seen.add(date.date)
                event = event_draft(date, sentence, bool(sayings), index, filed, published_on)
                if not event.values["place"] and _in_the_reports_days(date.date, published_on):
                    # Where the report was filed, for what it tells of its own days only: a war
                    # that began years ago did not begin where today's report was written.
                    event.values["place"] = page.dateline_place
                if not repeats.seen(event):
                    drafts.append(event)
    if paragraphs != page.body:
        _as_written(drafts, page.body)
    return drafts


#: The most days a report's dateline may come before its publication: a paper's copy of a
#: wire story filed the day before ("NEW YORK, Feb. 12." in the paper of 13 February).
FILED_BEFORE = 3


def filed_on(page, published_on):
    """The day the report was written, from which its own words count ("tonight", "on
    Sunday"): its dateline's day if that is a few days before its publication, else the day
    it was published."""
    if not page.dateline_day:
        return published_on
    filed = resolve(page.dateline_day, published_on)
    if filed is None or filed.precision != DatePrecision.DAY:
        return published_on
    return filed.date if 0 < (published_on - filed.date).days <= FILED_BEFORE else published_on


def a_report_of(filed, published_on):
    """The report's day as a note gives it: "a report of Friday 16 July 1948", or the day its
    dateline gives when it was published later."""
    if filed == published_on:
        return f"a report of {published_on:%A %-d %B %Y}"
    return (
        f"a report filed on {filed:%A %-d %B %Y} (its dateline), published {published_on:%-d %B %Y}"
    )


def _as_written(drafts, paragraphs):
    """Gives each draft (and part) its passage as the report writes it (an archive's
    quotation marks in two strokes)."""
    for draft in drafts:
        draft.passage = as_written(draft.passage, paragraphs)
        _as_written(draft.parts, paragraphs)


#: The days a report tells of from where it was filed: its own, and two before it.
REPORTS_DAYS = 2


def _in_the_reports_days(date, published_on):
    """Whether ``date`` is a day of the report's own days (``REPORTS_DAYS``) or the day after."""
    if date.precision != DatePrecision.DAY:
        return False
    return -REPORTS_DAYS <= (date.date - published_on).days <= 1


#: Words that make an act in the present perfect a condition or a time to come.
NOT_YET = re.compile(r"\b(?:once|if|when|after|until|unless|before|as\s+soon\s+as)\b", re.I)


#: An act told in the simple past by the sentence's subject, with no date: "Israeli warplanes
#: carried out two air attacks on …". It happened no later than the report.
DONE_BEFORE = re.compile(
    r"^(?!(?:In|Among|As|With|For|Of|On|At|By|To|From|After|Before|Once|If|When|Until|Unless"
    r"|While|Although|Though|Since|Because)\b)[A-Z][\w'’-]*"
    # Not what is to come ("will be released"), a participle ("those swapped were …") nor the
    # perfect ``DONE_UNDATED`` reads.
    r"(?:\s+(?!(?:will|would|could|can|may|might|must|should|to|be|been|being|has|have|had)\b)"
    r"[\w'’-]+){0,3}?"
    # Never an adjective after its article: "The freed hostages came from …", "One of the
    # released soldiers said …".
    r"(?<!\bthe)(?<!\bThe)(?<!\bthose)(?<!\bThose)(?<!\bthese)(?<!\bThese)(?<!\bnewly)"
    # "The two detainees were released": the passive of a release.
    r"\s+(?P<words>(?:also\s+)?(?:(?:was|were)\s+(?=released|freed|exchanged|swapped|handed))?"
    r"(?:carried\s+out|launched|fired"
    r"|shelled|struck|released|freed|exchanged|swapped|signed|handed\s+over|landed|attacked|killed"
    # "Poroshenko met Savchenko at the airport", "The rebels declared a truce".
    r"|met|declared|arrived|ended"
    r"|opened\s+fire))\b"
)


def _done_undated(sentence):
    """The act ``sentence`` gives as done with no date (``DONE_UNDATED``), outside quotes and
    outside a clause of condition or time ("Once both sides have signed it, …")."""
    for done in DONE_UNDATED.finditer(sentence):
        clause = re.split(r"[,;]", sentence[: done.start()])[-1]
        # "Aweys, who the United States has accused of …": who someone is, not what was done.
        relative = re.search(r"\b(?:who|whom|which)\s+(?:the\s+)?$", clause)
        if not _in_a_quote(sentence, done.start()) and not NOT_YET.search(clause) and not relative:
            return done
    return DONE_BEFORE.match(sentence)


def _dated_in_its_clause(done, dated):
    """Whether one of ``dated`` dates the act ``done``: a date in its clause, other than
    how long something has lasted ("held captive since 2014")."""
    sentence = done.string
    end = re.search(r"[,;]|$", sentence[done.end() :]).start() + done.end()
    start = max(sentence.rfind(",", 0, done.start()), sentence.rfind(";", 0, done.start())) + 1
    return any(
        start <= date.start < end
        and not re.match(r"since\b", date.words, re.IGNORECASE)
        and not re.search(r"\bsince\s+$", sentence[: date.start])
        for date in dated
    )


def _in_a_quote(sentence, position):
    """Whether ``position`` of ``sentence`` lies within a quotation."""
    return any(q.start() <= position < q.end() for q in QUOTED.finditer(sentence))


def from_the_speakers_day(dated, sentence):
    """Whether ``dated`` is a day a quote names from its speaker's day ("“We signed it
    today”"): not the report's day, and drafted from the attribution when that gives one."""
    if not SPEAKERS_DAY.search(dated.words):
        return False
    return _in_a_quote(sentence, dated.start)


def statement_draft(saying, sentence, filed, published_on):
    date = resolve(saying.when, filed) if saying.when else None
    note = (
        f"“{saying.when}” in {a_report_of(filed, published_on)}."
        if date is not None
        else f"The report does not date it; it was published on {published_on:%-d %B %Y}."
    )
    speaker = saying.speaker
    return Draft(
        "statement",
        {
            "text": saying.text,
            "is_direct_quote": saying.is_direct_quote,
            "speaker": speaker.person,
            "speaker_description": speaker.description,
            "on_behalf_of": speaker.actor,
            "outlet_words": saying.outlet,
            "date": date or undated(published_on),
            "date_note": note,
        },
        sentence,
    )


def attribution_in(sentence, speaker_words):
    """Whom a sentence's counts are attributed to: "according to …", "Israel believes …", or
    the speaker of what the sentence reports."""
    found = ATTRIBUTED.search(sentence)
    if found is None:
        return speaker_words
    return (found["according"] or found["believer"]).strip()


def counts_the_source(count, attribution):
    """Whether ``count`` lies in the words of whom the sentence cites ("according to two
    officials"): its sources, not a figure of the talks."""
    return bool(count.counts) and f"{count.words} {count.counts}" in attribution


def figure_draft(count, sentence, published_on, attribution):
    draft = Draft(
        "figure",
        figure_values(count, attribution, published_on),
        sentence,
        parts=[
            Draft("figure", figure_values(part, attribution, published_on), sentence)
            for part in count.parts
        ],
    )
    return draft


def figure_values(count, attribution, published_on):
    return {
        "counts": count.counts,
        "value_min": count.minimum,
        "value_max": count.maximum,
        "value_qualifier": count.qualifier,
        "value_words": count.words if count.qualifier == Qualifier.IN_WORDS else "",
        "words": count.words,
        "attribution": attribution,
        "date": ApproximateDate(published_on, DatePrecision.DAY),
        "note": f"As reported on {published_on:%-d %B %Y}.",
    }


def event_kind(title):
    """The kind of event ``title`` tells, by the first word of a kind in its main clause."""
    for text in (CLAUSE_BEFORE_THE_SUBJECT.sub("", title), title):
        found = [
            (match.start(), kind)
            for kind, words in EVENT_KINDS
            if (match := re.search(words, text, re.I))
        ]
        if found:
            return min(found)[1]
    return "context"


def event_draft(dated, sentence, is_statement, index, filed, published_on):
    clause = clause_with(sentence, dated.words)
    title = clause if len(clause.split()) >= 4 else sentence
    # The words around the date say what happened on it (the sentence's, when the date
    # stands in a clause of its own: "Earlier this week, the council met …").
    kind = event_kind(title)
    if is_statement:
        kind = "statement"
    place = PLACE.search(clause)
    return Draft(
        "event",
        {
            "kind": kind,
            "title": title[:300],
            "date": dated.date,
            "date_note": f"“{dated.words}” in {a_report_of(filed, published_on)}.",
            "place": place["place"] if place else "",
            "participants": [
                actor for actor in index.actors if re.search(rf"\b{re.escape(actor.name)}\b", title)
            ],
        },
        sentence,
    )
