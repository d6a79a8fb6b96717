"""Eligibility: a candidate judged against a vacancy and its sponsor's rule pack, criterion by criterion."""

from jpo.eligibility.engine import check

__all__ = ["check"]
