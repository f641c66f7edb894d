"""The Doha fixture loads on every backend and holds the article's facts, each with its source."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType

from negotiations.models import (
    Actor,
    Attendance,
    Citation,
    CitedModel,
    Event,
    Figure,
    Person,
    Position,
    Proposal,
    Source,
    Statement,
)

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


def test_every_cited_passage_is_quoted_exactly_from_the_article(doha, article_text):
    for citation in Citation.objects.all():
        assert citation.passage in article_text, citation.passage


def test_every_direct_quote_is_word_for_word_in_the_article(doha, article_text):
    for statement in Statement.objects.filter(is_direct_quote=True):
        assert statement.text in article_text, statement.text


def test_every_factual_record_cites_a_source(doha):
    from django.apps import apps

    for model in apps.get_app_config("negotiations").get_models():
        if not issubclass(model, CitedModel):
            continue
        content_type = ContentType.objects.get_for_model(model)
        cited = set(
            Citation.objects.filter(content_type=content_type).values_list("object_id", flat=True)
        )
        uncited = set(model.objects.values_list("pk", flat=True)) - cited
        assert not uncited, f"{model.__name__} without a source: {sorted(uncited)}"


def test_the_source_is_the_19_march_2024_report_without_invented_publisher(doha):
    source = Source.objects.get()
    assert source.published_on == datetime.date(2024, 3, 19)
    assert source.publisher == ""
    assert source.url == ""


def test_qatar_and_egypt_mediate_and_israel_and_hamas_are_parties(doha):
    roles = {(p.actor.name, p.role) for p in doha.participations.select_related("actor")}
    assert roles == {
        ("Israel", "party"),
        ("Hamas", "party"),
        ("Qatar", "mediator"),
        ("Egypt", "mediator"),
    }


def test_the_hamas_proposal_is_dated_the_week_of_11_march(doha):
    proposal = Proposal.objects.get(proposed_by__slug="hamas")
    assert str(proposal.approximate_date) == "week of 11 Mar 2024"
    assert proposal.date == datetime.date(2024, 3, 11)
    assert proposal.date_precision == "week"


def test_the_hamas_proposal_offers_about_42_hostages(doha):
    term = Proposal.objects.get(proposed_by__slug="hamas").exchange_terms.get(group="hostages")
    assert (term.count_min, term.count_max, term.count_qualifier) == (42, 42, "about")
    assert str(term.count) == "about 42"
    # The article says Hamas proposed the exchange, not who would release whom.
    assert term.releasing_party is None


def test_the_lede_names_no_speaker_where_the_article_says_only_qatar(doha):
    lede = Statement.objects.get(text__startswith="Negotiations for a Gaza ceasefire")
    assert (lede.speaker, lede.speaker_description) == (None, "Qatar")


def test_the_unnamed_hamas_official_is_not_decided_to_be_hamdan_nor_apart_from_him(doha):
    statement = Statement.objects.get(speaker_description="a Hamas official")
    assert statement.speaker is None
    assert statement.speaker_label == (
        "a Hamas official (the sources do not say whether this is Osama Hamdan, Hamas official)"
    )


def test_the_prisoners_are_palestinian_as_the_article_says_and_no_releaser_is_inferred(doha):
    terms = Proposal.objects.get(proposed_by__slug="hamas").exchange_terms.order_by("pk")
    assert [(term.group, term.affiliation, term.releasing_party) for term in terms] == [
        ("hostages", "", None),
        ("prisoners", "Palestinian", None),
    ]


def test_the_hamas_proposal_asks_20_to_50_prisoners_per_hostage(doha):
    term = Proposal.objects.get(proposed_by__slug="hamas").exchange_terms.get(group="prisoners")
    assert (term.ratio_min, term.ratio_max) == (20, 50)
    assert str(term.ratio) == "20–50"
    assert term.count is None  # the article gives no total, so none is computed


def test_the_hamas_proposal_has_a_six_week_truce(doha):
    truce = Proposal.objects.get(proposed_by__slug="hamas").other_terms.get(kind="truce")
    assert truce.describe() == "6-week truce"


def test_the_counter_proposal_is_expected_and_answers_the_hamas_proposal(doha):
    counter = Proposal.objects.get(kind="counter_proposal")
    assert counter.status == "expected"
    assert counter.responds_to.proposed_by.name == "Hamas"
    assert [actor.name for actor in counter.addressed_to.all()] == ["Hamas"]
    assert counter.proposed_by is None  # the article does not say who drafted it


def test_the_mossad_head_met_the_qatari_premier_and_egyptian_officials_on_monday(doha):
    meeting = Event.objects.get(
        round__isnull=False, kind="meeting", date_precision="day", date=datetime.date(2024, 3, 18)
    )
    assert meeting.place == "Doha, Qatar"
    assert {person.name or person.title for person in meeting.people.all()} == {
        "David Barnea",
        "Qatari premier",
    }
    attendance = {str(a) for a in Attendance.objects.filter(round=meeting.round)}
    assert "Egyptian officials" in attendance


def test_the_qatari_premier_is_recorded_by_office_without_a_name(doha):
    premier = Person.objects.get(title="Qatari premier")
    assert premier.name == ""
    assert premier.affiliation.name == "Qatar"


def test_hamas_moved_from_complete_to_partial_withdrawal_in_two_positions(doha):
    stances = list(
        Position.objects.filter(actor__slug="hamas", issue__slug="withdrawal").values_list(
            "stance", "date", "date_precision"
        )
    )
    # The earlier demand is dated as the source dates it: before the Monday of the new one.
    assert stances == [
        ("complete withdrawal from Gaza", datetime.date(2024, 3, 18), "on_or_before"),
        (
            "would accept a partial withdrawal before exchanging prisoners",
            datetime.date(2024, 3, 18),
            "day",
        ),
    ]


def test_hamdan_spoke_on_hezbollahs_station_not_as_a_mediator(doha):
    statement = Statement.objects.get(speaker__name="Osama Hamdan")
    assert statement.outlet.name == "Al-Manar TV"
    assert statement.outlet.part_of.name == "Hezbollah"
    assert statement.outlet.kind == Actor.Kind.MEDIA_OUTLET
    assert statement.on_behalf_of.name == "Hamas"


def test_hamdans_undated_interview_is_on_or_before_the_report_not_a_week_past_it(doha):
    from negotiations.models import Event, Position

    # The article does not date the interview; it reports it on 19 March 2024.
    records = [
        Statement.objects.get(speaker__name="Osama Hamdan"),
        Event.objects.get(statement__speaker__name="Osama Hamdan"),
        Position.objects.get(stance="hopes for a complete end of military operations"),
    ]
    for record in records:
        assert str(record.approximate_date) == "on or before 19 Mar 2024"
        assert record.approximate_date.last_day == datetime.date(2024, 3, 19)


def test_al_manar_is_the_outlet_of_hamdans_interview_not_a_participant(doha):
    from negotiations.models import Event

    interview = Event.objects.get(statement__speaker__name="Osama Hamdan")
    assert interview.statement.outlet.name == "Al-Manar TV"
    assert [actor.name for actor in interview.participants.all()] == ["Hamas"]


def test_ansaris_quote_keeps_the_articles_wording(doha):
    quote = Statement.objects.get(text__startswith="I don't think")
    assert "at a moment were we can say" in quote.text
    assert quote.speaker.name == "Majed al-Ansari"
    assert quote.on_behalf_of.name == "Qatar"


def test_the_gaza_death_toll_is_at_least_31819_per_the_health_ministry(doha):
    figure = Figure.objects.get(value_qualifier="at_least")
    assert (figure.value_min, figure.value_max) == (31819, None)
    assert str(figure.value) == "at least 31,819"
    assert figure.attribution == "the health ministry in the Hamas-run territory"


def test_33_presumed_dead_break_down_into_8_soldiers_and_25_civilians(doha):
    presumed_dead = Figure.objects.get(value_min=33)
    assert presumed_dead.part_of.value_min == 130
    assert presumed_dead.part_of.value_qualifier == "about"
    assert presumed_dead.attribution == "Israel believes"
    breakdown = sorted(presumed_dead.breakdown.values_list("value_min", flat=True))
    assert breakdown == [8, 25]


def test_the_october_7_toll_is_an_afp_tally(doha):
    figure = Figure.objects.get(value_min=1160)
    assert figure.value_qualifier == "about"
    assert figure.attributed_to.name == "AFP"


def test_the_november_truce_is_dated_to_the_month(doha):
    truce = Event.objects.get(kind="truce")
    assert str(truce.approximate_date) == "Nov 2023"


def test_ramadan_began_the_week_of_11_march(doha):
    ramadan = Event.objects.get(title__icontains="Ramadan")
    assert str(ramadan.approximate_date) == "week of 11 Mar 2024"


def test_rafah_is_named_as_a_risk_by_qatar(doha):
    risk = doha.risks.get()
    assert "Rafah" in risk.description
    assert risk.named_by.name == "Qatar"


def test_every_event_date_is_consistent_with_its_precision(doha):
    for event in Event.objects.all():
        assert event.approximate_date.problem() is None, event
        event.full_clean()
