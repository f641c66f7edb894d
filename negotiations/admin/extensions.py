"""How another app extends every record's admin page without this package knowing of it.

A *form filler* may fill in a record's add form (and the rows of its inlines) from what it
holds, is told of each save of the record, may refuse that save, and may send the editor
on once a record is added. An app registers its fillers from its own side, e.g. in its
``admin`` module::

    from negotiations.admin.extensions import FormFiller, register_form_filler

    class FromMyNotes(FormFiller):
        def fills(self, model):
            return model is Event
        ...

    register_form_filler(FromMyNotes())

Every admin built on ``TrackerAdmin`` consults the fillers that fill its model.
"""


class SaveRefused(Exception):
    """Raised by a filler while a record is saved: the whole save is rolled back and the
    editor sees the exception's message on the same page."""


class FormFiller:
    """Does nothing: override what a filler needs."""

    def fills(self, model):
        """Whether this filler takes part in the admin pages of ``model``."""
        return False

    def initial(self, model_admin, request):
        """The add form's initial data, or None to leave it to the admin."""
        return None

    def formset_kwargs(self, model_admin, request, obj, inline, kwargs):
        """The keyword arguments of an inline's formset, changed or not."""
        return kwargs

    def saved(self, model_admin, request, obj, form, change):
        """Called once the record is saved, in the request's transaction; may raise
        ``SaveRefused``."""

    def response_add(self, model_admin, request, obj, response):
        """The response once a record was added: ``response`` or another."""
        return response


_form_fillers = []


def register_form_filler(filler):
    """Make every record's admin page consult ``filler`` (once, however often registered)."""
    if filler not in _form_fillers:
        _form_fillers.append(filler)
    return filler


def form_fillers_of(model):
    """The registered fillers that take part in the admin pages of ``model``, in order."""
    return [filler for filler in _form_fillers if filler.fills(model)]
