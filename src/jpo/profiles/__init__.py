"""Candidate profiles: every save is a new version."""
