"""The read-only JSON API, version 1: /api/v1/, its OpenAPI schema and its documentation."""
