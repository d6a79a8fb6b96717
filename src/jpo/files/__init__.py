"""Stored files: content-addressed on disk under the data directory."""
