"""Reviewer pages: the ranked, pseudonymous list of a vacancy's applications, the evidence
behind each score, decisions with reasons."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
