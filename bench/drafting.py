"""How much of the hand-made Doha fixture the drafter finds in its article, and whether every
value it drafts can be traced to the article's words.

    .venv/bin/python bench/drafting.py
    .venv/bin/python bench/drafting.py --corpus [--split held-out|development|all] [--brief]

With ``--corpus`` it measures the hand-keyed corpus of reports instead (``bench/drafting_corpus/``;
matching rules in ``bench/drafting_corpus_score.py``): per report and per split, for each
kind, key entries, matched and recall; drafts, wrong ones and precision; invented values;
traps hit. The held-out split is the default, and the one whose figures count.

Recall: of the fixture's figures (bounds and qualifier), direct quotes (words), statements'
speakers and dated events (date at its precision), the share a draft matches. Invented: drafted
values the article's words do not carry (a name, a day or a count). Targets: recall of
figures and quotes >= 0.8, of dated events >= 0.7, and no invented value.
"""

import argparse
import datetime
import json
import os
import re
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "doha-talks-2024-03-19.json"
ARTICLE = ROOT.parent / "shared" / "sources" / "2024-03-19-doha-talks.txt"
TARGETS = {"figures": 0.8, "quotes": 0.8, "speakers": 0.8, "dated events": 0.7}
#: Measured too, with no target: what the drafter finds of the fixture's other records.


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="store_true", help="measure the keyed corpus")
    parser.add_argument("--split", choices=["held-out", "development", "all"], default="held-out")
    parser.add_argument("--brief", action="store_true", help="no invented values or traps listed")
    parser.add_argument(
        "--timing", action="store_true", help="time a 20,000-character paste against the Doha one"
    )
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    if options.timing:
        timing()
        return
    if options.corpus:
        from bench.drafting_corpus_score import measure

        measure(options.split, details=not options.brief)
        return
    doha()


def timing(size=20_000, rounds=5):
    """The paste path's time for ``size`` characters of the corpus's reports, one after the
    other, against its time for the Doha article (the floor), taking turns; medians."""
    import statistics
    import time

    from bench.drafting_corpus_score import reports
    from negotiations.drafting.paste import checked_text, draft_article

    text = ""
    for report in reports("all"):
        text += report.text.strip() + "\n\n"
        if len(text) >= size:
            break
    text = text[:size].rsplit(" ", 1)[0]
    floor = ARTICLE.read_text().split(None, 2)[2]
    day = datetime.date(2025, 12, 31)
    measured = {"floor": [], "large": []}
    for _ in range(rounds):
        for name, words in (("floor", floor), ("large", text)):
            start = time.perf_counter()
            drafts = draft_article(checked_text(words), day)
            measured[name].append(time.perf_counter() - start)
    large, small = statistics.median(measured["large"]), statistics.median(measured["floor"])
    print(f"paste of {len(text):,} characters, {len(drafts)} drafts: {large:.2f} s")
    print(f"(medians of {rounds} rounds, taking turns)")
    print(f"floor, the Doha article of {len(floor):,} characters: {small:.3f} s")
    print(f"ratio {large / small:.1f} for {len(text) / len(floor):.1f} times the characters")


def doha():
    from negotiations.drafting.article import draft_article

    # The stored article opens with its dateline: " date 2024-03-19 Negotiations …".
    dateline = re.match(r"\s*date (\d{4}-\d\d-\d\d)\s+", ARTICLE.read_text())
    text = ARTICLE.read_text()[dateline.end() :]
    published_on = datetime.date.fromisoformat(dateline[1])
    records = json.loads(FIXTURE.read_text())
    fixture = {}
    for record in records:
        fixture.setdefault(record["model"].removeprefix("negotiations."), {})[record["pk"]] = (
            record["fields"]
        )
    actors = {pk: SimpleNamespace(pk=pk, **f) for pk, f in fixture["actor"].items()}
    people = {
        pk: SimpleNamespace(
            pk=pk, name=f["name"], title=f["title"], affiliation=actors.get(f["affiliation"])
        )
        for pk, f in fixture["person"].items()
    }
    drafts = draft_article(text, published_on, people.values(), actors.values())
    figures = [d for d in drafts if d.kind == "figure"]
    figures += [part for d in figures for part in d.parts]
    statements = [d for d in drafts if d.kind == "statement"]
    events = [d for d in drafts if d.kind == "event"]

    def of_kind(kind):
        return [d for d in drafts + [p for d in drafts for p in d.parts] if d.kind == kind]

    rows = {
        "figures": recall(fixture["figure"].values(), figures, same_count),
        "quotes": recall(
            [f for f in fixture["statement"].values() if f["is_direct_quote"]],
            [d for d in statements if d.values["is_direct_quote"]],
            same_words,
        ),
        "speakers": recall(
            fixture["statement"].values(),
            statements,
            lambda f, d: same_words(f, d, share=0.5) and same_speaker(f, d, people),
        ),
        "dated events": recall(fixture["event"].values(), events, same_date),
        "proposals": recall(fixture["proposal"].values(), of_kind("proposal"), same_proposal),
        "terms": recall(
            [*fixture["exchangeterm"].values(), *fixture["otherterm"].values()],
            of_kind("exchangeterm") + of_kind("otherterm"),
            same_term,
        ),
        "positions": recall(fixture["position"].values(), of_kind("position"), same_position),
    }
    invented = [problem for d in drafts for problem in untraced(d, text)]
    print(f"Drafts of the Doha article ({published_on}): {len(drafts)}")
    print(f"{'what':14} {'fixture':>7} {'found':>6} {'recall':>7} {'target':>7}")
    for name, (total, found) in rows.items():
        share = found / total if total else 1.0
        if name not in TARGETS:
            print(f"{name:14} {total:7} {found:6} {share:7.2f} {'—':>7}")
            continue
        mark = "met" if share >= TARGETS[name] else "MISSED"
        print(f"{name:14} {total:7} {found:6} {share:7.2f} {TARGETS[name]:7.2f}  {mark}")
    verdict = "met" if not invented else "MISSED"
    print(f"{'invented':14} {'':7} {len(invented):6}   target 0  {verdict}")
    for problem in invented:
        print("  ", problem)


def recall(expected, drafts, matches):
    """(how many expected, how many a distinct draft matches)."""
    expected, left, found = list(expected), list(drafts), 0
    for record in expected:
        match = next((draft for draft in left if matches(record, draft)), None)
        if match is not None:
            left.remove(match)
            found += 1
    return len(expected), found


def same_count(record, draft):
    values = draft.values
    return (
        record.get("value_min") == values["value_min"]
        and record.get("value_max") == values["value_max"]
        and record.get("value_qualifier") == values["value_qualifier"]
    )


def words_of(text):
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def same_words(record, draft, share=0.9):
    expected, drafted = words_of(record["text"]), words_of(draft.values["text"])
    return len(expected & drafted) >= share * len(expected)


def same_speaker(record, draft, people):
    person = draft.values["speaker"]
    if record.get("speaker"):
        return person is not None and person.pk == record["speaker"]
    return person is None and record["speaker_description"] in draft.values["speaker_description"]


def same_date(record, draft):
    date = draft.values["date"]
    return (str(date.date), str(date.precision)) == (record["date"], record["date_precision"])


def same_proposal(record, draft):
    values = draft.values
    proposer = values["proposed_by"].pk if values["proposed_by"] else None
    return (record["kind"], record.get("proposed_by")) == (values["kind"], proposer)


def same_term(record, draft):
    values = draft.values
    if draft.kind == "otherterm":
        return (record.get("kind"), record.get("amount_min")) == (
            values["kind"],
            values["amount_min"],
        )
    bounds = ("count_min", "count_max", "ratio_min", "ratio_max")
    return record.get("group") == values["group"] and all(
        record.get(bound) == values.get(bound) for bound in bounds
    )


def same_position(record, draft):
    values = draft.values
    return record["actor"] == values["actor"].pk and same_date(record, draft)


def untraced(draft, text):
    """What a draft holds that the article's words do not carry."""
    problems = []
    if draft.passage not in text:
        problems.append(f"{draft.kind}: its passage is not the article's: {draft.passage[:60]}")
    values = draft.values
    if draft.kind == "figure":
        for bound in (values["value_min"], values["value_max"]):
            if bound is not None and not _number_in(bound, values["words"]):
                problems.append(f"figure: {bound} is not in “{values['words']}”")
        if values["words"] not in draft.passage:
            problems.append(f"figure: “{values['words']}” is not in its passage")
        problems += [problem for part in draft.parts for problem in untraced(part, text)]
    if draft.kind == "statement":
        person = values["speaker"]
        if person is not None and not any(
            word in text for word in [person.name, person.name.split()[-1].split("-")[-1]]
        ):
            problems.append(f"statement: the article does not name {person.name}")
        if values["text"] not in draft.passage:
            problems.append(f"statement: its words are not its passage's: {values['text'][:60]}")
    if draft.kind == "proposal":
        problems += [problem for part in draft.parts for problem in untraced(part, text)]
        if values["date"] is not None and values["date_words"] not in draft.passage:
            problems.append(f"proposal: {values['date']} rests on no words of its passage")
    if draft.kind in ("exchangeterm", "otherterm") and values["description"] not in draft.passage:
        problems.append(f"{draft.kind}: “{values['description']}” is not in its passage")
    if draft.kind == "position" and values["stance"] not in draft.passage:
        problems.append(f"position: “{values['stance']}” is not in its passage")
    if draft.kind == "event" and values["place"] not in draft.passage:
        problems.append(f"event: the place {values['place']} is not in its passage")
    if draft.kind in ("statement", "event"):
        date = values["date"]
        quoted = re.search(r"“(.+?)”", values["date_note"])
        if str(date.precision) != "on_or_before" and (
            quoted is None or quoted[1] not in draft.passage
        ):
            problems.append(f"{draft.kind}: {date} rests on no words of its passage")
    return problems


def _number_in(number, words):
    """Whether ``words`` write ``number`` ("about 1.5 million", "eight")."""
    from negotiations.drafting.quantities import NUMBER, value_of

    return number in {value_of(found) for found in re.findall(NUMBER, words, re.IGNORECASE)}


if __name__ == "__main__":
    main()
