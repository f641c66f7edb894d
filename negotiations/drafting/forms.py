"""The form a report is pasted into: plain English text of one report, dated no later than
today, or a message that says what is wrong with it."""

from django import forms

from .models import ArticleDraft
from .paste import checked_day, checked_text, drafted
from .review import speaker_index


class ArticleDraftForm(forms.ModelForm):
    class Meta:
        model = ArticleDraft
        fields = ["negotiation", "title", "publisher", "url", "published_on", "text"]

    def clean_published_on(self):
        return checked_day(self.cleaned_data["published_on"])

    def clean_text(self):
        return checked_text(self.cleaned_data["text"])

    def clean(self):
        """Drafts the report, so that a paste that would draft too much is refused whole."""
        data = super().clean()
        self.index, self.drafts = speaker_index(data.get("negotiation")), []
        if data.get("text") and data.get("published_on"):
            # The checked text and day: the one path the command and the benchmark take.
            self.drafts = drafted(data["text"], data["published_on"], self.index)
        return data
