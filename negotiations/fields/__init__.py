"""Approximate dates and approximate quantities: the two reusable pieces of the domain.

Sources rarely give exact values: "last week", "in November", "about 42", "20 to 50",
"at least 31,819". Each piece is declared once on a model and contributes its real
columns (through ``add_to_class``), its validation and a value object to read it; its
database constraints are made by a function and listed in the model's own Meta:

    class Event(models.Model):
        date = ApproximateDateField()          # columns date, date_precision, date_earliest
        class Meta:
            constraints = approximate_date_constraints("date", "event")
    class ExchangeTerm(models.Model):
        count = ApproximateQuantityField(required=False)  # count_min, _max, _qualifier, _words
        class Meta:
            constraints = approximate_quantity_constraints("count", "exchangeterm", required=False)

    event.approximate_date   -> ApproximateDate(2024-03-11, "week"), shown "week of 11 Mar 2024"
    term.count               -> Quantity(42, 42, "about"), shown "about 42"
"""

from .dates import (
    ApproximateDate,
    ApproximateDateField,
    DatePrecision,
    approximate_date_constraints,
    chronological,
    may_end_on_or_after,
    may_start_on_or_before,
)
from .quantities import (
    ApproximateQuantityField,
    Qualifier,
    Quantity,
    Total,
    approximate_quantities,
    approximate_quantity_constraints,
    complete_single_numbers,
)
from .values import (
    approximate_value_errors,
    fact_of_column,
)

__all__ = [
    "ApproximateDate",
    "ApproximateDateField",
    "ApproximateQuantityField",
    "DatePrecision",
    "Qualifier",
    "Quantity",
    "Total",
    "approximate_date_constraints",
    "approximate_quantities",
    "approximate_quantity_constraints",
    "approximate_value_errors",
    "chronological",
    "complete_single_numbers",
    "fact_of_column",
    "may_end_on_or_after",
    "may_start_on_or_before",
]
