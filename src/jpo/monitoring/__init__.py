"""Equality monitoring: what candidates choose to say of themselves, and the fairness audit of a
vacancy's recruitment, stage by stage, read only in aggregate."""
