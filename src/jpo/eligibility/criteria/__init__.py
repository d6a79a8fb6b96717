"""Eligibility criteria, one module per criterion id of jpo.eligibility/1."""
