"""Tables of the decision and the offer: the offer made to a selected candidate and its answer."""

from __future__ import annotations
