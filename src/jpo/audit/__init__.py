"""Accountability: the append-only audit trail (and, later, fairness audits)."""
