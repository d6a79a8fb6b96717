"""Explainable, identity-blind ranking of candidates against a vacancy (pure: no database, no web)."""

from jpo.matching.rank import rank

__all__ = ["rank"]
