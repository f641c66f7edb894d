"""The synthetic data generator: deterministic, valid row by row, and never mixed into real data."""

import datetime
import io

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, F

from negotiations.development.deletion import DeletionPlan, constrained_keys, every_table
from negotiations.drafting.models import ArticleDraft, DraftRecord
from negotiations.fields import DatePrecision, Qualifier
from negotiations.models import (
    Actor,
    Citation,
    CitedModel,
    Correction,
    Event,
    ExchangeCategory,
    ExchangeTerm,
    Negotiation,
    OtherTerm,
    Proposal,
    Source,
    Statement,
)

from .conftest import empty_the_tracker

pytestmark = pytest.mark.django_db


def generate(**options):
    arguments = {"negotiations": 3, "events": 300, "seed": 1, "stdout": io.StringIO(), **options}
    call_command("generate_synthetic", **arguments)


@pytest.fixture(scope="class")
def generated(django_db_setup, django_db_blocker):
    """The generator's data set as ``generate()`` makes it (3 negotiations, 300 events, seed
    1), committed once for a class of tests that only read it (each rolls back its own
    changes) and emptied out when they are done, before the module's other tests."""
    with django_db_blocker.unblock():
        generate()
    yield
    with django_db_blocker.unblock():
        empty_the_tracker()


def fingerprint():
    """The content of the data set, independent of primary keys."""
    return {
        "events": list(
            Event.objects.order_by("negotiation__slug", "date", "title", "kind").values_list(
                "negotiation__slug", "kind", "title", "date", "date_precision", "place"
            )
        ),
        "proposals": list(
            Proposal.objects.order_by("negotiation__slug", "date", "title").values_list(
                "negotiation__slug", "kind", "title", "date", "status", "responds_to__title"
            )
        ),
        "terms": list(
            ExchangeTerm.objects.order_by("proposal__title", "group", "count_min").values_list(
                "proposal__title", "group", "count_min", "count_max", "ratio_min", "phase__number"
            )
        ),
        "citations": Citation.objects.count(),
    }


class TestTheDefaultDataSet:
    """What ``generate()`` makes, read by each test from one copy (``generated``)."""

    def test_every_generated_row_passes_full_validation_on_a_sample(self, generated):
        checked = 0
        for model in apps.get_app_config("negotiations").get_models(include_auto_created=True):
            if model._meta.model_name.startswith("historical"):
                continue
            for record in model.objects.order_by("?")[:40]:
                record.full_clean()
                checked += 1
        assert checked > 450

    def test_counter_proposals_answer_an_earlier_proposal_of_the_same_negotiation(self, generated):
        counters = Proposal.objects.filter(kind=Proposal.Kind.COUNTER_PROPOSAL)
        assert counters.exists()
        assert not counters.filter(responds_to__isnull=True).exists()
        assert not counters.exclude(negotiation=F("responds_to__negotiation")).exists()
        dated = counters.filter(date__isnull=False, date_precision="day")
        assert not dated.filter(
            responds_to__date_precision="day", date__lt=F("responds_to__date")
        ).exists()
        answered = Proposal.objects.filter(responses__isnull=False).distinct()
        assert set(answered.values_list("status", flat=True)) == {Proposal.Status.COUNTERED}

    def test_every_agreements_milestones_are_in_order_and_agree_with_its_status(self, generated):
        from negotiations.models import Milestone

        with_steps = Proposal.objects.filter(milestones__isnull=False).distinct()
        assert with_steps.exists()
        for proposal in with_steps.prefetch_related("milestones"):
            steps = proposal.milestones.all()
            assert Milestone.order_problem(steps) is None, proposal
            assert proposal.milestone_disagreement(steps) is None, proposal

    def test_exchanges_come_in_every_shape(self, generated):
        terms = ExchangeTerm.objects.all()
        assert set(terms.values_list("group", flat=True)) == {
            "hostages",
            "prisoners",
            "prisoners_of_war",
        }
        swaps = terms.filter(group="prisoners_of_war")
        assert not swaps.filter(receiving_party=None).exists()
        assert swaps.filter(count_qualifier="in_words").exists()
        assert set(terms.exclude(ratio_min=None).values_list("ratio_per", flat=True)) > {"hostage"}
        assert terms.exclude(condition="").exists()
        assert terms.filter(categories__code="children").filter(categories__code="women").exists()

    def test_the_data_has_every_kind_of_record_a_tracker_keeps(self, generated):
        for model in apps.get_app_config("negotiations").get_models():
            if not model._meta.model_name.startswith("historical"):
                assert model.objects.exists(), model.__name__
        for model in apps.get_app_config("negotiations").get_models():
            if issubclass(model, CitedModel):
                cited = Citation.objects.filter(content_type__model=model._meta.model_name)
                assert cited.exists(), f"no {model.__name__} cites a source"
        assert Actor.objects.filter(part_of__isnull=False).exists()
        assert Statement.objects.filter(speaker__isnull=True).exists()
        assert Event.objects.filter(citations__isnull=True).count() == 0

    def test_implementation_records_come_in_every_shape(self, generated):
        from negotiations.models import Deadline, Handover, ImplementationStatement, Violation

        handovers = Handover.objects.all()
        assert set(handovers.values_list("outcome", flat=True)) == set(Handover.Outcome.values)
        assert handovers.exclude(reason="").filter(reason_given_by__isnull=False).exists()
        assert handovers.filter(alive="remains").exists()
        assert set(handovers.values_list("count_qualifier", flat=True)) == set(Qualifier.values)
        assert handovers.exclude(persons_named="").exists()
        statements = ImplementationStatement.objects.filter(is_editors_reading=False)
        assert ImplementationStatement.objects.filter(is_editors_reading=True).exists()
        said = statements.values("proposal", "exchange_term", "other_term", "date")
        assert said.annotate(sides=Count("status", distinct=True)).filter(sides__gt=1).exists()
        assert Deadline.objects.filter(met_on__isnull=False).exists()
        assert Deadline.objects.filter(met_on__isnull=True).exists()
        for negotiation in Negotiation.objects.all():
            alleged = Violation.objects.filter(negotiation=negotiation)
            # One per two of its 100 events here; hundreds where its talks have hundreds.
            assert alleged.count() >= 50
            assert alleged.values("accused_by").distinct().count() == 2
        violations = Violation.objects.all()
        assert set(violations.values_list("verification", flat=True)) == set(
            Violation.Verification.values
        )
        assert violations.exclude(killed_min=None).exists()
        assert violations.filter(killed_qualifier="in_words").exists()


def test_the_same_seed_gives_the_same_data(db):
    generate(seed=7)
    first = fingerprint()
    generate(seed=7)
    assert fingerprint() == first
    assert len(first["events"]) == 300


def test_another_seed_gives_other_data(db):
    generate(seed=7)
    first = fingerprint()
    generate(seed=8)
    assert fingerprint()["events"] != first["events"]


def test_a_second_run_replaces_the_first_instead_of_adding_to_it(db):
    generate(events=200)
    generate(events=250)
    assert Event.objects.count() == 250
    assert Negotiation.objects.count() == 3


def test_dates_come_in_every_precision_on_their_proper_day(db):
    generate(events=1000)
    precisions = set(Event.objects.values_list("date_precision", flat=True))
    assert precisions == set(DatePrecision.values)
    for day in Event.objects.filter(date_precision="week").values_list("date", flat=True):
        assert day.isoweekday() == 1
    assert not Event.objects.filter(date_precision="month").exclude(date__day=1).exists()
    years = Event.objects.filter(date_precision="year")
    assert not years.exclude(date__day=1, date__month=1).exists()


def test_quantities_come_in_every_qualifier_including_the_sources_words_alone(db):
    generate(events=1000)
    qualifiers = set(ExchangeTerm.objects.values_list("count_qualifier", flat=True))
    assert qualifiers == set(Qualifier.values)
    in_words = ExchangeTerm.objects.filter(count_qualifier=Qualifier.IN_WORDS)
    assert not in_words.filter(count_words="").exists()
    assert not in_words.exclude(count_min=None, count_max=None).exists()  # nothing invented


def test_the_number_of_exchange_terms_can_be_set(db):
    generate(exchange_terms=1234)
    assert ExchangeTerm.objects.count() == 1234


def test_it_refuses_to_mix_with_real_data(doha):
    before = Event.objects.count()
    with pytest.raises(CommandError, match="real"):
        generate()
    assert Event.objects.count() == before
    assert not Negotiation.objects.filter(slug__startswith="synthetic-").exists()


def test_with_force_it_adds_synthetic_data_and_leaves_real_data_intact(doha):
    real_events = list(Event.objects.filter(negotiation=doha).values_list("pk", "title"))
    real_sources = Source.objects.count()
    generate(force=True)
    generate(force=True)  # the second run replaces only the synthetic rows
    assert list(Event.objects.filter(negotiation=doha).values_list("pk", "title")) == real_events
    assert Event.objects.count() == len(real_events) + 300
    synthetic_sources = Source.objects.filter(archive_reference__startswith="synthetic/")
    assert Source.objects.count() - synthetic_sources.count() == real_sources
    assert Citation.objects.filter(source__in=synthetic_sources).exists()


def test_tables_are_emptied_referring_ones_first_and_none_is_left_out():
    plan = DeletionPlan()
    place = {model: number for number, model in enumerate(plan.models)}
    for model in every_table():
        for key in constrained_keys(model):
            if key.related_model in place and key.related_model is not model:
                assert model in place, f"{model.__name__}.{key.name} refers to synthetic rows"
                assert place[model] < place[key.related_model], (model, key.name)
    for holder in (Citation, Correction):
        assert all(place[holder] < place[model] for model in plan.refers_to(holder))


def add_drafts_and_a_correction(negotiation, source, proposal, words):
    """Rows of tables the generator never writes, referring to ``negotiation``'s records."""
    article = ArticleDraft.objects.create(
        negotiation=negotiation,
        title=words,
        publisher="AFP",
        published_on=datetime.date(2024, 3, 19),
        text=words,
        source=source,
    )
    drafted = DraftRecord.objects.create(
        article=article, position=1, kind="proposal", values={}, passage=words
    )
    drafted.accepted_as = proposal
    drafted.save()
    DraftRecord.objects.create(
        article=article, position=2, kind="exchangeterm", values={}, passage=words, part_of=drafted
    )
    Correction.objects.create(
        record=proposal,
        corrected_at=datetime.datetime(2024, 3, 20, tzinfo=datetime.UTC),
        note=words,
    )


def assert_nothing_refers_to_a_missing_row():
    connection.check_constraints()  # every enforced key, on both databases
    for holder in (Citation, Correction):  # and every generic relation
        for kind in ContentType.objects.filter(pk__in=holder.objects.values("content_type")):
            ids = set(holder.objects.filter(content_type=kind).values_list("object_id", flat=True))
            found = kind.model_class()._base_manager.filter(pk__in=ids).count()
            assert found == len(ids), f"a {holder.__name__} of a missing {kind.model}"


def test_a_second_run_deletes_every_row_of_any_table_that_refers_to_synthetic_ones(doha):
    """What to delete is read from the models: drafts and corrections, which the generator
    never writes, go with the synthetic rows they refer to; those of the real talks stay."""
    real_proposal = Proposal.objects.filter(negotiation=doha).first()
    add_drafts_and_a_correction(doha, Source.objects.first(), real_proposal, "real")
    generate(force=True)
    synthetic = Negotiation.objects.exclude(pk=doha.pk).first()
    synthetic_source = Source.objects.filter(archive_reference__startswith="synthetic/").first()
    synthetic_proposal = Proposal.objects.filter(negotiation=synthetic).first()
    add_drafts_and_a_correction(synthetic, synthetic_source, synthetic_proposal, "synthetic")
    # And the lists the generator leaves empty.
    actor = Actor.objects.filter(slug__startswith="synthetic-").first()
    synthetic_proposal.endorsers.add(actor)
    synthetic_proposal.witnesses.add(actor)
    term = OtherTerm.objects.filter(proposal__negotiation=synthetic).first()
    term.evacuees.add(ExchangeCategory.objects.first())
    plan = DeletionPlan()
    assert {ArticleDraft, DraftRecord, Correction} <= set(plan.models)
    for model in plan.models:  # every table the deletion empties holds rows to delete
        assert plan.rows(model).exists(), model.__name__

    generate(force=True, seed=2)

    assert set(ArticleDraft.objects.values_list("title", flat=True)) == {"real"}
    assert set(DraftRecord.objects.values_list("passage", flat=True)) == {"real"}
    assert Correction.objects.filter(note="real").count() == 1
    assert not Correction.objects.filter(note="synthetic").exists()
    assert_nothing_refers_to_a_missing_row()
