"""Persistence: the only package that imports SQLAlchemy (models, engine and sessions, migrations)."""
