"""``manage.py draft_article``: a report drafted from the command line by the admin paste
form's own path, printed as JSON or one line per draft; bad input refused with a message."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from negotiations.drafting.as_json import draft_as_json
from negotiations.drafting.forms import ArticleDraftForm
from negotiations.drafting.paste import LONGEST_TEXT

from .doha import DOHA

# Tests that read the Doha records share one copy loaded for the module.
pytestmark = pytest.mark.usefixtures("doha_for_the_module")

REPORT = (
    "Hamas proposed a six-week truce on Monday and the release of about 42 hostages in "
    "exchange for 700 Palestinian prisoners, officials said. "
    '"We are not close to a deal yet," Ansari said on Tuesday. '
    "On Monday, a Hamas official said Hamas would accept a partial Israeli withdrawal."
)


def draft(tmp_path, text=REPORT, *options, published="2024-03-19"):
    """The command's output for ``text`` in a file."""
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("draft_article", str(report), "--published", published, *options, stdout=out)
    return out.getvalue()


def drafted(tmp_path, text=REPORT, *options):
    return json.loads(draft(tmp_path, text, "--json", *options))


def of_kind(drafts, kind):
    return [found for found in drafts if found["kind"] == kind]


def test_json_gives_each_draft_its_kind_passage_and_values(tmp_path, doha):
    drafts = drafted(tmp_path)
    assert {found["kind"] for found in drafts} == {"statement", "proposal", "event", "position"}
    assert all(found["passage"] in REPORT for found in drafts)


def test_a_date_is_its_day_and_precision(tmp_path, doha):
    (quote,) = [s for s in of_kind(drafted(tmp_path), "statement") if s["is_direct_quote"]]
    assert quote["date"] == {"date": "2024-03-19", "precision": "day"}


def test_an_undated_statement_is_on_or_before_the_reports_day(tmp_path, doha):
    text = '"We are not close to a deal yet at all," Ansari said. Talks go on in the capital.'
    (statement,) = of_kind(drafted(tmp_path, text), "statement")
    assert statement["date"] == {"date": "2024-03-19", "precision": "on_or_before"}


def test_a_person_the_tracker_knows_is_given_by_id_and_name(tmp_path, doha):
    (quote,) = [s for s in of_kind(drafted(tmp_path), "statement") if s["is_direct_quote"]]
    assert set(quote["speaker"]) == {"id", "name"}
    assert quote["speaker"]["name"] == "Majed al-Ansari"
    assert isinstance(quote["speaker"]["id"], int)


def test_a_figure_gives_its_count_as_numbers_with_qualifier_and_words(tmp_path, doha):
    text = "At least 31,819 Palestinians have been killed in Gaza, according to the ministry."
    (figure,) = of_kind(drafted(tmp_path, text), "figure")
    assert figure["count"] == {
        "minimum": 31819,
        "maximum": None,
        "qualifier": "at_least",
        "words": "At least 31,819",
    }
    assert figure["counts"] == "Palestinians"


def test_a_proposals_terms_are_nested_as_terms_with_their_sub_kind(tmp_path, doha):
    (proposal,) = of_kind(drafted(tmp_path), "proposal")
    assert proposal["proposed_by"]["name"] == "Hamas"
    assert [part["kind"] for part in proposal["parts"]] == ["term", "term", "term"]
    hostages, prisoners, truce = proposal["parts"]
    assert (hostages["term_kind"], hostages["group"]) == ("exchange", "hostages")
    assert hostages["count"]["minimum"] == 42 and hostages["count"]["qualifier"] == "about"
    assert prisoners["count"]["maximum"] == 700
    assert (truce["term_kind"], truce["amount"]["minimum"], truce["unit"]) == ("truce", 6, "weeks")


def test_a_negotiation_gives_a_position_the_issue_of_its_topic(tmp_path, doha):
    (position,) = of_kind(drafted(tmp_path, REPORT, "--negotiation", DOHA), "position")
    assert position["topic"] == "withdrawal"
    assert position["issue"]["name"] == "Israeli withdrawal from Gaza"


def test_without_a_negotiation_a_position_has_no_issue(tmp_path, doha):
    (position,) = of_kind(drafted(tmp_path), "position")
    assert position["issue"] is None and position["actor"]["name"] == "Hamas"


def test_the_command_drafts_what_the_admin_paste_form_drafts(tmp_path, doha):
    form = ArticleDraftForm(
        data={
            "negotiation": doha.pk,
            "title": "A report",
            "publisher": "AFP",
            "published_on": "2024-03-19",
            "text": REPORT,
        }
    )
    assert form.is_valid(), form.errors
    pasted = [draft_as_json(found) for found in form.drafts]
    for found in drafted(tmp_path, REPORT, "--negotiation", DOHA):
        found.pop("issue", None)
        assert found in pasted
    assert len(pasted) == len(drafted(tmp_path))


def test_dash_reads_the_report_from_standard_input(doha):
    out = io.StringIO()
    call_command(
        "draft_article", "-", "--published", "2024-03-19", "--json",
        stdin=io.StringIO(REPORT), stdout=out,
    )  # fmt: skip
    assert of_kind(json.loads(out.getvalue()), "proposal")


def test_without_json_each_draft_is_one_readable_line(tmp_path, doha):
    lines = draft(tmp_path, REPORT, "--publisher", "AFP").splitlines()
    drafts = drafted(tmp_path)
    assert lines[0] == f"{len(drafts)} drafts of a report by AFP of 19 March 2024:"
    assert [line.split()[0] for line in lines[1:] if not line.startswith(" ")] == [
        found["kind"] for found in drafts
    ]
    # A proposal's terms, each on a line of its own under it.
    assert "  - term      about 42 hostages" in lines
    assert len(lines) == 1 + len(drafts) + sum(len(found["parts"]) for found in drafts)


def test_a_missing_file_is_refused(doha):
    with pytest.raises(CommandError, match=r"No such file: nowhere\.txt"):
        call_command("draft_article", "nowhere.txt", "--published", "2024-03-19")


@pytest.mark.parametrize("day", ["19/03/2024", "2024-02-30", "yesterday"])
def test_a_day_not_written_yyyy_mm_dd_is_refused(tmp_path, doha, day):
    with pytest.raises(CommandError, match="--published expects a day as YYYY-MM-DD"):
        draft(tmp_path, REPORT, published=day)


def test_a_day_after_today_is_refused(tmp_path, doha):
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    with pytest.raises(CommandError, match="cannot be published after today"):
        draft(tmp_path, REPORT, published=tomorrow.isoformat())


def test_an_unknown_negotiation_is_refused(tmp_path, doha):
    with pytest.raises(CommandError, match="No negotiation has the slug 'no-such-talks'"):
        draft(tmp_path, REPORT, "--negotiation", "no-such-talks")


def test_text_the_language_check_refuses_is_refused(tmp_path, doha):
    french = "Le Hamas a proposé une trêve de six semaines lundi, selon des responsables. " * 3
    with pytest.raises(CommandError, match="This reads as French; the drafter reads"):
        draft(tmp_path, french)


@pytest.mark.parametrize(
    "text",
    [
        f"<p>{REPORT}</p>",
        f'{REPORT} <a href="/x">one</a> <a href="/y">two</a>',
        f"<span>{REPORT}</span> <span>Photo</span>",
    ],
)
def test_html_is_refused(tmp_path, doha, text):
    with pytest.raises(CommandError, match="This is HTML"):
        draft(tmp_path, text)


def test_a_link_a_page_let_into_its_text_is_no_reason_to_refuse_the_report(tmp_path, doha):
    caption = 'Photo courtesy of Andriy Yermak/<a href="https://example.org/p">Facebook</a>\n'
    assert of_kind(drafted(tmp_path, caption + REPORT), "statement")


@pytest.mark.parametrize("text", ["", "  \n\n  "])
def test_an_empty_file_is_refused(tmp_path, doha, text):
    with pytest.raises(CommandError, match="is empty: no text"):
        draft(tmp_path, text)


def test_a_file_not_in_utf_8_is_refused(tmp_path, doha):
    report = tmp_path / "report.txt"
    report.write_bytes(REPORT.encode("utf-16"))
    with pytest.raises(CommandError, match="is not UTF-8 text"):
        call_command("draft_article", str(report), "--published", "2024-03-19")


def test_a_2_mb_text_is_refused_with_the_paste_forms_bound(tmp_path, doha):
    huge = (REPORT + "\n") * (2_000_000 // len(REPORT))
    with pytest.raises(CommandError, match=f"at most {LONGEST_TEXT:,} characters"):
        draft(tmp_path, huge)


def test_a_text_just_over_the_bound_is_refused_as_the_form_refuses_it(tmp_path, doha):
    text = ("word " * LONGEST_TEXT)[: LONGEST_TEXT + 1]
    with pytest.raises(CommandError, match=f"The text is {LONGEST_TEXT + 1:,} characters"):
        draft(tmp_path, text)


def test_a_text_that_drafts_more_than_one_report_holds_is_refused(tmp_path, doha):
    with pytest.raises(CommandError, match="paste one report at a time"):
        draft(tmp_path, "About 5 hostages were seen on Monday. " * 600)


def test_a_database_not_migrated_is_named_not_a_traceback(tmp_path, doha, monkeypatch):
    from django.db import OperationalError

    from negotiations.drafting.management.commands import draft_article

    def unreadable(negotiation):
        raise OperationalError("no such table: negotiations_person")

    monkeypatch.setattr(draft_article, "speaker_index", unreadable)
    with pytest.raises(CommandError, match=r"run `manage\.py migrate` first"):
        draft(tmp_path)


def test_a_fault_of_the_drafters_on_a_report_is_refused_with_a_message(tmp_path, doha, monkeypatch):
    from negotiations.drafting import paste

    def faulty(*args):
        raise ValueError("invalid literal for text2num: 'a'")

    monkeypatch.setattr(paste, "draft_article", faulty)
    with pytest.raises(CommandError, match="could not read this report"):
        draft(tmp_path)
