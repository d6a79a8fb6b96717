"""Tables of a vacancy's competency-based interviews: the kit, the panel and its members' declarations,
slots and bookings, each member's ratings, and the panel's recommendation."""

from __future__ import annotations
