"""After the shortlist (pure core): the written assessment's double marking and the interview panel's
consolidated ratings, computed from the marks and ratings alone."""
