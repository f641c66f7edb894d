"""Actors, their other names and memberships, the people who speak for them, and the
identifiers other datasets give them (and negotiations and agreements)."""

from django.contrib import admin

from ..models import Actor, ActorAlias, ExternalIdentifier, Membership, Person
from .base import TrackerAdmin
from .forms import ActorForm, dated
from .inlines import AliasInline, CitationInline, IdentifierInline, MembershipInline


@admin.register(Actor)
class ActorAdmin(TrackerAdmin):
    list_display = ["name", "kind", "part_of"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name", "description"]
    form = ActorForm
    autocomplete_fields = ["part_of"]
    inlines = [AliasInline, IdentifierInline, MembershipInline]


@admin.register(Membership)
class MembershipAdmin(TrackerAdmin):
    list_display = ["member", "relation", "group", "period"]
    list_filter = ["relation"]
    search_fields = ["member__name", "group__name"]
    autocomplete_fields = ["member", "group"]
    fields = ["member", ("relation", "group"), dated("since"), dated("until")]
    inlines = [CitationInline]


@admin.register(ActorAlias)
class ActorAliasAdmin(TrackerAdmin):
    list_display = ["name", "actor"]
    search_fields = ["name", "actor__name"]
    autocomplete_fields = ["actor"]


@admin.register(Person)
class PersonAdmin(TrackerAdmin):
    list_display = ["__str__", "affiliation"]
    search_fields = ["name", "title", "affiliation__name"]
    autocomplete_fields = ["affiliation"]
    inlines = [IdentifierInline, CitationInline]


@admin.register(ExternalIdentifier)
class ExternalIdentifierAdmin(TrackerAdmin):
    list_display = ["__str__", "actor", "person", "negotiation", "proposal"]
    list_filter = ["scheme"]
    search_fields = ["value", "actor__name", "person__name", "negotiation__title"]
    autocomplete_fields = ["actor", "person", "negotiation", "proposal"]
    fields = [("scheme", "value"), "actor", "person", "negotiation", "proposal"]
    inlines = [CitationInline]
