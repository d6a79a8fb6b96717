"""Fit the ranking's criterion weights to graded pairs, cross-validated by vacancy (issue 17):

    .venv/bin/python bench/fit_weights.py [--step 0.05] [--role] [--set-aside]

Each graded set gives, for each of its vacancies, a query: the candidates' five criterion scores (as
`jpo rank` computes them) and their grades. A weight vector ranks a query by the weighted sum (ties by
profile id, as the ranker). Leave-one-vacancy-out: for each vacancy, the weights on the simplex grid
with the best mean nDCG@10 over the other vacancies' queries are chosen, then scored on its own
queries. Prints, per vacancy, BM25, the shipped weights and the cross-validated fit, then the weights
fitted on everything.

`--role` adds candidate criteria of role and level (below, `ROLE_FEATURES`) and fits a linear model
(pairwise logistic loss on every within-vacancy pair of different grades, weights kept ≥ 0) on the
criteria with and without each, cross-validated the same way. `--set-aside` reads the set-aside part
(tests/data/ranking-fit/b), which is read by nothing else, and scores on it the rankers fixed before
it was read: BM25, the shipped weights, and the linear fits on every design query. `--hybrid` fuses the
shipped score with BM25 (a linear mix, or reciprocal-rank fusion) on the design sets, part `b/` included
(it has been read); part `c/` stays unread.
"""

from __future__ import annotations

import argparse
import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from jpo.cli.rank import cached_embedder
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.matching.baseline import bm25_scores
from jpo.matching.evaluation import ndcg, read_qrels
from jpo.matching.rank import CRITERIA, Ranker, default_weights
from jpo.matching.relevance import RequirementSpace
from jpo.matching.scoring import KINDS, _top_mean
from jpo.matching.substance import Substance
from jpo.matching.text import clean
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
SET_ASIDE = {"fit-b": ROOT / "tests/data/ranking-fit/b"}
# Role and level, measured from what the candidate did (issue 17): the likeness of their most post-like
# job title, years in post-like jobs, their work sentences against the post (title, unit, areas), and
# their work against the post's topic alone (its title without the words every JPO title shares).
ROLE_FEATURES = ("role_likeness", "role_years", "work_post", "work_topic")
_TITLE_WORDS = re.compile(
    r"\b(?:junior professional officers?|jpo|associate|assistant|officer|expert|specialist|analyst|"
    r"consultant|programme|program|[PL]-?\d)\b|[()\-–,:;/]", re.IGNORECASE)  # fmt: skip


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


def topic_of(vacancy: Vacancy) -> str:
    """The post's title without the words every JPO title shares: what the post is about."""
    title = clean(vacancy.title or "")
    return clean(_TITLE_WORDS.sub(" ", title)) or title


def role_features(ranker: Ranker, profiles: dict[str, Profile], ids: list[str]) -> np.ndarray:
    """candidates × ROLE_FEATURES, each in [0, 1]."""
    substances = [Substance.of(profiles[i], ranker.screening.day) for i in ids]
    pool = ranker._pool(substances)
    topic = RequirementSpace([topic_of(ranker.vacancy)], ranker.embedder)
    rows = []
    for n, substance in enumerate(substances):
        at = slice(int(pool.starts[n]), int(pool.starts[n + 1]))
        kinds, jobs, post, duties = pool.kinds[at], pool.jobs[at], pool.post[at, 0], pool.duties[at]
        heads = np.flatnonzero(kinds == KINDS["role"])
        work = np.flatnonzero((kinds == KINDS["role"]) | (kinds == KINDS["work"]))
        likeness, years = 0.0, 0.0
        if heads.size:
            like = np.maximum(post[heads], _top_mean(duties[heads], 3) if duties.shape[1] else 0.0)
            first = int(jobs[jobs >= 0].min())
            held = np.array([substance.role_years[j - first] for j in jobs[heads]])
            likeness, years = float(like.max()), 1 - float(np.exp(-(held * like).sum() / 2.5))
        texts = [substance.units[i].text for i in work]
        on_topic = topic.relevance(texts)[:, 0] if texts else np.zeros(0)
        on_post = post[(kinds == KINDS["work"])]
        rows.append([likeness, years, float(np.sort(on_post)[-3:].mean()) if on_post.size else 0.0,
                     float(np.sort(on_topic)[-3:].mean()) if on_topic.size else 0.0])  # fmt: skip
    return np.array(rows)


def queries(sets: dict[str, Path], *, role: bool = False) -> list[Query]:
    """One query per graded vacancy of each set: criteria (and with `role`, ROLE_FEATURES after them)."""
    embedder = cached_embedder()
    parsed: dict[str, Vacancy] = {}
    found = []
    for set_name, folder in sets.items():
        grades = read_qrels(folder / "qrels.tsv")
        profiles = {p.stem: Profile.model_validate_json(p.read_text(encoding="utf-8"))
                    for p in sorted((folder / "profiles").glob("*.json"))}  # fmt: skip
        for vacancy_file, judged in sorted(grades.items()):
            path = _path(vacancy_file)
            vacancy = parsed.setdefault(vacancy_file, parse_file(path))
            ranker = Ranker(vacancy, embedder=embedder)
            ranking = ranker.rank(profiles)
            by_id = {c.profile: {k.name: k.score for k in c.criteria} for c in ranking.candidates}
            ids = sorted(profiles)
            # a criterion the vacancy has nothing for is absent: 0 (the ranker renormalises per vacancy,
            # which scales every candidate alike and leaves the order as it is)
            matrix = np.array([[by_id[i].get(name, 0.0) for name in CRITERIA] for i in ids])
            if role:
                matrix = np.hstack([matrix, role_features(ranker, profiles, ids)])
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


def pairwise_fit(found: list[Query], columns: list[int], steps: int = 3000) -> npt.NDArray[np.float64]:
    """Weights ≥ 0 (summing to 1) on `columns` minimising the logistic loss of every within-query pair
    of different grades, each pair weighted by its grade difference (projected gradient descent)."""
    differences, margins = [], []
    for query in found:
        grades = np.array([query.grades.get(i, 0) for i in query.ids])
        better, worse = np.nonzero(grades[:, None] > grades[None, :])
        differences.append(query.criteria[better][:, columns] - query.criteria[worse][:, columns])
        margins.append((grades[better] - grades[worse]).astype(float))
    pairs, weight = np.vstack(differences), np.concatenate(margins)
    w = np.full(len(columns), 1 / len(columns))
    for _ in range(steps):
        slack = 1 / (1 + np.exp(np.clip(10 * pairs @ w, -50, 50)))
        w = np.maximum(w + 5 * (pairs * (weight * slack)[:, None]).mean(0), 0)
    fitted: npt.NDArray[np.float64] = w / w.sum()
    return fitted


def ndcg_of(query: Query, columns: list[int], weights: np.ndarray) -> float:
    return float(scores_of(replace(query, criteria=query.criteria[:, columns]), weights[None])[0])


def shipped_weights() -> np.ndarray:
    """The shipped default weights, in the order of CRITERIA."""
    return np.array([default_weights()[name] for name in CRITERIA])


def by_vacancy(found: list[Query], columns: list[int]) -> np.ndarray:
    """Each query's nDCG@10 under the linear fit on the other vacancies' queries."""
    result = np.zeros(len(found))
    for vacancy in sorted({q.vacancy for q in found}):
        weights = pairwise_fit([q for q in found if q.vacancy != vacancy], columns)
        for i, query in enumerate(found):
            if query.vacancy == vacancy:
                result[i] = ndcg_of(query, columns, weights)
    return result


def _per_set(found: list[Query], values: np.ndarray) -> str:
    sets = dict.fromkeys(q.set for q in found)
    return " ".join(f"{name} {np.mean([v for q, v in zip(found, values, strict=True) if q.set == name]):.3f}"
                    for name in sets)  # fmt: skip


BASE = list(range(len(CRITERIA)))
NAMES = [*CRITERIA, *ROLE_FEATURES]
TOPIC, POST = NAMES.index("work_topic"), NAMES.index("work_post")
MODELS = {
    "five criteria": BASE,
    "five + work_topic": [*BASE, TOPIC],
    "five + work_topic + work_post": [*BASE, TOPIC, POST],
}


def role_report(found: list[Query]) -> None:
    shipped = shipped_weights()
    ship = np.array([ndcg_of(q, BASE, shipped) for q in found])
    bm25 = np.array([q.bm25 for q in found])
    print(f"{'ranker':44} {'mean':>6}  per set")
    print(f"{'BM25':44} {bm25.mean():6.3f}  {_per_set(found, bm25)}")
    print(f"{'shipped weights':44} {ship.mean():6.3f}  {_per_set(found, ship)}")
    for j, name in enumerate(NAMES):
        alone = np.array([ndcg_of(q, [j], np.ones(1)) for q in found])
        print(f"{name + ' alone':44} {alone.mean():6.3f}  {_per_set(found, alone)}")
    for columns in [BASE, *([*BASE, len(CRITERIA) + k] for k in range(len(ROLE_FEATURES))),
                    MODELS["five + work_topic + work_post"], list(range(len(NAMES)))]:  # fmt: skip
        cv = by_vacancy(found, columns)
        weights = pairwise_fit(found, columns)
        named = " ".join(f"{NAMES[c]} {w:.2f}" for c, w in zip(columns, weights, strict=True))
        label = "linear, " + (
            "five criteria" if columns == BASE else "+ " + ", ".join(NAMES[c] for c in columns[len(BASE) :])
        )
        print(f"{label[:44]:44} {cv.mean():6.3f}  {_per_set(found, cv)}  (CV; on all: {named})")


def set_aside_report(design: list[Query], held: list[Query]) -> None:
    shipped = shipped_weights()
    rows = {"BM25": [q.bm25 for q in held], "shipped weights": [ndcg_of(q, BASE, shipped) for q in held]}
    for label, columns in MODELS.items():
        weights = pairwise_fit(design, columns)
        rows[f"linear, {label}"] = [ndcg_of(q, columns, weights) for q in held]
    print(f"{'ranker':36} {'mean':>6}  " + " ".join(f"{q.vacancy[:8]:>8}" for q in held))
    for label, values in rows.items():
        print(f"{label:36} {np.mean(values):6.3f}  " + " ".join(f"{v:8.3f}" for v in values))


def _normalised_bm25(query: Query, folder: Path) -> np.ndarray:
    """BM25 of each candidate of the query against the ToR's text, over the query's best (1 at the top)."""
    profiles = {p.stem: Profile.model_validate_json(p.read_text(encoding="utf-8"))
                for p in sorted((folder / "profiles").glob("*.json"))}  # fmt: skip
    scores = bm25_scores(extract_file(_path(query.vacancy)).text, profiles)
    values = np.array([scores[i] for i in query.ids])
    return values / values.max() if values.max() > 0 else values


def _fused(query: Query, lexical: np.ndarray, share: float, mode: str) -> float:
    """nDCG@10 of the shipped score fused with BM25: a linear mix of the scores, or of reciprocal ranks
    (k = 60)."""
    shipped = np.round(query.criteria @ shipped_weights(), 4)
    if mode == "linear":
        total = (1 - share) * shipped + share * lexical
    else:
        own, words = np.argsort(np.argsort(-shipped)), np.argsort(np.argsort(-lexical))
        total = (1 - share) / (60 + own) + share / (60 + words)
    order = sorted(range(len(query.ids)), key=lambda k: (-total[k], query.ids[k]))
    return ndcg([query.ids[k] for k in order], query.grades, 10)


def hybrid_report() -> None:
    """The shipped ranker fused with BM25 on every design set (the read part b/ included, c/ not)."""
    sets = {**SETS, **SET_ASIDE}
    found = queries(sets)
    lexical = [_normalised_bm25(q, sets[q.set]) for q in found]
    print(f"{'fusion':28} {'mean':>6}  per set")
    for mode in ("linear", "reciprocal rank"):
        for share in (0.0, 0.1, 0.2, 0.3, 0.5):
            values = np.array([_fused(q, b, share, mode) for q, b in zip(found, lexical, strict=True)])
            print(f"{mode + f', BM25 {share:.1f}':28} {values.mean():6.3f}  {_per_set(found, values)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=float, default=0.05)
    parser.add_argument("--role", action="store_true", help="measure the role and level criteria")
    parser.add_argument("--set-aside", action="store_true", help="score the fixed rankers on part b (once)")
    parser.add_argument("--hybrid", action="store_true", help="the shipped ranker fused with BM25")
    args = parser.parse_args()
    if args.hybrid:
        hybrid_report()
        return
    if args.role or args.set_aside:
        design = queries(SETS, role=True)
        if args.role:
            role_report(design)
        if args.set_aside:
            set_aside_report(design, queries(SET_ASIDE, role=True))
        return
    found = queries(SETS)
    candidates = grid(args.step)
    table = np.array([scores_of(q, candidates) for q in found])  # queries × vectors
    shipped = shipped_weights()[None]
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
