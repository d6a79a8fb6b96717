"""Field extractors: one module per family of jpo.vacancy/1 fields."""
