"""Fit the ranking's criterion weights to graded pairs, cross-validated by vacancy (issue 17):

    .venv/bin/python bench/fit_weights.py [--step 0.05]

Each graded set gives, for each of its vacancies, a query: the candidates' five criterion scores (as
`jpo rank` computes them) and their grades. A weight vector ranks a query by the weighted sum (ties by
profile id, as the ranker). Leave-one-vacancy-out: for each vacancy, the weights on the simplex grid
with the best mean nDCG@10 over the other vacancies' queries are chosen, then scored on its own
queries. Prints, per vacancy, BM25, the shipped weights and the cross-validated fit, then the weights
fitted on everything. The set-aside part (tests/data/ranking-fit/b) is never read here.
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jpo.cli.rank import cached_embedder
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.matching.baseline import bm25_scores
from jpo.matching.evaluation import ndcg, read_qrels
from jpo.matching.rank import CRITERIA, Ranker, default_weights
from jpo.vacancy.extract import extract_file
from jpo.vacancy.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "src" / "jpo" / "demo" / "seeds"
OTHERS = {"ocha_no_sponsor.md": ROOT / "tests/data/tors/ocha_no_sponsor.md",
          "undp_pdf.pdf": ROOT / "tests/data/tors/undp_pdf.pdf",
          "unhcr_form.txt": ROOT / "tests/data/tors/unhcr_form.txt",
          "who_docx.docx": ROOT / "tests/data/tors/who_docx.docx",
          "itu_fr_numbered.docx": ROOT / "tests/data/tors2/itu_fr_numbered.docx"}  # fmt: skip
SETS = {"dev": ROOT.parent / "shared/eval/ranking-dev", "extra": ROOT / "tests/data/ranking-extra",
        "fit-a": ROOT / "tests/data/ranking-fit/a"}  # fmt: skip


@dataclass(frozen=True)
class Query:
    set: str
    vacancy: str
    ids: list[str]
    criteria: np.ndarray  # candidates × criteria
    grades: dict[str, int]
    bm25: float  # nDCG@10 of the baseline


def _path(name: str) -> Path:
    return OTHERS.get(name) or SEEDS / name


def queries() -> list[Query]:
    embedder = cached_embedder()
    parsed: dict[str, Vacancy] = {}
    found = []
    for set_name, folder in SETS.items():
        grades = read_qrels(folder / "qrels.tsv")
        profiles = {p.stem: Profile.model_validate_json(p.read_text(encoding="utf-8"))
                    for p in sorted((folder / "profiles").glob("*.json"))}  # fmt: skip
        for vacancy_file, judged in sorted(grades.items()):
            path = _path(vacancy_file)
            vacancy = parsed.setdefault(vacancy_file, parse_file(path))
            ranking = Ranker(vacancy, embedder=embedder).rank(profiles)
            by_id = {c.profile: {k.name: k.score for k in c.criteria} for c in ranking.candidates}
            ids = sorted(profiles)
            # a criterion the vacancy has nothing for is absent: 0 (the ranker renormalises per vacancy,
            # which scales every candidate alike and leaves the order as it is)
            matrix = np.array([[by_id[i].get(name, 0.0) for name in CRITERIA] for i in ids])
            scores = bm25_scores(extract_file(path).text, profiles)
            baseline = sorted(scores, key=lambda key: (-scores[key], key))
            found.append(Query(set_name, vacancy_file, ids, matrix, judged, ndcg(baseline, judged, 10)))
    return found


def grid(step: float) -> np.ndarray:
    """Every weight vector on the simplex with this step (weights ≥ 0, sum 1)."""
    parts = round(1 / step)
    rows = [c for c in itertools.product(range(parts + 1), repeat=len(CRITERIA) - 1) if sum(c) <= parts]
    return np.array([[*c, parts - sum(c)] for c in rows], dtype=float) / parts


def scores_of(query: Query, weights: np.ndarray) -> np.ndarray:
    """nDCG@10 of the query under each weight vector (rows of `weights`)."""
    totals = np.round(query.criteria @ weights.T, 4)  # candidates × vectors, rounded as the ranker does
    gains = np.array([2 ** query.grades.get(i, 0) - 1 for i in query.ids], dtype=float)
    ideal = np.sort(gains)[::-1][:10]
    discount = 1 / np.log2(np.arange(2, 12))
    best = float((ideal * discount[: len(ideal)]).sum())
    order = np.lexsort((np.arange(len(query.ids))[:, None].repeat(len(weights), 1), -totals), axis=0)
    top = gains[order[:10]]  # 10 × vectors
    return (top * discount[: top.shape[0], None]).sum(0) / best if best else np.zeros(len(weights))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=float, default=0.05)
    args = parser.parse_args()
    found = queries()
    candidates = grid(args.step)
    table = np.array([scores_of(q, candidates) for q in found])  # queries × vectors
    shipped = np.array([[default_weights()[name] for name in CRITERIA]])
    shipped_scores = np.array([scores_of(q, shipped)[0] for q in found])
    vacancies = sorted({q.vacancy for q in found})
    print(f"{len(found)} queries over {len(vacancies)} vacancies; {len(candidates)} weight vectors")
    print(f"{'vacancy':28} {'queries':>7} {'BM25':>6} {'shipped':>7} {'CV fit':>7}  fitted weights")
    cv, base, ship = [], [], []
    for vacancy in vacancies:
        held = [i for i, q in enumerate(found) if q.vacancy == vacancy]
        rest = [i for i, q in enumerate(found) if q.vacancy != vacancy]
        chosen = int(np.argmax(table[rest].mean(0)))
        cv += [table[i, chosen] for i in held]
        base += [found[i].bm25 for i in held]
        ship += [shipped_scores[i] for i in held]
        weights = " ".join(f"{w:.2f}" for w in candidates[chosen])
        held_bm25 = np.mean([found[i].bm25 for i in held])
        fitted = np.mean(table[held, chosen])
        ship_mean = np.mean(shipped_scores[held])
        print(f"{vacancy:28} {len(held):7} {held_bm25:6.3f} {ship_mean:7.3f} {fitted:7.3f}  {weights}")
    means = f"{np.mean(base):6.3f} {np.mean(ship):7.3f} {np.mean(cv):7.3f}"
    print(f"{'mean over queries':28} {len(found):7} {means}")
    for set_name in SETS:
        idx = [i for i, q in enumerate(found) if q.set == set_name]
        print(f"  {set_name:26} {len(idx):7} {np.mean([found[i].bm25 for i in idx]):6.3f} "
              f"{np.mean(shipped_scores[idx]):7.3f}")  # fmt: skip
    best = int(np.argmax(table.mean(0)))
    named = ", ".join(f"{name} {w:.2f}" for name, w in zip(CRITERIA, candidates[best], strict=True))
    print(f"fitted on every query: {named} (mean nDCG@10 {table[:, best].mean():.3f} in-sample)")


if __name__ == "__main__":
    main()
