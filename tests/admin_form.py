"""Admin pages in tests: their addresses, and their forms read the way a browser submits them."""

from html.parser import HTMLParser

from django.urls import reverse


def admin_url(model, action, *args):
    """The address of one of ``model``'s admin pages: add, changelist, change, delete, history."""
    return reverse(f"admin:negotiations_{model._meta.model_name}_{action}", args=args)


def change_url(record):
    """The admin page that edits ``record``."""
    return admin_url(type(record), "change", record.pk)


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data = []
        self.in_form = False
        self.select = None
        self.option = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("id") or "").endswith("_form"):
            self.in_form = True
        if not self.in_form:
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image", "reset"} or "name" not in attrs:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            default = "on" if kind in {"checkbox", "radio"} else ""
            self.data.append((attrs["name"], attrs.get("value") or default))
        elif tag == "select" and "name" in attrs:
            self.select = attrs["name"]
        elif tag == "option" and self.select is not None and "selected" in attrs:
            self.data.append((self.select, attrs.get("value", "")))
        elif tag == "textarea" and "name" in attrs:
            self.textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # Browsers drop the one newline that follows <textarea>.
            name, value = self.textarea
            self.data.append((name, value.removeprefix("\n")))
            self.textarea = None


def read_admin_form(html):
    """The fields of the page's admin form as a dict of lists (QueryDict style)."""
    reader = _FormReader()
    reader.feed(html)
    form = {}
    for name, value in reader.data:
        form.setdefault(name, []).append(value)
    return form


def load_admin_form(client, url):
    """GET an admin page and return its form, as an editor's browser holds it."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return read_admin_form(response.text)


def save_in_admin(client, record, **changes):
    """Save ``record``'s admin form as loaded, with ``changes`` typed in; fail unless it saves."""
    url = change_url(record)
    form = load_admin_form(client, url)
    form.update({name: [value] for name, value in changes.items()})
    response = client.post(url, form)
    assert response.status_code == 302, response.context["errors"]


def add_inline_row(form, prefix, **values):
    """Add one row to the inline formset ``prefix`` of a loaded admin form, as an editor
    clicking "Add another" and typing ``values`` would."""
    index = int(form[f"{prefix}-TOTAL_FORMS"][0])
    form[f"{prefix}-TOTAL_FORMS"] = [str(index + 1)]
    # The new row starts as a copy of the page's empty row, defaults selected.
    template = f"{prefix}-__prefix__-"
    for name, value in list(form.items()):
        if name.startswith(template):
            form[f"{prefix}-{index}-{name.removeprefix(template)}"] = list(value)
    for name, value in values.items():
        form[f"{prefix}-{index}-{name}"] = value if isinstance(value, list) else [str(value)]
    return index


def submit_admin_form(client, url, form):
    """POST an admin form; fail with the page's errors unless it saved (a redirect)."""
    response = client.post(url, form)
    if response.status_code != 302:
        errors = [response.context["errors"]]
        errors += [
            inline.formset.non_form_errors() for inline in response.context["inline_admin_formsets"]
        ]
        errors += [inline.formset.errors for inline in response.context["inline_admin_formsets"]]
        raise AssertionError(f"the admin refused the form: {errors}")
    return response
