"""Users and their roles: candidates, programme admins, reviewers, auditors."""
