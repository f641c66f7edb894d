"""The Doha fixture: where it and its article are, and the records tests look up by name."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOHA_FIXTURE = ROOT / "fixtures" / "doha-talks-2024-03-19.json"
DOHA_ARTICLE = ROOT.parent / "shared" / "sources" / "2024-03-19-doha-talks.txt"
DOHA = "israel-hamas-ceasefire-talks"


def hamas_proposal():
    """The Hamas proposal of the Doha round: the record most tests edit."""
    from negotiations.models import Proposal

    return Proposal.objects.get(proposed_by__slug="hamas", kind="proposal")
