"""Draft a report from the command line, exactly as the admin's paste form drafts it."""

import datetime
import json
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from negotiations.models import Negotiation

from ...as_json import draft_as_json, draft_line
from ...models import ArticleDraft
from ...paste import LONGEST_TEXT, draft_report, too_long
from ...review import speaker_index

#: Read no more than this of a file: a text this long is refused whatever its blank margins.
MOST_READ = 2 * LONGEST_TEXT


class Command(BaseCommand):
    help = (
        "Draft the statements, figures, events, proposals, terms and positions of one report, "
        "e.g. `draft_article report.txt --published 2024-03-19 --json` (FILE - reads stdin). "
        "Speakers are matched to all the tracker's people and actors, as the admin does."
    )
    #: call_command(stdin=…) gives the text FILE "-" reads.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="the report's plain text; - for stdin")
        parser.add_argument("--published", required=True, help="its day, YYYY-MM-DD")
        parser.add_argument("--publisher", default="", help="who published it (shown only)")
        parser.add_argument(
            "--negotiation", help="slug: its issues are the topics of drafted positions"
        )
        parser.add_argument("--json", action="store_true", help="print the drafts as JSON")

    def handle(self, *args, **options):
        published_on = day_of(options["published"])
        publisher = options["publisher"].strip()
        if len(publisher) > ArticleDraft._meta.get_field("publisher").max_length:
            raise CommandError("--publisher is longer than a publisher's name may be.")
        text = read(options["file"], getattr(self, "stdin", sys.stdin))
        index = known_to_the_tracker(options["negotiation"])
        try:
            drafts = draft_report(text, published_on, index)
        except ValidationError as refused:
            raise CommandError(" ".join(refused.messages)) from None
        if options["json"]:
            found = [with_issue(draft_as_json(draft), index) for draft in drafts]
            self.stdout.write(json.dumps(found, ensure_ascii=False, indent=2))
            return
        by = f" by {publisher}" if publisher else ""
        self.stdout.write(f"{len(drafts)} drafts of a report{by} of {published_on:%-d %B %Y}:")
        for draft in drafts:
            self.stdout.write(draft_line(draft))

    def execute(self, *args, **options):
        self.stdin = options.pop("stdin", sys.stdin)
        return super().execute(*args, **options)


def known_to_the_tracker(slug):
    """The speaker index the admin drafts with: every person and actor of the tracker, and
    the issues of the negotiation ``slug`` (none without one)."""
    try:
        negotiation = None
        if slug is not None:
            negotiation = Negotiation.objects.filter(slug=slug).first()
            if negotiation is None:
                raise CommandError(f"No negotiation has the slug {slug!r}.")
        return speaker_index(negotiation)
    except DatabaseError as error:
        raise CommandError(
            f"The tracker's database cannot be read ({error}): run `manage.py migrate` first."
        ) from None


def day_of(words):
    try:
        return datetime.date.fromisoformat(words)
    except ValueError:
        raise CommandError(f"--published expects a day as YYYY-MM-DD, not {words!r}.") from None


def read(name, stdin):
    """At most ``MOST_READ`` characters of the file (or of stdin for "-"), refused beyond."""
    try:
        if name == "-":
            text = stdin.read(MOST_READ + 1)
        else:
            with open(name, encoding="utf-8") as report:
                text = report.read(MOST_READ + 1)
    except FileNotFoundError:
        raise CommandError(f"No such file: {name}") from None
    except IsADirectoryError:
        raise CommandError(f"{name} is a directory, not a report's text.") from None
    except UnicodeDecodeError:
        raise CommandError(f"{name} is not UTF-8 text: save the report as UTF-8.") from None
    except OSError as error:
        raise CommandError(f"{name} cannot be read: {error.strerror}.") from None
    if len(text) > MOST_READ:
        raise CommandError(too_long(MOST_READ, more=True))
    if not text.strip():
        raise CommandError(f"{'Standard input' if name == '-' else name} is empty: no text.")
    return text


def with_issue(found, index):
    """A position's issue: the negotiation's issue of its topic, as the admin's form has it."""
    if found["kind"] == "position":
        issue = index.issues.get(found["topic"]) if found["topic"] else None
        found["issue"] = {"id": issue.pk, "name": issue.name} if issue else None
    return found
