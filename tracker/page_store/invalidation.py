"""What a write replaces: the scopes it touched get new tokens once its transaction commits.

Receivers collect the scopes of every row written (as the app's pages say: ``registry``) and ask
for a flush after commit: the pages that show a row as it stood before a write are read
before it, those that show it as written once its transaction has committed, so that a
write rolled back costs no query. Scopes are replaced after the commit, never before: a reader
who read a token and then data written before the commit stores that page under a token
that the flush replaces.
"""

import threading
from functools import partial

from django.db import connections, transaction
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_save,
    pre_delete,
    pre_save,
)

from .models import EPOCH, PageVersion
from .registry import page_scopes, remember

_pending = threading.local()


def _of_this_thread(name, using):
    by_database = _pending.__dict__.setdefault(name, {})
    return by_database.setdefault(using, set())


def pending(using):
    """The scopes written in this thread's open transaction on one database, not yet replaced."""
    return _of_this_thread("scopes", using)


def _replaced(using):
    """The scopes this thread replaced since it last collected a write: the flushes of one
    commit replace each scope once, however many rows of its pages were written."""
    return _of_this_thread("replaced", using)


def changed(scopes, using="default"):
    """These scopes' pages are out of date once the current transaction commits (at once
    outside a transaction)."""
    _replaced(using).clear()
    pending(using).update(scopes)
    # One callback per write, each flushing all pending scopes: the first does the work,
    # the rest find nothing left. A callback registered in a rolled-back savepoint is
    # dropped with it, but any later write registers its own.
    transaction.on_commit(partial(_flush, using), using=using)


def written(model, keys, using="default"):
    """The pages that show these rows of ``model`` once the current transaction commits are
    out of date then; which pages they are is read after the commit."""
    _replaced(using).clear()
    transaction.on_commit(partial(_flush, using, model, list(keys)), using=using)


def everything_changed(using="default"):
    """Every stored page is out of date: for writes that send no signals (bulk loads, SQL)."""
    changed([EPOCH], using)


def _flush(using, model=None, keys=()):
    scopes, replaced = pending(using), _replaced(using)
    if EPOCH in replaced or replaced >= page_scopes().EVERY_PAGE:
        # Every stored page is out of date already: no row needs to be read.
        scopes.clear()
        return
    if model is not None:
        scopes |= page_scopes().of_rows(model, keys, using)
    scopes -= replaced
    if scopes:
        PageVersion.objects.using(using).replace(scopes)
        replaced.update(scopes)
    scopes.clear()


def scopes_before_write(sender, instance, raw=False, using="default", **kwargs):
    """pre_save and pre_delete receiver: the pages that show the row as it is now."""
    if raw:
        # A fixture row may replace any row: its old place is not worth a query per row.
        pending(using).update(page_scopes().EVERY_PAGE)
    elif instance.pk is not None and not instance._state.adding:
        pending(using).update(page_scopes().of_rows(sender, [instance.pk], using))


def scopes_after_write(sender, instance, raw=False, using="default", **kwargs):
    """post_save and post_delete receiver: the pages that show the row as it is after."""
    if raw:
        changed(page_scopes().EVERY_PAGE, using)
    elif kwargs.get("signal") is post_delete:
        changed(set(), using)  # collected before the delete, while the row was there
    else:
        written(sender, [instance.pk], using)


def scopes_of_a_link(sender, instance, action, model, pk_set, using="default", **kwargs):
    """m2m_changed receiver (proposal mediators, event participants, …): the pages of
    whichever side belongs to a negotiation; an actor linked is not an actor edited."""
    if action.startswith("pre_"):
        return  # a link changes neither side's negotiation: after it, the same scopes
    scopes = set(page_scopes().TRACKER)
    if pk_set is None and page_scopes().is_scoped(model):
        scopes |= page_scopes().EVERY_PAGE  # a clear from the other side: which rows is not known
    changed(scopes, using)
    if page_scopes().is_scoped(type(instance)):
        written(type(instance), [instance.pk], using)
    if pk_set is not None and page_scopes().is_scoped(model):
        written(model, pk_set, using)


def register_pages(scopes):
    """Store the pages ``scopes`` names (what it gives: ``registry``), and replace them on
    every write of the models it lists; the app whose pages they are calls it from its
    ``AppConfig.ready()``."""
    remember(scopes)
    connect(scopes.stored_models())


def connect(models):
    """Collect the scopes of every save, delete and many-to-many change of these models' rows."""
    for model in models:
        uid = f"page_store.{model._meta.label}"
        if model._meta.auto_created:
            # A many-to-many table: its rows change through m2m_changed, sent with it.
            m2m_changed.connect(scopes_of_a_link, sender=model, dispatch_uid=uid)
            continue
        for signal in (pre_save, pre_delete):
            signal.connect(scopes_before_write, sender=model, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(scopes_after_write, sender=model, dispatch_uid=uid)


def everything_changed_after_migrate(using, **kwargs):
    """post_migrate receiver: data migrations write without the app's signals."""
    if PageVersion._meta.db_table in connections[using].introspection.table_names():
        everything_changed(using)
