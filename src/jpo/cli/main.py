"""The `jpo` command: one Typer app, a sub-app per domain area."""

from __future__ import annotations

import typer

from jpo.cli import admin, audit, db, eligibility, fairness, rank, retention, rulepack, serve, vacancy, worker

app = typer.Typer(
    name="jpo",
    help="jpo: an open, accountable platform for the UN Junior Professional Officer Programme.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(vacancy.app, name="vacancy")
app.add_typer(eligibility.app, name="eligibility")
app.add_typer(rulepack.app, name="rulepack")
app.add_typer(db.app, name="db")
app.add_typer(admin.app, name="admin")
app.add_typer(fairness.app, name="fairness")
app.add_typer(audit.app, name="audit")
app.add_typer(retention.app, name="retention")
app.add_typer(rank.eval_app, name="eval")
app.command("rank")(rank.rank)
app.command("serve")(serve.serve)
app.command("demo")(serve.demo)
app.command("worker")(worker.worker)


def main() -> None:
    """Entry point of the console script."""
    app()
