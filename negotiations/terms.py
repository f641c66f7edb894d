"""Terms of proposals in plain words, and a term-by-term comparison of two proposals.

Exchange terms are matched by released group, category and phase; other terms by kind and
phase. Numbers are compared as ranges: each bound and the qualifier on its own.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from .fields import Qualifier


def describe_exchange_term(term):
    """An exchange term in plain words: "about 42 hostages", "20–50 prisoners per hostage",
    "50 prisoners per female soldier, released by X to Y, if …"."""
    group = term.get_group_display()
    qualities = [
        quality
        for quality in (
            term.category_labels,
            term.affiliation,
        )
        if quality
    ]
    if qualities:
        group = f"{group} ({', '.join(qualities)})"
    per = term.get_ratio_per_display()
    if term.count is not None and term.ratio is not None:
        text = f"{term.count} {group}, {term.ratio} per {per}"
    elif term.count is not None:
        text = f"{term.count} {group}"
    elif term.ratio is not None:
        text = f"{term.ratio} {group} per {per}"
    else:
        text = f"{group}: {term.description}"
    if term.releasing_party is not None:
        text += f", released by {term.releasing_party.name}"
    if term.receiving_party is not None:
        text += f" to {term.receiving_party.name}"
    if term.condition:
        text += f", if {term.condition}"
    return text


def describe_term(term):
    """Any term of a proposal in plain words."""
    if hasattr(term, "group"):
        return describe_exchange_term(term)
    return term.describe()


def term_label(term):
    """What a term is about, the key under which two proposals' terms are compared."""
    if hasattr(term, "group"):
        label = f"{term.get_group_display().capitalize()} released"
        if term.category_labels:
            label += f": {term.category_labels}"
        if term.ratio_per != term.RatioPer.HOSTAGE:
            label += f", per {term.get_ratio_per_display()}"
    else:
        label = term.get_kind_display().capitalize()
    if term.phase:
        label += f" (phase {term.phase.number})"
    return label


def term_key(term):
    if hasattr(term, "group"):
        categories = tuple(term.category_codes_named)
        return ("exchange", term.group, categories, term.ratio_per, _phase_number(term))
    return ("other", term.kind, _phase_number(term))


def _bound(value):
    return "none" if value is None else f"{value:,}"


def compare_quantities(name, before, after):
    """What changed between two quantities, bound by bound, in plain words (empty if nothing)."""
    if before == after:
        return []
    if before is None:
        return [f"{name} now given: {after}"]
    if after is None:
        return [f"{name} no longer given (was {before})"]
    changes = []
    if before.minimum != after.minimum:
        changes.append(
            f"{name} minimum {_bound(before.minimum)} → {_bound(after.minimum)}"
            f" ({_direction(before.minimum, after.minimum)})"
        )
    if before.maximum != after.maximum:
        changes.append(
            f"{name} maximum {_bound(before.maximum)} → {_bound(after.maximum)}"
            f" ({_direction(before.maximum, after.maximum)})"
        )
    if before.qualifier != after.qualifier:
        changes.append(
            f"{name} qualifier {Qualifier(before.qualifier).label} → "
            f"{Qualifier(after.qualifier).label}"
        )
    if before.words != after.words:
        changes.append(f"{name} in words “{before.words}” → “{after.words}”")
    return changes


def _direction(before, after):
    if before is None or after is None:
        return "bound added" if before is None else "bound removed"
    return "raised" if after > before else "lowered"


def term_differences(before, after):
    """What changed between two matched terms of the same kind, in plain words."""
    if hasattr(before, "group"):
        changes = compare_quantities("number", before.count, after.count)
        changes += compare_quantities("ratio", before.ratio, after.ratio)
        if before.releasing_party_id != after.releasing_party_id:
            changes.append(
                f"released by {before.releasing_party or 'unstated party'} → "
                f"{after.releasing_party or 'unstated party'}"
            )
    else:
        changes = compare_quantities("amount", before.amount, after.amount)
        if before.unit != after.unit:
            changes.append(f"unit {before.unit or 'none'} → {after.unit or 'none'}")
        if before.withdrawal_extent != after.withdrawal_extent:
            was, now = before.get_withdrawal_extent_display(), after.get_withdrawal_extent_display()
            changes.append(f"{was} → {now}")
    if before.description != after.description:
        changes.append("wording of the description changed")
    return changes


@dataclass
class TermComparison:
    """One row of a comparison: a term as it stood in each proposal, and what changed."""

    label: str
    before: object = None
    after: object = None
    changes: list = field(default_factory=list)

    @property
    def status(self):
        if self.before is None:
            return "added"
        if self.after is None:
            return "dropped"
        return "changed" if self.changes else "unchanged"

    @property
    def before_text(self):
        return describe_term(self.before) if self.before is not None else ""

    @property
    def after_text(self):
        return describe_term(self.after) if self.after is not None else ""


def all_terms(proposal):
    return [*proposal.exchange_terms.all(), *proposal.other_terms.all()]


def compare_proposals(earlier, later):
    """Term-by-term rows: unchanged, changed, added (only in ``later``), dropped (only in
    ``earlier``). Terms are paired in order within each key."""
    earlier_terms, later_terms = defaultdict(list), defaultdict(list)
    for term in all_terms(earlier):
        earlier_terms[term_key(term)].append(term)
    for term in all_terms(later):
        later_terms[term_key(term)].append(term)
    rows = []
    for key in [*earlier_terms, *(k for k in later_terms if k not in earlier_terms)]:
        befores, afters = earlier_terms.get(key, []), later_terms.get(key, [])
        for index in range(max(len(befores), len(afters))):
            before = befores[index] if index < len(befores) else None
            after = afters[index] if index < len(afters) else None
            label = term_label(before or after)
            changes = term_differences(before, after) if before and after else []
            rows.append(TermComparison(label, before, after, changes))
    return rows


def _phase_number(term):
    """Terms of two proposals match by the number of their phase (each has its own phases)."""
    return term.phase.number if term.phase else None
