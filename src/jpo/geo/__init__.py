"""Reference geography for ToR parsing: duty stations, countries, languages and UN entities."""
