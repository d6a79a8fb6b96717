"""Request plumbing shared by the API and the web: the unit of work, limits, headers, origin checks."""
