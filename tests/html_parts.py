"""Parts of a rendered page found by the HTML parser, not by searching the markup as text."""

from bs4 import BeautifulSoup


def parse(html):
    """The page as a tree (BeautifulSoup on Python's own HTML parser)."""
    return BeautifulSoup(html, "html.parser")


def part(html, selector):
    """The one element that ``selector`` (CSS) picks on the page; fails if none or several."""
    found = parse(html).select(selector)
    assert len(found) == 1, f"{selector!r} matches {len(found)} elements"
    return found[0]


def text_of(element):
    """An element's visible text with runs of whitespace made single spaces."""
    return " ".join(element.get_text(" ").split())


def texts(element, selector):
    """The visible text of each element ``selector`` picks under ``element``, in document order."""
    return [text_of(found) for found in element.select(selector)]


def fact(element, term):
    """The <dd> that follows the one <dt> under ``element`` whose text is ``term``."""
    terms = [dt for dt in element.select("dt") if text_of(dt) == term]
    assert len(terms) == 1, f"{term!r} names {len(terms)} terms"
    return terms[0].find_next_sibling("dd")


def hrefs(element):
    """The address of every link under ``element``, in document order, as the parser reads it."""
    return [link["href"] for link in element.select("a[href]")]
