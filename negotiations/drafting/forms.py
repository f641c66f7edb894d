"""The form a report is pasted into: plain English text of one report, dated no later than
today, or a message that says what is wrong with it."""

import re

from django import forms
from django.utils import timezone

from .models import ArticleDraft
from .review import drafts_of, speaker_index

#: One report, with room to spare: the Doha report is 2,700 characters and drafts 28 records.
LONGEST_TEXT = 100_000
MOST_DRAFTS = 500
HTML_TAG = re.compile(r"<\s*/?\s*(?:p|div|span|a|br|html|body|head|script|table|h[1-6]|li)\b", re.I)
#: The commonest English words; a report in English is full of them.
ENGLISH = set(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "on",
        "for",
        "with",
        "as",
        "at",
        "by",
        "from",
        "that",
        "this",
        "which",
        "who",
        "said",
        "would",
        "could",
        "will",
        "not",
        "but",
    ]
)


class ArticleDraftForm(forms.ModelForm):
    class Meta:
        model = ArticleDraft
        fields = ["negotiation", "title", "publisher", "url", "published_on", "text"]

    def clean_published_on(self):
        day = self.cleaned_data["published_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("A report cannot be published after today.")
        return day

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if len(text) > LONGEST_TEXT:
            raise forms.ValidationError(
                f"The text is {len(text):,} characters long; paste one report, of at most "
                f"{LONGEST_TEXT:,} characters."
            )
        if HTML_TAG.search(text):
            raise forms.ValidationError(
                "This is HTML, not a report's text: copy the report as it reads on the page "
                "(select the text, not the page source) and paste that."
            )
        words = re.findall(r"[^\W\d_]+", text.lower())
        if len(words) < 8:
            raise forms.ValidationError(
                "Paste the report's whole text: this is too short to draft from."
            )
        if sum(word in ENGLISH for word in words) < 0.1 * len(words):
            raise forms.ValidationError(
                "The drafter reads reports in English, and this text does not read as English. "
                "Add records from it by hand."
            )
        return text

    def clean(self):
        """Drafts the report, so that a paste that would draft too much is refused whole."""
        data = super().clean()
        self.index, self.drafts = speaker_index(data.get("negotiation")), []
        if data.get("text") and data.get("published_on"):
            self.drafts = drafts_of(data["text"], data["published_on"], self.index)
            found = len(self.drafts) + sum(len(draft.parts) for draft in self.drafts)
            if found > MOST_DRAFTS:
                raise forms.ValidationError(
                    f"This text drafts {found:,} records, more than one report holds "
                    f"({MOST_DRAFTS} at most): paste one report at a time."
                )
        return data
