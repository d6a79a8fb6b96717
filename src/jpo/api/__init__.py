"""The REST API (FastAPI): a thin edge over the services, errors as RFC 9457 problem details."""
