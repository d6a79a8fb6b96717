"""Terms of Reference documents read into jpo.vacancy/1."""
