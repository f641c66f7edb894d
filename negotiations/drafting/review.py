"""From a pasted report to drafts an editor reviews: each draft is stored with the values its
record's admin form is filled in with, and what the review page shows of it."""

import re

from django.db import transaction
from django.utils.html import format_html

from ..models import Actor, Person
from .article import draft_article
from .models import DraftRecord
from .speakers import SpeakerIndex


def speaker_index():
    """The tracker's people and actors, as drafts name them."""
    return SpeakerIndex(Person.objects.select_related("affiliation"), Actor.objects.all())


def drafts_of(text, published_on, index):
    """The drafts of a report, each breakdown's parts right after their figure."""
    return draft_article(text, published_on, index.people, index.actors)


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
    values = draft.values
    date = values["date"]
    form = {
        "negotiation": article.negotiation_id,
        "date": date.date.isoformat(),
        "date_precision": str(date.precision),
    }
    if draft.kind == "statement":
        speaker = values["speaker"]
        form |= {
            "text": values["text"],
            "is_direct_quote": values["is_direct_quote"],
            "speaker": speaker.pk if speaker else None,
            "speaker_description": values["speaker_description"],
            "on_behalf_of": values["on_behalf_of"].pk if values["on_behalf_of"] else None,
            "outlet": _pk(
                index.find(values["outlet_words"]).actor if values["outlet_words"] else None
            ),
            "date_note": values["date_note"],
        }
        who = speaker.name if speaker else values["speaker_description"]
        shown = [
            (
                "Said by",
                who + (f", for {values['on_behalf_of'].name}" if values["on_behalf_of"] else ""),
            ),
            ("Quoted" if values["is_direct_quote"] else "Reported", values["text"]),
            ("Date", f"{date} — {values['date_note']}"),
        ]
        words = values["text"]
    elif draft.kind == "figure":
        form |= {
            "counts": values["counts"],
            "value_min": values["value_min"],
            "value_max": values["value_max"],
            "value_qualifier": str(values["value_qualifier"]),
            "value_words": values["value_words"],
            "attribution": values["attribution"],
            "attributed_to": _pk(attributed_to(values["attribution"], index.actors)),
            "note": values["note"],
        }
        shown = [
            ("Count", f"{values['words']} {values['counts']}".strip()),
            ("According to", values["attribution"] or "the report does not say"),
            ("As of", f"{date} — {values['note']}"),
        ]
        words = values["words"]
    else:
        form |= {
            "kind": values["kind"],
            "title": values["title"],
            "place": values["place"],
            "date_note": values["date_note"],
            "participants": [actor.pk for actor in values["participants"]],
        }
        shown = [
            ("Event", f"{values['title']} ({values['kind'].replace('_', ' ')})"),
            ("Date", f"{date} — {values['date_note']}"),
            ("Where", values["place"] or "the report does not say"),
            ("Taking part", ", ".join(a.name for a in values["participants"]) or "none named"),
        ]
        words = re.search(r"“(.+?)”", values["date_note"])[1]
    return {"kind": draft.kind, "values": {**form, "shown": shown}, "words": words[:1000]}


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
        initial["part_of"] = draft.part_of.accepted_id
    return {name: value for name, value in initial.items() if value not in (None, "")}


def marked_passage(draft):
    """The passage, with the words the draft rests on marked."""
    before, found, after = draft.passage.partition(draft.words) if draft.words else ("", "", "")
    if not found:
        return draft.passage
    return format_html("{}<mark>{}</mark>{}", before, found, after)


def _pk(record):
    return record.pk if record is not None else None
