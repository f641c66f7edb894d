"""Approximate quantities: bounds, a qualifier ("about", "at least") and the source's words."""

from dataclasses import dataclass

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q

from .values import ApproximateValue, approximate_values


class Qualifier(models.TextChoices):
    EXACT = "exact", "exact"
    ABOUT = "about", "about"
    AT_LEAST = "at_least", "at least"
    UP_TO = "up_to", "up to"
    # "Dozens", "several hundred", "a few": the source's word, with a bound only where the
    # word itself implies one ("hundreds" is at least 200), never a number it does not give.
    IN_WORDS = "in_words", "in words only"


#: From the most precise to the least: the order of dates that may begin on the same day.
@dataclass(frozen=True)
class Quantity:
    """A count or ratio as a source gives it: bounds, how firm they are, and the source's
    own words for it where they say more than the bounds ("several hundred", "1.5 million")."""

    minimum: int | None
    maximum: int | None
    qualifier: str
    words: str = ""

    def __str__(self):
        if self.words or self.qualifier == Qualifier.IN_WORDS:
            return self.words

        def number(value):
            return f"{value:,}"

        if self.qualifier == Qualifier.AT_LEAST:
            return f"at least {number(self.minimum)}"
        if self.qualifier == Qualifier.UP_TO:
            return f"up to {number(self.maximum)}"
        if self.minimum == self.maximum:
            value = number(self.minimum)
        else:
            value = f"{number(self.minimum)}–{number(self.maximum)}"
        return f"about {value}" if self.qualifier == Qualifier.ABOUT else value

    def problems(self):
        """Field-keyed messages for bounds that contradict each other or the qualifier."""
        # A negative bound is the bound's own field's to refuse (``NOT_NEGATIVE``).
        problems = {}
        if self.qualifier == Qualifier.IN_WORDS:
            if not self.words:
                problems["words"] = "Give the source's words, e.g. “several hundred”."
        elif self.qualifier == Qualifier.AT_LEAST:
            if self.minimum is None:
                problems["min"] = "“At least” needs a minimum."
            if self.maximum is not None:
                problems["max"] = "“At least” has no maximum; leave it empty."
        elif self.qualifier == Qualifier.UP_TO:
            if self.maximum is None:
                problems["max"] = "“Up to” needs a maximum."
            if self.minimum is not None:
                problems["min"] = "“Up to” has no minimum; leave it empty."
        else:
            # Editors type a single number once (complete_single_numbers fills the other).
            if self.minimum is None:
                problems["min"] = "Give the number (a maximum too only for a range)."
            if self.maximum is None:
                problems["max"] = "Give the number (a maximum too only for a range)."
        if (
            self.minimum is not None
            and self.maximum is not None
            and self.minimum > self.maximum
            and "max" not in problems
        ):
            problems["max"] = (
                f"The maximum ({self.maximum:,}) is below the minimum ({self.minimum:,})."
            )
        return problems


@dataclass(frozen=True)
class Total:
    """Counts added up without passing an estimate off as exact: "25" only when every part
    is an exact number; "about 93" when one is about; "at least 90" when one has no upper
    bound; a part in words only ("dozens") is named, never turned into a number."""

    minimum: int
    maximum: int | None
    #: Whether any part is an estimate ("about").
    estimated: bool
    #: The parts given in words only, which no sum can hold.
    words: tuple = ()
    parts: int = 0

    @classmethod
    def of(cls, quantities):
        quantities = [quantity for quantity in quantities if quantity is not None]
        minimum, maximum, words = 0, 0, []
        for quantity in quantities:
            if quantity.qualifier == Qualifier.IN_WORDS:
                words.append(quantity.words)
                continue
            minimum += quantity.minimum or 0
            if maximum is not None:
                maximum = None if quantity.maximum is None else maximum + quantity.maximum
        estimated = any(quantity.qualifier == Qualifier.ABOUT for quantity in quantities)
        return cls(minimum, maximum, estimated, tuple(words), len(quantities))

    @property
    def is_exact(self):
        return not self.estimated and not self.words and self.minimum == self.maximum

    def __str__(self):
        if self.parts == 0:
            return "0"
        named = " and ".join(f"“{words}”" for words in self.words)
        if self.parts == len(self.words):
            return named
        if self.maximum is None:
            number = f"at least {self.minimum:,}"
        elif self.minimum == self.maximum:
            number = f"{self.minimum:,}"
        else:
            number = f"{self.minimum:,}–{self.maximum:,}"
        if self.estimated:
            number = f"about {number}"
        return f"{number} and {named}" if named else number

    def exceeds(self, quantity):
        """Whether even its least is more than the most ``quantity`` allows."""
        return (
            quantity is not None
            and quantity.maximum is not None
            and (self.minimum > quantity.maximum)
        )


#: A bound is never negative: its column is a PositiveBigIntegerField (a CHECK in the
#: database), and this validator says so in the tracker's words.
NOT_NEGATIVE = MinValueValidator(0, "A count cannot be negative.")


def approximate_quantity_constraints(name, model_name, *, verbose_name=None, required=True):
    """The CHECK constraint that keeps the approximate quantity ``name`` consistent, named for
    the model (``Meta.model_name``), with the same ``verbose_name`` and ``required`` as its
    declaration: list it in the model's ``Meta.constraints``."""
    label = verbose_name or name.replace("_", " ")
    minimum, maximum, qualifier = f"{name}_min", f"{name}_max", f"{name}_qualifier"
    words = f"{name}_words"
    unset = Q(**{f"{minimum}__isnull": True, f"{maximum}__isnull": True})
    two_bounds = Q(
        **{
            f"{qualifier}__in": [Qualifier.EXACT, Qualifier.ABOUT],
            f"{minimum}__isnull": False,
            f"{maximum}__isnull": False,
            f"{minimum}__lte": models.F(maximum),
        }
    )
    at_least = Q(
        **{
            qualifier: Qualifier.AT_LEAST,
            f"{minimum}__isnull": False,
            f"{maximum}__isnull": True,
        }
    )
    up_to = Q(
        **{qualifier: Qualifier.UP_TO, f"{minimum}__isnull": True, f"{maximum}__isnull": False}
    )
    in_words = (
        Q(**{qualifier: Qualifier.IN_WORDS})
        & ~Q(**{words: ""})
        & (
            Q(**{f"{minimum}__isnull": True})
            | Q(**{f"{maximum}__isnull": True})
            | Q(**{f"{minimum}__lte": models.F(maximum)})
        )
    )
    allowed = two_bounds | at_least | up_to | in_words
    if not required:
        allowed |= unset & Q(**{words: ""}) & ~Q(**{qualifier: Qualifier.IN_WORDS})
    return [
        models.CheckConstraint(
            condition=allowed,
            name=f"{model_name}_{name}_bounds_consistent",
            violation_error_message=(
                f"The {label} bounds contradict each other or the qualifier "
                "(minimum must not exceed maximum)."
            ),
        ),
    ]


class ApproximateQuantityField(ApproximateValue):
    """Declares ``<name>_min``, ``<name>_max``, ``<name>_qualifier`` and ``<name>_words``,
    kept consistent by ``approximate_quantity_constraints``.

    ``<name>`` reads them as a :class:`Quantity` (None when neither a bound nor words are set).
    """

    constraints_helper = "approximate_quantity_constraints"

    def contribute_to_class(self, cls, name):
        self.name = self.attribute = name
        label = self.verbose_name or name.replace("_", " ")
        minimum, maximum, qualifier = f"{name}_min", f"{name}_max", f"{name}_qualifier"
        words = f"{name}_words"
        self.columns = (minimum, maximum, qualifier, words)
        cls.add_to_class(
            minimum,
            models.PositiveBigIntegerField(
                f"{label} (minimum)",
                null=True,
                blank=True,
                help_text=self.help_text or "For an exact or “about” number, the number itself.",
                validators=[NOT_NEGATIVE],
            ),
        )
        cls.add_to_class(
            maximum,
            models.PositiveBigIntegerField(
                f"{label} (maximum)",
                null=True,
                blank=True,
                help_text="Same as the minimum unless the source gives a range.",
                validators=[NOT_NEGATIVE],
            ),
        )
        cls.add_to_class(
            qualifier,
            models.CharField(
                f"{label} qualifier",
                max_length=8,
                choices=Qualifier.choices,
                default=Qualifier.EXACT,
            ),
        )
        cls.add_to_class(
            words,
            models.CharField(
                f"{label} in the source's words",
                max_length=100,
                blank=True,
                help_text="As the source words it, when that says more than the numbers: "
                "“several hundred”, “about 1.5 million”. Required for “in words only”.",
            ),
        )
        setattr(cls, self.attribute, self)

    def read(self, instance):
        minimum, maximum, qualifier, words = (getattr(instance, c) for c in self.columns)
        if minimum is None and maximum is None and not words and qualifier != Qualifier.IN_WORDS:
            return None
        return Quantity(minimum, maximum, qualifier, words)

    def constraints(self, model_name):
        return approximate_quantity_constraints(
            self.name, model_name, verbose_name=self.verbose_name, required=self.required
        )

    def errors(self, instance):
        value = self.read(instance)
        if value is None:
            if self.required:
                return {
                    f"{self.name}_min": "This number, or the source's words for it, is required."
                }
            return {}
        return {f"{self.name}_{part}": message for part, message in value.problems().items()}

    def complete_single_number(self, instance):
        """An exact or "about" number typed once, in either bound, stands for both."""
        minimum, maximum, qualifier, _ = self.columns
        low, high = getattr(instance, minimum), getattr(instance, maximum)
        if getattr(instance, qualifier) in (Qualifier.EXACT, Qualifier.ABOUT) and (
            (low is None) != (high is None)
        ):
            setattr(instance, minimum, low if low is not None else high)
            setattr(instance, maximum, high if high is not None else low)


def approximate_quantities(model):
    """The approximate quantities declared on ``model``."""
    return [
        value for value in approximate_values(model) if isinstance(value, ApproximateQuantityField)
    ]


def complete_single_numbers(instance):
    """An exact or "about" number typed once, in either bound, stands for both: the editor
    types 42, not 42 twice."""
    for quantity in approximate_quantities(type(instance)):
        quantity.complete_single_number(instance)
