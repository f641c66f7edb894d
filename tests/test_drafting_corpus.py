"""The corpus benchmark's scorer: it scores the development split, and its invented-value
check catches a count the report's words do not carry."""

import pytest

from bench.drafting_corpus_score import (
    Report,
    Row,
    drafts_of,
    one_to_one,
    reports,
    same_event,
    same_statement,
    score,
)
from bench.drafting_words import numbers_in, span_carried
from negotiations.drafting.drafts import Draft
from negotiations.fields import Qualifier

#: The development reports are scored in this many shares, so that the suite's workers share
#: the work (each share drafts every fourth report).
SHARES = 4


def test_the_development_split_holds_every_report_added_to_it():
    assert len(reports("development")) == 1131


@pytest.mark.parametrize("share", range(SHARES))
def test_the_scorer_scores_every_development_report_by_the_paste_path(share):
    for report in reports("development")[share::SHARES]:
        drafts, refused = drafts_of(report)
        assert not refused
        rows = score(report, drafts).rows
        assert all(isinstance(row, Row) for row in rows.values())
        assert sum(row.drafts for row in rows.values()) > 0


def test_the_scorer_pairs_as_many_entries_as_can_be_paired_one_draft_each():
    # The first entry fits both drafts, the second only the first draft: a first-come
    # pairing would give the first draft away and miss the second entry.
    fits = {"broad": {"a", "b"}, "narrow": {"a"}}
    paired = one_to_one(["broad", "narrow"], ["a", "b"], lambda entry, d: d in fits[entry])
    assert paired == ["a", "b"]
    assert one_to_one(["narrow", "narrow"], ["a", "b"], lambda e, d: d in fits[e]) == ["a"]


def planted_figure(passage, bound):
    values = {
        "counts": "hostages",
        "value_min": bound,
        "value_max": bound,
        "value_qualifier": Qualifier.EXACT,
        "value_words": "",
        "words": str(bound),
        "attribution": "",
    }
    return Draft("figure", values, passage)


def test_a_count_the_report_does_not_write_is_invented_and_one_it_writes_is_not():
    (report,) = [r for r in reports("development") if "aa-armenia-azerbaijan-detainee" in r.slug]
    assert "32 Armenian soldiers" in report.text and "4711" not in report.text
    passage = next(line for line in report.text.splitlines() if "32" in line)
    carried, planted = planted_figure(passage, 32), planted_figure(passage, 4711)
    result = score(report, [carried, planted])
    assert result.rows["figures"].invented == 1
    assert result.invented and "4711" in result.invented[0]
    assert score(report, [carried]).rows["figures"].invented == 0


def planted_exchange(passage, count, group):
    values = {"group": group, "count_min": count, "count_max": count, "description": ""}
    return Draft("exchangeterm", values, passage)


def test_both_sides_releases_of_one_exchange_count_as_one_term_and_an_agreement_apart():
    (report,) = [r for r in reports("development") if "aa-armenia-azerbaijan-detainee" in r.slug]
    passage = next(line for line in report.text.splitlines() if "32 Armenian" in line)
    sides = [planted_exchange(passage, 32, "prisoners_of_war"), planted_exchange(passage, 2, "x")]
    agreement = Draft("proposal", {"kind": "agreement", "title": ""}, passage, parts=sides)
    rows = score(report, [agreement]).rows
    assert (rows["terms"].drafts, rows["terms"].matched, rows["terms"].wrong) == (1, 1, 0)
    assert (rows["agreements"].drafts, rows["agreements"].wrong) == (1, 0)
    assert rows["proposals"].drafts == 0


def planted_event(passage, day, precision):
    import datetime

    from negotiations.fields import ApproximateDate

    values = {"date": ApproximateDate(datetime.date.fromisoformat(day), precision)}
    return Draft("event", values, passage)


def test_dated_events_are_scored_in_a_row_of_their_own_beside_all_events():
    (report,) = [r for r in reports("development") if "aa-armenia-azerbaijan-detainee" in r.slug]
    day = report.key["source"]["published"]
    dated = {"what": "", "date": {"date": "2020-12-01", "precision": "day"}, "words": "truce"}
    undated = {"what": "", "date": {"date": day, "precision": "on or before"}, "words": "swap"}
    report = Report(report.slug, report.text, {**report.key, "events": [dated, undated]})
    drafts = [
        planted_event("the truce held", "2020-12-01", "day"),
        planted_event("the swap was done", day, "on_or_before"),
        planted_event("a raid", "2020-12-02", "day"),
    ]
    rows = score(report, drafts).rows
    assert (rows["events"].key, rows["events"].matched, rows["events"].wrong) == (2, 2, 1)
    part = rows["dated events"]
    assert (part.key, part.matched, part.drafts, part.wrong) == (1, 1, 2, 1)


def test_a_quote_found_as_reported_words_counts_for_the_quotes_recall_not_their_drafts():
    (report,) = [r for r in reports("development") if "aa-armenia-azerbaijan-detainee" in r.slug]
    passage = next(line for line in report.text.splitlines() if "32" in line)
    entry = {"speaker": "Ana Costa", "speaker_words": "Ana Costa", "words": passage[:60]}
    report = Report(
        report.slug, report.text, {**report.key, "statements": [{**entry, "is_direct_quote": True}]}
    )
    values = {"text": passage, "is_direct_quote": False, "speaker": None}
    draft = Draft("statement", {**values, "speaker_description": "Ana Costa"}, passage)
    part = score(report, [draft]).rows["quotes"]
    assert (part.key, part.matched, part.drafts, part.wrong) == (1, 1, 0, 0)


def test_the_scorer_reads_a_day_counted_from_another_or_back_from_the_report():
    import datetime

    from bench.drafting_words import day_carried

    reported = datetime.date(2025, 3, 12)
    text = "The truce was announced on March 3 and took effect the following day."
    assert day_carried(datetime.date(2025, 3, 4), "day", text, reported)
    assert not day_carried(datetime.date(2025, 3, 5), "day", text, reported)
    assert day_carried(datetime.date(2025, 3, 10), "day", "It began two days ago.", reported)
    assert not day_carried(datetime.date(2025, 3, 9), "day", "It began two days ago.", reported)
    assert day_carried(datetime.date(2025, 3, 4), "day", "Talks ran from 4 to 6 March.", reported)
    invaded = "Indonesia invaded East Timor this day 21 years ago."
    assert day_carried(datetime.date(2004, 3, 12), "day", invaded, reported)
    assert not day_carried(datetime.date(2004, 3, 11), "day", invaded, reported)
    began = "The conflict began 14 years ago."
    assert day_carried(datetime.date(2011, 1, 1), "year", began, reported)
    assert not day_carried(datetime.date(2012, 1, 1), "year", began, reported)


def test_the_scorer_counts_from_a_datelines_day_after_an_archives_notes():
    import datetime

    from bench.drafting_words import day_carried

    notes = "This article contains searchable text which was automatically generated. " * 7
    text = f"{notes}\nSAIGON, February 5. Troops killed 105 guerrillas yesterday."
    assert len(notes) > 500
    assert day_carried(datetime.date(1970, 2, 4), "day", text, datetime.date(1970, 2, 6))


def test_the_scorer_reads_on_or_before_a_day_only_from_more_than_a_time_ago():
    import datetime

    from bench.drafting_words import day_carried

    reported = datetime.date(2016, 10, 13)
    more = "The girls were kidnapped more than two years ago."
    assert day_carried(datetime.date(2014, 10, 13), "on_or_before", more, reported)
    assert not day_carried(datetime.date(2014, 10, 12), "on_or_before", more, reported)
    plain = "The girls were kidnapped two years ago."
    assert not day_carried(datetime.date(2014, 10, 13), "on_or_before", plain, reported)
    assert day_carried(reported, "on_or_before", plain, reported)


def test_the_scorer_reads_september_shortened_as_agencies_do():
    import datetime

    from bench.drafting_words import day_carried

    text = "The sides agreed on Sept. 5 on a ceasefire."
    assert day_carried(datetime.date(2014, 9, 5), "day", text, datetime.date(2014, 9, 5))


def quoted_words(key):
    """Every span of the report a key quotes: each entry's words and speaker's words."""
    yield from [key["dateline"]["words"]] if key.get("dateline") else []
    for kind in ("statements", "figures", "events", "proposals", "terms", "traps"):
        for entry in key.get(kind, []):
            yield from (entry[name] for name in ("words", "speaker_words") if entry.get(name))


def test_every_span_a_key_quotes_is_in_its_report_verbatim():
    for report in reports("all"):
        missing = [words for words in quoted_words(report.key) if words not in report.text]
        assert not missing, (report.slug, missing)


def test_the_scorer_reads_a_scale_after_a_or_half_a_as_a_number_the_text_writes():
    assert {1000, 500_000} <= numbers_in("more than a thousand detainees, half a million people")
    assert 100 in numbers_in("the authorities released over a hundred prisoners")
    assert 1000 not in numbers_in("a thousandth of the talks")
    assert 250_000 in numbers_in("claimed the lives of more than a quarter of a million people")
    assert 500_000 in numbers_in("killed more than a half-million people")


def test_the_scorer_knows_a_speaker_by_the_words_before_the_role_the_key_gives_with_them():
    entry = {
        "speaker": "Norodom Ranariddh",
        "speaker_words": "Prince Norodom Rannariddh, head of one of the guerrilla armies",
        "words": "he would not allow his troops to be disarmed",
    }
    said = {"speaker": None, "text": "he would not allow his troops to be disarmed"}
    assert same_statement(
        entry, Draft("statement", {**said, "speaker_description": "Prince Norodom Rannariddh"}, "")
    )
    assert not same_statement(
        entry, Draft("statement", {**said, "speaker_description": "the army"}, "")
    )


def test_the_scorer_reads_a_scale_joined_by_a_hyphen_as_the_number_the_text_writes():
    assert 804_000_000 in numbers_in("the government announced an $804-million aid package")


def test_the_scorer_reads_south_asian_scales_as_the_number_the_text_writes():
    assert {700_000, 25_000_000} <= numbers_in("a reward of Rs 7 lakh, a fund of 2.5 crore")
    assert 100_000 in numbers_in("nearly a lakh people were displaced")


def test_the_scorer_counts_a_reports_days_from_a_datelines_day_just_before_publication():
    import datetime

    from bench.drafting_words import day_carried

    reported = datetime.date(1962, 2, 13)
    text = "NEW YORK, Feb. 12. The account was given last night by a New York lawyer."
    assert day_carried(datetime.date(1962, 2, 11), "day", text, reported)
    undated = "The account was given last night by a New York lawyer."
    assert not day_carried(datetime.date(1962, 2, 11), "day", undated, reported)


def test_the_scorer_pairs_an_event_only_with_a_draft_that_rests_on_its_words():
    import datetime

    from negotiations.fields import ApproximateDate

    entry = {"date": {"date": "2025-03-12", "precision": "on or before"}, "words": "talks began"}
    undated = {"date": ApproximateDate(datetime.date(2025, 3, 12), "on_or_before")}
    assert same_event(entry, Draft("event", dict(undated), "The talks began in Doha."))
    assert not same_event(entry, Draft("event", dict(undated), "A convoy crossed the border."))


def test_the_scorer_takes_a_span_between_two_months_or_days_the_text_names_as_carried():
    import datetime

    reported = datetime.date(1999, 12, 23)
    text = "Another meeting is to be held in Paris in February or March."
    assert span_carried(datetime.date(2000, 2, 1), datetime.date(2000, 3, 31), text, reported)
    assert not span_carried(datetime.date(2000, 4, 1), datetime.date(2000, 5, 31), text, reported)
