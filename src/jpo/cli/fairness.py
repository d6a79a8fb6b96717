"""`jpo fairness audit`: selection rates and impact ratios per category, for auditors, offline."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jpo.cli.output import console, fail, fail_on, print_json

if TYPE_CHECKING:
    from jpo.contracts.fairness import FairnessAudit

app = typer.Typer(
    help="Audit outcomes for adverse impact (NYC Local Law 144's impact ratios).", no_args_is_help=True
)

MAX_BYTES = 50 * 1024 * 1024


@app.command("audit")
def audit(
    outcomes: Annotated[
        Path, typer.Argument(help="A CSV file: one row per person, one column per category.")
    ],
    by: Annotated[
        list[str], typer.Option("--by", help="A category column; give two or more for their intersections.")
    ],
    outcome: Annotated[
        str | None,
        typer.Option("--outcome", help="The outcome column (1/0, true/false, yes/no); default selected."),
    ] = None,
    score: Annotated[
        str | None,
        typer.Option("--score", help="A numeric score column instead: selected = above the median."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the jpo.fairness/1 document.")] = False,
) -> None:
    """Selection rate and impact ratio of each category and of each pair's intersections.

    An empty cell is an unknown value, counted apart. A category under 2 % of the people with a known
    value is reported but left out of the maximum rate; an impact ratio under 0.8 is flagged for review
    with Fisher's exact test and the selections that would reach parity. With no one selected in a
    family, impact ratios are empty.
    """
    from jpo.errors import InputError
    from jpo.fairness import audit as run_audit
    from jpo.fairness import read_outcomes

    if outcome and score:
        fail("give --outcome or --score, not both")
    rows, columns = _read_csv(outcomes)
    try:
        read = read_outcomes(rows, columns, by, outcome=outcome, score=score)
    except InputError as error:
        fail_on(error, str(outcomes))
    target = score or outcome or "selected"
    if score:
        result = run_audit(read.people, by, target, measure="score_above_median", median=read.median)
    else:
        result = run_audit(read.people, by, target)
    if as_json:
        print_json(result.to_json())
    else:
        _show(result)


def _read_csv(path: Path) -> tuple[list[dict[str, str | None]], list[str]]:
    try:
        if path.stat().st_size > MAX_BYTES:
            fail(f"{path}: over the {MAX_BYTES // (1024 * 1024)} MB limit")
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            columns = [c.strip() for c in reader.fieldnames or []]
    except FileNotFoundError:
        fail(f"{path}: no such file")
    except IsADirectoryError:
        fail(f"{path}: is a folder, not a CSV file")
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text")
    except csv.Error as error:
        fail(f"{path}: not a readable CSV file ({error})")
    except OSError as error:
        fail(f"{path}: cannot read ({error.strerror or error})")
    if not columns:
        fail(f"{path}: empty file (a header row is needed)")
    stripped = [{(k.strip() if k else k): v for k, v in row.items()} for row in rows]
    return stripped, columns


def _show(result: FairnessAudit) -> None:
    from rich.table import Table

    measure = "scoring above the median" if result.measure == "score_above_median" else "selected"
    console.print(f"{result.n} people; outcome: {result.outcome} ({measure})")
    for family in result.families:
        table = Table(title=" × ".join(family.by), title_justify="left", expand=False)
        for column in ("Category", "n", "Selected", "Rate", "Impact ratio", "Fisher p", "To parity", ""):
            table.add_column(column, justify="left" if column in ("Category", "") else "right")
        for row in family.rows:
            ratio = "—" if row.impact_ratio is None else f"{row.impact_ratio:.4f}"
            note = (
                "[yellow]review[/]"
                if row.flag
                else ("[dim]under 2 %, left out of the maximum[/]" if row.excluded else "")
            )
            table.add_row(
                ", ".join(row.category.values()),
                str(row.n),
                str(row.selected),
                f"{row.rate:.4f}",
                ratio,
                f"{row.fisher_p:.4f}",
                "—" if row.to_parity is None else str(row.to_parity),
                note,
            )
        console.print(table)
        console.print(f"[dim]unknown: {family.unknown}[/dim]")
