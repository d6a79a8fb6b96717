"""`jpo vacancy ...`: read ToR documents into structured vacancies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jpo.cli.output import console, fail_on, print_json
from jpo.errors import JpoError

if TYPE_CHECKING:
    from jpo.contracts.vacancy import Vacancy

app = typer.Typer(help="Read Terms of Reference documents into structured vacancies.", no_args_is_help=True)

FileArg = Annotated[Path, typer.Argument(help="A ToR document: .txt, .md, .pdf, .docx or .html.")]


def _parse(path: Path) -> Vacancy:
    from jpo.settings import get_settings
    from jpo.vacancy.parse import parse_file

    try:
        return parse_file(path, max_bytes=get_settings().max_upload_bytes)
    except JpoError as error:
        fail_on(error, str(path))


@app.command("parse")
def parse(
    file: FileArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the jpo.vacancy/1 document.")] = False,
) -> None:
    """Parse one ToR; print a readable summary, or the jpo.vacancy/1 JSON with --json."""
    vacancy = _parse(file)
    if as_json:
        print_json(vacancy.to_json())
    else:
        from jpo.cli import vacancy_view

        vacancy_view.show(console, vacancy)


@app.command("text")
def text(file: FileArg) -> None:
    """Print the text extracted from a ToR: the text that `sources` offsets point into."""
    from jpo.settings import get_settings
    from jpo.vacancy.extract import extract_file

    try:
        extracted = extract_file(file, max_bytes=get_settings().max_upload_bytes)
    except JpoError as error:
        fail_on(error, str(file))
    print_json(extracted.text.rstrip("\n"))


@app.command("summary")
def summary(
    files_: Annotated[list[Path], typer.Argument(metavar="FILES...", help="ToR documents.")],
) -> None:
    """Parse several ToRs and print one line each."""
    from jpo.cli import vacancy_view

    vacancy_view.table(console, [_parse(path) for path in files_])
