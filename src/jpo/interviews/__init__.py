"""A vacancy's competency-based interviews: the kit, the panel, slots and bookings, scoring, the report."""
