"""Pure rules of the JPO's assignment after the offer is accepted: its calendar (the first month, the
yearly cycles, the extension window), the UN performance rating scale, and the steps due on it."""
