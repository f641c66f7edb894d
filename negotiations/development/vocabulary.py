"""What synthetic data is made of: invented names and places, and the mix of kinds,
precisions and stances it draws from."""

import datetime

from negotiations.fields import DatePrecision
from negotiations.models import (
    Event,
    IssueTopic,
    Source,
    Violation,
)

SLUG_PREFIX = "synthetic-"
ARCHIVE_PREFIX = "synthetic/"
BATCH_SIZE = 5000
FIRST_DAY = datetime.date(2012, 1, 2)
LAST_DAY = datetime.date(2025, 12, 31)

# Invented names only: synthetic data must never read as a claim about real states or people.
NAME_STARTS = [
    "Ar", "Bel", "Cor", "Dal", "Es", "Fen", "Gal", "Hol", "Ist", "Jor", "Kal", "Lor", "Mar",
    "Nor", "Ost", "Pel", "Quar", "Ros", "Sel", "Tar", "Ul", "Ver", "Wes", "Yar", "Zan",
]  # fmt: skip
NAME_ENDS = ["avia", "onia", "esh", "ara", "istan", "land", "ovia", "eria", "ania", "mark"]
GIVEN_NAMES = [
    "Amara", "Bruno", "Chidi", "Dana", "Elif", "Farid", "Greta", "Hana", "Idris", "Jonas",
    "Kemal", "Lena", "Malik", "Nadia", "Omar", "Petra", "Rami", "Sara", "Tomas", "Yusuf",
]  # fmt: skip
FAMILY_NAMES = [
    "Adler", "Bakri", "Castell", "Darwish", "Eriksen", "Fahmi", "Gorani", "Haddad", "Ilves",
    "Jabari", "Kovac", "Lindqvist", "Mansour", "Novak", "Osman", "Petrov", "Qasim", "Rahal",
]  # fmt: skip
CITIES = ["Port Ansel", "Varenna", "Kestrel Bay", "Oldmere", "Saltgrove", "Tessaly", "Brimhold"]
STATE_OFFICES = ["foreign minister", "government spokesperson", "intelligence chief"]
GROUP_OFFICES = ["political bureau chief", "spokesperson"]
SOURCE_KINDS = [
    Source.Kind.NEWS_REPORT,
    Source.Kind.NEWS_REPORT,
    Source.Kind.WIRE_REPORT,
    Source.Kind.OFFICIAL_STATEMENT,
    Source.Kind.PARTY_AFFILIATED_MEDIA,
    Source.Kind.INTERVIEW,
    Source.Kind.DOCUMENT,
]
BACKGROUND_EVENTS = [
    (Event.Kind.VISIT, "{mediator} envoy visits {city}"),
    (Event.Kind.MILITARY, "Fighting intensifies near {city}"),
    (Event.Kind.MILITARY, "{party} announces a new operation near {city}"),
    (Event.Kind.HUMANITARIAN, "Aid convoy reaches {city}"),
    (Event.Kind.HUMANITARIAN, "Relief agencies warn of shortages in {city}"),
    (Event.Kind.CONTEXT, "{party} cabinet debates the talks"),
    (Event.Kind.MEETING, "{mediator} and {party} officials meet in {city}"),
    (Event.Kind.TRUCE_START, "Truce takes effect around {city}"),
    (Event.Kind.TRUCE_END, "Truce around {city} ends"),
]
#: Each negotiation's issues, (name, slug, shared topic), and the stances held on each.
POSITION_STANCES = {
    ("withdrawal of forces", "withdrawal", IssueTopic.WITHDRAWAL): [
        "complete withdrawal",
        "phased withdrawal",
        "no withdrawal",
    ],
    ("length of the truce", "truce-length", IssueTopic.CEASEFIRE_LENGTH): [
        "six-week truce",
        "permanent ceasefire",
        "short pause only",
    ],
    ("end of the war", "end-of-war", IssueTopic.END_OF_WAR): [
        "end of the war first",
        "no end before goals are met",
    ],
    ("prisoners per hostage", "prisoner-ratio", IssueTopic.EXCHANGE_RATIO): [
        "at least 30 per hostage",
        "no more than 10 per hostage",
    ],
    ("release of hostages", "hostage-release", IssueTopic.RELEASES): ["all at once", "in phases"],
    ("humanitarian aid", "aid", IssueTopic.HUMANITARIAN_AID): [
        "500 trucks a day",
        "inspections before entry",
    ],
}
VAGUE_COUNTS = ["several hundred", "hundreds", "dozens", "a few"]
PRECISIONS = [DatePrecision.DAY] * 16 + [DatePrecision.WEEK] * 2 + [DatePrecision.MONTH, "year"]
# A few facts reported undated: "on or before" the day drawn.
PRECISIONS += [DatePrecision.ON_OR_BEFORE]
#: Why a batch due was delayed or refused, as the side that says so gives it.
DELAY_REASONS = [
    "The list of names was not handed over in time.",
    "The other side had not let the agreed aid trucks in.",
    "Fighting near the handover point made it unsafe.",
    "A dispute over which prisoners are on the list.",
    "The mediators had not confirmed the route.",
]
#: What each side alleges of the other: (kind, in words).
VIOLATIONS_ALLEGED = {
    "state": [
        (Violation.Kind.FIRE, "fighters opened fire on its positions"),
        (Violation.Kind.ATTACK, "an attack was launched on its soldiers"),
        (Violation.Kind.INCURSION, "armed men crossed the agreed line"),
        (Violation.Kind.RELEASE_WITHHELD, "a batch of hostages was held back"),
        (Violation.Kind.OTHER, "rockets were moved towards the line"),
    ],
    "group": [
        (Violation.Kind.AIR_STRIKE, "a drone struck a house"),
        (Violation.Kind.FIRE, "tanks shelled a neighbourhood"),
        (Violation.Kind.INCURSION, "troops advanced past the agreed line"),
        (Violation.Kind.DETENTION, "released prisoners were arrested again"),
        (Violation.Kind.AID_OBSTRUCTED, "aid trucks were turned back at the crossing"),
    ],
}
