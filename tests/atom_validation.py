"""Atom documents checked against RFC 4287: its RELAX NG schema (Appendix B, in
tests/atom.rng), the Schematron rules that schema carries, and the rules of its text that
neither states."""

import functools
import re
from pathlib import Path

from lxml import etree

SCHEMA = Path(__file__).with_name("atom.rng")
SCHEMATRON = "http://www.ascc.net/xml/schematron"
NAMESPACES = {"atom": "http://www.w3.org/2005/Atom"}

# RFC 3339's date-time (§3.3): xsd:dateTime in the schema also lets the offset out.
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
# An IRI starts with its scheme (RFC 3987); a relative reference is no IRI (§4.2.6).
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


@functools.cache
def schema():
    """The schema's tree and its grammar, read once."""
    tree = etree.parse(SCHEMA)
    return tree, etree.RelaxNG(tree)


def atom_errors(document):
    """What makes ``document`` (bytes) no valid Atom document: an empty list when it is one."""
    schema_tree, grammar = schema()
    root = etree.fromstring(document)
    errors = [] if grammar.validate(root) else [str(error) for error in grammar.error_log]
    for rule in schema_tree.iter(f"{{{SCHEMATRON}}}rule"):
        context = rule.get("context")
        for node in root.xpath(f"descendant-or-self::{context}", namespaces=NAMESPACES):
            for check in rule.iter(f"{{{SCHEMATRON}}}assert"):
                if not node.xpath(check.get("test"), namespaces=NAMESPACES):
                    errors.append(f"{context} on line {node.sourceline}: {check.text}")
    for date in root.xpath("//atom:updated | //atom:published", namespaces=NAMESPACES):
        if not DATE_TIME.fullmatch(date.text or ""):
            errors.append(f"line {date.sourceline}: {date.text!r} is no RFC 3339 date-time")
    for identifier in root.xpath("//atom:id", namespaces=NAMESPACES):
        if not SCHEME.match(identifier.text or ""):
            errors.append(f"line {identifier.sourceline}: id {identifier.text!r} is no IRI")
    # §4.1.1 and §4.1.2: one alternate link per media type and language.
    for node in root.xpath("//atom:feed | //atom:entry", namespaces=NAMESPACES):
        links = node.xpath("atom:link[not(@rel) or @rel='alternate']", namespaces=NAMESPACES)
        alternates = [(link.get("type"), link.get("hreflang")) for link in links]
        if len(alternates) != len(set(alternates)):
            errors.append(f"line {node.sourceline}: two alternate links of the same type")
    return errors
