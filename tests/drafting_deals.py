"""Deals drafted from invented reports of Friday: the agreements and proposals, and their terms."""

import datetime

from negotiations.drafting.article import draft_article

FRIDAY = datetime.date(2025, 3, 14)


def agreements(text):
    """The agreements drafted from ``text``, a report of Friday."""
    return [d for d in draft_article(text, FRIDAY) if d.values.get("kind") == "agreement"]


def deal_terms(text):
    """The terms of the one proposal or agreement ``text`` drafts."""
    (deal,) = [d for d in draft_article(text, FRIDAY) if d.kind == "proposal"]
    return deal.parts


def drafted_as_a_term(sentence):
    """Whether ``sentence``, told after a truce was signed, is drafted as one of its terms."""
    (agreement,) = agreements(f"The two sides signed a truce on Thursday.\n{sentence}")
    return any(part.passage == sentence for part in agreement.parts)
