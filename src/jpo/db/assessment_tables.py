"""Tables of a vacancy's written assessment: its tasks and marking scheme, the candidates' sittings and
answers, the markers with their declarations, and their marks."""

from __future__ import annotations
