"""The ranker's model card (issue 16)."""
