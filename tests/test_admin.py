"""Staff edit every record in the admin; a proposal's terms are edited on its own page."""

import datetime
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations.models import Actor, Event, ExchangeTerm, Negotiation, Proposal, Statement

from .admin_form import admin_url, load_admin_form, save_in_admin
from .builders import lifecycle_records
from .doha import hamas_proposal
from .export_helpers import csv_rows
from .public_urls import DOMAIN_MODELS

# Every test reads the one Doha copy loaded for the module and rolls back its own changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_staff_open_the_add_and_change_pages_of_every_model(editor_client, doha, model):
    assert editor_client.get(admin_url(model, "add")).status_code == 200
    assert editor_client.get(admin_url(model, "changelist")).status_code == 200
    if not model.objects.exists():
        lifecycle_records(doha)
    record = model.objects.first()
    assert record is not None, f"the fixture has no {model.__name__}"
    assert editor_client.get(admin_url(model, "change", record.pk)).status_code == 200


CSRF = "csrfmiddlewaretoken"


class _ControlNames(HTMLParser):
    """The names of a page's form controls that hold one value each: not radio buttons or
    checkboxes, which share a name by design, nor the buttons and each form's CSRF token."""

    def __init__(self):
        super().__init__()
        self.names = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "select", "textarea") and attrs.get("name"):
            kind, name = attrs.get("type"), attrs["name"]
            if kind not in ("radio", "checkbox", "submit", "button") and name != CSRF:
                self.names.append(name)


def repeated_control_names(html):
    reader = _ControlNames()
    reader.feed(html)
    return sorted({name for name in reader.names if reader.names.count(name) > 1})


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_no_field_of_an_admin_page_is_shown_twice(editor_client, doha, model):
    """A field shown twice posts two values under one name, and what the editor typed in
    the first is lost."""
    if not model.objects.exists():
        lifecycle_records(doha)
    pages = [admin_url(model, "add"), admin_url(model, "change", model.objects.first().pk)]
    for url in pages:
        assert repeated_control_names(editor_client.get(url).text) == [], url


@pytest.mark.parametrize("model", DOMAIN_MODELS, ids=lambda model: model.__name__)
def test_anonymous_users_are_sent_to_log_in(client, db, model):
    response = client.get(admin_url(model, "add"))
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_a_logged_in_non_staff_user_cannot_edit(client, outsider):
    client.force_login(outsider)
    response = client.get(admin_url(Proposal, "add"))
    assert response.status_code == 302


def test_the_proposal_page_shows_its_terms_inline(editor_client, doha):
    proposal = hamas_proposal()
    text = editor_client.get(admin_url(Proposal, "change", proposal.pk)).text
    assert 'name="exchange_terms-0-count_min"' in text
    assert 'name="other_terms-0-amount_min"' in text
    assert 'value="42"' in text


def test_the_proposal_page_builds_each_inlines_empty_row_once(editor_client, doha):
    response = editor_client.get(admin_url(Proposal, "change", hamas_proposal().pk))
    for inline in response.context["inline_admin_formsets"]:
        assert inline.formset.empty_form is inline.formset.empty_form, inline.opts


def test_a_change_page_whose_address_names_no_draft_asks_for_none(editor_client, doha):
    with CaptureQueriesContext(connection) as queries:
        editor_client.get(admin_url(Proposal, "change", hamas_proposal().pk))
    assert not [q["sql"] for q in queries.captured_queries if "drafting_" in q["sql"]]


def proposal_form(proposal, **changes):
    """The proposal change form as the admin renders it, with some fields changed."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(Proposal)
    prefix = "negotiations-citation-content_type-object_id"
    terms = list(proposal.exchange_terms.order_by("pk"))
    data = {
        "negotiation": proposal.negotiation_id,
        "kind": proposal.kind,
        "status": proposal.status,
        "title": proposal.title,
        "summary": proposal.summary,
        "proposed_by": proposal.proposed_by_id or "",
        "date": proposal.date.isoformat() if proposal.date else "",
        "date_precision": proposal.date_precision,
        "responds_to": proposal.responds_to_id or "",
        "note": proposal.note,
        "loaded_version": proposal.version,
        "exchange_terms-TOTAL_FORMS": len(terms),
        "exchange_terms-INITIAL_FORMS": len(terms),
        "other_terms-TOTAL_FORMS": 0,
        "other_terms-INITIAL_FORMS": 0,
        "status_changes-TOTAL_FORMS": 0,
        "status_changes-INITIAL_FORMS": 0,
        # The Doha proposals have no phases, milestones, links, records of what became of
        # them or identifiers in other datasets.
        **{
            f"{inline}-{count}": 0
            for inline in (
                "phases",
                "milestones",
                "links",
                "handovers",
                "implementation_statements",
                "deadlines",
                "violations",
                "identifiers",
            )
            for count in ("TOTAL_FORMS", "INITIAL_FORMS")
        },
        f"{prefix}-TOTAL_FORMS": 1,
        f"{prefix}-INITIAL_FORMS": 1,
    }
    citation = proposal.citations.first()
    data.update(
        {
            f"{prefix}-0-id": citation.pk,
            f"{prefix}-0-source": citation.source_id,
            f"{prefix}-0-passage": citation.passage,
        }
    )
    for index, term in enumerate(terms):
        for field in [
            "id",
            "releasing_party",
            "group",
            "phase",
            "count_qualifier",
            "count_min",
            "count_max",
            "ratio_qualifier",
            "ratio_min",
            "ratio_max",
            "ratio_per",
            "description",
        ]:
            value = getattr(
                term,
                "pk" if field == "id" else f"{field}_id" if field == "releasing_party" else field,
            )
            data[f"exchange_terms-{index}-{field}"] = "" if value is None else value
        data[f"exchange_terms-{index}-proposal"] = proposal.pk
        data[f"exchange_terms-{index}-loaded_version"] = term.version
    assert content_type  # the generic inline is keyed by it
    data.update(changes)
    return data


def test_a_proposal_and_its_terms_save_from_one_page(editor_client, doha):
    proposal = hamas_proposal()
    hostages = proposal.exchange_terms.get(group="hostages")
    index = list(proposal.exchange_terms.order_by("pk")).index(hostages)
    response = editor_client.post(
        admin_url(Proposal, "change", proposal.pk),
        proposal_form(proposal, **{f"exchange_terms-{index}-count_min": 40}),
    )
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    hostages.refresh_from_db()
    assert (hostages.count_min, hostages.count_max) == (40, 42)


def test_an_upside_down_range_is_refused_with_a_message_and_nothing_changes(editor_client, doha):
    proposal = hamas_proposal()
    before = list(ExchangeTerm.objects.values().order_by("pk"))
    hostages = proposal.exchange_terms.get(group="hostages")
    index = list(proposal.exchange_terms.order_by("pk")).index(hostages)
    response = editor_client.post(
        admin_url(Proposal, "change", proposal.pk),
        proposal_form(
            proposal,
            title="Changed title",
            **{f"exchange_terms-{index}-count_min": 90, f"exchange_terms-{index}-count_max": 10},
        ),
    )
    assert response.status_code == 200
    assert "The maximum (10) is below the minimum (90)." in response.text
    assert list(ExchangeTerm.objects.values().order_by("pk")) == before
    assert Proposal.objects.get(pk=proposal.pk).title == proposal.title


def test_a_proposal_responding_to_itself_is_refused_with_a_message(editor_client, doha):
    proposal = hamas_proposal()
    response = editor_client.post(
        admin_url(Proposal, "change", proposal.pk),
        proposal_form(proposal, responds_to=proposal.pk),
    )
    assert response.status_code == 200
    assert "A proposal cannot respond to itself." in response.text
    assert Proposal.objects.get(pk=proposal.pk).responds_to is None


def invalid_counter_proposal(doha):
    """A counter-proposal answering a proposal of another negotiation."""
    from negotiations.models import Negotiation

    elsewhere = Negotiation.objects.create(title="Elsewhere", slug="elsewhere", stage="active")
    foreign = Proposal.objects.create(
        negotiation=elsewhere, kind="proposal", title="Foreign", status="presented"
    )
    return {"kind": "counter_proposal", "responds_to": foreign.pk}


INVALID_EDITS = [
    ("source", lambda doha: {"url": "ftp://example.org/report"}, "url",
     "A source URL must start with http:// or https://."),
    ("round", lambda doha: {"end": "01/01/2020", "end_precision": "day"}, "end",
     "A round cannot end before it starts."),
    ("event", lambda doha: {"date": "2024", "date_precision": "day"}, "date",
     "Only the year is typed: choose “year” as the precision, or give the day."),
    ("exchangeterm", lambda doha: {"count_min": "-5", "count_max": "-5"}, "count_min",
     "Ensure this value is greater than or equal to 0."),
    ("figure", lambda doha: {"value_min": "90", "value_max": "10"}, "value_max",
     "The maximum (10) is below the minimum (90)."),
    ("proposal", invalid_counter_proposal, "responds_to",
     "A proposal can only respond to a proposal in the same negotiation."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("model_name", "changes", "field", "message"),
    INVALID_EDITS,
    ids=[case[0] + "-" + case[2] for case in INVALID_EDITS],
)
def test_an_invalid_edit_gets_its_message_next_to_the_field_and_changes_nothing(
    editor_client, doha, model_name, changes, field, message
):
    from .admin_form import load_admin_form

    model = apps.get_model("negotiations", model_name)
    record = model.objects.order_by("pk").first()
    before = model.objects.filter(pk=record.pk).values().get()
    url = admin_url(model, "change", record.pk)
    form = load_admin_form(editor_client, url)
    form.update({name: [str(value)] for name, value in changes(doha).items()})

    response = editor_client.post(url, form)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field] == [message]
    assert message in response.text
    assert model.objects.filter(pk=record.pk).values().get() == before


def test_a_counter_proposal_answering_nothing_gets_its_constraints_message_by_the_field(
    editor_client, doha
):
    proposal = hamas_proposal()
    url = admin_url(Proposal, "change", proposal.pk)
    form = load_admin_form(editor_client, url)
    form.update({"kind": ["counter_proposal"], "responds_to": [""]})

    response = editor_client.post(url, form)

    message = "A counter-proposal must respond to another proposal."
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["responds_to"] == [message]
    assert Proposal.objects.get(pk=proposal.pk).kind == proposal.kind


@pytest.mark.parametrize(
    ("model", "fields", "slug"),
    [
        (
            Negotiation,
            {"title": "Russia–Ukraine prisoner-of-war exchanges", "stage": "active"},
            "russia-ukraine-prisoner-of-war-exchanges",
        ),
        (
            Actor,
            {"name": "Armenia—Azerbaijan commission", "kind": "other"},
            "armenia-azerbaijan-commission",
        ),
    ],
    ids=["negotiation", "actor"],
)
def test_a_slug_left_empty_is_made_from_the_name_keeping_dashes_apart(
    editor_client, doha, model, fields, slug
):
    url = admin_url(model, "add")
    form = load_admin_form(editor_client, url)
    form.update({name: [value] for name, value in fields.items()})
    form["slug"] = [""]
    response = editor_client.post(url, form)
    assert response.status_code == 302, response.context["errors"]
    assert model.objects.filter(slug=slug).exists()


def test_a_slug_made_from_a_name_already_taken_is_refused_next_to_the_field(editor_client, doha):
    url = admin_url(Negotiation, "add")
    form = load_admin_form(editor_client, url)
    # Made from this title, the slug is the Doha talks' own.
    form.update({"title": ["Israel–Hamas ceasefire talks"], "stage": ["active"], "slug": [""]})
    response = editor_client.post(url, form)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["slug"] == [
        "Negotiation with this Slug already exists."
    ]
    assert Negotiation.objects.count() == 1


def inline_index(form, prefix, record):
    """The index of the inline form that edits ``record`` on its parent's page."""
    (index,) = [
        name.split("-")[1]
        for name, values in form.items()
        if name.startswith(f"{prefix}-") and name.endswith("-id") and values == [str(record.pk)]
    ]
    return index


def post_prisoners_in_words(client, words):
    """Save the Hamas proposal's page with its prisoner count given "in words only"."""
    proposal = hamas_proposal()
    prisoners = proposal.exchange_terms.get(group="prisoners")
    url = admin_url(Proposal, "change", proposal.pk)
    form = load_admin_form(client, url)
    index = inline_index(form, "exchange_terms", prisoners)
    form[f"exchange_terms-{index}-count_qualifier"] = ["in_words"]
    form[f"exchange_terms-{index}-count_words"] = [words]
    return prisoners, index, client.post(url, form)


def test_a_vague_count_is_kept_in_the_sources_words_from_the_proposal_page(editor_client, doha):
    """A count of “several hundred” prisoners: the source's words, no invented bounds, shown
    on the proposal's page and exported."""
    prisoners, _, response = post_prisoners_in_words(editor_client, "several hundred")
    assert response.status_code == 302, response.context["errors"]

    prisoners.refresh_from_db()
    assert (prisoners.count_min, prisoners.count_max, prisoners.count_words) == (
        None,
        None,
        "several hundred",
    )
    page = editor_client.get(prisoners.proposal.get_absolute_url()).text
    assert "several hundred prisoners" in page
    _, rows = csv_rows(editor_client.get("/export/exchange-terms.csv"))
    row = next(row for row in rows if row["id"] == str(prisoners.pk))
    assert [row[f"count_{part}"] for part in ("min", "max", "qualifier", "words")] == [
        "",
        "",
        "in_words",
        "several hundred",
    ]


def test_in_words_only_without_the_words_is_refused_next_to_the_field(editor_client, doha):
    prisoners, index, response = post_prisoners_in_words(editor_client, "")
    assert response.status_code == 200
    [terms] = [
        formset
        for formset in response.context["inline_admin_formsets"]
        if formset.formset.prefix == "exchange_terms"
    ]
    errors = terms.formset.forms[int(index)].errors
    assert errors["count_words"] == ["Give the source's words, e.g. “several hundred”."]
    prisoners.refresh_from_db()
    assert prisoners.count_qualifier == "exact"


def test_an_undated_report_is_entered_as_on_or_before_with_an_earliest_day(editor_client, doha):
    from .admin_form import load_admin_form, save_in_admin

    statement = Statement.objects.get(speaker__name="Osama Hamdan")
    save_in_admin(
        editor_client,
        statement,
        date="2024-03-19",
        date_precision="on_or_before",
        date_earliest="2024-03-11",
    )
    statement.refresh_from_db()
    assert str(statement.approximate_date) == "between 11 Mar 2024 and 19 Mar 2024"

    url = admin_url(Statement, "change", statement.pk)
    form = load_admin_form(editor_client, url)
    form.update(date_precision=["day"])
    response = editor_client.post(url, form)
    assert response.context["adminform"].form.errors["date_earliest"] == [
        "An earliest day goes only with “on or before”; leave it empty."
    ]
    statement.refresh_from_db()
    assert statement.date_precision == "on_or_before"


@pytest.mark.parametrize(
    ("typed", "precision", "stored"),
    [
        ("2006", "year", "2006"),
        ("2006-06", "month", "Jun 2006"),
        ("2006-06", "year", "2006"),
        ("2006-06-25", "month", "Jun 2006"),
        ("2006-06-25", "week", "week of 19 Jun 2006"),
    ],
)
def test_a_month_or_a_year_is_typed_as_such_and_a_day_is_kept_by_its_precision(
    editor_client, doha, typed, precision, stored
):
    event = Event.objects.get(pk=1)
    save_in_admin(editor_client, event, date=typed, date_precision=precision)
    event.refresh_from_db()
    assert str(event.approximate_date) == stored


@pytest.mark.parametrize(("typed", "precision"), [("2006", "day"), ("2006-06", "on_or_before")])
def test_a_month_or_a_year_typed_with_a_day_precision_is_refused_beside_the_date(
    editor_client, doha, typed, precision
):
    event = Event.objects.get(pk=1)
    url = admin_url(Event, "change", event.pk)
    form = load_admin_form(editor_client, url)
    form.update(date=[typed], date_precision=[precision])
    response = editor_client.post(url, form)
    given = "year" if len(typed) == 4 else "month"
    assert response.context["adminform"].form.errors["date"] == [
        f"Only the {given} is typed: choose “{given}” as the precision, or give the day."
    ]
    event.refresh_from_db()
    assert event.date == datetime.date(2023, 10, 7)


def test_an_attendance_added_on_its_rounds_page_needs_and_keeps_its_source(editor_client, doha):
    from negotiations.models import Attendance, Round

    from .admin_form import add_inline_row, load_admin_form, submit_admin_form

    round_ = Round.objects.get()
    url = admin_url(Round, "change", round_.pk)
    form = load_admin_form(editor_client, url)
    add_inline_row(form, "attendances", actor=Actor.objects.get(slug="qatar").pk, description="x")
    response = editor_client.post(url, form)
    assert response.status_code == 200
    assert not Attendance.objects.filter(description="x").exists()

    form[f"attendances-{int(form['attendances-TOTAL_FORMS'][0]) - 1}-source"] = ["1"]
    submit_admin_form(editor_client, url, form)
    added = Attendance.objects.get(description="x")
    assert [citation.source_id for citation in added.citations.all()] == [1]


@pytest.mark.parametrize("model_name", ["actor", "figure"])
def test_a_record_made_part_of_itself_is_refused_beside_the_field(editor_client, doha, model_name):
    from .admin_form import load_admin_form

    model = apps.get_model("negotiations", model_name)
    record = model.objects.order_by("pk").first()
    url = admin_url(model, "change", record.pk)
    form = load_admin_form(editor_client, url)
    form["part_of"] = [str(record.pk)]

    response = editor_client.post(url, form)

    assert response.status_code == 200
    assert "part_of" in response.context["adminform"].form.errors
    record.refresh_from_db()
    assert record.part_of_id != record.pk


def test_the_statement_picker_tells_two_statements_of_one_person_on_one_day_apart(doha):
    from negotiations.models import Statement

    labels = [str(statement) for statement in Statement.objects.filter(speaker__isnull=False)]
    assert len(labels) == len(set(labels))
    assert all("“" in label for label in labels)
