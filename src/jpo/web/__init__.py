"""The web interface: server-rendered pages (Jinja2, htmx) over the same services as the API."""
