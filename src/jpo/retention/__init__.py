"""Retention and destruction: what is kept how long, and the purge that removes what is due."""
