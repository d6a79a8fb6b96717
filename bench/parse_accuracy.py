"""Field accuracy of the ToR parser per corpus: right, missing, wrong with a warning, silently wrong.

A gold file (`expected/NAME.json`, conventions in tests/data/tors/README.md) names the fields a
reader finds in its document; an explicit null or [] says the document does not state it, so a
value there is an invented one. A wrong value is "flagged" when a warning names its field (or the
field's parent), else "silent": the failure that changes who may apply without anyone noticing.

    .venv/bin/python bench/parse_accuracy.py            # every split, per-field table
    .venv/bin/python bench/parse_accuracy.py --details design   # each wrong value (design split only)

The held-out split (tests/data/heldout) was written by people who never read the parser; its
documents' mismatches are never printed, only counted: read them and they stop being held out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.compare import design_batches, leaves, matches, value_at, warned_fields  # noqa: E402

from jpo.vacancy.parse import parse_file  # noqa: E402

DATA = ROOT / "tests" / "data"
SEEDS = Path(str(files("jpo.demo").joinpath("seeds")))
SPLITS: dict[str, list[Path]] = {
    "design": [DATA / "seeds", *design_batches(DATA)],
    "held-out": sorted(p for p in (DATA / "heldout").glob("*") if p.is_dir()),
}
# Fields whose value decides who may apply: the aim is no silent wrong value among them.
DECISIVE = (
    "closing", "sponsor_country", "languages.required_set", "education.", "experience.min_years",
    "eligibility.",
)  # fmt: skip
OUTCOMES = ("right", "missing", "flagged", "silent")


def _documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted((folder / "expected").glob("*.json")):
        if folder.name == "seeds":
            pairs.append((SEEDS / f"{expected.stem}.txt", expected))
            continue
        document = next((p for p in folder.iterdir() if p.stem == expected.stem and p.is_file()), None)
        if document is not None:
            pairs.append((document, expected))
    return pairs


def _empty(value: Any) -> bool:
    return value is None or value is KeyError or value == [] or value == {}


def _flagged(path: str, warnings: list[dict[str, str]]) -> bool:
    top = path.removeprefix("len(").removesuffix(")").removesuffix(".required_set")
    for warning in warnings:
        field = str(warning.get("field", ""))
        if field and (top == field or top.startswith(field + ".") or field.startswith(top + ".")):
            return True
    return False


def _got(actual: dict[str, Any], path: str) -> Any:
    if path.endswith("required_set"):
        required = value_at(actual, path.rsplit(".", 1)[0] + ".required")
        return sorted({c for group in required for c in group}) if isinstance(required, list) else None
    return value_at(actual, path)


def score(expected: dict[str, Any], actual: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, outcome, detail) for each checked field of one document."""
    warnings = actual.get("warnings", [])
    results = []
    checks = [(path, want, _got(actual, path)) for path, want in leaves(expected)]
    checks += [
        (f"len({path})", n, len(v) if isinstance(v := value_at(actual, path), list) else None)
        for path, n in expected.get("_len", {}).items()
    ]
    for path, want, got in checks:
        if path.endswith("required_set"):
            ok = got is not None and sorted(want) == got
        elif path.startswith("len("):
            ok = got == want
        else:
            ok = matches(want, got) or (_empty(want) and _empty(got))
        if ok:
            outcome = "right"
        elif _empty(got) or got == 0:
            outcome = "missing"
        else:
            outcome = "flagged" if _flagged(path, warnings) else "silent"
        results.append((path, outcome, f"want {json.dumps(want)} got {json.dumps(got, default=str)}"))
    for prefix in warned_fields(expected):
        warned = any(str(w.get("field", "")).startswith(prefix) for w in warnings)
        results.append((f"warning on {prefix}", "right" if warned else "missing", ""))
    return results


def _field(path: str) -> str:
    return path.removeprefix("len(").removesuffix(")") if path.startswith("len(") else path


def _folder_line(split: str, folder: Path) -> None:
    counts: Counter[str] = Counter()
    decisive = documents = perfect = 0
    for document, expected_file in _documents(folder) if folder.is_dir() else []:
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        results = score(expected, json.loads(parse_file(document).to_json()))
        documents += 1
        perfect += all(outcome == "right" for _, outcome, _ in results)
        counts.update(outcome for _, outcome, _ in results)
        decisive += sum(
            1 for path, outcome, _ in results
            if outcome == "silent" and (_field(path).startswith(DECISIVE) or _field(path) in DECISIVE)
        )  # fmt: skip
    checked = sum(counts.values())
    if checked:
        right = counts["right"] / checked
        name = folder.relative_to(DATA)
        silent = f"{counts['silent']} ({decisive})"
        print(f"| {split} | `{name}` | {documents} | {checked} | {right:.1%} | {perfect} | {silent} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--details", choices=["design"], help="print each wrong or missing value of a split")
    parser.add_argument("--by-folder", action="store_true", help="one summary line per folder (counts only)")
    arguments = parser.parse_args()
    if arguments.by_folder:
        for split, folders in SPLITS.items():
            for folder in folders:
                _folder_line(split, folder)
        return
    for split, folders in SPLITS.items():
        if arguments.details and split != arguments.details:
            continue  # designing: the held-out split is not even counted, so its figures stay unseen
        _split_report(split, folders, details=arguments.details == split)


def _split_report(split: str, folders: list[Path], *, details: bool) -> None:
    per_field: dict[str, Counter[str]] = defaultdict(Counter)
    documents = [pair for folder in folders if folder.is_dir() for pair in _documents(folder)]
    perfect = 0
    for document, expected_file in documents:
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        results = score(expected, json.loads(parse_file(document).to_json()))
        perfect += all(outcome == "right" for _, outcome, _ in results)
        for path, outcome, detail in results:
            per_field[_field(path)][outcome] += 1
            if details and outcome != "right":
                print(f"{document.parent.name}/{document.name}: {outcome} {path}: {detail}")
    if not documents:
        return
    total: Counter[str] = sum(per_field.values(), Counter())
    checked = sum(total.values())
    decisive_silent = sum(
        c["silent"] for f, c in per_field.items() if f.startswith(DECISIVE) or f in DECISIVE
    )
    print(
        f"\n### {split}: {len(documents)} documents, {checked} gold fields, "
        f"{total['right'] / checked:.1%} "
        f"right, {perfect} documents fully right, {total['silent']} silently wrong "
        f"({decisive_silent} on fields that decide eligibility)\n"
    )
    print("| field | " + " | ".join(OUTCOMES) + " |\n|---|" + "---|" * len(OUTCOMES))
    for name in sorted(per_field):
        print(f"| `{name}` | " + " | ".join(str(per_field[name][o]) for o in OUTCOMES) + " |")


if __name__ == "__main__":
    main()
