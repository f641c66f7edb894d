"""The drafter scored on the hand-keyed corpus (``bench/drafting_corpus/``, keys described in
its README), report by report and kind by kind. Run through ``bench/drafting.py --corpus``.

Each report is drafted by the path the admin paste form and ``manage.py draft_article`` take
(``negotiations.drafting.paste.draft_report``: the same checks, the same bounds), with no
known people or actors: a report of a negotiation the tracker has never seen.

A draft's parts (a figure's breakdown, a proposal's terms) count as drafts of their kind.
Matching rules, key entry against draft (case-insensitive; "words" are runs of letters and
digits; "overlap" is the share of the key's words found among the draft's):

- statement: the key's speaker (without a parenthesised note), its last word (a surname), or
  its ``speaker_words`` (or their words before a comma) unless a pronoun, appears as whole
  words in the draft's speaker (the person's name, else the report's words for the speaker);
  and the words overlap at least half (the draft's quoted or reported text).
- figure: the key's numbers (``count``, or ``minimum`` and ``maximum``) are the draft's
  non-null bounds and the qualifiers agree (exact; about; "at least" and "more than" are
  at_least; "up to", "at most" and "fewer than" are up_to; unspecified is in_words); a key
  figure with no number matches a draft whose words (its count's words and what it counts)
  overlap the key's words at least half.
- event: the date and its precision agree (a month by its first day, a year by 1 January),
  and the key's words (those that date it) overlap the draft's passage at least half.
- proposal, term: the key's words overlap the draft's passage at least half.

Agreements: the keys hold proposals as offers or requests and an agreement as the terms it
provides (the corpus README's key format), never as a record of its own. A drafted agreement
is scored as a proposal only when it pairs with a key proposal (an acceptance the key holds as
an offer, "Hamas said it had agreed to the deal"), the offers drafted pairing first; any other
is scored in a row of its own, wrong unless one of the key's terms rests on it (its passage
or one of its terms' passages overlaps the term's words at least half).

Exchanges: a key holds an exchange as one term, both sides' releases in its counts ("32 for
2"); the drafter drafts each side's release as a term of its own. The exchange terms one
proposal draws from one passage count as one draft, the first of them.

Recall: key entries matched, each by a distinct draft (the first that matches, in order),
over key entries. Wrong: drafts of the kind that matched no entry in that pairing, so a
second draft of a figure the key holds once is wrong ("draft them once", as the keys' traps
say of repeated figures); precision is matched drafts over drafts. Positions are drafted
but not keyed: counted, and checked for invented values, only.

Parts (rows indented under their kind): the targets name quotes and dated events, so the
statements in quotation marks (the key's ``is_direct_quote``, the draft's) and the events
whose date the words give (any precision but "on or before" the report) are counted again in
rows of their own, from the same pairing: the part's key entries, and how many were matched
(by any draft of the kind: a quote drafted as reported words is found); the part's drafts,
and how many of them are wrong. An event matches only at its own precision, so a dated
entry's draft is dated; a quote's draft need not be a quote.

Invented (``bench/drafting_words.py``): a value the report's words do not carry: a count
bound (figure, exchange term, ratio, truce length) that is no number the text writes in
digits or number words; a date (event, statement, position, proposal) whose day, week, month
or year the text neither states nor gives by a weekday or relative word; a speaker, a
person, an actor, an attribution or a place the text does not name.

Traps: a wrong draft (see above) whose passage holds a key trap's words and whose own
words (a figure's count and what it counts, a statement's words or speaker, an event's date
words or place, a proposal's title, a term's description, a position's stance) lie within
the trap's words or hold them, e.g. a figure drafted from "seven weeks of warfare".
"""

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bench.drafting_words import day_carried, name_carried, numbers_in, span_carried

CORPUS = Path(__file__).resolve().parent / "drafting_corpus"
KINDS = ("statements", "figures", "events", "proposals", "terms")
#: The drafter's kinds of record, by the corpus's kinds.
DRAFTED = {
    "statements": {"statement"},
    "figures": {"figure"},
    "events": {"event"},
    "proposals": {"proposal"},
    "terms": {"exchangeterm", "otherterm"},
    "agreements": {"proposal"},
    "positions": {"position"},
}
#: Rows with no key entries of their own: no recall.
UNKEYED = ("agreements", "positions")
QUALIFIERS = {
    "exact": "exact",
    "about": "about",
    "at least": "at_least",
    "more than": "at_least",
    "up to": "up_to",
    "at most": "up_to",
    "fewer than": "up_to",
    "unspecified": "in_words",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}


def is_quote(entry_or_draft):
    """Whether a key statement, or a drafted one, is words inside quotation marks."""
    values = entry_or_draft if isinstance(entry_or_draft, dict) else entry_or_draft.values
    return bool(values.get("is_direct_quote"))


def is_dated(entry_or_draft):
    """Whether a key event, or a drafted one, has a date its words give: not only "on or
    before" the report."""
    if isinstance(entry_or_draft, dict):
        return entry_or_draft["date"]["precision"] != "on or before"
    return str(entry_or_draft.values["date"].precision) != "on_or_before"


#: The parts of a kind the issue's targets name, each a row of its own after its kind's: the
#: kind and the test a key entry and a draft of the part both pass.
PARTS = {"quotes": ("statements", is_quote), "dated events": ("events", is_dated)}
BOUNDS = ("value", "count", "ratio", "amount")


@dataclass
class Report:
    slug: str
    text: str
    key: dict

    @property
    def published_on(self):
        return datetime.date.fromisoformat(self.key["source"]["published"])


@dataclass
class Row:
    """One kind's figures, for a report or summed over many."""

    key: int = 0
    matched: int = 0
    drafts: int = 0
    wrong: int = 0
    invented: int = 0
    traps: int = 0

    def __iadd__(self, other):
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def recall(self):
        return self.matched / self.key if self.key else None

    @property
    def precision(self):
        return (self.drafts - self.wrong) / self.drafts if self.drafts else None


@dataclass
class Score:
    rows: dict
    invented: list = field(default_factory=list)
    traps: list = field(default_factory=list)
    refused: str = ""


def reports(split="held-out"):
    """The corpus's reports of ``split`` ("held-out", "development" or "all"), by slug."""
    found = []
    for path in sorted(CORPUS.glob("*.key.json")):
        key = json.loads(path.read_text(encoding="utf-8"))
        if split in ("all", key["split"]):
            slug = path.name.removesuffix(".key.json")
            text = (CORPUS / f"{slug}.txt").read_text(encoding="utf-8")
            found.append(Report(slug, text, key))
    return found


def one_per_exchange(drafts):
    """The terms of ``drafts`` (and their parts), with the exchange terms one proposal draws
    from one passage as one: the first (the keys hold both sides' releases as one term)."""
    kept = []
    for draft in drafts:
        passages = set()
        for part in draft.parts:
            told = part.kind == "exchangeterm" and part.passage in passages
            if part.kind in DRAFTED["terms"] and not told:
                kept.append(part)
            if part.kind == "exchangeterm":
                passages.add(part.passage)
        kept += one_per_exchange(draft.parts)
    return kept


def flattened(drafts):
    """Every draft and every part of one, in order."""
    return [found for draft in drafts for found in (draft, *flattened(draft.parts))]


def score(report, drafts):
    """How ``drafts`` of ``report`` fare against its key, kind by kind."""
    every = flattened(drafts)
    numbers = numbers_in(report.text)
    result = Score({})
    agreements = [draft for draft in every if is_agreement(draft)]
    offers = [draft for draft in every if draft.kind == "proposal" and draft not in agreements]
    as_offers = one_to_one(report.key.get("proposals", []), offers + agreements, same_passage)
    for kind in (*KINDS, *UNKEYED):
        mine = [draft for draft in every if draft.kind in DRAFTED[kind]]
        if kind == "proposals":
            mine = [draft for draft in mine if draft in offers or draft in as_offers]
        elif kind == "terms":
            mine = one_per_exchange(drafts)
        elif kind == "agreements":
            mine = [draft for draft in agreements if draft not in as_offers]
        entries = report.key.get(kind, [])
        matches = MATCHES.get(kind)
        row = Row(key=len(entries), drafts=len(mine))
        paired = pairing(entries, mine, matches) if matches else {}
        matched = [mine[d] for d in sorted(paired)]
        wrong = [draft for draft in mine if matches and draft not in matched]
        if kind == "agreements":
            wrong = [draft for draft in mine if not holds_a_term(draft, report.key["terms"])]
        row.matched, row.wrong = len(matched), len(wrong)
        # Every term is checked for invented values, each side's release of an exchange too.
        checked = [d for d in every if d.kind in DRAFTED[kind]] if kind == "terms" else mine
        for draft in checked:
            problems = invented(draft, report, numbers)
            result.invented += [f"{kind}: {problem}" for problem in problems]
            row.invented += bool(problems)
            hit = next((hit for t in report.key["traps"] if (hit := falls_in(draft, t))), None)
            if hit is not None and draft in wrong:
                row.traps += 1
                result.traps.append(f"{kind}: “{hit[0][:60]}” in “{hit[1][:60]}”")
        result.rows[kind] = row
        for part, (whole, test) in PARTS.items():
            if whole == kind:
                result.rows[part] = part_row(entries, mine, wrong, paired, test)
    return result


def part_row(entries, drafts, wrong, paired, test):
    """The row of a part of a kind: its key entries (those that pass ``test``) and how many
    were matched, whatever the draft; its drafts (those that pass) and which of the kind's
    ``wrong`` drafts they are. Recall is thus the key's part's, precision the drafts'."""
    part = Row(key=sum(map(test, entries)), drafts=sum(map(test, drafts)))
    part.matched = sum(test(entries[e]) for e in paired.values())
    part.wrong = sum(map(test, wrong))
    return part


def is_agreement(draft):
    return draft.kind == "proposal" and draft.values.get("kind") == "agreement"


def holds_a_term(agreement, terms):
    """Whether one of the key's terms rests on ``agreement``: its passage or a term's."""
    passages = [agreement, *flattened(agreement.parts)]
    return any(same_passage(term, draft) for term in terms for draft in passages)


def one_to_one(entries, drafts, matches):
    """The most drafts that match an entry each, one draft to one entry, in drafts' order."""
    return [drafts[d] for d in sorted(pairing(entries, drafts, matches))]


def pairing(entries, drafts, matches):
    """The largest pairing of drafts with entries they match: {draft's index: entry's index}.

    A first-come pairing could give an entry's only draft to an entry that had others, and
    count a miss that is none; augmenting paths (Kuhn's) find the largest pairing."""
    fits = [[d for d, draft in enumerate(drafts) if matches(entry, draft)] for entry in entries]
    paired = {}  # a draft's index: the entry it is paired with

    def pair(entry, seen):
        for draft in fits[entry]:
            if draft not in seen:
                seen.add(draft)
                if draft not in paired or pair(paired[draft], seen):
                    paired[draft] = entry
                    return True
        return False

    for entry in range(len(entries)):
        pair(entry, set())
    return paired


def words_of(text):
    return re.findall(r"[^\W_]+", (text or "").lower())


def overlap(expected, drafted, share=0.5):
    """Whether at least ``share`` of the words of ``expected`` are among ``drafted``'s."""
    expected, drafted = words_of(expected), set(words_of(drafted))
    return bool(expected) and sum(w in drafted for w in expected) >= share * len(expected)


def speaker_of(draft):
    values = draft.values
    return values["speaker"].name if values["speaker"] else values["speaker_description"]


def has_words(words, text):
    words = " ".join(words_of(words))
    return bool(words) and re.search(rf"\b{re.escape(words)}\b", " ".join(words_of(text)))


def same_statement(entry, draft):
    drafted = speaker_of(draft) or ""
    speaker = re.sub(r"\(.*?\)", "", entry["speaker"]).strip()
    names = [speaker, words_of(speaker)[-1] if words_of(speaker) else ""]
    if entry["speaker_words"].lower() not in PRONOUNS:
        # "Prince Norodom Rannariddh, head of one of the guerrilla armies": the name alone too.
        names += [entry["speaker_words"], entry["speaker_words"].split(",")[0]]
    return any(has_words(name, drafted) for name in names) and overlap(
        entry["words"], draft.values["text"]
    )


def same_figure(entry, draft):
    values = draft.values
    if entry["count"] is None and entry.get("minimum") is None:
        return overlap(entry["words"], f"{values['words']} {values['counts']}")
    expected = {entry["count"]} if entry["count"] is not None else set()
    expected |= {entry.get("minimum"), entry.get("maximum")} - {None}
    bounds = {values["value_min"], values["value_max"]} - {None}
    return bounds == expected and QUALIFIERS[entry["qualifier"]] == str(values["value_qualifier"])


def same_event(entry, draft):
    day, precision = entry["date"]["date"], entry["date"]["precision"].replace(" ", "_")
    first = datetime.date.fromisoformat((day + "-01-01")[:10] if len(day) < 10 else day)
    date = draft.values["date"]
    # The date alone would pair any two events of a day, and any undated one with another.
    return (date.date, str(date.precision)) == (first, precision) and overlap(
        entry["words"], draft.passage
    )


def same_passage(entry, draft):
    return overlap(entry["words"], draft.passage)


MATCHES = {
    "statements": same_statement,
    "figures": same_figure,
    "events": same_event,
    "proposals": same_passage,
    "terms": same_passage,
}


def invented(draft, report, numbers):
    """What ``draft`` holds that the report's words do not carry."""
    values, text, problems = draft.values, report.text, []
    for name in BOUNDS:
        for bound in (values.get(f"{name}_min"), values.get(f"{name}_max")):
            if bound is not None and bound not in numbers:
                problems.append(f"the count {bound} is no number the text writes")
    date = values.get("date")
    # A figure is dated by the report's day, "as reported": no words of the text date it.
    if (
        date is not None
        and draft.kind != "figure"
        and not (
            span_carried(date.earliest, date.date, text, report.published_on)
            if date.earliest is not None
            else day_carried(date.date, str(date.precision), text, report.published_on)
        )
    ):
        problems.append(f"the date {date} ({date.precision}) is not in the text's words")
    for name in ("speaker", "on_behalf_of", "proposed_by", "actor"):
        if values.get(name) is not None and not name_carried(values[name].name, text):
            problems.append(f"the text does not name {values[name].name}")
    for actor in [*values.get("participants", []), *values.get("addressed_to", [])]:
        if not name_carried(actor.name, text):
            problems.append(f"the text does not name {actor.name}")
    for name in ("speaker_description", "attribution", "place"):
        if values.get(name) and values[name].lower() not in text.lower():
            problems.append(f"the text does not say “{values[name]}”")
    return [f"{problem} (“{draft.passage[:50]}…”)" for problem in problems]


def own_words(draft):
    """The words a draft rests on, as opposed to its whole passage."""
    values = draft.values
    if draft.kind == "figure":
        return [f"{values['words']} {values['counts']}".strip()]
    if draft.kind == "statement":
        return [values["text"], speaker_of(draft) or ""]
    if draft.kind == "event":
        said = re.search(r"“(.+?)”", values["date_note"])
        return [said[1] if said else "", values["place"]]
    name = {"proposal": "title", "position": "stance"}.get(draft.kind, "description")
    return [values[name]]


def falls_in(draft, trap):
    """(the draft's words, the trap's) if the draft rests on the trap's words (see the
    module's docstring), else None."""
    if not trap["words"].strip() or trap["words"] not in draft.passage:
        return None
    return next(
        (
            (words, trap["words"])
            for words in own_words(draft)
            if words_of(words)
            and (has_words(words, trap["words"]) or has_words(trap["words"], words))
        ),
        None,
    )


def drafts_of(report):
    """The drafts of a report by the paste form's path, with no known people or actors;
    (drafts, why it was refused)."""
    from django.core.exceptions import ValidationError

    from negotiations.drafting.paste import draft_report
    from negotiations.drafting.speakers import SpeakerIndex

    try:
        return draft_report(report.text, report.published_on, SpeakerIndex([], [])), ""
    except ValidationError as refused:
        return [], " ".join(refused.messages)


def measure(split="held-out", details=True):
    """Prints each report's table, then the split's; returns the summed rows."""
    scores = []
    for report in reports(split):
        drafts, refused = drafts_of(report)
        result = score(report, drafts)
        result.refused = refused
        scores.append(result)
        count = len(flattened(drafts))
        print(f"{report.slug} ({report.key['split']}, {report.published_on}): {count} drafts")
        if refused:
            print(f"  REFUSED: {refused}")
        print(table(result.rows))
        if details:
            print("".join(f"    invented: {line}\n" for line in result.invented), end="")
            print("".join(f"    trap: {line}\n" for line in result.traps), end="")
        print()
    total = summed(scores)
    print(f"Overall, {split} ({len(scores)} reports):")
    print(table(total))
    return total


def summed(scores):
    total = {kind: Row() for kind in scores[0].rows} if scores else {}
    for result in scores:
        for kind, row in result.rows.items():
            total[kind] += row
    return total


def table(rows):
    """The rows as a table of plain text; a part of a kind (``PARTS``) indented under it, its
    invented values and traps counted in its kind's row only."""
    lines = [
        f"  {'kind':15}{'key':>5}{'matched':>8}{'recall':>7}{'drafts':>7}{'wrong':>6}"
        f"{'precision':>10}{'invented':>9}{'traps':>6}"
    ]
    for kind, row in rows.items():
        keyed, judged = kind not in UNKEYED, kind != "positions"
        key, matched = (row.key, row.matched) if keyed else ("—",) * 2
        wrong, precision = (row.wrong, share(row.precision)) if judged else ("—",) * 2
        invented, traps = ("—",) * 2 if kind in PARTS else (row.invented, row.traps)
        kind = f"  {kind}" if kind in PARTS else kind
        lines.append(
            f"  {kind:15}{key:>5}{matched:>8}{share(row.recall):>7}{row.drafts:>7}{wrong:>6}"
            f"{precision:>10}{invented:>9}{traps:>6}"
        )
    return "\n".join(lines)


def share(value):
    return "—" if value is None else f"{value:.2f}"
