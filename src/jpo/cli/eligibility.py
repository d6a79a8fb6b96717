"""`jpo eligibility ...`: judge candidates against a vacancy, criterion by criterion."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jpo.cli.inputs import load_profile, load_vacancy, parse_moment, profile_files
from jpo.cli.output import console, fail, print_json

if TYPE_CHECKING:
    from jpo.contracts.eligibility import Verdict
    from jpo.contracts.rulepack import CriterionId

app = typer.Typer(help="Decide eligibility under the sponsor's rule pack.", no_args_is_help=True)

OnOption = Annotated[
    str | None, typer.Option("--on", help="Evaluation date or date-time, ISO 8601 (default: now).")
]
_STYLE = {"pass": "green", "fail": "red", "unknown": "yellow"}
_VERDICT = {
    True: "[green]eligible[/green]",
    False: "[red]not eligible[/red]",
    None: "[yellow]undecided[/yellow]",
}
CRITERIA: tuple[CriterionId, ...] = (
    "nationality", "age", "degree", "experience", "language", "language_test", "military_service",
    "application_limit", "former_jpo", "deadline",
)  # fmt: skip


def _show(verdict: Verdict) -> None:
    from rich.table import Table

    table = Table(show_lines=True, expand=True)
    table.add_column("Criterion", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Reason", ratio=1)
    for c in verdict.criteria:
        table.add_row(c.id, f"[{_STYLE[c.status]}]{c.status}[/]", c.reason)
    console.print(table)
    console.print(f"Verdict: {_VERDICT[verdict.eligible]} (evaluated {verdict.evaluated_on})")
    for note in verdict.notes:
        console.print(f"[dim]not checked[/dim] {note}")
    for warning in verdict.warnings:
        console.print(f"[yellow]warning[/yellow] {warning}")


@app.command("check")
def check(
    profile: Annotated[Path, typer.Argument(help="A jpo.profile/1 JSON file.")],
    vacancy: Annotated[Path, typer.Argument(help="A ToR document or a jpo.vacancy/1 JSON file.")],
    on: OnOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the jpo.eligibility/1 document.")] = False,
) -> None:
    """Judge one profile against one vacancy."""
    from jpo.eligibility import check as judge

    verdict = judge(load_profile(profile), load_vacancy(vacancy), on=parse_moment(on))
    if as_json:
        print_json(verdict.to_json())
    else:
        _show(verdict)


@app.command("screen")
def screen(
    vacancy: Annotated[Path, typer.Argument(help="A ToR document or a jpo.vacancy/1 JSON file.")],
    profiles: Annotated[list[Path], typer.Argument(help="jpo.profile/1 files or folders of them.")],
    on: OnOption = None,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Also write one row per profile here.")
    ] = None,
) -> None:
    """Judge many profiles against one vacancy: a summary table, and --csv FILE."""
    from rich.table import Table

    from jpo.eligibility import Screening

    screening = Screening(load_vacancy(vacancy), parse_moment(on))
    rows = [(path, screening.check(load_profile(path))) for path in profile_files(profiles)]
    table = Table(expand=True)
    for column in ("Profile", "Verdict", "Failing or undecided criteria"):
        table.add_column(column)
    for path, verdict in rows:
        open_ = ", ".join(f"{c.id} ({c.status})" for c in verdict.criteria if c.status != "pass")
        table.add_row(path.stem, _VERDICT[verdict.eligible], open_ or "-")
    console.print(table)
    counts = {
        label: sum(1 for _, v in rows if v.eligible is value)
        for value, label in ((True, "eligible"), (False, "not eligible"), (None, "undecided"))
    }
    console.print(", ".join(f"{n} {label}" for label, n in counts.items()))
    if csv_file:
        _write_csv(csv_file, rows)


def _write_csv(path: Path, rows: list[tuple[Path, Verdict]]) -> None:
    try:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["profile", "eligible", *CRITERIA])
            for source, verdict in rows:
                status = {c.id: c.status for c in verdict.criteria}
                eligible = {True: "true", False: "false", None: ""}[verdict.eligible]
                writer.writerow([source.stem, eligible, *(status.get(c, "") for c in CRITERIA)])
    except OSError as error:
        fail(f"{path}: cannot write ({error.strerror or error})")
