"""From a pasted report to drafts an editor reviews: each draft is stored with the values its
record's admin form is filled in with, and what the review page shows of it."""

import re

from django.db import transaction
from django.utils.html import format_html

from ..models import Actor, Issue, Person
from .models import DraftRecord
from .speakers import SpeakerIndex


def speaker_index(negotiation=None):
    """The tracker's people and actors, as drafts name them, and the negotiation's issues by
    topic (the first of each)."""
    index = SpeakerIndex(
        Person.objects.select_related("affiliation"), Actor.objects.with_other_names()
    )
    issues = Issue.objects.filter(negotiation=negotiation).order_by("-pk")
    index.issues = {issue.topic: issue for issue in issues}
    return index


@transaction.atomic
def record_drafts(article, drafts, index):
    """Stores ``drafts`` of ``article`` for review, all of them or none; returns how many."""
    rows, parts = [], []
    for draft in drafts:
        rows.append(row_of(draft, article, index, len(rows) + len(parts) + 1))
        for part in draft.parts:
            parts.append((rows[-1], row_of(part, article, index, len(rows) + len(parts) + 1)))
    DraftRecord.objects.bulk_create(rows)
    for parent, part in parts:
        part.part_of = parent
    DraftRecord.objects.bulk_create([part for _, part in parts])
    return len(rows) + len(parts)


def row_of(draft, article, index, position):
    return DraftRecord(
        article=article, position=position, passage=draft.passage, **stored(draft, article, index)
    )


def stored(draft, article, index):
    """The kind, form values, words and shown lines of a draft, as a draft record keeps them."""
    form, shown, words = FORMS[draft.kind](draft.values, article, index)
    return {"kind": draft.kind, "values": {**form, "shown": shown}, "words": words[:1000]}


def dated(date, note_field, note, article):
    """The form values of a record's negotiation and date (none for no date)."""
    form = {"negotiation": article.negotiation_id, note_field: note}
    if date is not None:
        form |= {"date": date.date.isoformat(), "date_precision": str(date.precision)}
    return form


def statement_form(values, article, index):
    speaker, side, date = values["speaker"], values["on_behalf_of"], values["date"]
    outlet = index.find(values["outlet_words"]).actor if values["outlet_words"] else None
    form = dated(date, "date_note", values["date_note"], article) | {
        "text": values["text"],
        "is_direct_quote": values["is_direct_quote"],
        "speaker": _pk(speaker),
        "speaker_description": values["speaker_description"],
        "on_behalf_of": _pk(side),
        "outlet": _pk(outlet),
    }
    who = speaker.name if speaker else values["speaker_description"]
    shown = [
        ("Said by", who + (f", for {side.name}" if side and side.name != who else "")),
        ("Quoted" if values["is_direct_quote"] else "Reported", values["text"]),
        ("Date", f"{date} — {values['date_note']}"),
    ]
    return form, shown, values["text"]


def figure_form(values, article, index):
    form = dated(values["date"], "note", values["note"], article) | {
        "counts": values["counts"],
        "value_min": values["value_min"],
        "value_max": values["value_max"],
        "value_qualifier": str(values["value_qualifier"]),
        "value_words": values["value_words"],
        "attribution": values["attribution"],
        "attributed_to": _pk(attributed_to(values["attribution"], index.actors)),
    }
    shown = [
        ("Count", f"{values['words']} {values['counts']}".strip()),
        ("According to", values["attribution"] or "the report does not say"),
        ("As of", f"{values['date']} — {values['note']}"),
    ]
    return form, shown, values["words"]


def event_form(values, article, index):
    form = dated(values["date"], "date_note", values["date_note"], article) | {
        "kind": values["kind"],
        "title": values["title"],
        "place": values["place"],
        "participants": [actor.pk for actor in values["participants"]],
    }
    shown = [
        ("Event", f"{values['title']} ({values['kind'].replace('_', ' ')})"),
        ("Date", f"{values['date']} — {values['date_note']}"),
        ("Where", values["place"] or "the report does not say"),
        ("Taking part", ", ".join(a.name for a in values["participants"]) or "none named"),
    ]
    return form, shown, re.search(r"“(.+?)”", values["date_note"])[1]


def proposal_form(values, article, index):
    date = values["date"]
    note = "" if date is None else f"Dated by the report's words: “{values['date_words']}”."
    # How the report dates it is the editors' word, not a question the sources leave open.
    form = dated(date, "editors_note", note, article) | {
        "kind": values["kind"],
        "title": values["title"],
        "summary": values["summary"],
        "proposed_by": _pk(values["proposed_by"]),
        "addressed_to": [actor.pk for actor in values["addressed_to"]],
        "status": values["status"],
    }
    shown = [
        ("Proposal", f"{values['title']} ({values['kind'].replace('_', '-')}, {values['status']})"),
        ("Proposed by", values["proposed_by"].name if values["proposed_by"] else "not said"),
        ("Addressed to", ", ".join(a.name for a in values["addressed_to"]) or "not said"),
        ("Date", str(date) if date else "none: not yet presented, or not dated"),
    ]
    return form, shown, values["title"]


def term_form(values, article, index):
    """An exchange term or another term: its proposal is filled in once that is accepted."""
    return dict(values), [("Term", values["description"])], values["description"]


def position_form(values, article, index):
    issue = index.issues.get(values["topic"]) if values["topic"] else None
    form = dated(values["date"], "date_note", values["date_note"], article) | {
        "actor": _pk(values["actor"]),
        "issue": _pk(issue),
        "stance": values["stance"],
        "detail": values["detail"],
    }
    shown = [
        ("Position", f"{values['actor'].name}: {values['stance']}"),
        ("On", issue.name if issue else "choose the issue"),
        ("Date", f"{values['date']} — {values['date_note']}"),
    ]
    return form, shown, values["stance"]


FORMS = {
    "statement": statement_form,
    "figure": figure_form,
    "event": event_form,
    "proposal": proposal_form,
    "exchangeterm": term_form,
    "otherterm": term_form,
    "position": position_form,
}
#: The field of a part that names the record its whole was accepted as.
WHOLE_FIELD = {"figure": "part_of", "exchangeterm": "proposal", "otherterm": "proposal"}


def attributed_to(attribution, actors):
    """The actor an attribution names as a whole ("AFP tally …" is AFP's), else None: a
    name inside it ("the health ministry in the Hamas-run territory") is not its author."""
    for actor in actors:
        if re.match(rf"(?:the\s+)?{re.escape(actor.name)}(?:\W|$)", attribution, re.I):
            return actor
    return None


def form_initial(draft):
    """The values a draft fills its record's admin form with."""
    initial = {name: value for name, value in draft.values.items() if name != "shown"}
    if draft.part_of is not None and draft.part_of.is_accepted:
        initial[WHOLE_FIELD[draft.kind]] = draft.part_of.accepted_id
    return {name: value for name, value in initial.items() if value not in (None, "")}


def marked_passage(draft):
    """The passage, with the words the draft rests on marked."""
    before, found, after = draft.passage.partition(draft.words) if draft.words else ("", "", "")
    if not found:
        return draft.passage
    return format_html("{}<mark>{}</mark>{}", before, found, after)


def _pk(record):
    return record.pk if record is not None else None
