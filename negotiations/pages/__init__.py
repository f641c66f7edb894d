"""What each public page shows, assembled without HTTP, each in a fixed number of queries.

Pages read the domain (``negotiations.models``, ``negotiations.fields``); nothing in the
domain imports them.
"""
