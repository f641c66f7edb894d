"""Two editors on the same record: the second save from a stale page is refused, never lost."""

import threading

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

from negotiations.models import ExchangeTerm, StaleRecordError

from .admin_form import change_url, load_admin_form
from .doha import DOHA_FIXTURE, hamas_proposal

# Each round loads and posts the proposal page twice (about 1.5 s on this machine). Taking
# turns, two rounds let each editor win once and lose once, and a round goes the same way
# every time: more rounds would prove nothing more. Threads that really race are another
# matter: their 24 rounds are marked slow and CI runs them once, on PostgreSQL, as two
# independent batches of 12 on fresh data so that both test workers share them (they come
# last in a run: they commit and flush).
ROUNDS = 2
THREADED_ROUNDS = [
    4,
    *(pytest.param(12, marks=pytest.mark.slow, id=f"12-rounds-batch-{n}") for n in range(1, 3)),
]


def term_index(form, term):
    """The inline form index that edits ``term`` on the proposal page."""
    for name, values in form.items():
        if name.startswith("exchange_terms-") and name.endswith("-id") and values == [str(term.pk)]:
            return name.split("-")[1]
    raise AssertionError(f"term {term.pk} is not on the page")


@pytest.fixture
def two_editors(db):
    """Two staff members in separate browser sessions."""
    clients = []
    for name in ("first", "second"):
        user = User.objects.create_superuser(name, f"{name}@example.org", "correct horse battery")
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


@pytest.fixture
def with_history(doha):
    """The fixture as `make run` seeds it: every record starts with a first history entry."""
    call_command("populate_history", "--auto", verbosity=0)
    return doha


def test_the_second_save_from_the_same_version_is_refused_and_says_what_changed(
    two_editors, with_history
):
    first, second = two_editors
    proposal = hamas_proposal()
    old_title = proposal.title
    url = change_url(proposal)
    first_form, second_form = load_admin_form(first, url), load_admin_form(second, url)

    first_form["title"] = ["Hamas proposal (revised)"]
    assert first.post(url, first_form).status_code == 302
    second_form["summary"] = ["Overwritten summary"]
    response = second.post(url, second_form)

    assert response.status_code == 200
    [message] = response.context["adminform"].form.non_field_errors()
    assert message.startswith("Someone else saved this proposal while you were editing it (first,")
    assert f"title: “{old_title}” → “Hamas proposal (revised)”" in message
    assert message in response.text  # shown at the top of the form
    proposal.refresh_from_db()
    assert proposal.title == "Hamas proposal (revised)"
    assert proposal.summary != "Overwritten summary"


def test_a_stale_inline_term_is_refused_on_the_proposal_page(two_editors, with_history):
    first, second = two_editors
    proposal = hamas_proposal()
    hostages = proposal.exchange_terms.get(group="hostages")
    url = change_url(proposal)
    first_form, second_form = load_admin_form(first, url), load_admin_form(second, url)

    # The first editor changes only the term, on the term's own admin page.
    term_form = load_admin_form(first, change_url(hostages))
    term_form["count_min"] = ["40"]
    assert first.post(change_url(hostages), term_form).status_code == 302
    index = term_index(second_form, hostages)
    second_form[f"exchange_terms-{index}-description"] = ["edited from a stale page"]
    response = second.post(url, second_form)

    assert response.status_code == 200
    assert "Someone else saved this exchange term while you were editing it" in response.text
    assert "number released" in response.text  # the changed field, by its label
    hostages.refresh_from_db()
    assert hostages.count_min == 40
    assert hostages.description != "edited from a stale page"
    del first_form  # loaded only to hold the page open, like a second browser tab


def test_after_reloading_the_second_editor_saves_over_the_new_version(two_editors, with_history):
    first, second = two_editors
    proposal = hamas_proposal()
    url = change_url(proposal)
    second_form = load_admin_form(second, url)
    first_form = load_admin_form(first, url)
    first_form["title"] = ["Saved first"]
    first.post(url, first_form)
    assert second.post(url, second_form).status_code == 200

    second_form = load_admin_form(second, url)
    second_form["summary"] = ["Saved second"]
    assert second.post(url, second_form).status_code == 302
    proposal.refresh_from_db()
    assert (proposal.title, proposal.summary) == ("Saved first", "Saved second")


def test_a_form_without_its_version_is_refused(editor_client, doha):
    proposal = hamas_proposal()
    form = load_admin_form(editor_client, change_url(proposal))
    del form["loaded_version"]
    form["title"] = ["No version"]
    response = editor_client.post(change_url(proposal), form)
    assert response.status_code == 200
    assert "does not say which version" in response.text
    assert hamas_proposal().title != "No version"


def test_a_model_save_from_a_stale_copy_raises_and_keeps_the_other_save(doha):
    mine, theirs = hamas_proposal(), hamas_proposal()
    theirs.title = "Theirs"
    theirs.save()
    mine.title = "Mine"
    with pytest.raises(StaleRecordError):
        mine.save()
    assert hamas_proposal().title == "Theirs"
    assert hamas_proposal().version == mine.version + 1


def test_each_save_raises_the_version_by_one(doha):
    term = ExchangeTerm.objects.first()
    before = term.version
    term.save()
    term.save(update_fields=["description"])
    term.refresh_from_db()
    assert term.version == before + 2


def test_two_editors_racing_round_after_round_lose_no_update(two_editors, doha):
    """Each round both load the page, then both save: one wins, the other is told, none lost."""
    first, second = two_editors
    proposal = hamas_proposal()
    hostages = proposal.exchange_terms.get(group="hostages")
    url = change_url(proposal)
    lost = refused = 0
    for round_number in range(ROUNDS):
        winner, loser = (first, second) if round_number % 2 == 0 else (second, first)
        winner_form, loser_form = load_admin_form(winner, url), load_admin_form(loser, url)
        index = term_index(winner_form, hostages)
        winner_form["title"] = [f"title of round {round_number}"]
        winner_form[f"exchange_terms-{index}-count_min"] = [str(round_number % 42)]
        loser_form["summary"] = [f"summary of round {round_number}"]
        loser_form[f"exchange_terms-{index}-description"] = [f"loser {round_number}"]

        assert winner.post(url, winner_form).status_code == 302
        refused += loser.post(url, loser_form).status_code == 200
        proposal.refresh_from_db()
        hostages.refresh_from_db()
        lost += proposal.title != f"title of round {round_number}"
        lost += hostages.count_min != round_number % 42
    assert (lost, refused) == (0, ROUNDS)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="threads share one in-memory SQLite database"
)
@pytest.mark.parametrize("rounds", THREADED_ROUNDS, ids=lambda rounds: f"{rounds}-rounds")
def test_two_editors_saving_at_the_same_instant_lose_no_update(transactional_db, rounds):
    """Threads post both forms at once on PostgreSQL, round after round: exactly one lands."""
    call_command("loaddata", str(DOHA_FIXTURE), verbosity=0)
    for name in ("first", "second"):
        User.objects.create_superuser(name, f"{name}@example.org", "correct horse battery")
    proposal = hamas_proposal()
    url = change_url(proposal)
    clients = {}
    for name in ("first", "second"):
        clients[name] = Client()
        clients[name].force_login(User.objects.get(username=name))

    lost = both_saved = 0
    for round_number in range(rounds):
        forms = {name: load_admin_form(client, url) for name, client in clients.items()}
        for name, form in forms.items():
            form["title"] = [f"{name} {round_number}"]
        statuses = post_at_once(url, clients, forms)
        saved = [name for name, status in statuses.items() if status == 302]
        both_saved += len(saved) != 1
        proposal.refresh_from_db()
        if len(saved) == 1:
            lost += proposal.title != f"{saved[0]} {round_number}"
    assert (lost, both_saved) == (0, 0)


def post_at_once(url, clients, forms):
    """Post each client's form from its own thread, released together; return the statuses."""
    start = threading.Barrier(len(clients))
    statuses = {}

    def save(name):
        start.wait()
        try:
            statuses[name] = clients[name].post(url, forms[name]).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=[name]) for name in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses
