"""Candidate pages: profile builder, applying with eligibility first, my applications
and receipts, export, deletion."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
