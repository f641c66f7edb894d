"""Drafting from a report: dates resolved from its dateline at the precision of its words,
counts with their qualifiers and breakdowns, sayings with the speaker the report names."""

import datetime
from types import SimpleNamespace

import pytest

from negotiations.drafting.article import draft_article, event_kind, sentences_of
from negotiations.drafting.date_words import resolve
from negotiations.drafting.dates import dates_in
from negotiations.drafting.quantities import counts_in
from negotiations.drafting.sayings import sayings_in
from negotiations.drafting.speakers import SpeakerIndex
from negotiations.fields import ApproximateDate

from .doha import DOHA_ARTICLE

TUESDAY = datetime.date(2024, 3, 19)


def dated(day, precision):
    return ApproximateDate(datetime.date.fromisoformat(day), precision)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("on Tuesday", dated("2024-03-19", "day")),  # the dateline's own weekday: that day
        ("Monday", dated("2024-03-18", "day")),
        ("on Wednesday", dated("2024-03-13", "day")),  # the latest Wednesday before it
        ("last week", dated("2024-03-11", "week")),  # by its Monday
        ("this week", dated("2024-03-18", "week")),
        ("in November", dated("2023-11-01", "month")),  # the latest November before it
        ("in March", dated("2024-03-01", "month")),
        ("on October 7", dated("2023-10-07", "day")),
        ("7 October 2023", dated("2023-10-07", "day")),
        ("last year", dated("2023-01-01", "year")),
        ("yesterday", dated("2024-03-18", "day")),
    ],
)
def test_date_words_resolve_against_the_dateline_at_their_precision(words, expected):
    assert resolve(words, TUESDAY) == expected


def test_a_day_after_the_dateline_is_not_a_date_the_report_gives():
    assert resolve("December 25, 2024", TUESDAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Talks will resume in Cairo on Sunday.", "2024-03-24"),
        ("due to meet on Friday", "2024-03-22"),
    ],
)
def test_a_date_the_report_puts_in_the_future_is_resolved_forward_not_to_a_past_day(text, day):
    (found,) = dates_in(text, TUESDAY)
    assert found.date == dated(day, "day")


def test_a_date_the_report_puts_in_doubt_is_not_resolved():
    assert dates_in("It may be signed in May.", TUESDAY) == []


def test_words_that_name_no_date_give_none():
    assert dates_in("Talks may resume within days, it may be said.", TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "bounds", "qualifier", "counts"),
    [
        ("killed at least 31,819 people", (31819, None), "at_least", "people"),
        ("about 1.5 million Gazans are sheltering", (1500000, 1500000), "about", "Gazans"),
        (
            "20 to 50 Palestinian prisoners per hostage",
            (20, 50),
            "exact",
            "Palestinian prisoners per hostage",
        ),
        ("up to 700 detainees", (None, 700), "up_to", "detainees"),
        (
            "several hundred prisoners of war were exchanged",
            (None, None),
            "in_words",
            "prisoners of war",
        ),
        ("dozens were released", (None, None), "in_words", "released"),
    ],
)
def test_a_count_keeps_its_bounds_qualifier_and_what_it_counts(text, bounds, qualifier, counts):
    (count,) = counts_in(text)
    assert (count.minimum, count.maximum) == bounds
    assert count.qualifier == qualifier
    assert count.counts == counts


@pytest.mark.parametrize(
    ("text", "words", "counts"),
    [
        ("tens of thousands of Palestinians fled", "tens of thousands", "Palestinians fled"),
        ("hundreds of thousands of Gazans", "hundreds of thousands", "Gazans"),
    ],
)
def test_a_compound_count_in_words_is_one_count(text, words, counts):
    (count,) = counts_in(text)
    assert (count.words, count.counts, count.minimum) == (words, counts, None)


@pytest.mark.parametrize("text", ["the toll rose from 30 to 40 people", "a 1.5 km buffer zone"])
def test_a_change_or_a_measure_is_not_a_count(text):
    assert counts_in(text) == []


def test_a_count_in_words_keeps_the_reports_words_and_no_number():
    (count,) = counts_in("several hundred prisoners of war were exchanged")
    assert count.words == "several hundred"
    assert count.minimum is None and count.maximum is None


def test_a_breakdown_becomes_the_parts_of_its_count():
    (count,) = counts_in("about 130 remain, including 33 -- eight soldiers and 25 civilians")[1:]
    assert count.minimum == 33
    assert [(part.minimum, part.counts) for part in count.parts] == [
        (8, "soldiers"),
        (25, "civilians"),
    ]


def test_years_adjectives_and_dates_are_not_counts():
    text = "In 2023 a six-week truce began on October 7"
    skip = [(text.index("October 7"), len(text))]
    assert counts_in(text, skip=skip) == []


@pytest.fixture
def index():
    qatar = SimpleNamespace(name="Qatar")
    hamas = SimpleNamespace(name="Hamas")
    ansari = SimpleNamespace(name="Majed al-Ansari", title="", affiliation=qatar)
    return SpeakerIndex([ansari], [qatar, hamas])


def test_a_quote_goes_to_the_person_its_report_names_by_surname(index):
    (saying,) = sayings_in('"We are not close to a deal yet at all," Ansari said.', index)
    assert saying.is_direct_quote
    assert saying.speaker.person.name == "Majed al-Ansari"
    assert saying.speaker.actor.name == "Qatar"


def test_he_said_goes_to_the_speaker_named_before(index):
    (first,) = sayings_in('"We are not close to a deal yet at all," Ansari said.', index)
    (second,) = sayings_in(
        '"It is too early to announce any successes," he added.', index, first.speaker
    )
    assert second.speaker.person.name == "Majed al-Ansari"


def test_an_unnamed_speaker_keeps_the_reports_words_and_no_name(index):
    (saying,) = sayings_in(
        "On Monday, a Hamas official said Hamas would accept a withdrawal.", index
    )
    assert saying.speaker.person is None
    assert saying.speaker.description == "a Hamas official"
    assert saying.speaker.actor.name == "Hamas"
    assert saying.when == "On Monday"
    assert not saying.is_direct_quote


def test_a_name_after_to_or_for_is_someone_elses_and_names_no_speaker():
    israel = SimpleNamespace(name="Israel")
    pm = SimpleNamespace(name="Benjamin Netanyahu", title="", affiliation=israel)
    index = SpeakerIndex([pm], [israel])
    assert index.find("Prime Minister Benjamin Netanyahu").person is pm
    for words in ("an aide to Benjamin Netanyahu", "a spokesman for Prime Minister Netanyahu"):
        assert index.find(words).person is None
        assert index.find(words).description == words


def test_a_surname_two_people_share_names_neither():
    people = [
        SimpleNamespace(name="Benjamin Netanyahu", title="", affiliation=None),
        SimpleNamespace(name="Sara Netanyahu", title="", affiliation=None),
    ]
    index = SpeakerIndex(people, [])
    assert index.find("Netanyahu").person is None
    assert index.find("Sara Netanyahu").person is people[1]


def test_the_title_of_one_person_names_them_and_a_title_of_many_does_not():
    qatar, hamas = SimpleNamespace(name="Qatar"), SimpleNamespace(name="Hamas")
    premier = SimpleNamespace(name="", title="Qatari premier", affiliation=qatar)
    hamdan = SimpleNamespace(name="Osama Hamdan", title="Hamas official", affiliation=hamas)
    haniyeh = SimpleNamespace(name="Ismail Haniyeh", title="Hamas official", affiliation=hamas)
    index = SpeakerIndex([premier, hamdan, haniyeh], [qatar, hamas])
    assert index.find("the Qatari premier").person is premier
    assert index.find("the Hamas official").person is None  # two hold that title
    assert index.find("a Hamas official").person is None


def test_a_speaker_the_tracker_does_not_know_is_described_not_named(index):
    (saying,) = sayings_in("The talks will go on, a senior Egyptian official said.", index)
    assert saying.speaker.person is None and saying.speaker.actor is None
    assert saying.speaker.description == "a senior Egyptian official"


def test_an_event_keeps_the_place_its_clause_names_and_no_month(index):
    (event,) = draft_article("Envoys met in Cairo on Thursday.", TUESDAY, [], index.actors)
    assert event.values["place"] == "Cairo"
    (event,) = draft_article("A truce began in November.", TUESDAY, [], index.actors)
    assert event.values["place"] == ""


def test_a_quotation_of_several_sentences_stays_one_sentence():
    text = '"We are not close. We are cautiously optimistic," he added. Talks go on.'
    assert list(sentences_of(text)) == [
        '"We are not close. We are cautiously optimistic," he added.',
        "Talks go on.",
    ]


def test_a_title_or_initials_do_not_end_a_sentence():
    text = (
        "Maj. Gen. Ana Costa said the U.S. Department of State had called. "
        "The call came from the U.S. The talks go on. George W. Bush's envoy was there. "
        "The district chief, A. Y. Nasution, said so."
    )
    assert list(sentences_of(text)) == [
        "Maj. Gen. Ana Costa said the U.S. Department of State had called.",
        "The call came from the U.S.",
        "The talks go on.",
        "George W. Bush's envoy was there.",
        "The district chief, A. Y. Nasution, said so.",
    ]


def test_a_time_of_day_ends_no_sentence_before_its_day_but_does_before_another():
    text = (
        "He was freed about 10:30 a.m. Saturday, officials said. Talks began at 9 a.m. They ended."
    )
    assert list(sentences_of(text)) == [
        "He was freed about 10:30 a.m. Saturday, officials said.",
        "Talks began at 9 a.m.",
        "They ended.",
    ]


def test_a_quote_opening_the_next_sentence_with_no_space_ends_the_one_before():
    text = '"The talks ended," state TV said."Further details will be announced."'
    assert list(sentences_of(text)) == [
        '"The talks ended," state TV said.',
        '"Further details will be announced."',
    ]


def test_two_paragraphs_a_page_ran_together_are_two_sentences():
    text = (
        "Croatian TV reported Friday.The commander agreed. Mrs.Costa and St.Petersburg stay."
        ' "Both sides broke it."The ruling says so.'
    )
    assert list(sentences_of(text)) == [
        "Croatian TV reported Friday.",
        "The commander agreed.",
        "Mrs.Costa and St.Petersburg stay.",
        '"Both sides broke it."',
        "The ruling says so.",
    ]


def test_every_draft_of_the_doha_article_rests_on_a_verbatim_passage(index):
    text = DOHA_ARTICLE.read_text().split("2024-03-19", 1)[1]
    drafts = draft_article(text, TUESDAY, index.people, index.actors)
    assert drafts
    for draft in drafts:
        assert draft.passage in text
    figures = {
        (d.values["value_min"], d.values["value_qualifier"]) for d in drafts if d.kind == "figure"
    }
    assert {(1160, "about"), (250, "about"), (31819, "at_least"), (1500000, "about")} <= figures
    undated = [
        d for d in drafts if d.kind == "statement" and "does not date" in d.values["date_note"]
    ]
    assert undated and all(d.values["date"].precision == "on_or_before" for d in undated)


@pytest.fixture
def sides():
    hamas, qatar = SimpleNamespace(name="Hamas", pk=2), SimpleNamespace(name="Qatar", pk=3)
    return SpeakerIndex([], [hamas, qatar])


def test_a_proposal_is_drafted_with_its_exchange_and_truce_terms(sides):
    text = (
        "Last week, Hamas proposed a six-week truce and the release of about 42 hostages in "
        "exchange for 20 to 50 Palestinian prisoners per hostage."
    )
    drafts = draft_article(text, TUESDAY, [], sides.actors)
    (proposal,) = [draft for draft in drafts if draft.kind == "proposal"]
    assert proposal.values["proposed_by"].name == "Hamas"
    assert proposal.values["status"] == "presented"
    assert proposal.values["date"] == dated("2024-03-11", "week")
    hostages, prisoners, truce = proposal.parts
    assert (hostages.values["group"], hostages.values["count_min"]) == ("hostages", 42)
    assert hostages.values["count_qualifier"] == "about"
    assert (prisoners.values["group"], prisoners.values["ratio_per"]) == ("prisoners", "hostage")
    assert (prisoners.values["ratio_min"], prisoners.values["ratio_max"]) == (20, 50)
    assert prisoners.values["affiliation"] == "Palestinian"
    assert (truce.values["kind"], truce.values["amount_min"], truce.values["unit"]) == (
        "truce",
        6,
        "weeks",
    )
    # Its terms are not drafted again as figures.
    assert not [draft for draft in drafts if draft.kind == "figure"]


def test_an_expected_counter_proposal_has_no_date_and_names_whom_it_is_for(sides):
    text = "A counter-proposal could soon be presented to Hamas, Qatar said on Tuesday."
    (proposal,) = [
        d for d in draft_article(text, TUESDAY, [], sides.actors) if d.kind == "proposal"
    ]
    assert proposal.values["kind"] == "counter_proposal"
    assert proposal.values["status"] == "expected"
    assert proposal.values["date"] is None
    assert [actor.name for actor in proposal.values["addressed_to"]] == ["Hamas"]
    assert proposal.values["proposed_by"] is None


def test_a_quotation_that_speaks_of_a_proposal_drafts_no_proposal(sides):
    text = '"We expect that the counter-proposal would be presented to Hamas soon," Qatar said.'
    assert not [d for d in draft_article(text, TUESDAY, [], sides.actors) if d.kind == "proposal"]


def test_a_stance_a_side_states_is_drafted_as_its_position(sides):
    text = "On Monday, a Hamas official said Hamas would accept a partial Israeli withdrawal."
    (position,) = [
        d for d in draft_article(text, TUESDAY, [], sides.actors) if d.kind == "position"
    ]
    assert position.values["actor"].name == "Hamas"
    assert position.values["stance"] == "would accept a partial Israeli withdrawal"
    assert position.values["topic"] == "withdrawal"
    assert position.values["date"] == dated("2024-03-18", "day")


def test_the_count_of_the_sources_a_report_cites_is_no_figure():
    text = (
        "The militia left the port on Sunday, according to three local officials who spoke "
        "on condition of anonymity."
    )
    assert [d for d in draft_article(text, datetime.date(2025, 3, 14)) if d.kind == "figure"] == []


def test_a_sentence_that_ends_in_a_closing_quote_ends_after_it():
    text = 'The envoy wrote: "The road is open." He added, "Buses leave at dawn."'
    assert list(sentences_of(text)) == [
        'The envoy wrote: "The road is open."',
        'He added, "Buses leave at dawn."',
    ]


def figures_of(text):
    drafts = draft_article(text, datetime.date(2025, 3, 14))
    return [(d.values["value_min"], d.values["counts"]) for d in drafts if d.kind == "figure"]


def test_a_figure_told_again_with_other_common_words_is_drafted_once():
    text = (
        "The rebels freed 12 captured Kenyan drivers on Monday.\n"
        "Their release completed the return of the 12 detained drivers."
    )
    assert figures_of(text) == [(12, "captured Kenyan drivers")]


def test_the_same_number_of_people_from_other_sides_is_two_figures():
    text = "The army freed 40 Malian soldiers.\nThe rebels freed 40 Nigerien soldiers."
    assert [value for value, _ in figures_of(text)] == [40, 40]


def test_a_figure_told_again_without_where_they_were_is_drafted_once():
    text = (
        "The rebels freed the 17 Filipino seafarers aboard the Galaxy Leader ship.\n"
        "Manila had long tried to get the 17 seafarers out of Yemen."
    )
    assert figures_of(text) == [(17, "Filipino seafarers aboard the Galaxy Leader ship")]


def test_hostages_told_again_as_captives_are_drafted_once():
    text = (
        "The hijackers agreed to free their 102 hostages.\n"
        "The deal came minutes before the deadline to kill three of their 102 captives."
    )
    assert [value for value, _ in figures_of(text)] == [102, 3]


def test_people_counted_again_with_what_befell_them_are_drafted_once():
    text = (
        "The rebels let 22 civilian captives freed on Saturday go home.\n"
        "Doctors said 22 hostages were in good shape."
    )
    assert [value for value, _ in figures_of(text)] == [22]


def test_a_number_counted_before_given_again_with_the_is_the_same_people():
    text = (
        "The rebels freed 22 civilian captives on Saturday.\n"
        "A journalist said the 22 civilians were all in good shape, and 40 soldiers stayed."
    )
    assert [value for value, _ in figures_of(text)] == [22, 40]


def test_the_two_sides_of_a_swap_in_one_sentence_are_two_figures():
    text = "The UAE freed 100 Russian prisoners of war in exchange for 100 war prisoners from Kyiv."
    assert [value for value, _ in figures_of(text)] == [100, 100]


def test_a_proposal_as_proposed_by_a_side_the_tracker_knows_is_that_sides(sides):
    text = "The truce began at dawn, as proposed by Qatar."
    (proposal,) = [
        d for d in draft_article(text, TUESDAY, [], sides.actors) if d.kind == "proposal"
    ]
    assert proposal.values["proposed_by"].name == "Qatar"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Mediators met in Cairo on Monday to discuss the truce", "meeting"),
        ("Talks on a ceasefire resumed in Doha on Monday", "meeting"),
        ("The ceasefire took effect after talks in Cairo", "truce"),
        ("After a week of talks, the truce took effect on Sunday", "truce"),
        ("Militants attacked a convoy despite the truce on Monday", "military"),
        ("An airstrike killed 12 people hours after the cease-fire began", "military"),
        ("Israel offered a truce on Monday", "proposal_presented"),
        ("The envoy arrived in Cairo on Monday", "context"),
    ],
)
def test_an_events_kind_is_the_first_its_main_clause_tells(title, kind):
    assert event_kind(title) == kind
