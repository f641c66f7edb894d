"""What an approximate date and an approximate quantity share: declared once on a model,
read as one value, validated, and their constraints checked to be listed."""

from django.apps import apps
from django.core import checks
from django.core.exceptions import ValidationError


class ApproximateValue:
    """What an approximate date and an approximate quantity share: declared once on a model
    (``date = ApproximateDateField()``), it adds its columns there, reads them as one value
    (the declaration is that attribute's descriptor) and answers which columns it is. Its
    constraints are listed in the model's ``Meta.constraints`` (``constraints()`` says
    which; a system check makes sure they are)."""

    def __init__(self, verbose_name=None, *, required=True, help_text=""):
        self.verbose_name = verbose_name
        self.required = required
        self.help_text = help_text
        self.name = None

    #: The attribute that reads the value, and the columns it is made of.
    attribute = None
    columns = ()
    #: The function that makes the constraints a model lists for it.
    constraints_helper = ""

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return self.read(instance)

    def read(self, instance):
        raise NotImplementedError

    def constraints(self, model_name):
        """The constraints the model must list for this value."""
        raise NotImplementedError

    def errors(self, instance):
        """Field-keyed messages for what of this value on ``instance`` does not hold."""
        raise NotImplementedError


def approximate_values(model):
    """The approximate dates and quantities declared on ``model`` (and its parents), in the
    order they were declared."""
    found = {}
    for klass in reversed(model.__mro__):
        for attribute, value in vars(klass).items():
            if isinstance(value, ApproximateValue):
                found[attribute] = value
    return list(found.values())


def fact_of_column(model, column):
    """``(attribute, columns)`` of the approximate date or quantity that ``column`` of
    ``model`` is part of (``("approximate_date", ["date", "date_precision", …])``), or None
    for a column that is a fact of its own."""
    for value in approximate_values(model):
        if column in value.columns:
            return value.attribute, list(value.columns)
    return None


@checks.register(checks.Tags.models)
def check_approximate_value_constraints(app_configs=None, **kwargs):
    """Each approximate date and quantity has its constraints listed in its model's Meta."""
    problems = []
    configs = app_configs or apps.get_app_configs()
    for model in (model for config in configs for model in config.get_models()):
        listed = {constraint.name: constraint for constraint in model._meta.constraints}
        for value in approximate_values(model):
            for constraint in value.constraints(model._meta.model_name):
                if listed.get(constraint.name) != constraint:
                    problems.append(
                        checks.Error(
                            f"{model.__name__}.{value.attribute} needs its constraint "
                            f"{constraint.name!r} in Meta.constraints, as "
                            f"{value.constraints_helper}() makes it.",
                            obj=model,
                            id="negotiations.E001",
                        )
                    )
    return problems


def approximate_value_errors(instance):
    """Field-keyed validation errors for every approximate date and quantity on ``instance``."""
    errors = {}
    for value in approximate_values(type(instance)):
        errors.update(value.errors(instance))
    return errors


def raise_for_approximate_values(instance):
    """Raise a field-keyed ``ValidationError`` when an approximate value is inconsistent."""
    errors = approximate_value_errors(instance)
    if errors:
        raise ValidationError(errors)
