"""Eligibility: a candidate judged against a vacancy and its sponsor's rule pack, criterion by criterion."""

from jpo.eligibility.engine import Screening, check

__all__ = ["Screening", "check"]
