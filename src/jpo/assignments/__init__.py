"""The JPO's assignment, from the accepted offer to its end: the record and who may see it (`records`,
`access`), the work plan, supervision, performance evaluations, the yearly extension and the final
report, the steps due on it and their reminders. Services take a session and never commit."""
