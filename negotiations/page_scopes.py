"""Which stored pages show which records: the scopes of ``tracker.page_store``.

A negotiation's own pages (status, timeline, proposals, positions, a proposal and its
comparisons) are stored under the scope of that negotiation and the scope of the records
any negotiation may show (actors, people, sources). Pages that span negotiations (home,
the all-events timeline, actors, sources, the export page) are stored under the tracker's
scope, which every write replaces.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from simple_history.models import HistoricalChanges

from .models import (
    NEGOTIATION_PATHS,
    Citation,
    Correction,
    Negotiation,
    Proposal,
    ProposalLink,
)

TRACKER = {"tracker"}
SHARED = "shared"
#: Every stored page: each shows the tracker's scope or the shared one.
EVERY_PAGE = {SHARED, *TRACKER}

NEGOTIATION_PAGES = {
    "negotiation-status",
    "timeline",
    "proposal-list",
    "positions",
    "rounds",
    "negotiation-changes",
}
PROPOSAL_PAGES = {"proposal-detail", "proposal-compare"}
TRACKER_PAGES = {"home", "timeline-all", "actor-list", "actor-detail", "source-detail", "export"}

#: Where each record's negotiations are, as the slug to read. A proposal shows on the
#: pages of the proposals linked with it, which may be of other negotiations.
NEGOTIATIONS_OF = {
    model: ["slug" if model is Negotiation else f"{path}__slug"]
    for model, path in NEGOTIATION_PATHS.items()
}
NEGOTIATIONS_OF[Proposal] += [
    "links__other__negotiation__slug",
    "linked_from__proposal__negotiation__slug",
]
NEGOTIATIONS_OF[ProposalLink] += ["other__negotiation__slug"]

#: Rows attached to any record (a citation, a correction): they show with that record.
ATTACHED = {Citation, Correction}


# The largest primary key a database stores: a larger one in an address names no record.
LARGEST_KEY = 2**63 - 1


def negotiation_scope(slug):
    return f"negotiation:{slug}"


def is_stored_page(match):
    """Whether a resolved address is a public page kept in the store."""
    return (
        match is not None
        and not match.namespace
        and match.url_name in NEGOTIATION_PAGES | PROPOSAL_PAGES | TRACKER_PAGES
    )


def of_page(match):
    """The scopes a stored page shows; a proposal's page asks which negotiation it is in."""
    if match.url_name in TRACKER_PAGES:
        return TRACKER
    if match.url_name in NEGOTIATION_PAGES:
        return {SHARED, negotiation_scope(match.kwargs["slug"])}
    keys = [key for key in match.kwargs.values() if isinstance(key, int) and key <= LARGEST_KEY]
    slugs = Proposal.objects.filter(pk__in=keys).values_list("negotiation__slug", flat=True)
    return {SHARED, *map(negotiation_scope, slugs)}


def is_scoped(model):
    """Whether rows of this model show only on pages of the negotiations they belong to."""
    return model in NEGOTIATIONS_OF or model in ATTACHED


def of_rows(model, keys, using):
    """The scopes of the pages that show these rows of ``model``, as stored now."""
    if model in ATTACHED:
        return of_attached(model, keys, using)
    paths = NEGOTIATIONS_OF.get(model)
    if paths is None:
        return EVERY_PAGE
    rows = model._base_manager.using(using).filter(pk__in=keys).values_list(*paths)
    return {*TRACKER, *(negotiation_scope(slug) for row in rows for slug in row if slug)}


def of_attached(model, keys, using):
    """A citation or correction shows with the record it is attached to (a citation also
    on its source's page)."""
    scopes = set(TRACKER)
    attached = model.objects.using(using).filter(pk__in=keys)
    for content_type_id, object_id in attached.values_list("content_type_id", "object_id"):
        kind = ContentType.objects.db_manager(using).get_for_id(content_type_id).model_class()
        scopes |= of_rows(kind, [object_id], using) if kind else EVERY_PAGE
    return scopes


def stored_models():
    """Every model whose rows a public page may show: the app's, except edit history."""
    for model in apps.get_app_config("negotiations").get_models(include_auto_created=True):
        if not issubclass(model, HistoricalChanges):
            yield model
