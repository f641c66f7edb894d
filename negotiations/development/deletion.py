"""Removing synthetic data: every synthetic row and every row that refers to one, whatever
app keeps it, and nothing else.

What to delete, and in what order, is read from the models, so that a new model (or a new
foreign key) is deleted with the rest without anyone listing it: the rows the generator
marks as its own (``synthetic_rows``), then, table by table, every row whose foreign key
(with a database constraint) or generic relation points at a row being deleted. Tables are
emptied referring ones first, so that each one's rows are found through rows still there.
"""

from django.apps import apps
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Q

from negotiations.models import Actor, Negotiation, Person, Source
from tracker.page_store.invalidation import everything_changed

from .vocabulary import ARCHIVE_PREFIX, SLUG_PREFIX


def synthetic_rows():
    """The rows the generator marks as its own, by model: every other synthetic row refers
    to one of them."""
    return {
        Negotiation: Q(slug__startswith=SLUG_PREFIX),
        Actor: Q(slug__startswith=SLUG_PREFIX),
        Source: Q(archive_reference__startswith=ARCHIVE_PREFIX),
    }


def holds_real_data():
    """Whether the database holds records the generator did not make (e.g. the Doha fixture)."""
    return (
        Negotiation.objects.exclude(slug__startswith=SLUG_PREFIX).exists()
        or Actor.objects.exclude(slug__startswith=SLUG_PREFIX).exists()
        or Person.objects.exclude(affiliation__slug__startswith=SLUG_PREFIX).exists()
        or Source.objects.exclude(archive_reference__startswith=ARCHIVE_PREFIX).exists()
    )


def constrained_keys(model):
    """The foreign keys (and one-to-one keys) of ``model`` the database enforces."""
    return [
        field
        for field in model._meta.concrete_fields
        if (field.many_to_one or field.one_to_one) and field.db_constraint
    ]


def generic_relations(model):
    """The generic relations of ``model``: (model whose rows point at it, the relation)."""
    return [
        (field.related_model, field)
        for field in model._meta.private_fields
        if isinstance(field, GenericRelation)
    ]


def every_table():
    """Every model with a table of its own, the link tables of many-to-many fields too."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


class DeletionPlan:
    """The tables holding synthetic rows or rows referring to them, in the order to empty
    them (``models``), and the rows of each to delete (``rows(model)``)."""

    def __init__(self):
        roots = synthetic_rows()
        tables = every_table()
        # Which tables hold rows to delete: the marked ones, then, until none is added, any
        # that refer to one of them. keys[model]: its foreign keys to tables of the plan;
        # pointing[model]: (table, generic relation) for each table its rows may point at.
        self.roots = roots
        self.keys = {model: [] for model in roots}
        self.pointing = {}
        changed = True
        while changed:
            changed = False
            for model in tables:
                keys = [
                    field
                    for field in constrained_keys(model)
                    if field.related_model in self.keys and field.related_model is not model
                ]
                if keys and model not in self.keys:
                    self.keys[model] = []
                    changed = True
                if model in self.keys:
                    self.keys[model] = keys
            for model in list(self.keys):
                for holder, relation in generic_relations(model):
                    targets = self.pointing.setdefault(holder, [])
                    if (model, relation) not in targets:
                        targets.append((model, relation))
                        changed = True
                    if holder not in self.keys:
                        self.keys[holder] = []
                        changed = True
        self.models = self.ordered()
        self.querysets = {}

    def refers_to(self, model):
        """The tables whose rows ``model``'s rows may refer to, within the plan."""
        referred = {field.related_model for field in self.keys[model]}
        referred |= {target for target, _ in self.pointing.get(model, [])}
        return referred - {model}

    def ordered(self):
        """Referring tables before the tables they refer to; refuses a cycle, where no order
        would find every row."""
        waiting = {model: self.refers_to(model) for model in self.keys}
        referred_by = {model: set() for model in self.keys}
        for model, referred in waiting.items():
            for other in referred:
                referred_by[other].add(model)
        order = []
        unreferred = sorted((model for model in self.keys if not referred_by[model]), key=label)
        while unreferred:
            model = unreferred.pop(0)
            order.append(model)
            for other in sorted(waiting[model], key=label):
                referred_by[other].discard(model)
                if not referred_by[other]:
                    unreferred.append(other)
            unreferred.sort(key=label)
        if len(order) != len(self.keys):
            cycle = sorted(label(model) for model in self.keys if model not in order)
            raise RuntimeError(f"Tables refer to each other in a cycle: {', '.join(cycle)}")
        return order

    def rows(self, model):
        """The rows of ``model`` to delete, as a query run when it is evaluated."""
        if model not in self.querysets:
            condition = self.roots.get(model, Q(pk__in=[]))
            for field in self.keys[model]:
                condition |= Q(**{f"{field.name}__in": self.pks(field.related_model)})
            for target, relation in self.pointing.get(model, []):
                kind = ContentType.objects.get_for_model(target, relation.for_concrete_model)
                condition |= Q(
                    **{
                        relation.content_type_field_name: kind,
                        f"{relation.object_id_field_name}__in": self.pks(target),
                    }
                )
            self.querysets[model] = model._base_manager.filter(condition)
        return self.querysets[model]

    def pks(self, model):
        return self.rows(model).values("pk")


def label(model):
    return model._meta.label_lower


def _delete_rows(queryset):
    """DELETE the queryset's rows in one statement, without per-row signals or history rows."""
    subquery, params = queryset.values("pk").query.sql_with_params()
    meta = queryset.model._meta
    table, column = connection.ops.quote_name(meta.db_table), meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE {connection.ops.quote_name(column)} IN ({subquery})",
            params,
        )


def delete_synthetic_data():
    """Remove every synthetic row and nothing else; foreign keys are checked at commit."""
    plan = DeletionPlan()
    with transaction.atomic():
        everything_changed()  # bulk deletes and TRUNCATE send no signals
        if connection.vendor == "postgresql" and not holds_real_data():
            # Nothing but synthetic rows: emptying the tables is much faster than deleting.
            tables = ", ".join(
                connection.ops.quote_name(model._meta.db_table) for model in plan.models
            )
            with connection.cursor() as cursor:
                # TRUNCATE refuses tables with foreign-key checks still pending in this
                # transaction (e.g. a test that generated data before): run them first.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute(f"TRUNCATE {tables}")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            return
        for model in plan.models:
            _delete_rows(plan.rows(model))
