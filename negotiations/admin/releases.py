"""The staff page of the releases, where a superuser writes a new one."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from ..exports import releases


class ReleaseForm(forms.Form):
    note = forms.CharField(
        max_length=500,
        required=False,
        help_text="What changed since the last release; shown with it on /export/.",
    )


def release_page(request):
    """Staff page listing the releases; a superuser writes a new one with a note."""
    if not request.user.is_superuser:
        raise PermissionDenied("Only a superuser publishes a release.")
    form = ReleaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        release = releases.make_release(note=form.cleaned_data["note"])
        messages.success(request, f"Release {release.name} written: {release.bytes:,} bytes.")
        return HttpResponseRedirect(request.path)
    context = {
        **admin.site.each_context(request),
        "title": "Releases",
        "form": form,
        "releases": releases.published(),
    }
    return TemplateResponse(request, "admin/negotiations/release.html", context)
