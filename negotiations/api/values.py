"""How the API writes the values the tracker keeps at their precision: approximate dates,
quantities, an agreement's standing and a term's phase."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..fields import DatePrecision, Qualifier
from ..standing import STANDING_CODES, recorded_standing

APPROXIMATE_DATE = {
    "type": "object",
    "nullable": True,
    "description": "A date at the precision its source gives it.",
    "properties": {
        "date": {
            "type": "string",
            "format": "date",
            "description": "The day, or the first day of the week (Monday), month or year it "
            "stands for; for on_or_before, the latest day it can be.",
        },
        "precision": {"type": "string", "enum": DatePrecision.values},
        "earliest": {
            "type": "string",
            "format": "date",
            "nullable": True,
            "description": "For on_or_before only: the earliest day, where a source bounds it.",
        },
        "text": {"type": "string", "description": "As the pages write it: “week of 11 Mar 2024”."},
        "edtf": {
            "type": "string",
            "description": "The same in EDTF (ISO 8601-2): 2024-03-19, 2024-03, 2024; a week "
            "as the interval of its days (2024-03-11/2024-03-17); on_or_before as one day of "
            "a set, [..2024-03-19], or [2024-03-11..2024-03-19] with an earliest day.",
        },
    },
    "required": ["date", "precision", "earliest", "text", "edtf"],
}

QUANTITY = {
    "type": "object",
    "nullable": True,
    "description": "A count as its source gives it: bounds, how firm, and the source's words.",
    "properties": {
        "min": {"type": "integer", "nullable": True},
        "max": {"type": "integer", "nullable": True},
        "qualifier": {"type": "string", "enum": Qualifier.values},
        "words": {"type": "string", "description": "The source's words (“several hundred”)."},
        "text": {"type": "string", "description": "As the pages write it: “about 42”."},
    },
    "required": ["min", "max", "qualifier", "words", "text"],
}


@extend_schema_field(APPROXIMATE_DATE)
class ApproximateDateField(serializers.Field):
    """An ``ApproximateDate`` (read from ``approximate_<name>``), or null."""

    def __init__(self, name, **options):
        super().__init__(source=f"approximate_{name}", read_only=True, **options)

    def to_representation(self, value):
        return self.represent(value)

    @staticmethod
    def represent(value):
        return {
            "date": value.date.isoformat(),
            "precision": value.precision,
            "earliest": value.earliest.isoformat() if value.earliest else None,
            "text": str(value),
            "edtf": value.edtf,
        }


@extend_schema_field(QUANTITY)
class QuantityField(serializers.Field):
    """A ``Quantity``, or null when the source gives no number nor words."""

    def __init__(self, **options):
        super().__init__(read_only=True, **options)

    def to_representation(self, value):
        return {
            "min": value.minimum,
            "max": value.maximum,
            "qualifier": value.qualifier,
            "words": value.words,
            "text": str(value),
        }


STANDING = {
    "type": "object",
    "description": "Where it stands today, derived from its steps as on its page and in the "
    "proposals CSV: superseded, else what its latest step made it, else its status.",
    "properties": {
        "code": {"type": "string", "enum": STANDING_CODES},
        "words": {"type": "string", "description": "The code as the pages write it."},
        "since": APPROXIMATE_DATE,
        "sentence": {"type": "string", "description": "As the pages write it."},
    },
    "required": ["code", "words", "since", "sentence"],
}


@extend_schema_field(STANDING)
class StandingField(serializers.Field):
    """A proposal's standing (read ``with_standing()``)."""

    def __init__(self, **options):
        super().__init__(source="*", read_only=True, **options)

    def to_representation(self, value):
        standing = recorded_standing(value)
        since = standing.since
        return {
            "code": standing.code,
            "words": standing.state,
            "since": None if since is None else ApproximateDateField.represent(since),
            "sentence": standing.sentence,
        }


@extend_schema_field(
    {
        "type": "integer",
        "nullable": True,
        "description": "The number of the term's phase (see the proposal's phases); null if "
        "the term is not phased.",
    }
)
class PhaseNumberField(serializers.Field):
    """A term's phase by its number, as the CSVs give it."""

    def __init__(self, **options):
        super().__init__(read_only=True, allow_null=True, **options)

    def to_representation(self, value):
        return value.number
