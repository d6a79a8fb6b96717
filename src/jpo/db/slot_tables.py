"""Tables of interview slots: the times a vacancy's panel offers and the candidates' bookings."""

from __future__ import annotations
