"""`jpo rank` and `jpo eval ranking`: explainable rankings of candidates, and their measured quality."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jpo.cli.inputs import load_profile, load_vacancy, profile_files
from jpo.cli.output import console, fail, print_json

if TYPE_CHECKING:
    from jpo.contracts.profile import Profile
    from jpo.contracts.ranking import Ranking
    from jpo.matching.embedder import Embedder

eval_app = typer.Typer(help="Measure jpo against graded judgements.", no_args_is_help=True)
_ELIGIBLE = {True: "[green]yes[/green]", False: "[red]no[/red]", None: "[yellow]?[/yellow]"}


def cached_embedder() -> Embedder:
    """The default model, its vectors kept in JPO_DATA_DIR/embeddings.sqlite3 between runs."""
    from jpo.cli.embedding_cache import DiskCache
    from jpo.matching.embedder import CachingEmbedder
    from jpo.matching.rank import default_embedder
    from jpo.settings import get_settings

    return CachingEmbedder(default_embedder(), DiskCache(get_settings().data_dir / "embeddings.sqlite3"))


def _weights(path: Path | None) -> dict[str, float] | None:
    import yaml

    if path is None:
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        fail(f"{path}: cannot read the weights ({str(error).splitlines()[0]})")
    if not isinstance(data, dict) or not all(isinstance(v, int | float) for v in data.values()):
        fail(f"{path}: weights are a mapping of criterion to number, e.g. 'experience: 0.5'")
    return {str(key): float(value) for key, value in data.items()}


def load_profiles(paths: list[Path]) -> dict[str, Profile]:
    """Profiles keyed by file stem; two files with one stem are refused."""
    profiles: dict[str, Profile] = {}
    for path in profile_files(paths):
        if path.stem in profiles:
            fail(f"{path}: another profile is already called {path.stem!r}")
        profiles[path.stem] = load_profile(path)
    return profiles


def _show(ranking: Ranking) -> None:
    from rich.table import Table

    table = Table(expand=True, show_lines=True)
    for name, options in (("#", {"no_wrap": True}), ("profile", {"no_wrap": True}), ("eligible", {}),
                          ("score", {}), ("strongest evidence", {"ratio": 1})):  # fmt: skip
        table.add_column(name, **options)
    for candidate in ranking.candidates:
        evidence = [e for c in candidate.criteria if c.name == "experience" for e in c.evidence[:1]]
        shown = (
            f"{evidence[0].requirement[:90]}\n[dim]↔[/dim] {evidence[0].candidate_text[:90]}"
            if evidence
            else ""
        )
        if candidate.failing:
            shown += f"\n[red]fails: {', '.join(candidate.failing)}[/red]"
        table.add_row(str(candidate.rank), candidate.profile, _ELIGIBLE[candidate.eligible],
                      f"{candidate.score:.3f}", shown)  # fmt: skip
    console.print(table)


def rank(
    vacancy: Annotated[Path, typer.Argument(help="A ToR document or a jpo.vacancy/1 JSON file.")],
    profiles: Annotated[list[Path], typer.Argument(help="jpo.profile/1 files or folders of them.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the jpo.ranking/1 document.")] = False,
    weights: Annotated[Path | None, typer.Option(help="A YAML file of criterion weights.")] = None,
) -> None:
    """Rank candidates for a vacancy: eligible first, by score, with the evidence behind each score."""
    from jpo.matching.rank import Ranker

    target = load_vacancy(vacancy)
    candidates = load_profiles(profiles)
    try:
        ranker = Ranker(target, embedder=cached_embedder(), weights=_weights(weights))
    except ValueError as error:
        fail(str(error))
    ranking = ranker.rank(candidates)
    if as_json:
        print_json(ranking.to_json())
    else:
        _show(ranking)


def _by_score(ranking: Ranking) -> list[str]:
    return [c.profile for c in sorted(ranking.candidates, key=lambda c: (-c.score, c.profile))]


@eval_app.command("ranking")
def evaluate_ranking(
    qrels: Annotated[Path, typer.Argument(help="Graded judgements: vacancy_file, profile_id, grade (TSV).")],
    profiles_dir: Annotated[
        Path, typer.Argument(help="A folder of jpo.profile/1 files named <profile_id>.json.")
    ],
    vacancies: Annotated[list[Path], typer.Argument(help="The ToR files the judgements name.")],
) -> None:
    """nDCG@5 and @10 of jpo's scores per vacancy and their mean, beside a plain BM25 baseline."""
    from rich.table import Table

    from jpo.matching.baseline import bm25_scores
    from jpo.matching.evaluation import ndcg, read_qrels
    from jpo.matching.rank import Ranker
    from jpo.vacancy.extract import extract_file

    try:
        grades = read_qrels(qrels)
    except (OSError, KeyError, ValueError) as error:
        fail(f"{qrels}: not a judgements file with vacancy_file, profile_id and grade columns ({error})")
    candidates = load_profiles([profiles_dir])
    table = Table(title="Ranking quality (gain 2^grade − 1; scores ignore eligibility)")
    for name in ("vacancy", "jpo nDCG@5", "jpo nDCG@10", "BM25 nDCG@5", "BM25 nDCG@10"):
        table.add_column(name)
    totals = [0.0, 0.0, 0.0, 0.0]
    embedder = cached_embedder()
    for path in vacancies:
        judged = grades.get(path.name)
        if judged is None:
            fail(f"{path}: no judgements for {path.name} in {qrels}")
        ours = _by_score(Ranker(load_vacancy(path), embedder=embedder).rank(candidates))
        baseline_scores = bm25_scores(extract_file(path).text, candidates)
        baseline = sorted(baseline_scores, key=lambda key: (-baseline_scores[key], key))
        row = [
            ndcg(ours, judged, 5),
            ndcg(ours, judged, 10),
            ndcg(baseline, judged, 5),
            ndcg(baseline, judged, 10),
        ]
        totals = [t + r for t, r in zip(totals, row, strict=True)]
        table.add_row(path.name, *(f"{value:.3f}" for value in row))
    means = [t / len(vacancies) for t in totals]
    table.add_row("[bold]mean[/bold]", *(f"[bold]{value:.3f}[/bold]" for value in means))
    console.print(table)
    gain = (means[1] / means[3] - 1) * 100 if means[3] else 0.0
    console.print(f"mean nDCG@10: jpo {means[1]:.3f}, BM25 {means[3]:.3f} ({gain:+.1f} %)")
