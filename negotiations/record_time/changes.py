"""What changed in a negotiation's records between two days, field by field, from the edit
history (record time: when an editor saved it, not when it happened)."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, OuterRef, Q, Subquery, When
from django.utils import timezone

from ..fields import ApproximateDate, fact_of_column
from ..models import NEGOTIATION_PATHS, Correction, Negotiation
from .history import tracked_memberships

#: Bookkeeping, not facts.
UNSHOWN = {"id", "version", "updated_at"}
#: At most this many changes, newest first; the page says when there are more.
LIMIT = 200
ADDED, CHANGED, REMOVED = "added", "changed", "removed"
KINDS = {"+": ADDED, "~": CHANGED, "-": REMOVED}


@dataclass
class FieldChange:
    label: str
    before: object
    after: object


@dataclass(frozen=True)
class Members:
    """The records a list (who took part, addressed to, …) held, named once the page has
    read all of them."""

    model: type
    keys: tuple


@dataclass(frozen=True)
class Reference:
    """A record a foreign key named, written once the page has read all of them."""

    model: type
    key: object


@dataclass
class Change:
    """One save or deletion of one record."""

    when: datetime.datetime
    kind: str
    #: What the record is ("event", "exchange term") and its own words (after the change,
    #: or before a removal).
    record_kind: str
    record: str
    note: str
    fields: list = field(default_factory=list)
    #: Whether an earlier version was recorded to compare a change with (records loaded
    #: from a fixture start without one).
    compared: bool = True
    #: The record changed: its kind and primary key.
    model: type | None = None
    key: object = None
    #: The public correction this save was marked as, if any.
    correction: object = None


@dataclass
class ChangesPage:
    """Every record of a negotiation added, changed or removed from ``start`` to ``end``
    (whole days), newest first."""

    negotiation: Negotiation
    start: datetime.date
    end: datetime.date
    changes: list
    more: bool

    @classmethod
    def build(cls, negotiation, start, end):
        since = day_start(start)
        # The last day of the calendar has no next day to stop before.
        until = day_start(end + datetime.timedelta(days=1)) if end < datetime.date.max else None
        changes = []
        # A term or a step of a proposal since deleted no longer reaches its negotiation:
        # the proposal's own removal is listed.
        for model, path in NEGOTIATION_PATHS.items():
            changes += changes_of(model, path, negotiation, since, until)
        changes.sort(key=lambda change: change.when, reverse=True)
        shown = changes[:LIMIT]
        name_references(shown)
        mark_corrections(shown)
        return cls(negotiation, start, end, shown, more=len(changes) > LIMIT)


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def changes_of(model, path, negotiation, since, until):
    """The newest changes of one kind of record in the interval (one more than a page
    lists), each with the version saved just before it, in one query."""
    history = model.history.all()
    in_range = history.filter(**{path: negotiation.pk}, history_date__gte=since)
    if until is not None:
        in_range = in_range.filter(history_date__lt=until)
    newest = in_range.order_by("-history_date", "-history_id")[: LIMIT + 1]
    earlier = Q(history_date__lt=OuterRef("history_date")) | Q(
        history_date=OuterRef("history_date"), history_id__lt=OuterRef("history_id")
    )
    previous = (
        history.filter(earlier, id=OuterRef("id"))
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    listed = Q(history_id__in=newest.values("history_id"))
    versions = (
        history.filter(
            listed
            | Q(history_id__in=newest.annotate(previous=Subquery(previous)).values("previous"))
        )
        .annotate(listed=Case(When(listed, then=True), default=False))
        .order_by("id", "history_date", "history_id")
    )
    versions = list(versions)
    lists = recorded_lists(model, versions)
    changes, before, saves = [], {}, {}
    for version in versions:
        earlier = before.get(version.id)
        if version.listed and is_same_save(earlier, version) and version.id in saves:
            # Its lists, set after the record itself in the same save: one entry, not two.
            change, base = saves[version.id]
            if change.kind == CHANGED and change.compared:
                change.fields = [
                    fact for fact in change.fields if not isinstance(fact.after, Members)
                ] + list_changes(lists, base, version)
        elif version.listed:
            change = change_of(model, version, earlier)
            if change.kind == CHANGED and change.compared:
                change.fields += list_changes(lists, earlier, version)
            changes.append(change)
            saves[version.id] = (change, earlier)
        before[version.id] = version
    return changes


def is_same_save(earlier, version):
    """Whether ``version`` only records lists set by the save that made ``earlier``: a save
    raises the record's version, setting a list records the same one again."""
    return (
        earlier is not None and version.history_type == "~" and earlier.version == version.version
    )


def recorded_lists(model, versions):
    """{(history id, field): member keys} of every list saved with ``versions``: one query
    per list of the kind, none when no version is listed."""
    lists = {}
    if not versions:
        return lists
    ids = [version.history_id for version in versions]
    for relation, through, members in tracked_memberships(apps, model):
        member = next(
            column.attname
            for column in through._meta.concrete_fields
            if column.is_relation and column.related_model is relation.related_model
        )
        for version in versions:
            lists[version.history_id, relation] = set()
        for history_id, key in members.objects.filter(history_id__in=ids).values_list(
            "history_id", member
        ):
            lists[history_id, relation].add(key)
    return lists


def list_changes(lists, before, after):
    """The lists that differ between two versions, as whom each held."""
    changes = []
    for (history_id, relation), keys in lists.items():
        if history_id == after.history_id:
            earlier = lists[before.history_id, relation]
            if earlier != keys:
                target = relation.related_model
                changes.append(
                    FieldChange(
                        str(relation.verbose_name),
                        Members(target, tuple(sorted(earlier))),
                        Members(target, tuple(sorted(keys))),
                    )
                )
    return changes


def change_of(model, version, before):
    kind = KINDS[version.history_type]
    shown = before if kind == REMOVED and before is not None else version
    return Change(
        when=version.history_date,
        kind=kind,
        record_kind=str(model._meta.verbose_name),
        record=words_of(model, shown),
        note=version.history_change_reason or "",
        fields=field_changes(model, before, version) if kind == CHANGED else [],
        compared=before is not None or kind == ADDED,
        model=model,
        key=version.id,
    )


#: The record's own words that name it, the first one it has; no other record is read.
NAMING_FIELDS = ("title", "name", "stance", "counts", "text", "description", "note", "status")


def words_of(model, version):
    for name in NAMING_FIELDS:
        value = getattr(version, name, "")
        if value:
            display = getattr(version, f"get_{name}_display", None)
            return str(display() if display else value)
    # A record whose naming words are in no one column (a handover: its count and group).
    own_words = getattr(version.instance, "words_of_its_own", None)
    if own_words is not None:
        return f"{own_words()} {kind_and_date_of(version)}".strip()
    return kind_and_date_of(version) or f"{model._meta.verbose_name} {version.id}"


def kind_and_date_of(version):
    """A record with no words of its own by its kind and date: "entered into force on 19
    Jan 2025" for an agreement step, "aid" for a term; "" when it has neither."""
    kind = getattr(version, "get_kind_display", None)
    words = [str(kind())] if kind and version.kind else []
    if getattr(version, "date", None) is not None and hasattr(version, "date_precision"):
        date = ApproximateDate(version.date, version.date_precision, version.date_earliest)
        words.append(date.on)
    return " ".join(words)


def field_changes(model, before, after):
    """The facts that differ between two versions of a record, in the pages' words: an
    approximate date or quantity is one fact, however many columns changed."""
    if before is None:
        return []
    old, new = before.instance, after.instance
    changes, seen = [], set()
    for column in model._meta.concrete_fields:
        if column.name in UNSHOWN or column.name in seen:
            continue
        fact = fact_of_column(model, column.name)
        if fact is not None:
            reader, columns = fact
            seen.update(columns)
            if any(getattr(old, name) != getattr(new, name) for name in columns):
                label = reader.removeprefix("approximate_").replace("_", " ")
                changes.append(
                    FieldChange(label, written(getattr(old, reader)), written(getattr(new, reader)))
                )
        elif getattr(old, column.attname) != getattr(new, column.attname):
            label = str(column.verbose_name)
            changes.append(FieldChange(label, value_of(old, column), value_of(new, column)))
    return changes


def value_of(record, column):
    if column.choices:
        return written(getattr(record, f"get_{column.name}_display")())
    if column.is_relation:
        key = getattr(record, column.attname)
        return written(None) if key is None else Reference(column.related_model, key)
    return written(getattr(record, column.name))


def mark_corrections(changes):
    """Give each save an editor marked as a correction its public note: one query, for the
    records listed."""
    kinds = defaultdict(set)
    for change in changes:
        kinds[ContentType.objects.get_for_model(change.model).pk].add(change.key)
    if not kinds:
        return
    of_listed = Q()
    for kind, keys in kinds.items():
        of_listed |= Q(content_type_id=kind, object_id__in=keys)
    corrections = {
        (correction.content_type_id, correction.object_id, correction.corrected_at): correction
        for correction in Correction.objects.filter(of_listed)
    }
    for change in changes:
        kind = ContentType.objects.get_for_model(change.model).pk
        change.correction = corrections.get((kind, change.key, change.when))


def name_references(changes):
    """Write every record a change names by its foreign keys: one query per kind named."""
    wanted = defaultdict(set)
    values = [fact for change in changes for fact in change.fields]
    for fact in values:
        for value in (fact.before, fact.after):
            if isinstance(value, Reference):
                wanted[value.model].add(value.key)
            elif isinstance(value, Members):
                wanted[value.model].update(value.keys)
    found = {model: model._base_manager.in_bulk(list(keys)) for model, keys in wanted.items()}
    for fact in values:
        fact.before, fact.after = (named(value, found) for value in (fact.before, fact.after))


def named(value, found):
    if isinstance(value, Members):
        names = [named(Reference(value.model, key), found) for key in value.keys]
        return ", ".join(sorted(names)) or written(None)
    if not isinstance(value, Reference):
        return value
    record = found[value.model].get(value.key)
    return (
        str(record)
        if record is not None
        else f"{value.model._meta.verbose_name} {value.key} (since removed)"
    )


def written(value):
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
