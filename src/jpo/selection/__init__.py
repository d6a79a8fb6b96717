"""After the interviews: the host agency selects, the donor programme confirms, the offer and its answer."""
