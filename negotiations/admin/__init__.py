"""Staff editing: every domain record, with its citations and terms on the same page.

Importing the package registers every admin; ``base.TrackerAdmin`` is what they share.
"""

from . import actors, agreements, implementation, records, releases, sources, talks

__all__ = ["actors", "agreements", "implementation", "records", "releases", "sources", "talks"]
