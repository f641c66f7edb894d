"""The page store: rendered public pages kept for readers until a write replaces them.

A stored page is found by the version tokens of the scopes it shows, as the app whose pages
they are registers them (``registry``): a negotiation's own pages, or pages that span the
whole tracker. After a transaction commits, the scopes it wrote get new tokens, so the edit shows
on the very next request in every server process, and pages of other negotiations stay.
"""
