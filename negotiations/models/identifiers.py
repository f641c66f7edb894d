"""Identifiers other datasets give the tracker's records (a Wikidata QID, a UCDP actor id,
a PA-X agreement id): each names one actor, person, negotiation or agreement, and cites the
source that ties it to the record."""

from django.db import models
from django.db.models import OuterRef, Q

from .actors import Actor, Person
from .base import CitedModel
from .negotiations import Negotiation
from .packed import packed, unpacked
from .proposals import Proposal


class Scheme(models.TextChoices):
    WIKIDATA = "wikidata", "Wikidata QID"
    UCDP_CONFLICT = "ucdp_conflict", "UCDP conflict id"
    UCDP_DYAD = "ucdp_dyad", "UCDP dyad id"
    UCDP_ACTOR = "ucdp_actor", "UCDP actor id"
    PAX_AGREEMENT = "pax_agreement", "PA-X agreement id (AgtId)"
    ACLED_ACTOR = "acled_actor", "ACLED actor name"
    ACLED_EVENT = "acled_event", "ACLED event id"
    ISO_3166 = "iso_3166", "ISO 3166 country code"
    GLEDITSCH_WARD = "gleditsch_ward", "Gleditsch–Ward country code"
    ETH_PRIO_CEASEFIRE = "eth_prio_ceasefire", "ETH/PRIO ceasefire id"


#: Patterns hold the whole value between \A and \Z, which Python and PostgreSQL read alike:
#: Python's "$" (SQLite's REGEXP) would also end before a final new line.
DIGITS = r"\A[0-9]+\Z"
#: A Wikidata QID, anchored by whoever reads it.
QID = "Q[1-9][0-9]*"

#: What a value of each scheme looks like (a regular expression read alike by SQLite's
#: Python and PostgreSQL), and what the editor is told when it does not.
PATTERNS = {
    Scheme.WIKIDATA: (rf"\A{QID}\Z", "A Wikidata QID is Q followed by digits, e.g. Q42."),
    Scheme.UCDP_CONFLICT: (DIGITS, "A UCDP conflict id is digits only, e.g. 234."),
    Scheme.UCDP_DYAD: (DIGITS, "A UCDP dyad id is digits only, e.g. 406."),
    Scheme.UCDP_ACTOR: (DIGITS, "A UCDP actor id is digits only, e.g. 1163."),
    Scheme.PAX_AGREEMENT: (DIGITS, "A PA-X agreement id (AgtId) is digits only, e.g. 2532."),
    Scheme.ACLED_ACTOR: (r"\S", "An ACLED actor name cannot be blank."),
    Scheme.ACLED_EVENT: (
        r"\A[A-Z]{2,4}[0-9]+\Z",
        "An ACLED event id is two to four capital letters then digits, e.g. PSE12345.",
    ),
    Scheme.ISO_3166: (
        r"\A[A-Z]{2,3}\Z",
        "An ISO 3166 country code is two or three capital letters, e.g. QA or QAT.",
    ),
    Scheme.GLEDITSCH_WARD: (DIGITS, "A Gleditsch–Ward country code is digits only, e.g. 666."),
    Scheme.ETH_PRIO_CEASEFIRE: (DIGITS, "An ETH/PRIO ceasefire id is digits only."),
}

#: How a page names a scheme before the value: "Wikidata Q797".
SHORT_NAMES = {
    Scheme.WIKIDATA: "Wikidata",
    Scheme.UCDP_CONFLICT: "UCDP conflict",
    Scheme.UCDP_DYAD: "UCDP dyad",
    Scheme.UCDP_ACTOR: "UCDP actor",
    Scheme.PAX_AGREEMENT: "PA-X",
    Scheme.ACLED_ACTOR: "ACLED actor",
    Scheme.ACLED_EVENT: "ACLED event",
    Scheme.ISO_3166: "ISO 3166",
    Scheme.GLEDITSCH_WARD: "Gleditsch–Ward",
    Scheme.ETH_PRIO_CEASEFIRE: "ETH/PRIO ceasefire",
}

#: Where each scheme shows one record publicly: the address, the value put after it.
PUBLIC_PAGES = {
    Scheme.WIKIDATA: "https://www.wikidata.org/wiki/",
    Scheme.UCDP_CONFLICT: "https://ucdp.uu.se/conflict/",
    Scheme.UCDP_ACTOR: "https://ucdp.uu.se/actor/",
    Scheme.UCDP_DYAD: "https://ucdp.uu.se/dyad/",
    Scheme.PAX_AGREEMENT: "https://www.peaceagreements.org/view/",
}

#: The kinds of record an identifier may name, as (field, what it is called).
RECORD_KINDS = (
    ("actor", "actor"),
    ("person", "person"),
    ("negotiation", "negotiation"),
    ("proposal", "agreement or proposal"),
)


def _exactly_one_record():
    cases = []
    for field, _ in RECORD_KINDS:
        others = {f"{other}__isnull": True for other, _ in RECORD_KINDS if other != field}
        cases.append(Q(**{f"{field}__isnull": False}, **others))
    condition = cases[0]
    for case in cases[1:]:
        condition |= case
    return condition


class ExternalIdentifier(CitedModel):
    """An identifier another dataset gives one actor, person, negotiation or agreement."""

    Scheme = Scheme

    scheme = models.CharField(max_length=30, choices=Scheme.choices)
    value = models.CharField(max_length=200, help_text="As the scheme writes it: Q797, 234, QAT.")
    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, null=True, blank=True, related_name="identifiers"
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, null=True, blank=True, related_name="identifiers"
    )
    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, null=True, blank=True, related_name="identifiers"
    )
    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="identifiers",
        verbose_name="agreement or proposal",
    )

    class Meta:
        ordering = ["scheme", "value", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one_record(),
                name="externalidentifier_names_one_record",
                violation_error_message="An identifier names exactly one actor, person, "
                "negotiation or agreement.",
                violation_error_code="record",
            ),
            models.CheckConstraint(
                condition=Q(scheme__in=Scheme.values),
                name="externalidentifier_scheme_known",
                violation_error_message="Choose one of the schemes listed.",
                violation_error_code="scheme",
            ),
            *(
                models.CheckConstraint(
                    condition=Q(~Q(scheme=scheme) | Q(value__regex=pattern)),
                    name=f"externalidentifier_{scheme.value}_format",
                    violation_error_message=message,
                    violation_error_code="value",
                )
                for scheme, (pattern, message) in PATTERNS.items()
            ),
            *(
                models.UniqueConstraint(
                    fields=["scheme", "value"],
                    condition=Q(**{f"{field}__isnull": False}),
                    name=f"externalidentifier_{field}_unique",
                    violation_error_message=f"This identifier already identifies another {kind}.",
                    violation_error_code="value",
                )
                for field, kind in RECORD_KINDS
            ),
        ]

    @classmethod
    def packed_for(cls, owner, outer="pk"):
        """The identifiers of the outer row's ``owner`` (``negotiation``, ``proposal``; its
        column ``outer``), packed into that row's query (``models.packed``)."""
        return packed(cls.objects.filter(**{owner: OuterRef(outer)}), owner)

    @classmethod
    def unpacked(cls, text, **owner):
        """The identifiers ``packed_for`` wrote, in their model's order."""
        found = unpacked(cls, text, **owner)
        return sorted(found, key=lambda identifier: (identifier.scheme, identifier.value))

    def __str__(self):
        return f"{self.get_scheme_display()} {self.value}"

    @property
    def label(self):
        """How a page names it: "Wikidata Q797", "UCDP actor 1163"."""
        return f"{SHORT_NAMES.get(self.scheme, self.scheme)} {self.value}"

    @property
    def url(self):
        """Its record's public page in the scheme, where the scheme has one."""
        page = PUBLIC_PAGES.get(self.scheme)
        return f"{page}{self.value}" if page else None

    @property
    def record_kind(self):
        """actor, person, negotiation or proposal: which field names its record."""
        return next((field for field, _ in RECORD_KINDS if getattr(self, f"{field}_id")), None)

    @property
    def record_id(self):
        kind = self.record_kind
        return getattr(self, f"{kind}_id") if kind else None

    @property
    def record_slug(self):
        """The slug of its actor or negotiation; people and proposals have none."""
        kind = self.record_kind
        if kind in ("actor", "negotiation"):
            return getattr(self, kind).slug
        return None
