"""Demo data: the five example ToRs the project started from."""
