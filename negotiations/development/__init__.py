"""Development data: ``manage.py generate_synthetic`` fills a database with synthetic
negotiations to measure the tracker at scale (bench/, the query-budget tests).

Its own Django app, installed only where ``DEVELOPMENT_DATA`` is on (by default wherever
``DEBUG`` is): the tracker itself never imports it, and production never loads it.
"""
