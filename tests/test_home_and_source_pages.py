"""The home page lists the negotiations, most recently active first; each source has a page."""

import datetime

import pytest

from negotiations.models import Event, Negotiation, Source

from .doha import DOHA
from .html_parts import parse, text_of

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def test_the_home_page_links_each_negotiations_pages(client, doha):
    text = client.get("/").text
    for path in ("", "timeline/", "proposals/", "positions/"):
        assert f'href="/negotiations/{DOHA}/{path}"' in text
    (card,) = parse(text).select("li.card")
    assert "11 events · latest entry dated 19 Mar 2024" in text_of(card)
    assert card.select_one("time")["datetime"] == "2024-03-19"


def test_the_home_page_dates_the_latest_entry_at_its_precision(client, doha):
    undated = Negotiation.objects.create(title="Month talks", slug="month-talks", stage="active")
    Event.objects.create(
        negotiation=undated,
        kind="meeting",
        title="Met in January",
        date=datetime.date(2030, 1, 1),
        date_precision="month",
    )
    cards = parse(client.get("/").text).select("li.card")
    month_card = next(card for card in cards if "Month talks" in text_of(card))
    assert "latest entry dated Jan 2030" in text_of(month_card)
    assert "1 Jan 2030" not in text_of(month_card)
    assert month_card.select_one("time")["datetime"] == "2030-01"


def test_the_home_page_puts_the_most_recently_active_negotiation_first(client, doha):
    later = Negotiation.objects.create(title="Later talks", slug="later-talks", stage="active")
    Event.objects.create(
        negotiation=later, kind="meeting", title="Met", date=datetime.date(2030, 5, 6)
    )
    Negotiation.objects.create(title="A quiet channel", slug="quiet-channel", stage="exploratory")
    text = client.get("/").text
    headings = parse(text).select("h2 > a[href^='/negotiations/']")
    assert [text_of(link) for link in headings] == ["Later talks", doha.title, "A quiet channel"]
    assert [link["href"] for link in headings] == [
        "/negotiations/later-talks/",
        f"/negotiations/{DOHA}/",
        "/negotiations/quiet-channel/",
    ]
    assert "1 event · latest entry dated 6 May 2030" in text_of(parse(text))
    assert "0 events</p>" in text


def test_the_source_page_names_every_record_it_supports_and_links_those_with_a_page(client, doha):
    from django.utils.html import escape

    from negotiations.models import Citation

    text = client.get("/sources/1/").text
    citations = Citation.objects.filter(source=1).select_related("content_type")
    kinds = {citation.content_type.model for citation in citations}
    assert {"person", "round", "risk", "proposal", "statement", "event", "attendance"} <= kinds
    for citation in citations:
        assert escape(str(citation.record)) in text, citation.content_type.model
        if citation.content_type.model in {"proposal", "event"}:
            assert escape(citation.record.get_absolute_url()) in text


def test_the_source_page_names_and_links_every_kind_of_record_as_the_record_itself_does(
    client, doha
):
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.utils.html import escape

    from negotiations.models import Citation, CitedModel

    call_command("generate_synthetic", negotiations=1, events=20, seed=2, force=True, verbosity=0)
    source = Source.objects.create(title="Every kind", kind="other", published_on="2024-03-19")
    kinds = CitedModel.kinds()
    for model in kinds:
        record = model.objects.order_by("-pk").first()
        Citation.objects.create(
            source=source,
            content_type=ContentType.objects.get_for_model(model),
            object_id=record.pk,
        )
    items = parse(client.get(f"/sources/{source.pk}/").text).select("ul.citations li")
    in_page_order = sorted(kinds, key=lambda model: model._meta.model_name)
    for model, item in zip(in_page_order, items, strict=True):
        record = model.objects.order_by("-pk").first()
        assert text_of(item) == text_of(
            parse(f"<p>{model._meta.verbose_name} {escape(record)}</p>")
        )
        link = item.select_one("a")
        assert (link["href"] if link else None) == getattr(
            record, "get_absolute_url", lambda: None
        )()


def test_a_source_that_nothing_cites_still_has_its_page_and_an_unknown_one_is_a_404(client, doha):
    uncited = Source.objects.create(title="Uncited note", kind="other", published_on="2024-03-19")
    response = client.get(f"/sources/{uncited.pk}/")
    assert response.status_code == 200
    assert "Uncited note" in response.text and "Nothing cites this source yet." in response.text
    assert client.get("/sources/999999/").status_code == 404


def test_the_source_page_names_who_attended_in_the_sources_words(client, doha):
    attendances = [
        item
        for item in parse(client.get("/sources/1/").text).select("ul.citations li")
        if text_of(item.select_one(".kind")) == "attendance"
    ]
    passage = (
        "Mossad head David Barnea had flown in for talks with the Qatari premier and Egyptian "
        "officials on Monday"
    )
    assert [text_of(item) for item in attendances] == [
        f"attendance Israel's spy chief: {passage}",
        f"attendance Qatari premier: {passage}",
        f"attendance Egyptian officials: {passage}",
    ]


def test_a_source_known_only_by_its_month_is_dated_to_the_month(client, doha):
    monthly = Source.objects.create(
        title="Monthly review",
        kind="other",
        published_on=datetime.date(2023, 11, 1),
        published_on_precision="month",
    )
    page = parse(client.get(monthly.get_absolute_url()).text)
    published = page.select_one("dl.facts time")
    assert (published["datetime"], text_of(published)) == ("2023-11", "Nov 2023")
    assert str(monthly) == "Monthly review (Nov 2023)"
