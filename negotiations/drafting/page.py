"""A pasted report as a web page gives it, taken apart: the headline, the dateline ("KYIV,
June 19 (Reuters) -", "WASHINGTON (AA) –", a line "ISTANBUL"), and the page's own words that
report nothing: "Updated 3 hours ago", "Comments (12)", "Read more", related-link headlines,
photo captions and credits, embedded posts, bylines, cross-headings and agency sign-offs.
What is left is the report's body, paragraph by paragraph, verbatim."""

import itertools
import re
from dataclasses import dataclass

from .date_words import MONTH, SHORT_MONTH_WORDS, WEEKDAY_NAMES

SHORT_MONTH = rf"{SHORT_MONTH_WORDS}\.?"
#: A month in capitals, as an archive's dateline sets it: "FEB. 15", "MARCH 4".
CAPS_MONTH = rf"(?:{MONTH.upper()}|{SHORT_MONTH_WORDS.upper()}\.?)"
#: A place in capitals, as a dateline sets it: "KYIV", "ADDIS ABABA", "JERUSALEM/GAZA".
CAPS_PLACE = r"[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*"
#: "KYIV, June 19 (Reuters) -", "JERUSALEM/GAZA (Reuters) -", "DUBAI -", "WASHINGTON (AA) –",
#: "KHARKIV, Ukraine (AP) —": a place in capitals, perhaps its country, a day and an agency,
#: then a dash.
DATELINE = re.compile(
    # "(MENAFN- Kuwait News Agency (KUNA)) BEIRUT, Jan 27 (KUNA) --": a syndicator's note first.
    r"^(?:\((?:[^()]|\([^()]{1,30}\)){1,60}\)\s*)?"
    rf"(?P<place>{CAPS_PLACE})"
    r"(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?"  # the country or state: ", Ukraine"
    # (the month in capitals too, as archives set it: "MOSCOW, FEB. 15 --")
    rf"(?:,\s+(?:[A-Z][a-z]+,\s+)?(?:{MONTH}|{SHORT_MONTH}|{CAPS_MONTH})\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    # The AP's archive sets the dash as "_": "SUKHUMI, Georgia (AP) _ Abkhazia accused …".
    r"\s*(?:\([A-Za-z .&/-]{1,30}\))?\s*(?:[-–—]{1,2}|_)\s+(?=\S)"
)
#: "JUBA, Jan 24 South Sudanese rebels said …": a place and a day, the agency and its dash
#: cut off with the page; "(N.Z. Press Assn.—Copyright) NEW YORK, Feb. 12. The first …",
#: "LAKE SUCCESS, July 16-Jews and Arabs agreed …": an old paper's agency first, a stop or a
#: dash after the day; "Agreement By Communists (N.Z. Press Association—Copyright) (Rec. 9.30
#: p.m.) SEOUL, July 19.": a subheading before the agency's note, when the cable came after it,
#: and the dateline perhaps on a line of its own (the note's bracket perhaps read as ">" by OCR).
PLACE_AND_DAY = re.compile(
    # (a stray mark an archive's OCR left after the note: "…Copyright) ‘ SAIGON, February 5.")
    r"^(?:[^)]{0,80}?Copyright\s*[)>][\s‘’'“”■]*)?(?:\([^()]{1,40}\)\s*){0,2}"
    # "From Our Special Correspondent, NEW DELHI, DEC. 16.—": the byline before the place.
    r"(?:From\s+(?:Our|A)\s+(?:Own\s+|Special\s+|Staff\s+)?Correspondent,?\s+)?"
    rf"(?!(?:{WEEKDAY_NAMES})\b)(?P<place>{CAPS_PLACE}"
    # "Naypyidaw, April 3 Myanmar's military junta …": a place as a name is written.
    rf"|[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+)?)(?:\s+\([A-Z][a-z]+\))?,\s+(?:{MONTH}|{SHORT_MONTH}|{CAPS_MONTH})"
    # "CAIRO, June 10.-Armed quiet …": a stop and a dash after the day; "Sattahip (Thailand),
    # Sept. 16 (Reuters): Sri Lanka's …": the agency and a colon.
    r"\s+\d{1,2}(?:,\s+\d{4})?(?:\s+\([A-Z][A-Za-z .&/-]{1,30}\):)?"
    r"(?:(?:\.?\s+|\.?\s*[-–—]{1,2}\s*)(?=[A-Z])|\.$)"
)
#: "Abu Dhabi, UAE – November 25, 2025 –": a place as a name is written, its country, and
#: the whole date between dashes (the date makes it a dateline, not a sentence's start;
#: "By Ana Costa – March 5, 2025 –" is a byline).
DATED_DATELINE = re.compile(
    rf"^(?!By\s)(?!(?:{WEEKDAY_NAMES}),)(?P<place>[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){{0,2}})"
    r"(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?"
    rf"(?:\s+[-–—]{{1,2}}\s+(?:{MONTH}|{SHORT_MONTH})\s+\d{{1,2}},\s+\d{{4}}"
    # "Tehran, 7 January 1997 (RFE/RL) --": the whole date after a comma, the agency, a dash.
    rf"|,\s+\d{{1,2}}\s+(?:{MONTH})\s+\d{{4}}(?:\s*\([A-Za-z .&/-]{{1,30}}\))?"
    # "Caracas, November 1, 2016 (venezuelanalysis.com) –": the site in brackets.
    rf"|,\s+(?:{MONTH})\s+\d{{1,2}},\s+\d{{4}}\s*\([\w .&/-]{{1,30}}\)"
    # "Addis Abeba, November 08/2021 –"
    rf"|,\s+(?:{MONTH})\s+\d{{1,2}}/\d{{4}})"
    # "Tripoli, 5 March 2014:": a colon after the date, on a line of its own or before a
    # sentence (a line of a timeline goes on in lower case: "Doha, 29 February 2020: the US and
    # the Taliban sign …").
    r"(?:\s+[-–—]{1,2}\s+(?=\S)|(?<=\d):(?:\s+(?=[A-Z“\"])|$))"
)
#: "Washington (CNN) —": a place as a name is written, then the agency in brackets and a dash.
PLACE_AND_AGENCY = re.compile(
    r"^(?P<place>[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,2})\s+\([A-Z][A-Za-z .&/-]{1,30}\)"
    r"\s*[-–—]{1,2}\s+(?=\S)"
)
#: A dateline that gives only the agency: "(Reuters) –", the place cut off with the page.
AGENCY_ONLY = re.compile(r"^\([A-Z][A-Za-z .&/-]{1,30}\)\s*[-–—]{1,2}\s+(?=\S)")
#: A line that is only a place in capitals: the dateline of a page that sets it apart (never
#: a site's name such as "WAR.WIRE"; "ST. PETERSBURG" and "U.S." are places).
PLACE_LINE = re.compile(r"^(?!.*[A-Z]{2}\.[A-Z])[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+){0,2}$")
#: The page's own words: timestamps, comment counts, "Read more", related links, sharing.
PAGE_WORDS = re.compile(
    # "Published: 05th September 2017 10:37 AM | Last Updated: …": a timestamp bar; each
    # perhaps after a list's bullet ("• Read also: …").
    r"^(?:[•·▪►]\s*)?(?:(?:Updated|Published|Posted|Web\s+posted|Last\s+updated)\b(?:.{0,40}$|[^.]{0,60}\|"
    # "Posted February 28, 2006 by publisher in Cuba Politics.": who posted it, and where.
    r"|[^.]{0,40}\bby\s[^.]{1,50}\.?$)"
    r"|(?:about\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b.{0,20}$"
    r"|Comments?\s*\(\d+\)|\d+\s+[Cc]omments?$"
    r"|(?:Read|See)\s+(?:more|also)\b|Also\s+read\b|Read\s*:|(?-i:RELATED)\b"
    r"|Related(?:\s+(?:articles?|stories|news|coverage|content|reading))?\s*:"
    r"|Share\s+(?:this|on)\b|Advertisement$|Watch\s*:|Listen\s+to\s+this\b"
    r"|Editor['’]?s\s+note\s*:|Cite\s+as\b"
    # "Know the news with the 7NEWS app: Download today", "… Adjust font size:": the page's
    # offers and controls, closing a short line (never "urged Gazans not to download the app").
    r"|[^.!?]{0,80}\b(?-i:Download\s+(?:today|now|the\s+app|our\s+app)|Adjust\s+font\s+size)"
    r"\b.{0,30}$"
    # A paywall's counter and offer: "You've read 5 of 5 free stories", "Only $1 for your
    # first month.", "Get unlimited Monitor journalism."
    r"|(?:of\s+)?\d+\s+(?:free\s+)?(?:stories|articles)\s+this\s+month|You['’]ve\s+read\s+\d+\s+of\b"
    r"|Only\s+\S{1,6}\s+for\s+your\s+first\b|Get\s+unlimited\b"
    # "Slideshow ( 3 images )": a gallery's link.
    r"|(?:Slideshow|Gallery)\s*\(\s*\d+\s+(?:images?|photos?|pictures?)\s*\)\s*$"
    # "1987: India deploys peace-keepers …": an item of a timeline set beside the report.
    r"|(?:19|20)\d\d:\s"
    # Papers Past's notes on its OCR: "Thank you for correcting the text in this article. …"
    r"|Thank\s+you\s+for\s+correcting\s+the\s+text\b|This\s+article\s+contains\s+searchable\s+text\b"
    # "… lunar mission to be launched on Friday Next Story": a link to the next report.
    # (never a sentence the link was glued to: "… told Reuters. Next Story")
    r"|[^.!?]{0,200}\s(?-i:(?:Next|Previous)\s+(?:Story|Article))\s*$)",
    re.IGNORECASE,
)
#: A photo's caption or credit: "… in this handout picture released …", "(AP Photo/…)",
#: "Photo: …", "… /Handout via REUTERS", "… AFP via Getty Images", "REUTERS/Name", "… [AFP]".
CAPTION = re.compile(
    r"\bin\s+this\s+(?:\w+\s+){0,3}(?:picture|photo(?:graph)?|image|handout)"
    r"|\b(?:picture|photo(?:graph)?|image)\s+(?:taken|released|obtained|provided)\b"
    r"|\b(?:Photo|Picture|Image|Credit)s?\s*:|\(\w+\s+Photo\b|\bvia\s+(?:REUTERS|Reuters|AFP|"
    r"AP|Getty\s+Images)\b|\bFile\s+photo\b|/(?:Handout|REUTERS|AFP|AP)\b"
    # "REUTERS/Tomer Appelbaum", "(OSESGY/Alaa Malhas)", "A combination image shows …"
    r"|\b(?:REUTERS|AFP|AP|EPA)/[A-Z]|\([A-Z][\w.-]*/[A-Z][\w .'-]+\)\s*$"
    r"|\b(?:image|photo(?:graph)?|picture)\s+shows\b"
    # "War has broken out again in South Sudan [AFP]": a credit in brackets ends a caption.
    r"|\[(?:AFP|AP|Reuters|REUTERS|EPA|Getty(?:\s+Images)?|Anadolu(?:\s+Agency)?|File)[^\]]{0,40}\]\s*$"
    # "[Photo/Xinhua]", "(PHOTO / AFP)", "(Craig Ruttle / Associated Press)": a credit.
    r"|[\[(](?:Photo|PHOTO)\s*/|\([A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)+\s/\s[A-Z]"
    # "Jose Maria Sison (L), … and Jesus Dureza (R) take a selfie": who is where in the picture
    # (never "(R)" alone, a senator's party).
    r"|\((?:L|L-R|R-L|from\s+left)\)"
)
#: What a caption says a person in the picture does, in the present: "holds a photograph".
POSED = re.compile(
    r"^[A-Z][^.]{0,80}?\b(?:holds|stands|walks|waves|gestures|sits|poses|looks\s+on|is\s+seen)\b"
)
#: Words that attribute what a line says: a caption attributes nothing.
ATTRIBUTED = re.compile(r"\b(?:said|says|told|according\s+to)\b")
#: A day with its year, as captions date the picture: "April 13, 2022", "13 April, 2022".
DAY_WITH_YEAR = rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}),?\s+\d{{4}}"
FULL_DATE = re.compile(rf"\b{DAY_WITH_YEAR}\b")
#: "September 12, 1995|By Colin McMahon, Tribune Staff Writer.": an archive's date and byline.
DATE_AND_BYLINE = re.compile(rf"^{DAY_WITH_YEAR}\s*\|")
#: "August 3: The group said …", "New Delhi, August 3: …", "TRIPOLI, Oct 26 (AFP): …",
#: "Sanaa, Oct 15 (efe-epa).- …", "CAIRO, October 19. /TASS/. …", "ISTANBUL. March 29
#: (Interfax) - …", "Nov. 27 (UPI) -- …", "Washington, Aug 2" on a line of its own: a place
#: perhaps, a day, the agency perhaps, then a colon, a dash or a stop.
DAY_DATELINE = re.compile(
    # "Kabul [Afghanistan], Oct 7 (ANI): …": the country in square brackets after the place.
    rf"^(?:(?!(?:{WEEKDAY_NAMES})\b)(?P<place>{CAPS_PLACE}|[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+)?)"
    rf"(?:\s+\[[A-Z][^\]]{{1,30}}\])?[,.]\s+)?(?:{MONTH}|{SHORT_MONTH})\s+\d{{1,2}}\.?(?:\s*\([^()]{{1,30}}\))?(?:\s*/[A-Z]+/)?"
    r"(?:\s*(?:\.?[-–—]{1,2}|:|\.)\s+(?=[A-Z])|\s*$)"
)
#: "December 29, 2017 (ADDIS ABABA) — …": the whole date, then the place in brackets.
DATE_THEN_PLACE = re.compile(
    rf"^(?:{MONTH}|{SHORT_MONTH})\s+\d{{1,2}},\s+\d{{4}}\s+\((?P<place>{CAPS_PLACE})\)"
    r"(?:(?:\s*[-–—]{1,2})?\s+(?=[A-Z])|\s*$)"
)
#: A post embedded from X or another network: "— Name (@handle) June 2, 2025", a picture link.
EMBEDDED_POST = re.compile(rf"pic\.twitter\.com/|\(@\w+\)\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}")
#: (A list's item ends in a semicolon: "• Release prisoners as soon as possible;".)
SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")
#: A line that is no sentence and ends in a full date ("… in Doha, 15 November, 2025"): a
#: photo's caption, which says where and when the picture was taken.
ENDS_IN_A_DATE = re.compile(rf",\s+{DAY_WITH_YEAR}\s*$", re.IGNORECASE)

#: A clock time as a page prints it: "17:12 (UTC+04:00)", "11:02:00 AM", "2:12:20 JST".
CLOCK = (
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*\(?(?:UTC|GMT)[^)]*\)?|\s+[A-Z]{2,4}\b)?"
)
#: A line that is only when the page was written: a full date and a clock time, in either
#: order ("28 April 2022 17:12 (UTC+04:00)", "2:12:20 JST, June 20, 2025").
TIMESTAMP = re.compile(
    rf"^(?:(?:{WEEKDAY_NAMES}),?\s+)?(?:{DAY_WITH_YEAR}[,\s–—-]+(?:at\s+)?{CLOCK}"
    rf"|{CLOCK},?\s+{DAY_WITH_YEAR})\s*$"
    # "December 17, 2014 — Updated 1453 GMT (2253 HKT)"
    rf"|^{DAY_WITH_YEAR}\s*[–—-]+\s*(?:Updated|Posted|Published)\b.{{0,40}}$"
)
#: A byline closed by when it was filed: "OWN CORRESPONDENT, Maseru | Sunday 10.00pm."
BYLINE_AND_TIME = re.compile(rf"^[^|.]{{1,80}}\|\s*(?:(?:{WEEKDAY_NAMES}),?\s+)?{CLOCK}\.?\s*$")
#: Where an archive filed the page: "Press, Volume CV, Issue 30958, 14 January 1966, Page 9".
ARCHIVE_CITATION = re.compile(r"\bVolume\s+[IVXLCDM\d]+,\s+Issue\s+\d+\b")
#: An agency's sign-off in brackets with its day: "(Xinhua News Agency August 29, 2007)".
DATED_SIGN_OFF = re.compile(rf"^\([^()]*\b{DAY_WITH_YEAR}\)\.?$")
#: "RAWALPINDI: In a major development …": a dateline of one place in capitals and a colon;
#: never a label ("UPDATE:", "BREAKING:").
COLON_DATELINE = re.compile(
    r"^(?!(?:UPDATE|UPDATED|BREAKING|WATCH|EXCLUSIVE|ANALYSIS|OPINION|LIVE|VIDEO|PHOTOS?|READ|"
    r"ALSO|EDITOR|NOTE|CORRECTION|FACTBOX|EXPLAINER)\b)"
    r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?):\s+(?=[A-Z])"
)
#: A cross-heading in capitals run into its paragraph: "DIFFERENCE OF OPINION: While …" (two
#: words at least: one word in capitals and a colon is a dateline, "RAWALPINDI: …").
KICKER = re.compile(
    r"^(?:(?:[A-Z]{2,}[\s-]+){1,5}[A-Z]{2,}"
    # "Exclusive: AU envoy says …": a label the page sets before a headline.
    r"|(?i:exclusive|analysis|explainer|breaking|watch|opinion|factbox)):\s+(?=[A-Z])"
)
#: "AFP, BAKU": a line of the agency, then the place in capitals.
AGENCY_AND_PLACE = re.compile(
    r"^[A-Z][A-Za-z]{1,10},\s+(?P<place>[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2})$"
)


#: "MONROVIA (AFP) Jul 14, 2003", "Jerusalem (AFP) Mar 28, 2025": a line of the place, the
#: agency and the day.
PLACE_AGENCY_DAY = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}|[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+)?)"
    r"\s*\([A-Za-z .&/-]{1,30}\)"
    rf"\s+(?:{MONTH}|{SHORT_MONTH})\s+\d{{1,2}},\s+\d{{4}}$"
)
#: "15/02/2019": a day as a page's calendar or counter of visits writes it.
NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
#: A Voice of America script's header, before the report: "DATE=11/28/1999 TYPE=CORRESPONDENT
#: REPORT … DATELINE=MADRID CONTENT= VOICED AT: INTRO: …".
SCRIPT_HEADER = re.compile(
    r"^DATE=\S+\s+TYPE=.*?\bDATELINE=(?P<place>[A-Z][A-Z' .-]*?)\s+CONTENT=\s*"
    r"(?:VOICED\s+AT:\s*)?(?:INTRO:\s*)?"
)
#: A field of an archive's header line: "DATE:", "SECTION:", "DATELINE:", "LENGTH:".
ARCHIVE_FIELD = re.compile(r"\b(?:DATE|TAG|SECTION|PAGE|EDITION|SOURCE|DATELINE|LENGTH|BYLINE):\s")
#: The day a dateline gives: "July 16", "Feb. 12".
DATELINE_DAY = re.compile(rf"\b(?:{MONTH}|{SHORT_MONTH}|{CAPS_MONTH})\s+\d{{1,2}}\b")
#: Datelines that open the report's first line ("KYIV, Ukraine (AP) —"), and lines that are
#: only a dateline ("ISTANBUL", "MONROVIA (AFP) Jul 14, 2003").
OPENING_DATELINES = (
    DATELINE,
    DATED_DATELINE,
    COLON_DATELINE,
    PLACE_AND_AGENCY,
    PLACE_AND_DAY,
    DAY_DATELINE,
    DATE_THEN_PLACE,
)
DATELINE_LINES = (PLACE_LINE, AGENCY_AND_PLACE, PLACE_AGENCY_DAY)
#: Quotation marks an archive's copy types in two strokes (``…'' or ''…'', ‘‘…’’ or ‘‘…’‘) or
#: as seconds' marks (″…″), and a quote opened with the closing mark (”We have not …”).
TWO_STROKES = re.compile(r"``|''|‘‘|’’|’‘|″|(?:(?<=\s)|^)”(?=[A-Za-z])")
#: A quotation in single strokes, as old wire copy types it: "'No more war,' Begin said";
#: never an apostrophe ("Israel's", "'Salaam' is the word").
SINGLE_STROKES = re.compile(r"(?:^|(?<=\s))'([A-Z][^'\n]*?[,.?!])'(?=\s|$)")
#: A line cut before its sentence ends, and a line that goes on with it.
WRAPPED = re.compile(r"[^.!?:;“”\"’)\]]$")
GOES_ON = re.compile(r"[a-z(]")
#: A line that starts an item of its own even in wrapped copy: a bullet, a byline.
A_NEW_ITEM = re.compile(r"[*•·▪–—-]\s|By\s+[A-Z]")
#: In copy wrapped at a width, a line this full (of the width) was cut by the wrap.
FULL_LINE = 0.6


@dataclass
class Page:
    """A report's body, and the city of its dateline ("" if it has none)."""

    body: list
    dateline_place: str = ""
    #: The day its dateline gives, in its words ("Feb. 12"); "" if it gives none.
    dateline_day: str = ""


def page_of(text):
    """The report's body paragraphs, with the headline, the dateline and the page's own
    words taken out; the dateline's city kept apart."""
    lines = _unwrapped(text)
    # The headline, and what a page sets above it (the paper's name, a kicker): the body
    # tells it again.
    while len(lines) > 1 and is_a_heading(lines[0]) and not is_a_dateline(lines[0]):
        lines = lines[1:]
    body, place, day, set_apart = [], "", "", False
    for line in lines:
        found = _first_match(OPENING_DATELINES, line)
        if found and (place in ("", city_of(found["place"] or "")) or set_apart):
            # The dateline, or the same one again where a page repeats its opening paragraph.
            place, line, set_apart = city_of(found["place"] or ""), line[found.end() :], False
            day = day or _day_given(found.group(0))
        elif not place and (found := AGENCY_ONLY.match(line)):
            line = line[found.end() :]
        elif not place and (found := _first_match(DATELINE_LINES, line)):
            # A line of capitals may be a headline ("SIGNING OF TRUCE"): a dateline that
            # opens a paragraph after it is the report's.
            place, set_apart = city_of(found.groupdict().get("place") or line), True
            day = day or _day_given(found.group(0))
            continue
        if script := SCRIPT_HEADER.match(line):
            place = place or city_of(script["place"])
            line = re.sub(r"\s+TEXT:\s+", " ", line[script.end() :])
        line = KICKER.sub("", line)
        if not line:
            continue  # a dateline on a line of its own
        if len(ARCHIVE_FIELD.findall(line)) >= 2:
            # "… DATE: WEDNESDAY, November 16, 1994 TAG: … DATELINE: LUSAKA, ZAMBIA LENGTH: …"
            given = re.search(rf"\bDATELINE:\s+(?P<place>{CAPS_PLACE})", line)
            place = place or (city_of(given["place"]) if given else "")
            continue
        if not is_page_words(line):
            body.append(line)
    return Page(body, place, day)


def _day_given(dateline):
    """The day ``dateline`` gives in its words ("Feb. 12"), or "" if it gives none."""
    given = DATELINE_DAY.search(dateline)
    return given.group(0) if given else ""


def _unwrapped(text):
    """The text's lines, stripped, joined where copy wrapped a sentence ("… another seven South
    Korean hostages" / "soon today, said …"): a line that does not end as a sentence does,
    right before one that goes on in lower case, or, in copy wrapped at a width, a full line
    that does not end as a sentence does. Joined by the line break itself, and only where
    neither has spaces at that break, so that a passage is still the text's own words."""
    width = _wrap_width(text)
    joined, after = [], ""  # the raw line before, "" after a blank one
    for raw in text.split("\n"):
        line = raw.strip()
        wrapped = after and after == after.rstrip() and raw == raw.lstrip()
        at_width = width and len(after) >= FULL_LINE * width and not A_NEW_ITEM.match(line)
        goes_on = GOES_ON.match(line) or at_width
        if line and joined and wrapped and WRAPPED.search(joined[-1]) and goes_on:
            joined[-1] = f"{joined[-1]}\n{line}"
        elif line:
            joined.append(line)
        after = raw if line else ""
    return joined


def _wrap_width(text):
    """The width the copy was wrapped at, when most of its long lines end near one width no
    wider than a wire's (a Reuters text of 64 characters a line) and a third at least of the
    lines cut mid-sentence go on in lower case (never a list of headlines), else None."""
    lines = text.split("\n")
    long = [len(line) for line in lines if len(line.strip()) > 30]
    width = max(long, default=0)
    near = sum(length >= FULL_LINE * width for length in long)
    if len(long) < 8 or width > 100 or near < 0.6 * len(long):
        return None
    cut = [
        after for line, after in itertools.pairwise(lines) if WRAPPED.search(line.strip() or ".")
    ]
    going_on = sum(bool(GOES_ON.match(after.strip())) for after in cut)
    return width if going_on >= len(cut) / 3 else None


def in_plain_quotes(paragraph):
    """``paragraph`` with quotation marks typed in two strokes (``…'' or ''…''), as
    seconds' marks (″…″) or, in copy that has no other, as single strokes ('No more war,'
    Begin said) as plain ones."""
    plain = TWO_STROKES.sub('"', paragraph)
    if '"' in plain or "“" in plain:
        return plain
    return SINGLE_STROKES.sub(r'"\1"', plain)


def as_written(passage, paragraphs):
    """``passage``, read with its quotation marks as one stroke, as ``paragraphs`` write it."""
    if '"' not in passage:
        return passage
    pattern = re.escape(passage).replace('"', f"(?:\"|'|{TWO_STROKES.pattern})")
    found = next((m for p in paragraphs if (m := re.search(pattern, p))), None)
    return found.group(0) if found else passage


def is_a_dateline(line):
    """Whether ``line`` opens with the report's dateline, or is one ("ISTANBUL")."""
    return _first_match((*OPENING_DATELINES, AGENCY_ONLY, *DATELINE_LINES), line) is not None


def _first_match(patterns, line):
    """The match of the first of ``patterns`` that opens ``line``, or None."""
    return next((found for pattern in patterns if (found := pattern.match(line))), None)


def city_of(words):
    """The city of a dateline: Kyiv for KYIV, Jerusalem for JERUSALEM/GAZA."""
    first = re.split(r"\s*/\s*", words)[0]
    return " ".join(part.capitalize() for part in first.split())


def is_a_heading(line):
    """A headline or cross-heading: a short line that does not end as a sentence does."""
    return len(line.split()) <= 20 and SENTENCE_END.search(line) is None


def is_page_words(line):
    """Whether ``line`` is the page's rather than the report's: a timestamp, a count of
    comments, a link, a caption or credit, or a short line that is no sentence (a
    cross-heading, a byline, an agency's sign-off)."""
    if PAGE_WORDS.match(line) or CAPTION.search(line) or EMBEDDED_POST.search(line):
        return True
    if TIMESTAMP.match(line) or DATE_AND_BYLINE.match(line) or DATED_SIGN_OFF.match(line):
        return True
    if BYLINE_AND_TIME.search(line):
        return True
    if ARCHIVE_CITATION.search(line) or len(NUMERIC_DATE.findall(line)) >= 3:
        return True  # a citation line, or a page's calendar or counter of days
    if POSED.search(line) and FULL_DATE.search(line) and not ATTRIBUTED.search(line):
        return True  # "Roxanne Tahbaz holds a photograph … on April 13, 2022, in London."
    if SENTENCE_END.search(line) is not None:
        return False
    if ENDS_IN_A_DATE.search(line):
        return True
    words = line.split()
    capitalised = sum(word[:1].isupper() for word in words if len(word) > 3)
    # A short line, or a headline of a related link ("Truce Extended As Hostages Freed").
    return len(words) <= 8 or (len(words) <= 20 and capitalised >= 0.6 * len(words))
