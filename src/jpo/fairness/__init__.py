"""Fairness audits: selection rates and impact ratios per category, as NYC Local Law 144's rules define
them; pure, over rows of outcomes (a CSV, or the stages of a recruitment)."""

from jpo.fairness.audit import Person, audit
from jpo.fairness.outcomes import read_outcomes

__all__ = ["Person", "audit", "read_outcomes"]
