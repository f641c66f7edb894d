"""Proposals and agreements, with their terms, phases, milestones, status changes and links."""

from django.contrib import admin

from ..models import (
    ExchangeTerm,
    Milestone,
    OtherTerm,
    Phase,
    Proposal,
    ProposalLink,
    StatusChange,
)
from ..models.proposals import ROLES
from .base import TrackerAdmin
from .forms import SHORT_TEXT_BOXES, dated
from .implementation import AGREEMENT_INLINES, TermHandoverInline, TermStatementInline
from .inlines import (
    CategoriesAsCheckboxes,
    CitationInline,
    ExchangeTermInline,
    IdentifierInline,
    MilestoneInline,
    OtherTermInline,
    PhaseInline,
    PhaseOfItsProposal,
    ProposalLinkInline,
    StatusChangeInline,
)


@admin.register(Proposal)
class ProposalAdmin(TrackerAdmin):
    formfield_overrides = SHORT_TEXT_BOXES
    list_display = ["title", "kind", "proposed_by", "approximate_date", "status", "negotiation"]
    list_filter = ["kind", "status", "negotiation"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["proposed_by", *ROLES, "responds_to"]
    fields = [
        "negotiation",
        ("kind", "status"),
        "title",
        "summary",
        ("proposed_by", "proposer_unstated"),
        ("addressed_to", "addressees_unstated"),
        ("mediators", "mediators_unstated"),
        dated("date"),
        "responds_to",
        ("signatories", "guarantors"),
        ("endorsers", "witnesses"),
        ("ceasefire_class", "form", "purpose"),
        ("coverage", "covered_areas"),
        "note",
        "editors_note",
    ]
    inlines = [
        PhaseInline,
        ExchangeTermInline,
        OtherTermInline,
        MilestoneInline,
        StatusChangeInline,
        ProposalLinkInline,
        *AGREEMENT_INLINES,
        IdentifierInline,
        CitationInline,
    ]


@admin.register(ExchangeTerm)
class ExchangeTermAdmin(CategoriesAsCheckboxes, PhaseOfItsProposal, TrackerAdmin):
    list_display = ["__str__", "count", "ratio", "proposal"]
    list_filter = ["group", "categories"]
    autocomplete_fields = ["proposal", "releasing_party", "receiving_party"]
    fields = ["proposal", *ExchangeTermInline.fields]
    search_fields = ["description", "affiliation", "proposal__title"]
    inlines = [TermHandoverInline, TermStatementInline]


@admin.register(OtherTerm)
class OtherTermAdmin(CategoriesAsCheckboxes, PhaseOfItsProposal, TrackerAdmin):
    list_display = ["__str__", "kind", "proposal"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal"]
    search_fields = ["description", "applies_to", "proposal__title"]
    inlines = [TermStatementInline]


@admin.register(Milestone)
class MilestoneAdmin(TrackerAdmin):
    list_display = ["proposal", "kind", "approximate_date", "approximate_scheduled_end"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal", "actors"]
    fields = ["proposal", *MilestoneInline.fields]
    inlines = [CitationInline]


@admin.register(Phase)
class PhaseAdmin(TrackerAdmin):
    list_display = ["__str__", "proposal"]
    autocomplete_fields = ["proposal"]


@admin.register(ProposalLink)
class ProposalLinkAdmin(TrackerAdmin):
    list_display = ["proposal", "kind", "other"]
    list_filter = ["kind"]
    autocomplete_fields = ["proposal", "other"]


@admin.register(StatusChange)
class StatusChangeAdmin(TrackerAdmin):
    list_display = ["proposal", "status", "approximate_date"]
    autocomplete_fields = ["proposal"]
    inlines = [CitationInline]
