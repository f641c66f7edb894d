"""Two proposals compared term by term (each term says itself in plain words: ``describe()``).

Exchange terms are matched by the group released, who releases it to whom, per whom a ratio
counts and phase; other terms by kind and phase. Numbers are compared as ranges, each bound
and the qualifier on its own; amounts in other units only where the units convert exactly.
"""

from dataclasses import dataclass, field

from ..fields import Qualifier, Quantity
from ..models import ExchangeTerm, OtherTerm, ProposalLink

#: Units that convert exactly: each as a whole number of a base unit, named as the page says
#: it. A month is not a whole number of days, so months and years have a base of their own
#: and never compare with days or weeks. A unit not listed compares only with itself; a new
#: one is one line, e.g. "m": ("metres", 1).
UNIT_SCALES = {
    "days": ("days", 1),
    "weeks": ("days", 7),
    "months": ("months", 1),
    "years": ("months", 12),
    "km": ("metres", 1000),
}


def _bound(value):
    return "none" if value is None else f"{value:,}"


def compare_quantities(name, before, after):
    """What changed between two quantities, bound by bound, in plain words (empty if nothing).

    The qualifier and the source's words count as much as the bounds: "about 42" is not 42."""
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
        changes.append(f"{name} in words {_words(before.words)} → {_words(after.words)}")
    return changes


def _words(words):
    return f"“{words}”" if words else "none"


def _direction(before, after):
    if before is None or after is None:
        return "bound added" if before is None else "bound removed"
    return "raised" if after > before else "lowered"


def _amount(term):
    return f"{term.amount} {term.get_unit_display()}"


def _common_unit(before, after):
    """The base unit both terms' units convert into exactly, or None."""
    scales = UNIT_SCALES.get(before.unit), UNIT_SCALES.get(after.unit)
    if None in scales or scales[0][0] != scales[1][0]:
        return None
    return scales[0][0]


def _in_base_unit(term):
    """A term's amount in its unit's base unit: only the bounds convert, since the source's
    words name the unit they were said in."""
    amount, factor = term.amount, UNIT_SCALES[term.unit][1]
    return Quantity(
        None if amount.minimum is None else amount.minimum * factor,
        None if amount.maximum is None else amount.maximum * factor,
        amount.qualifier,
    )


def compare_amounts(before, after):
    """What changed between two terms' amounts: in one unit where the units convert exactly
    (weeks into days), else "not comparable" rather than raised or lowered."""
    if before.unit == after.unit:
        return compare_quantities("amount", before.amount, after.amount)
    if before.amount is None and after.amount is None:
        return [f"unit {before.unit or 'none'} → {after.unit or 'none'}"]
    if before.amount is None:
        return [f"amount now given: {_amount(after)}"]
    if after.amount is None:
        return [f"amount no longer given (was {_amount(before)})"]
    span = f"amount {_amount(before)} → {_amount(after)}"
    unit = _common_unit(before, after)
    if unit is None:
        return [
            f"{span}: not comparable ({before.get_unit_display()} and "
            f"{after.get_unit_display()} do not convert exactly)"
        ]
    if Qualifier.IN_WORDS in (before.amount.qualifier, after.amount.qualifier):
        return [f"{span}: not comparable (given in words, not numbers)"]
    changes = compare_quantities(f"amount in {unit}", _in_base_unit(before), _in_base_unit(after))
    return [f"{span}, compared in {unit}", *changes] if changes else []


def _same_amount_in_other_units(before, after):
    """ "6 weeks is 42 days" where two amounts differ only in their unit, else nothing."""
    if before.unit == after.unit or before.amount is None or after.amount is None:
        return []
    if _common_unit(before, after) is None or compare_amounts(before, after):
        return []
    return [f"{_amount(before)} is {_amount(after)}: the same amount"]


def _wording_changes(before, after):
    changes = []
    if before.condition != after.condition:
        changes.append(f"condition {_words(before.condition)} → {_words(after.condition)}")
    if before.description != after.description:
        changes.append("wording of the description changed")
    return changes


def _ratio_per(term):
    """Per whom a term's ratio counts; None when it gives no ratio, "" when it does not say."""
    return term.ratio_per if term.ratio is not None else None


def _agree(before, after, exactly):
    """Whether two exchange terms agree on the releasing side, the receiving side and per
    whom a ratio counts; unless ``exactly``, what one term leaves unstated agrees with any."""
    pairs = (
        (before.releasing_party_id, after.releasing_party_id),
        (before.receiving_party_id, after.receiving_party_id),
        (_ratio_per(before), _ratio_per(after)),
    )
    unstated = (None, "")
    return all(
        was == now or (not exactly and (was in unstated or now in unstated)) for was, now in pairs
    )


def _same_people_on_the_same_sides(before, after):
    return before.category_codes_named == after.category_codes_named and _agree(
        before, after, exactly=True
    )


def _same_people(before, after):
    """The same categories, where one term leaves a side or per whom unstated."""
    return before.category_codes_named == after.category_codes_named and _agree(
        before, after, exactly=False
    )


def _same_group_per_the_same_people(before, after):
    """Two ratios for one released group per the same people, whatever categories each
    names: "3 per hostage" against "20–50 per hostage" is a changed ratio."""
    return (
        before.ratio is not None
        and after.ratio is not None
        and _agree(before, after, exactly=False)
    )


class ExchangeTerms:
    """How exchange terms are matched and differ."""

    @staticmethod
    def bucket(term):
        """Only terms in the same bucket are ever matched."""
        return ("exchange", term.group, _phase_number(term))

    #: From the strictest to the loosest (see each).
    matches = (_same_people_on_the_same_sides, _same_people, _same_group_per_the_same_people)

    @staticmethod
    def label(before, after):
        """What the row is about: "Prisoners released: women, per soldier (phase 1)"."""
        term = before or after
        label = f"{term.get_group_display().capitalize()} released"
        # Two ratios matched across categories are labelled by the group alone.
        categories = {t.category_labels for t in (before, after) if t is not None}
        if len(categories) == 1 and term.category_labels:
            label += f": {term.category_labels}"
        with_ratio = [term for term in (before, after) if term and term.ratio is not None]
        if with_ratio and with_ratio[0].ratio_per not in ("", ExchangeTerm.RatioPer.HOSTAGE):
            label += f", per {with_ratio[0].get_ratio_per_display()}"
        return label

    @staticmethod
    def differences(before, after):
        changes = compare_quantities("number", before.count, after.count)
        changes += compare_quantities("ratio", before.ratio, after.ratio)
        if (
            None not in (_ratio_per(before), _ratio_per(after))
            and before.ratio_per != after.ratio_per
        ):
            was, now = before.get_ratio_per_display(), after.get_ratio_per_display()
            changes.append(f"per {was or 'whom not stated'} → {now or 'whom not stated'}")
        if before.category_labels != after.category_labels:
            changes.append(
                f"categories {before.category_labels or 'none named'} → "
                f"{after.category_labels or 'none named'}"
            )
        if before.affiliation != after.affiliation:
            changes.append(
                f"nationality or affiliation {before.affiliation or 'none'} → "
                f"{after.affiliation or 'none'}"
            )
        for words, was, now in (
            ("released by", before.releasing_party, after.releasing_party),
            ("released to", before.receiving_party, after.receiving_party),
        ):
            if was != now:
                changes.append(f"{words} {was or 'unstated party'} → {now or 'unstated party'}")
        return changes + _wording_changes(before, after)

    @staticmethod
    def notes(before, after):
        return []


class OtherTerms:
    """How other terms (truce, withdrawal, aid, …) are matched and differ."""

    @staticmethod
    def bucket(term):
        return ("other", term.kind, _phase_number(term))

    #: Terms of one kind in one phase: first those for the same thing ("artillery of 100 mm
    #: and more"), then the others in order.
    matches = (
        lambda before, after: before.applies_to == after.applies_to,
        lambda before, after: True,
    )

    @staticmethod
    def label(before, after):
        return (before or after).get_kind_display().capitalize()

    @staticmethod
    def differences(before, after):
        changes = compare_amounts(before, after)
        if before.withdrawal_extent != after.withdrawal_extent:
            was, now = before.get_withdrawal_extent_display(), after.get_withdrawal_extent_display()
            changes.append(f"{was or 'extent not stated'} → {now or 'extent not stated'}")
        if _evacuees(before) != _evacuees(after):
            changes.append(
                f"who {_evacuees(before) or 'none named'} → {_evacuees(after) or 'none named'}"
            )
        for name, was, now in (
            ("for", before.applies_to, after.applies_to),
            ("from", before.from_place, after.from_place),
            ("to", before.to_place, after.to_place),
            ("by", before.means, after.means),
        ):
            if was != now:
                changes.append(f"{name} {_words(was)} → {_words(now)}")
        return changes + _wording_changes(before, after)

    @staticmethod
    def notes(before, after):
        return _same_amount_in_other_units(before, after)


def _evacuees(term):
    return term.evacuee_labels


TERM_KINDS = {ExchangeTerm: ExchangeTerms, OtherTerm: OtherTerms}


def _kind_of(term):
    return TERM_KINDS[term._meta.concrete_model]


#: A row's status, as the page's classes name it, and in words.
STATUS_WORDS = {
    "changed": "changed",
    "unchanged": "unchanged",
    "added": "added",
    "dropped": "dropped",
    "carried-over": "carried over",
    "only-first": "only in the first",
    "only-second": "only in the second",
}


@dataclass(frozen=True)
class Reading:
    """How a recorded link makes a comparison read: the status of a term only the earlier
    text states, of one only the later text states, and the sentence naming the link."""

    only_earlier: str
    only_later: str
    sentence: str = ""


_STILL_STANDS = (
    "“{earlier}” still stands: its terms that “{later}” does not restate are carried over, "
    "not dropped."
)

#: A link's kind to its reading; the first kind listed governs when two texts have several.
READINGS = {
    ProposalLink.Kind.SUPERSEDES: Reading(
        "dropped",
        "added",
        "“{later}” supersedes “{earlier}”{recorded}. It replaces it: terms of “{earlier}” "
        "that it does not restate are dropped.",
    ),
    ProposalLink.Kind.IMPLEMENTS: Reading(
        "carried-over", "added", "“{later}” implements “{earlier}”{recorded}. " + _STILL_STANDS
    ),
    ProposalLink.Kind.EXTENDS: Reading(
        "carried-over", "added", "“{later}” extends “{earlier}”{recorded}. " + _STILL_STANDS
    ),
    ProposalLink.Kind.MIRRORS: Reading(
        "only-first",
        "only-second",
        "“{earlier}” and “{later}” are parallel texts, signed separately{recorded}. Neither "
        "replaces the other: a term only one of them states is shown as only in that text.",
    ),
}
UNLINKED = Reading("dropped", "added")


@dataclass
class TermComparison:
    """One row of a comparison: a term as it stood in each proposal, and what changed."""

    label: str
    before: object = None
    after: object = None
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    reading: Reading = UNLINKED

    @property
    def status(self):
        if self.before is None:
            return self.reading.only_later
        if self.after is None:
            return self.reading.only_earlier
        return "changed" if self.changes else "unchanged"

    @property
    def status_words(self):
        return STATUS_WORDS[self.status]

    @property
    def before_text(self):
        return self.before.describe() if self.before is not None else ""

    @property
    def after_text(self):
        return self.after.describe() if self.after is not None else ""


@dataclass
class Comparison:
    """Two proposals term by term, the earlier text first, and the link recorded between them."""

    earlier: object
    later: object
    rows: list
    reading: Reading = UNLINKED
    link_sentences: list = field(default_factory=list)

    @property
    def proposals(self):
        return (self.earlier, self.later)

    @property
    def both_recorded(self):
        """Whether both texts have terms recorded: else no row can say what changed."""
        return self.earlier.terms_recorded and self.later.terms_recorded

    @property
    def summary(self):
        """ "2 changed · 1 added · 0 dropped · 1 unchanged", in the words of the reading."""
        statuses = ("changed", self.reading.only_later, self.reading.only_earlier, "unchanged")
        return " · ".join(
            f"{sum(1 for row in self.rows if row.status == status)} {STATUS_WORDS[status]}"
            for status in statuses
        )


def all_terms(proposal):
    return [*proposal.exchange_terms.all(), *proposal.other_terms.all()]


def compare_proposals(first, second, links=()):
    """``first`` and ``second`` term by term, given the links recorded between them.

    Where one implements, extends or supersedes the other, that other reads as the earlier
    text whichever was asked first; otherwise ``first`` does."""
    links = sorted(links, key=lambda link: list(READINGS).index(link.kind))
    earlier, later = first, second
    if links and links[0].kind != ProposalLink.Kind.MIRRORS and links[0].other_id != first.pk:
        earlier, later = second, first
    reading = READINGS[links[0].kind] if links else UNLINKED
    rows = [
        TermComparison(*_row(before, after), reading=reading)
        for before, after in _pairs(all_terms(earlier), all_terms(later))
    ]
    titles = {first.pk: first.title, second.pk: second.title}
    sentences = [_link_sentence(link, titles) for link in links]
    return Comparison(earlier, later, rows, reading, sentences)


def _row(before, after):
    kind = _kind_of(before or after)
    label = kind.label(before, after)
    if (phase := _phase_number(before or after)) is not None:
        label += f" (phase {phase})"
    if before is None or after is None:
        return label, before, after
    return label, before, after, kind.differences(before, after), kind.notes(before, after)


def _pairs(earlier_terms, later_terms):
    """(before, after) for each term of either text, matched within buckets by the kind's
    matches, strictest first; a term with no match has None opposite."""
    buckets = {}
    for side, terms in enumerate((earlier_terms, later_terms)):
        for term in terms:
            buckets.setdefault(_kind_of(term).bucket(term), ([], []))[side].append(term)
    pairs = []
    for befores, afters in buckets.values():
        matched, free = {}, list(afters)
        for agree in _kind_of((befores or afters)[0]).matches:
            for index, before in enumerate(befores):
                found = None if index in matched else _first(free, before, agree)
                if found is not None:
                    matched[index] = found
                    free.remove(found)
        pairs += [(before, matched.get(index)) for index, before in enumerate(befores)]
        pairs += [(None, after) for after in free]
    return pairs


def _first(terms, before, agree):
    return next((term for term in terms if agree(before, term)), None)


def _link_sentence(link, titles):
    """The sentence naming a recorded link, its note in brackets."""
    recorded = f" (link recorded: {link.note})" if link.note else " (link recorded)"
    return READINGS[link.kind].sentence.format(
        earlier=titles[link.other_id], later=titles[link.proposal_id], recorded=recorded
    )


def _phase_number(term):
    """Terms of two proposals match by the number of their phase (each has its own phases)."""
    return term.phase.number if term.phase else None
