"""A signed truce and what became of it, written as records (``truce``), for the tests of
the exports, the API and the feeds of handovers, statements, violations and deadlines."""

import datetime

import pytest

from negotiations.models import (
    Actor,
    Deadline,
    ExchangeTerm,
    Handover,
    ImplementationStatement,
    Milestone,
    Negotiation,
    OtherTerm,
    Phase,
    Proposal,
    Source,
    Violation,
)

from .builders import cite

API = "/api/v1"
TALKS = "gaza-truce-talks"
LONG_AGO = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def day(text):
    return datetime.date.fromisoformat(text)


def export(client, dataset, file_format="csv", **params):
    return client.get(f"/export/{dataset}.{file_format}", {"negotiation": TALKS, **params})


def results(client, resource, **params):
    response = client.get(f"{API}/{resource}/", params)
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.fixture
def truce(doha):
    """A signed truce between Israel and Hamas, and what became of it: three handovers (about
    90 prisoners to the Red Cross; three hostages delayed, Hamas saying why; the remains of
    two named hostages, in February), Israel and Hamas disagreeing on the withdrawal on one
    day and the editors' reading two days later, a violation a monitor confirmed and one
    no one verified, and a release deadline."""
    hamas, israel = Actor.objects.get(slug="hamas"), Actor.objects.get(slug="israel")
    icrc = Actor.objects.create(
        slug="icrc", name="International Committee of the Red Cross", kind="other"
    )
    monitor = Actor.objects.create(slug="truce-monitor", name="Truce monitor", kind="other")
    negotiation = Negotiation.objects.create(slug=TALKS, title="Gaza truce talks", stage="active")
    agreement = Proposal.objects.create(
        negotiation=negotiation,
        kind="agreement",
        title="Gaza truce",
        date=day("2025-01-15"),
        status="accepted",
    )
    Milestone.objects.create(proposal=agreement, kind="signed", date=day("2025-01-15"))
    phase = Phase.objects.create(proposal=agreement, number=1)
    prisoners = ExchangeTerm.objects.create(
        proposal=agreement,
        group="prisoners",
        releasing_party=israel,
        phase=phase,
        description="prisoners",
    )
    hostages = ExchangeTerm.objects.create(
        proposal=agreement,
        group="hostages",
        releasing_party=hamas,
        phase=phase,
        description="hostages",
    )
    withdrawal = OtherTerm.objects.create(
        proposal=agreement, kind="withdrawal", description="from the corridor"
    )
    source = Source.objects.create(
        title="Truce report",
        kind="news_report",
        url="https://example.org/truce",
        published_on=day("2025-02-16"),
    )
    released = Handover.objects.create(
        proposal=agreement,
        exchange_term=prisoners,
        phase=phase,
        date=day("2025-01-19"),
        releasing_party=israel,
        receiving_party=icrc,
        group="prisoners",
        count_min=90,
        count_max=90,
        count_qualifier="about",
        count_words="about 90",
        alive="living",
        place="Ofer prison",
    )
    released.categories.set(["women", "minors"])
    delayed = Handover.objects.create(
        proposal=agreement,
        exchange_term=hostages,
        outcome="delayed",
        date=day("2025-02-15"),
        releasing_party=hamas,
        group="hostages",
        count_min=3,
        count_max=3,
        reason="Israel had not let tents in",
        reason_given_by=hamas,
    )
    remains = Handover.objects.create(
        proposal=agreement,
        date=day("2025-02-01"),
        date_precision="month",
        releasing_party=hamas,
        group="hostages",
        alive="remains",
        persons_named="Shiri Bibas\nAriel Bibas\n",
    )
    says_israel = ImplementationStatement.objects.create(
        proposal=agreement,
        other_term=withdrawal,
        date=day("2025-02-01"),
        status="done",
        asserted_by=israel,
        claim="Forces have left the corridor",
    )
    says_hamas = ImplementationStatement.objects.create(
        proposal=agreement,
        other_term=withdrawal,
        date=day("2025-02-01"),
        status="partly_done",
        asserted_by=hamas,
        asserter_description="a Hamas official",
    )
    reading = ImplementationStatement.objects.create(
        proposal=agreement,
        other_term=withdrawal,
        date=day("2025-02-03"),
        status="partly_done",
        is_editors_reading=True,
    )
    confirmed = Violation.objects.create(
        negotiation=negotiation,
        proposal=agreement,
        other_term=withdrawal,
        accused_by=hamas,
        accused=israel,
        kind="fire",
        date=day("2025-01-24"),
        place="Rafah",
        description="Fire on people returning north",
        killed_min=2,
        killed_max=2,
        wounded_words="several",
        wounded_qualifier="in_words",
        verification="confirmed",
        verified_by=monitor,
        verified_on=day("2025-01-25"),
    )
    unverified = Violation.objects.create(
        negotiation=negotiation,
        accused_by=israel,
        accuser_description="the Israeli military",
        kind="release_withheld",
        date=day("2025-01-26"),
        description="A civilian hostage was not released",
    )
    deadline = Deadline.objects.create(
        proposal=agreement,
        exchange_term=hostages,
        phase=phase,
        kind="release",
        due=day("2025-02-15"),
        description="three hostages",
    )
    records = [released, delayed, remains, says_israel, says_hamas, reading]
    for record in [*records, confirmed, unverified, deadline]:
        cite(record, source, "as reported")
    return {
        "agreement": agreement,
        "icrc": icrc,
        "monitor": monitor,
        "source": source,
        "released": released,
        "delayed": delayed,
        "remains": remains,
        "says_israel": says_israel,
        "says_hamas": says_hamas,
        "reading": reading,
        "confirmed": confirmed,
        "unverified": unverified,
        "deadline": deadline,
    }
