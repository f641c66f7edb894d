"""The export, by capability: every dataset's columns and rows, read from a request and
written as CSV (by Python, or on PostgreSQL by COPY) or JSON; the /export/ pages; the
dated releases; the schema changelog (``changelog.toml``).

Each module imports only those listed before it (``tests/test_export_layering.py``):

- ``sql``: SQL text for names and constants; ``changelog``: the schema version and changes
- ``columns``: column types, one rule per type for both CSV writers, and the columns
- ``lists``: list columns (cited sources, linked records), in Python and in SQL
- ``tables``: a table of typed columns and rows, and ``Dataset``, a table of records
- ``proposal_datasets``, ``record_datasets``: the datasets; ``implementation_datasets``:
  those of what became of agreements (they repeat ``proposal_datasets``' columns of a
  proposal); ``datasets``: their registry
- ``deletions``: the table of rows deleted from the datasets
- ``forms``: a request for a dataset or the deletions, validated
- ``postgres``: a dataset's CSV by COPY; ``writers``: CSV and JSON, answering a request
- ``releases``: dated releases; ``views``: the /export/ pages
"""
