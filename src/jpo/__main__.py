"""`python -m jpo` runs the `jpo` command."""

from jpo.cli.main import main

main()
