"""Drafts as plain data, for ``manage.py draft_article --json``: a kind of record the tracker
keeps, the passage verbatim, every date with its precision, every count as numbers with its
qualifier and words, people and actors by id and name, a record's parts nested."""

import datetime

from ..fields import ApproximateDate

#: The record kinds a draft may become, as the command names them.
KINDS = {"exchangeterm": "term", "otherterm": "term"}
#: The values that bound a count, by the name of the count they bound.
BOUNDED = ("value", "count", "ratio", "amount")


def draft_as_json(draft):
    """One draft as a JSON object."""
    kind = KINDS.get(draft.kind, draft.kind)
    values = dict(draft.values)
    found = {"kind": kind, "passage": draft.passage}
    # The value "kind" says which kind of event, proposal or term: a sub-kind.
    if draft.kind == "exchangeterm":
        found["term_kind"] = "exchange"
    elif "kind" in values:
        found[f"{kind}_kind"] = str(values.pop("kind"))
    for name in BOUNDED:
        if f"{name}_qualifier" in values:
            found["count" if name == "value" else name] = count_as_json(draft, values, name)
    found |= {name: value_as_json(value) for name, value in values.items()}
    found["parts"] = [draft_as_json(part) for part in draft.parts]
    return found


def count_as_json(draft, values, name):
    """A count's bounds (numbers or null), qualifier and words, taken out of ``values``."""
    words = values.pop(f"{name}_words", "")
    if name == "value":
        words = values.pop("words")
    elif not words:
        words = values.get("description", "")
    return {
        "minimum": values.pop(f"{name}_min"),
        "maximum": values.pop(f"{name}_max"),
        "qualifier": str(values.pop(f"{name}_qualifier")),
        "words": words,
    }


def value_as_json(value):
    if isinstance(value, ApproximateDate):
        found = {"date": value.date.isoformat(), "precision": str(value.precision)}
        if value.earliest is not None:
            found["earliest"] = value.earliest.isoformat()
        return found
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [value_as_json(item) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return str(value)  # a choice (a qualifier, a precision) as its stored value
    # A person or an actor of the tracker.
    return {"id": value.pk, "name": value.name}


def draft_line(draft, indent=""):
    """One draft in a line of plain text, its parts on the lines after it."""
    values = draft.values
    kind = KINDS.get(draft.kind, draft.kind)
    if draft.kind == "statement":
        who = values["speaker"].name if values["speaker"] else values["speaker_description"]
        said = f"{who or 'unnamed'}: “{shortened(values['text'])}” ({values['date']})"
    elif draft.kind == "figure":
        said = f"{values['words']} {values['counts']}".strip()
        said += f" ({values['value_qualifier'].label})"
        if values["attribution"]:
            said += f", according to {values['attribution']}"
    elif draft.kind == "event":
        said = f"{values['date']}: {shortened(values['title'])} ({values['kind']})"
    elif draft.kind == "proposal":
        who = values["proposed_by"].name if values["proposed_by"] else "not said"
        said = f"{shortened(values['title'])} (by {who}, {values['status']})"
    elif draft.kind == "position":
        said = f"{values['actor'].name}: {shortened(values['stance'])} ({values['date']})"
    else:
        said = values["description"]
    lines = [f"{indent}{kind:<9} {said}"]
    lines += [draft_line(part, indent + "  - ") for part in draft.parts]
    return "\n".join(lines)


def shortened(text, most=90):
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"
