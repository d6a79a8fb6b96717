"""Sponsor rule packs: one jpo.rulepack/1 YAML file per donor programme (package data)."""
