"""jpo: an open, accountable platform for the UN Junior Professional Officer Programme."""

__version__ = "0.1.0"
