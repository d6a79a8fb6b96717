"""A vacancy's written assessment: set, taken by the shortlisted candidates, marked blind by two markers."""
