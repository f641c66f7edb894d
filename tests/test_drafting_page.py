"""A pasted page taken apart: its headline, its dateline and the page's own words (timestamps,
comment counts, links, captions, bylines) are not drafted as the report's facts; the
dateline's city is the place of what the report dates when its words name no other."""

import datetime

import pytest

from negotiations.drafting.article import draft_article
from negotiations.drafting.page import page_of
from negotiations.fields import ApproximateDate

THURSDAY = datetime.date(2025, 3, 13)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("OSLO, March 13 (Reuters) - ", "Oslo"),
        ("NAIROBI (AFP) – ", "Nairobi"),
        ("ADDIS ABABA - ", "Addis Ababa"),
        ("BEIRUT/DAMASCUS (Reuters) - ", "Beirut"),
        ("KHARKIV, Ukraine (AP) — ", "Kharkiv"),
        ("LAGOS, Nigeria, Sept 3 (Reuters) - ", "Lagos"),
        ("Port Louis, Mauritius – March 13, 2025 – ", "Port Louis"),
        ("Tehran, 7 January 1997 (RFE/RL) -- ", "Tehran"),
        ("Tripoli, 5 March 2014:\n", "Tripoli"),
        ("Tripoli, 5 March 2014: ", "Tripoli"),
        ("Friday Harbor, Wash. - March 5, 2024 - ", "Friday Harbor"),
        ("From Our Special Correspondent, NEW DELHI, DEC. 16.—", "New Delhi"),
        ("RAWALPINDI: ", "Rawalpindi"),
        ("NEW DELHI: ", "New Delhi"),
        ("JUBA, Jan 24 ", "Juba"),
        ("SUKHUMI, Georgia (AP) _ ", "Sukhumi"),
        ("Naypyidaw, April 3 ", "Naypyidaw"),
        ("(N.Z. Press Assn.—Copyright) NEW YORK, Feb. 12. ", "New York"),
        ("LAKE SUCCESS, July 16-", "Lake Success"),
        (
            "Truce (N.Z. Press Association—Copyright) (Rec. 9.30 p.m.) SEOUL, July 19. ",
            "Seoul",
        ),
        ("C.V.Z P.A -Reuter—Copyright) SIMLA (India), July 3. ", "Simla"),
        ("TRIPOLI, Oct 26 (AFP): ", "Tripoli"),
        ("Sanaa, Oct 15 (efe-epa).- ", "Sanaa"),
        ("CAIRO, October 19. /TASS/. ", "Cairo"),
        ("ISTANBUL. March 29 (Interfax) - ", "Istanbul"),
        ("December 29, 2017 (ADDIS ABABA) — ", "Addis Ababa"),
        ("Caracas, November 1, 2016 (venezuelanalysis.com) – ", "Caracas"),
        ("(MENAFN- Kuwait News Agency (KUNA)) BEIRUT, Jan 27 (KUNA) -- ", "Beirut"),
        ("Addis Abeba, November 08/2021 – ", "Addis Abeba"),
        ("Sattahip (Thailand), Sept. 16 (Reuters): ", "Sattahip"),
    ],
)
def test_a_dateline_is_taken_off_its_paragraph_and_its_city_kept(opening, place):
    page = page_of(f"{opening}The envoys met for a third day of talks.")
    assert page.dateline_place == place
    assert page.body == ["The envoys met for a third day of talks."]


def test_lines_of_copy_wrapped_mid_sentence_are_one_paragraph_with_its_breaks():
    page = page_of(
        "The rebels would release another seven hostages\nsoon today, said a delegate.\n"
        "Talks resume\nThe envoys met on Wednesday."
    )
    assert page.body == [
        "The rebels would release another seven hostages\nsoon today, said a delegate.",
        "The envoys met on Wednesday.",
    ]


#: Copy wrapped at 60 characters a line, as wires send it: a highlight, a byline, a dateline
#: whose agency was cut off, then paragraphs whose lines break wherever the width falls.
WRAPPED_COPY = """* Both sides given 24 hours to implement the ceasefire
By Ana Costa
JUBA, Jan 24 The rebels said on Friday that government troops
had attacked their positions a day after the two sides signed
the ceasefire deal, but the government denied the accusation.
"Their attacks on our positions in the north are violations
of the Cessation of Hostilities Agreement," said a statement
signed by the rebels' military spokesman Lul Ruai Koang.
AID LOOTED
The World Food Programme said on Friday that looters had taken
more than 3,700 tonnes of food from its warehouses in Malakal.
"""


def test_copy_wrapped_at_a_width_is_joined_where_its_lines_break_mid_sentence():
    page = page_of(WRAPPED_COPY)
    assert page.dateline_place == "Juba"
    # The highlight and the byline stay lines of their own, set above the report.
    assert page.body[0].startswith("The rebels said on Friday")
    assert page.body[0].endswith("accusation.")
    assert page.body[1].startswith('"Their attacks') and page.body[1].endswith("Koang.")
    assert page.body[2].startswith("The World Food") and len(page.body) == 3
    assert all(line in WRAPPED_COPY for line in page.body)


def test_a_claim_in_wrapped_copy_runs_on_past_its_line_breaks_and_keeps_its_signer():
    drafts = [d for d in draft_article(WRAPPED_COPY, THURSDAY) if d.kind == "statement"]
    said = {d.values["speaker_description"]: d.values["text"] for d in drafts}
    assert said["The World Food Programme"].endswith("warehouses in Malakal")
    assert said["the rebels' military spokesman Lul Ruai Koang"].endswith("Agreement")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels would release\n\nsoon today, said a delegate.",
        "The rebels would release \nsoon today.",
    ],
)
def test_lines_apart_or_with_spaces_at_the_break_are_not_joined(text):
    body = page_of(f"The envoys met on Wednesday.\n{text}").body
    assert all(line in text or line.startswith("The envoys") for line in body)
    assert all("\n" not in line for line in body)


def test_a_line_holding_only_a_city_in_capitals_is_a_dateline():
    page = page_of("Envoys meet again\nGENEVA\nThe envoys met for a third day of talks.")
    assert page.dateline_place == "Geneva"
    assert page.body == ["The envoys met for a third day of talks."]


def test_a_line_of_the_agency_and_a_city_in_capitals_is_a_dateline():
    page = page_of("Envoys meet again\nAFP, BAKU\nThe envoys met for a third day of talks.")
    assert page.dateline_place == "Baku"
    assert page.body == ["The envoys met for a third day of talks."]


def test_a_label_in_capitals_before_a_colon_is_no_dateline():
    page = page_of("UPDATE: The envoys met for a third day of talks.")
    assert page.dateline_place == ""
    assert page.body == ["UPDATE: The envoys met for a third day of talks."]


def test_the_headline_is_not_drafted():
    page = page_of("Rebels Free 12 Soldiers\nThe rebels freed 12 soldiers on Wednesday.")
    assert page.body == ["The rebels freed 12 soldiers on Wednesday."]


def test_the_papers_name_and_the_headline_below_it_are_not_drafted():
    page = page_of(
        "The Valley Herald\n\nRebels say a truce was agreed with the army in the hills\n\n"
        "KESSA (AP) — The rebels freed 12 soldiers on Wednesday."
    )
    assert page.body == ["The rebels freed 12 soldiers on Wednesday."]
    assert page.dateline_place == "Kessa"


def test_a_dated_dateline_on_its_own_line_after_a_headline_in_capitals_gives_the_place_and_day():
    page = page_of(
        "TRUCE FOR NEW YEAR\n(N.Z.P.A.-Reuter —Copyright) SAIGON, January 13.\n"
        "The army will stop fighting for three days, the agency reported today."
    )
    assert (page.body, page.dateline_place, page.dateline_day) == (
        ["The army will stop fighting for three days, the agency reported today."],
        "Saigon",
        "January 13",
    )


def test_an_agencys_note_whose_bracket_ocr_read_as_a_sign_still_gives_the_dateline():
    page = page_of(
        "(N.Z. Press Association—Copyright > BELFAST, June 17. The army has agreed to meet the"
        " rebels."
    )
    assert (page.body, page.dateline_place, page.dateline_day) == (
        ["The army has agreed to meet the rebels."],
        "Belfast",
        "June 17",
    )


@pytest.mark.parametrize("day", ["FEB. 15", "MARCH 4"])
def test_a_datelines_day_in_capitals_gives_the_day(day):
    page = page_of(f"MOSCOW, {day} -- The last troops left Afghanistan today.")
    assert (page.body, page.dateline_place, page.dateline_day) == (
        ["The last troops left Afghanistan today."],
        "Moscow",
        day,
    )


@pytest.mark.parametrize("line", ["MONROVIA (AFP) Jul 14, 2003", "Jerusalem (AFP) Mar 28, 2025"])
def test_a_line_of_the_place_the_agency_and_the_day_gives_the_day(line):
    page = page_of(f"Truce holds\n{line}\nThe rebels freed 12 soldiers on Wednesday.")
    assert page.dateline_day == line.split(") ")[1].rsplit(",", 1)[0]


def test_a_dateline_on_its_own_line_above_the_body_is_kept():
    page = page_of("Truce holds\nISTANBUL\nThe rebels freed 12 soldiers on Wednesday.")
    assert (page.body, page.dateline_place) == (
        ["The rebels freed 12 soldiers on Wednesday."],
        "Istanbul",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 hours ago",
        "Published",
        "Published: 05th September 2017 10:37 AM  |   Last Updated: 05th September 2017  |  A+A-",
        "Posted February 28, 2006 by publisher in Cuba Politics.",
        "5 minutes ago",
        "Comments (12)",
        "Read more: Truce talks stall over prisoner lists",
        "• Read also: Starbucks announces that its 130 cafes will close",
        "Related: How the last truce collapsed",
        "Villagers wait at a checkpoint in this picture taken on March 2, 2025. REUTERS/Jane Doe",
        "Displaced families queue for water. (AP Photo/John Roe)",
        "By Ana Costa and Lee Park",
        "The convoy has left. pic.twitter.com/abc123",
        "Talks resume at noon today — Peace Desk (@peacedesk) March 12, 2025",
        "Long road to peace",
        "Ceasefire Talks Resume In Geneva As Envoys Weigh New Prisoner Lists",
        "28 April 2022 17:12 (UTC+04:00)",
        "2:12:20 JST, June 20, 2025",
        "Tuesday, July 28, 2020 11:02:00 AM",
        "War has broken out again in the valley [AFP]",
        "Children slide down the rubble of a building on March 2, 2025. [Photo/Xinhua] |",
        "Smoke billows over the city after an air strike on May 6, 2025. (PHOTO / AFP)",
        "The two leaders stand at the UN on Sunday. (Jane Roe / Associated Press)",
        "Ana Costa (L) and Lee Park (R) take a photo during the talks on Monday.",
        "Editor’s note: This is a developing story emerging Dec. 16.",
        "December 17, 2014 — Updated 1453 GMT (2253 HKT)",
        "Press, Volume CV, Issue 30958, 14 January 1966, Page 9",
        "(Xinhua News Agency August 29, 2007)",
        "Cite as | Radio Free Europe, Truce signed, 29 September 2016, available at: http://x.org",
        "1987: India deploys peace-keepers to Tamil areas but they leave in 1990",
        "Slideshow ( 3 images )",
        "of 5 stories this month > Get unlimited stories",
        "You've read 5 of 5 free stories",
        "Only $1 for your first month.",
        "15 February 2019 | 15/02/2019 (26) 14/02/2019 (26) 13/02/2019 (20) Total: 147,831",
        "OWN CORRESPONDENT, Maseru | Sunday 10.00pm.",
        "Thank you for correcting the text in this article. Your corrections improve Papers Past.",
        "This article contains searchable text which was automatically generated and may contain"
        " errors.",
        "Lunar mission to be launched on Friday aboard a Chinese probe Next Story",
        "Know the news with the 7NEWS app: Download today Download today",
        "Xinhua,December 02, 2017 Adjust font size:",
    ],
)
def test_the_pages_own_words_are_not_the_report(line):
    page = page_of(f"The envoys met on Wednesday.\n{line}\nThe talks ended late.")
    assert page.body == ["The envoys met on Wednesday.", "The talks ended late."]


def test_a_report_telling_of_an_app_is_the_reports():
    line = "Hamas urged Gazans not to download the app, which it said Israel used to track them."
    assert page_of(f"The envoys met on Wednesday.\n{line}").body[1] == line


@pytest.mark.parametrize(
    "line",
    [
        "Doha, 29 February 2020: the US and the Taliban sign an agreement.",
        "Thursday, 5 March 2024:",
    ],
)
def test_a_timelines_line_or_a_weekday_before_a_colon_is_no_dateline(line):
    assert page_of(f"{line}\nThe envoys met on Wednesday.").dateline_place == ""


def test_a_sentence_a_next_story_link_was_glued_to_is_the_report():
    line = "The two sides failed to agree last week, a Hamas official told Reuters. Next Story"
    assert page_of(f"The envoys met on Wednesday.\n{line}").body[-1] == line


def test_a_page_timestamp_drafts_no_figure_and_a_caption_no_event():
    text = (
        "Talks resume\n"
        "Updated\n2 hours ago\n"
        "A guard stands at the gate in this handout picture released March 1, 2025.\n"
        "The rebels freed 12 soldiers on Wednesday, a spokesman said."
    )
    drafts = draft_article(text, THURSDAY)
    assert [d.values["value_min"] for d in drafts if d.kind == "figure"] == [12]
    assert [str(d.values["date"].date) for d in drafts if d.kind == "event"] == ["2025-03-12"]


def test_an_event_takes_the_datelines_city_when_its_words_name_no_place():
    text = "ACCRA (Reuters) - The two armies exchanged prisoners on Wednesday."
    (event,) = [d for d in draft_article(text, THURSDAY) if d.kind == "event"]
    assert event.values["place"] == "Accra"


@pytest.mark.parametrize(
    "sentence", ["The war began in March 2023.", "The two armies last met on Feb. 2."]
)
def test_an_event_long_before_the_report_does_not_take_the_datelines_city(sentence):
    (event,) = [
        d for d in draft_article(f"ACCRA (Reuters) - {sentence}", THURSDAY) if d.kind == "event"
    ]
    assert event.values["place"] == ""


def test_an_event_keeps_the_place_its_words_name_over_the_datelines():
    text = "ACCRA (Reuters) - The two armies met in Lome on Wednesday."
    (event,) = [d for d in draft_article(text, THURSDAY) if d.kind == "event"]
    assert event.values["place"] == "Lome"


@pytest.mark.parametrize(
    "line",
    [
        "Related talks on aid will follow next month.",
        "Sen. Bob Smith (R) said the remains of 11 servicemen were handed over.",
        "1500: the hour the convoy was due, the monitors said.",
    ],
)
def test_a_sentence_is_not_taken_for_the_pages_words(line):
    text = f"The envoys met on Wednesday.\n{line}"
    assert page_of(text).body == text.splitlines()


def test_a_dateline_of_only_the_agency_is_taken_off_its_paragraph():
    page = page_of("(Reuters) – The envoys met for a third day of talks.")
    assert page.body == ["The envoys met for a third day of talks."]
    assert page.dateline_place == ""


def test_a_line_that_is_no_sentence_and_ends_in_a_full_date_is_a_caption():
    text = (
        "The two sides signed the accord in Lome on Saturday.\n"
        "Envoy Ama Mensah and rebel delegate Kofi Boateng in Lome, 15 November, 2025\n"
        "The accord ends the fighting."
    )
    assert len(page_of(text).body) == 2


def test_a_name_set_between_dashes_without_a_date_is_no_dateline():
    page = page_of("Ana Costa – the envoy since May – met both sides in Oslo.")
    assert page.dateline_place == ""
    assert page.body == ["Ana Costa – the envoy since May – met both sides in Oslo."]


def test_a_byline_with_a_date_between_dashes_is_no_dateline():
    page = page_of("By Ana Costa – March 5, 2025 – The envoys met for a third day of talks.")
    assert page.dateline_place == ""


@pytest.mark.parametrize(
    "line",
    [
        "Read: Houthis reject government proposals over Sanaa airport in Yemen peace talks",
        "Displaced people return home on May 19, 2022 (OSESGY/Alaa Malhas)",
        "A combination image shows a woman holding a picture of a hostage in Tel Aviv.",
        "Mourners gather in Gaza City, January 19, 2025. REUTERS/Mahmoud Issa",
    ],
)
def test_related_links_and_photo_credits_are_left_out(line):
    text = f"The two sides agreed to extend the truce on Monday, the envoy said.\n{line}\n"
    assert line.split()[0] not in " ".join(page_of(text).body)


def test_a_caption_of_someone_posing_on_a_dated_day_is_left_out():
    caption = (
        "Roxanne Tahbaz holds a photograph of her father outside the office on April 13, 2022, "
        "in London."
    )
    text = f"Five prisoners were freed on Monday, officials said.\n{caption}\n"
    assert "Roxanne" not in " ".join(page_of(text).body)


def test_a_sentence_of_the_report_in_the_present_is_kept():
    line = "The army holds the town, which it took on April 13, 2022, the ministry said."
    assert line in page_of(f"The talks resumed on Monday.\n{line}\n").body


def test_a_sites_name_in_capitals_is_no_dateline_and_the_agencys_dated_line_is():
    page = page_of(
        "WAR.WIRE\n"
        "Minister says forces under attack from rebels\n"
        "MONROVIA (AFP) Jul 14, 2003\n"
        "The defence minister accused rebels of attacking government troops on Monday."
    )
    assert page.dateline_place == "Monrovia"
    assert page.body == [
        "The defence minister accused rebels of attacking government troops on Monday."
    ]


def test_a_place_written_as_a_name_then_the_agency_in_brackets_is_a_dateline():
    page = page_of("Washington (CNN) — The contractor was freed on Wednesday, officials said.")
    assert page.dateline_place == "Washington"
    assert page.body == ["The contractor was freed on Wednesday, officials said."]


@pytest.mark.parametrize(
    "text",
    [
        "``We are ready to sign,'' envoy Ana Costa said on Monday.",
        "''We are ready to sign,'' envoy Ana Costa said on Monday.",
        "``We are ready to sign,`` envoy Ana Costa said on Monday.",
        "″We are ready to sign,″ envoy Ana Costa said on Monday.",
        "‘‘We are ready to sign,’’ envoy Ana Costa said on Monday.",
        "‘‘We are ready to sign,’‘ envoy Ana Costa said on Monday.",
        "'We are ready to sign,' envoy Ana Costa said on Monday.",
    ],
)
def test_an_archives_quotation_marks_in_two_strokes_are_read_and_its_passage_kept(text):
    (statement,) = [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]
    assert statement.values["is_direct_quote"] is True
    assert statement.values["text"] == "We are ready to sign"
    assert statement.passage == text


def test_a_word_in_single_strokes_is_no_quotation():
    text = "'Salaam' is the Arabic word for peace, the envoy's aide said on Monday."
    statements = [d for d in draft_article(text, THURSDAY) if d.kind == "statement"]
    assert all(not s.values["is_direct_quote"] for s in statements)


def test_the_same_dateline_again_where_a_page_repeats_its_opening_is_taken_off_too():
    page = page_of(
        "Naypyidaw, March 13 The junta declared a truce ...\n"
        "Naypyidaw, March 13 The junta declared a truce until April 22 to help relief efforts."
    )
    assert page.dateline_place == "Naypyidaw"
    assert all(not line.startswith("Naypyidaw") for line in page.body)


def test_a_cross_heading_in_capitals_run_into_its_paragraph_is_taken_off_it():
    page = page_of("The envoys met on Wednesday.\nDIFFERENCE OF OPINION: While officials spoke, …")
    assert page.body == ["The envoys met on Wednesday.", "While officials spoke, …"]


def test_a_label_before_a_headline_is_taken_off_it():
    page = page_of("The envoys met on Wednesday.\nExclusive: The envoy says talks will go on.")
    assert page.body == ["The envoys met on Wednesday.", "The envoy says talks will go on."]


def test_a_web_pages_posting_time_is_the_pages_words():
    page = page_of("The envoys met on Wednesday.\nWeb posted at: 10:20 p.m. EDT (0220 GMT)")
    assert page.body == ["The envoys met on Wednesday."]


def test_lines_of_headlines_as_wide_as_wrapped_copy_are_not_joined():
    headlines = [
        "Israel and Hamas agree to extend Gaza truce by two more days",
        "Qatar says 50 hostages to be freed in exchange for 150 prisoners",
        "Ukraine and Russia swap 230 prisoners of war in a brokered deal",
        "Sudan army and RSF sign week-long ceasefire in Jeddah talks",
        "Colombia and ELN rebels extend bilateral ceasefire for six months",
        "Yemen truce renewed for two months, the UN envoy to Yemen says",
        "Armenia releases 32 Azerbaijani soldiers as peace talks resume",
        "Thailand and Cambodia agree to an unconditional ceasefire from midnight",
        "Hezbollah accuses Israel of violating the terms of its ceasefire",
    ]
    page = page_of("The envoys met on Wednesday.\n" + "\n".join(headlines))
    assert page.body == ["The envoys met on Wednesday.", *headlines]


def test_a_short_item_of_a_list_that_ends_in_a_semicolon_is_the_reports_not_the_pages():
    page = page_of(
        "The parties have agreed to:\n  • Release prisoners as soon as possible;\n"
        "  • Set up an international commission of inquiry;\n"
    )
    assert page.body[1] == "• Release prisoners as soon as possible;"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("August 3: The rebels said on Thursday that talks would resume.", ""),
        ("New Delhi, August 3: The rebels said on Thursday that talks would resume.", "New Delhi"),
    ],
)
def test_a_day_and_a_colon_opening_the_report_are_its_dateline(text, place):
    page = page_of(text)
    assert page.body == ["The rebels said on Thursday that talks would resume."]
    assert page.dateline_place == place


def test_an_archives_date_and_byline_are_the_pages():
    page = page_of(
        "September 12, 1995|By Colin McMahon, Tribune Staff Writer.\n"
        "The two sides agreed on an agenda for the talks."
    )
    assert page.body == ["The two sides agreed on an agenda for the talks."]


def test_an_archives_header_line_is_the_pages_and_gives_its_dateline():
    page = page_of(
        "Roanoke Times Copyright (c) 1995. DATE: WEDNESDAY, November 16, 1994 TAG: 9411160128 "
        "SECTION: NATIONAL PAGE: A-9 SOURCE: Associated Press DATELINE: LUSAKA, ZAMBIA LENGTH: "
        "Short\nThe truce, reached after six hours of talks, was the first since 1991."
    )
    assert page.body == ["The truce, reached after six hours of talks, was the first since 1991."]
    assert page.dateline_place == "Lusaka"


def events_of(text, published_on):
    return [
        (d.values["date"], d.values["date_note"])
        for d in draft_article(text, published_on)
        if d.kind == "event"
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "LAKE SUCCESS, July 16-",
        "LAKE SUCCESS, July 16.-",
        "LAKE SUCCESS, July 16. ",
        # A stray mark an archive's OCR left after the agency's note.
        "(N.Z.P.A.-Reuter—Copyright) ‘ LAKE SUCCESS, July 16. ",
    ],
)
def test_a_report_counts_its_days_from_its_datelines_day_a_few_days_before_it_was_published(
    opening,
):
    text = f"{opening}Jews and Arabs agreed tonight to stop fighting."
    ((date, note),) = events_of(text, datetime.date(1948, 7, 17))
    assert date == ApproximateDate(datetime.date(1948, 7, 16), "day")
    assert "filed on Friday 16 July 1948 (its dateline), published 17 July 1948" in note


def test_a_datelines_day_long_before_publication_is_not_the_reports_day():
    text = "LAKE SUCCESS, July 6-Jews and Arabs agreed tonight to stop fighting in Jerusalem."
    ((date, _),) = events_of(text, datetime.date(1948, 7, 17))
    assert date == ApproximateDate(datetime.date(1948, 7, 17), "day")


def test_a_voice_of_america_scripts_header_gives_the_place_and_leaves_the_report():
    text = (
        "DATE=11/28/1999 TYPE=CORRESPONDENT REPORT TITLE=SPAIN-ETA (S-L) NUMBER=2-256591 "
        "BYLINE=GIL CARBAJAL DATELINE=MADRID CONTENT= VOICED AT: INTRO: ETA has ended its "
        "ceasefire. TEXT: The group says the truce is over."
    )
    page = page_of(text)
    assert page.dateline_place == "Madrid"
    assert page.body == ["ETA has ended its ceasefire. The group says the truce is over."]


def test_a_datelines_country_in_square_brackets_keeps_it_a_dateline():
    page = page_of("Kabul [Afghanistan], Oct 7 (ANI): The Taliban freed three engineers.")
    assert page.dateline_place == "Kabul"
    assert page.body == ["The Taliban freed three engineers."]
