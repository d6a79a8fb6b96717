"""Vacancies: drafted from an uploaded ToR, corrected by admins, published."""
