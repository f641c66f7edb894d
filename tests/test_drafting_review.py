"""Draft from an article: an editor pastes a report, saves its source, then accepts each
draft through its record's own form or rejects it; nothing drafted is public until then."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from negotiations.drafting.models import ArticleDraft, DraftRecord
from negotiations.models import Citation, Proposal, Source, Statement

from .admin_form import load_admin_form, submit_admin_form
from .doha import DOHA, DOHA_ARTICLE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("doha_for_the_module")]

PASTE = reverse("admin:drafting_articledraft_add")
#: A report of another day, so that its quote is nowhere in the Doha fixture.
REPORT = (
    "Mediators met negotiators in Cairo on Thursday, Egypt said. "
    '"We have never been closer to an agreement on the exchange," Ansari said on Friday. '
    "About 40 hostages would be released in a first phase, according to a draft seen by AFP."
)
QUOTE = "We have never been closer to an agreement on the exchange"


def paste(client, doha, text=REPORT, published_on="2024-05-10", **fields):
    form = {
        "negotiation": doha.pk,
        "title": "Cairo talks resume",
        "publisher": "AFP",
        "url": "https://example.org/cairo",
        "published_on": published_on,
        "text": text,
        **fields,
    }
    return client.post(PASTE, form)


def pasted(editor_client, doha):
    response = paste(editor_client, doha)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return ArticleDraft.objects.get()


def save_source(client, article):
    url = f"{reverse('admin:negotiations_source_add')}?_article={article.pk}"
    form = load_admin_form(client, url)
    assert form["title"] == [article.title] and form["published_on"] == ["2024-05-10"]
    submit_admin_form(client, url, form)
    article.refresh_from_db()
    return article.source


def draft_of(article, kind, containing):
    return next(
        record
        for record in article.records.filter(kind=kind)
        if containing in record.passage and not record.part_of_id
    )


def test_pasting_a_report_drafts_its_statements_figures_and_events(editor_client, doha):
    article = pasted(editor_client, doha)
    kinds = sorted(record.kind for record in article.records.all())
    assert kinds.count("statement") == 2 and "figure" in kinds and "event" in kinds
    quote = draft_of(article, "statement", QUOTE)
    assert quote.values["is_direct_quote"] and quote.values["date"] == "2024-05-10"
    figure = draft_of(article, "figure", "About 40")
    assert (figure.values["value_min"], figure.values["value_qualifier"]) == (40, "about")


def test_the_review_page_marks_each_drafts_words_in_its_passage(editor_client, doha):
    article = pasted(editor_client, doha)
    page = editor_client.get(article.get_review_url()).content.decode()
    assert f"<mark>{QUOTE}</mark>" in page
    assert "<mark>About 40</mark>" in page
    assert "Review and save the source record" in page


def test_nothing_drafted_is_public_before_it_is_accepted(client, editor_client, doha):
    pasted(editor_client, doha)
    for url in (f"/negotiations/{DOHA}/", f"/negotiations/{DOHA}/timeline/", "/api/v1/statements/"):
        assert QUOTE not in client.get(url).content.decode(), url


def test_accepting_a_draft_saves_the_record_citing_the_report_with_its_passage(
    client, editor_client, doha
):
    article = pasted(editor_client, doha)
    source = save_source(editor_client, article)
    draft = draft_of(article, "statement", QUOTE)
    form = load_admin_form(editor_client, draft.get_accept_url())
    assert form["text"] == [QUOTE]
    assert form["negotiations-citation-content_type-object_id-0-passage"] == [draft.passage]
    response = submit_admin_form(editor_client, draft.get_accept_url(), form)
    assert response.url == article.get_review_url()
    statement = Statement.objects.get(text=QUOTE)
    assert statement.speaker.name == "Majed al-Ansari"
    assert statement.history.count() == 1
    citation = Citation.objects.get(object_id=statement.pk, content_type__model="statement")
    assert (citation.source, citation.passage) == (source, draft.passage)
    draft.refresh_from_db()
    assert draft.accepted_as == statement
    assert QUOTE in client.get("/api/v1/statements/", {"negotiation": DOHA}).content.decode()


def test_a_draft_is_accepted_once(editor_client, doha):
    article = pasted(editor_client, doha)
    save_source(editor_client, article)
    draft = draft_of(article, "statement", QUOTE)
    form = load_admin_form(editor_client, draft.get_accept_url())
    submit_admin_form(editor_client, draft.get_accept_url(), form)
    response = editor_client.post(draft.get_accept_url(), form)
    assert response.status_code == 302
    assert Statement.objects.filter(text=QUOTE).count() == 1


def test_a_rejected_draft_leaves_nothing(editor_client, doha):
    article = pasted(editor_client, doha)
    draft = draft_of(article, "statement", QUOTE)
    statements = Statement.objects.count()
    response = editor_client.post(article.get_review_url(), {"reject": draft.pk})
    assert response.status_code == 302
    assert not DraftRecord.objects.filter(pk=draft.pk).exists()
    assert Statement.objects.count() == statements


def test_a_draft_waits_for_the_source_before_it_can_be_accepted(editor_client, doha):
    article = pasted(editor_client, doha)
    draft = draft_of(article, "statement", QUOTE)
    form = load_admin_form(editor_client, draft.get_accept_url())
    assert form.get("text", [""]) == [""]  # not filled in: there is no source to cite yet
    page = editor_client.get(article.get_review_url()).content.decode()
    assert "Save the source first." in page and "Review and accept" not in page


def test_a_report_whose_address_is_a_recorded_source_cites_it_and_records_none(editor_client, doha):
    first = pasted(editor_client, doha)
    source = save_source(editor_client, first)
    sources = Source.objects.count()
    response = paste(editor_client, doha)
    again = ArticleDraft.objects.exclude(pk=first.pk).get()
    assert again.source == source and Source.objects.count() == sources
    page = editor_client.get(response.url).content.decode()
    assert "its drafts will cite it" in page and "Review and accept" in page


def test_a_report_without_an_address_is_never_taken_for_a_recorded_source(editor_client, doha):
    Source.objects.create(
        title="Unlinked report", kind="news_report", published_on=datetime.date(2024, 5, 1)
    )
    paste(editor_client, doha, url="")
    assert ArticleDraft.objects.get().source is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "This field is required."),
        ("word " * 30_000, "paste one report, of at most 100,000 characters"),
        ("<p>Talks resumed in Cairo on Thursday, Egypt said, and will go on.</p>", "This is HTML"),
        (
            "Les négociations pour un cessez-le-feu à Gaza progressent à Doha, selon le Qatar "
            "mardi, et une contre-proposition pourrait bientôt être présentée au Hamas.",
            "This reads as French; the drafter reads reports in English.",
        ),
        ("About 5 hostages were seen on Monday. " * 600, "paste one report at a time"),
    ],
    ids=["empty", "huge", "html", "french", "too-many-facts"],
)
def test_a_paste_that_cannot_be_drafted_says_why_and_records_nothing(
    editor_client, doha, text, message
):
    response = paste(editor_client, doha, text=text)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ArticleDraft.objects.exists() and not DraftRecord.objects.exists()


def test_a_report_dated_after_today_is_refused(editor_client, doha):
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    response = paste(editor_client, doha, published_on=tomorrow.isoformat())
    assert "A report cannot be published after today." in response.content.decode()
    assert not ArticleDraft.objects.exists()


def test_editors_draft_and_review_without_being_superusers(client, doha):
    editor = User.objects.create_user("drafter", password="correct horse battery", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    article = pasted(client, doha)
    assert client.get(article.get_review_url()).status_code == 200
    draft = draft_of(article, "statement", QUOTE)
    assert client.post(article.get_review_url(), {"reject": draft.pk}).status_code == 302


def test_the_doha_article_drafts_its_figures_with_their_qualifiers(editor_client, doha):
    text = DOHA_ARTICLE.read_text().split("2024-03-19", 1)[1]
    response = paste(editor_client, doha, text=text, published_on="2024-03-19")
    assert response.status_code == 302
    figures = {
        (record.values["value_min"], record.values["value_qualifier"])
        for record in DraftRecord.objects.filter(kind="figure")
    }
    assert {(31819, "at_least"), (1500000, "about"), (8, "exact"), (25, "exact")} <= figures


def test_a_proposal_is_accepted_then_its_term_names_it(editor_client, doha):
    text = (
        "On Monday, Hamas proposed a 42-day truce and the release of 33 hostages in exchange "
        "for 30 Palestinian prisoners per hostage, Egypt said."
    )
    assert paste(editor_client, doha, text=text, published_on="2024-05-10").status_code == 302
    article = ArticleDraft.objects.get()
    save_source(editor_client, article)
    proposal_draft = article.records.get(kind="proposal")
    form = load_admin_form(editor_client, proposal_draft.get_accept_url())
    assert form["status"] == ["presented"] and form["date"] == ["2024-05-06"]
    submit_admin_form(editor_client, proposal_draft.get_accept_url(), form)
    proposal = Proposal.objects.get(title__contains="42-day truce")
    assert proposal.proposed_by.name == "Hamas"
    # How the report dates it is the editors' note, not a question the sources leave open.
    assert (proposal.note, proposal.editors_note) == (
        "",
        "Dated by the report's words: “On Monday”.",
    )

    term_draft = article.records.get(kind="exchangeterm", values__group="prisoners")
    form = load_admin_form(editor_client, term_draft.get_accept_url())
    assert form["proposal"] == [str(proposal.pk)]
    submit_admin_form(editor_client, term_draft.get_accept_url(), form)
    term = proposal.exchange_terms.get(group="prisoners")
    assert (term.ratio_min, term.ratio_max, term.ratio_per) == (30, 30, "hostage")


@pytest.mark.parametrize("key", ["²", "abc", "9" * 30, "-1"])
def test_a_draft_address_that_names_no_draft_opens_an_empty_form(editor_client, doha, key):
    pasted(editor_client, doha)
    add = reverse("admin:negotiations_statement_add")
    assert editor_client.get(add, {"_draft": key}).status_code == 200
    assert (
        editor_client.get(reverse("admin:negotiations_source_add"), {"_article": key}).status_code
        == 200
    )
    article = ArticleDraft.objects.get()
    assert editor_client.post(article.get_review_url(), {"reject": key}).status_code == 302
    assert article.records.count() > 0


def test_a_draft_of_another_kind_fills_in_nothing(editor_client, doha):
    article = pasted(editor_client, doha)
    save_source(editor_client, article)
    figure = draft_of(article, "figure", "About 40")
    url = f"{reverse('admin:negotiations_statement_add')}?_draft={figure.pk}"
    assert load_admin_form(editor_client, url).get("text", [""]) == [""]


def test_staff_who_may_only_view_drafts_cannot_reject_them(client, editor_client, doha):
    article = pasted(editor_client, doha)
    viewer = User.objects.create_user("viewer", password="correct horse battery", is_staff=True)
    viewer.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_articledraft", "view_draftrecord"])
    )
    client.force_login(viewer)
    assert client.get(article.get_review_url()).status_code == 200
    draft = article.records.first()
    assert client.post(article.get_review_url(), {"reject": draft.pk}).status_code == 403
    assert DraftRecord.objects.filter(pk=draft.pk).exists()


def test_drafting_extends_the_records_admin_pages_from_its_own_side():
    """The core admin imports nothing of drafting, and no record's admin mixes in a class of
    drafting's: drafting registers form fillers the core admin consults."""
    import ast
    import pathlib

    from django.apps import apps
    from django.contrib import admin

    import negotiations.admin

    for path in pathlib.Path(negotiations.admin.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                assert "drafting" not in (node.module or ""), path.name
            elif isinstance(node, ast.Import):
                assert not any("drafting" in alias.name for alias in node.names), path.name
    for kind in [*DraftRecord.Kind.values, "source"]:
        model_admin = admin.site.get_model_admin(apps.get_model("negotiations", kind))
        assert not any(
            cls.__module__.startswith("negotiations.drafting") for cls in type(model_admin).__mro__
        ), kind
