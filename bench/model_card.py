"""Measure the ranker for its model card (issue 16) and write the stored results and the card:

    .venv/bin/python bench/model_card.py [--population 10000] [--k 1000]

writes src/jpo/modelcard/results.json (what the web's /model-card page shows) and docs/model-card.md.
Run it again whenever jpo.matching changes: a test fails while the card describes other code.

- Quality: nDCG@10 of jpo's scores and of BM25 per graded vacancy, on the development profiles
  (../shared/eval/ranking-dev) and the profiles written and graded apart (tests/data/ranking-extra), both
  for the five seeds, and on both parts of the ten-vacancy set (tests/data/ranking-fit; part b was set
  aside until every design choice of issue 17 was taken).
- Identity: every candidate's identity fields swapped with the next candidate's, every vacancy ranked
  again; counts the scores that did not change.
- Top-k by group: a synthetic population recombining the graded profiles' jobs, studies and skills,
  groups drawn at random with matching identity fields, the top k by score audited by group.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from datetime import date
from pathlib import Path

from fit_weights import OTHERS as OTHER_TORS  # the graded ToRs beyond the seeds

from jpo.cli.rank import cached_embedder
from jpo.contracts.profile import Profile
from jpo.contracts.ranking import Ranking
from jpo.contracts.vacancy import Vacancy
from jpo.fairness.audit import Person, audit
from jpo.matching.baseline import bm25_scores
from jpo.matching.embedder import Embedder
from jpo.matching.evaluation import ndcg, read_qrels
from jpo.matching.rank import Ranker, default_weights
from jpo.matching.version import code_digest, weights_digest
from jpo.modelcard.card import (
    GroupRow,
    IdentitySwap,
    ModelCard,
    QualitySet,
    TopKFairness,
    TopKFamily,
    TopKVacancy,
    VacancyQuality,
    markdown,
)
from jpo.modelcard.card import Ranker as RankerInfo
from jpo.vacancy.extract import extract_file
from jpo.vacancy.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "src" / "jpo" / "demo" / "seeds").glob("*.txt"))
SETS = (
    ("Development set", ROOT.parent / "shared" / "eval" / "ranking-dev",
     "written and graded with the project; the ranker's constants were chosen while reading them"),
    ("Written apart", ROOT / "tests" / "data" / "ranking-extra",
     "written and graded by a helper who never read the ranker"),
    ("Ten vacancies, design part", ROOT / "tests" / "data" / "ranking-fit" / "a",
     "written and graded by helpers who never read the ranker; read while designing it"),
    ("Ten vacancies, set aside", ROOT / "tests" / "data" / "ranking-fit" / "b",
     "written and graded by helpers who never read the ranker; read once, after every design choice"),
)  # fmt: skip
IDENTITY = ("name", "birth_date", "sex", "nationalities", "military_service")
# Groups of the synthetic population: a self-identification answer and the identity fields that go with it.
GENDERS = {"woman": "female", "man": "male", "non_binary": "other"}
GENDER_WEIGHTS = (48, 48, 4)
AGE_BANDS = {"under_25": 1003, "25_29": 1998, "30_34": 1994, "35_plus": 1988}  # a birth year each
REGIONS = {"african": ("KE", "SN", "GH"), "asia_pacific": ("KR", "JP", "IN"),
           "eastern_european": ("PL", "CZ", "EE"), "latin_american_caribbean": ("BR", "MX", "CO"),
           "western_european_other": ("NL", "DE", "FI")}  # fmt: skip
RESULTS = ROOT / "src" / "jpo" / "modelcard" / "results.json"
CARD = ROOT / "docs" / "model-card.md"


def _profiles(folder: Path) -> dict[str, Profile]:
    return {path.stem: Profile.model_validate_json(path.read_text(encoding="utf-8"))
            for path in sorted((folder / "profiles").glob("*.json"))}  # fmt: skip


def _label(path: Path, vacancy: Vacancy) -> str:
    number = path.name[:3] if path.name[:3].isdigit() else ""
    return " ".join(part for part in (number, vacancy.organization, vacancy.title) if part)[:80]


def _by_score(ranking: Ranking) -> list[str]:
    return [c.profile for c in sorted(ranking.candidates, key=lambda c: (-c.score, c.profile))]


def quality(vacancies: dict[Path, Vacancy], embedder: Embedder) -> list[QualitySet]:
    sets = []
    for name, folder, origin in SETS:
        grades = read_qrels(folder / "qrels.tsv")
        profiles = _profiles(folder)
        rows = []
        for file_name in sorted(grades):
            path = OTHER_TORS.get(file_name) or ROOT / "src" / "jpo" / "demo" / "seeds" / file_name
            if path not in vacancies:
                vacancies[path] = parse_file(path)
            vacancy = vacancies[path]
            ours = _by_score(Ranker(vacancy, embedder=embedder).rank(profiles))
            scores = bm25_scores(extract_file(path).text, profiles)
            baseline = sorted(scores, key=lambda key: (-scores[key], key))
            judged = grades[file_name]
            rows.append(VacancyQuality(vacancy=_label(path, vacancy), jpo=round(ndcg(ours, judged, 10), 3),
                                       bm25=round(ndcg(baseline, judged, 10), 3)))  # fmt: skip
        sets.append(QualitySet(name=name, profiles=len(profiles), origin=origin, vacancies=rows,
                               jpo=round(sum(r.jpo for r in rows) / len(rows), 3),
                               bm25=round(sum(r.bm25 for r in rows) / len(rows), 3)))  # fmt: skip
    return sets


def _swapped(profiles: dict[str, Profile]) -> dict[str, Profile]:
    """Each profile with the next one's identity fields."""
    keys = sorted(profiles)
    swapped = {}
    for index, key in enumerate(keys):
        donor = profiles[keys[(index + 1) % len(keys)]]
        swapped[key] = profiles[key].model_copy(update={field: getattr(donor, field) for field in IDENTITY})
    return swapped


def _scores(ranking: Ranking) -> dict[str, tuple[float, str]]:
    return {c.profile: (c.score, json.dumps([x.model_dump(mode="json") for x in c.criteria], sort_keys=True))
            for c in ranking.candidates}  # fmt: skip


def identity_swap(
    vacancies: dict[Path, Vacancy], embedder: Embedder, pools: list[dict[str, Profile]]
) -> IdentitySwap:
    rankings = candidates = unchanged = 0
    for profiles in pools:
        swapped = _swapped(profiles)
        for vacancy in vacancies.values():
            ranker = Ranker(vacancy, embedder=embedder)
            before, after = _scores(ranker.rank(profiles)), _scores(ranker.rank(swapped))
            rankings += 1
            candidates += len(before)
            unchanged += sum(1 for key in before if before[key] == after[key])
    return IdentitySwap(fields=list(IDENTITY), rankings=rankings, candidates=candidates, unchanged=unchanged)


def population(
    count: int, pools: list[dict[str, Profile]], seed: int = 16
) -> tuple[dict[str, Profile], dict[str, dict[str, str | None]]]:
    """`count` synthetic profiles and each one's groups."""
    rng = random.Random(seed)
    graded = [profile for pool in pools for _, profile in sorted(pool.items())]
    jobs = [job for p in graded for job in p.experience or []]
    studies = [study for p in graded for study in p.education or []]
    skills = sorted({skill for p in graded for skill in p.skills or []})
    profiles, groups = {}, {}
    for index in range(count):
        base = rng.choice(graded)
        gender = rng.choices(list(GENDERS), GENDER_WEIGHTS)[0]
        band, region = rng.choice(list(AGE_BANDS)), rng.choice(list(REGIONS))
        key = f"s{index:05d}"
        profiles[key] = base.model_copy(update={
            "experience": rng.sample(jobs, rng.randint(1, 4)),
            "education": rng.sample(studies, rng.randint(1, 2)),
            "skills": rng.sample(skills, rng.randint(0, 10)),
            "summary": None,
            "name": None,
            "sex": GENDERS[gender],
            "birth_date": date(AGE_BANDS[band], rng.randint(1, 12), rng.randint(1, 28)),
            "nationalities": [rng.choice(REGIONS[region])],
            "military_service": None,
        })  # fmt: skip
        groups[key] = {"gender": gender, "age_band": band, "regional_group": region}
    return profiles, groups


def top_k(vacancies: dict[Path, Vacancy], embedder: Embedder, pools: list[dict[str, Profile]],
          count: int, k: int) -> TopKFairness:  # fmt: skip
    profiles, groups = population(count, pools)
    rows = []
    for path, vacancy in vacancies.items():
        chosen = set(_by_score(Ranker(vacancy, embedder=embedder).rank(profiles))[:k])
        people = [Person(groups[key], key in chosen) for key in sorted(profiles)]
        result = audit(people, ("gender", "age_band", "regional_group"), f"top {k}")
        families = [
            TopKFamily(by=family.by[0], rows=[
                GroupRow(category=row.category[family.by[0]], n=row.n, selected=row.selected,
                         impact_ratio=None if row.impact_ratio is None else round(row.impact_ratio, 3),
                         flag=row.flag, fisher_p=round(row.fisher_p, 3))
                for row in family.rows
            ])
            for family in result.families if len(family.by) == 1
        ]  # fmt: skip
        rows.append(TopKVacancy(vacancy=_label(path, vacancy), families=families))
    return TopKFairness(population=count, k=k, vacancies=rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=10000)
    parser.add_argument("--k", type=int, default=1000)
    args = parser.parse_args()
    embedder = cached_embedder()
    seeds = {path: parse_file(path) for path in SEEDS}
    pools = [_profiles(folder) for _, folder, _ in SETS]
    weights = default_weights()
    card = ModelCard(
        measured=date.today().isoformat(),
        ranker=RankerInfo(
            model=embedder.name, weights=weights, weights_digest=weights_digest(weights), code=code_digest()
        ),
        quality=quality(dict(seeds), embedder),
        identity_swap=identity_swap(seeds, embedder, pools),
        top_k=top_k(seeds, embedder, pools, args.population, args.k),
    )
    RESULTS.write_text(card.model_dump_json(by_alias=True, indent=2) + "\n", encoding="utf-8")
    CARD.write_text(markdown(card), encoding="utf-8")
    digest = hashlib.sha256(RESULTS.read_bytes()).hexdigest()[:12]
    print(f"wrote {RESULTS.relative_to(ROOT)} ({digest}) and {CARD.relative_to(ROOT)}")
    for quality_set in card.quality:
        q = quality_set
        print(f"{q.name}: jpo {q.jpo:.3f}, BM25 {q.bm25:.3f} ({q.gain:+.1f} %)")
    swap = card.identity_swap
    print(f"identity swap: {swap.unchanged}/{swap.candidates} unchanged over {swap.rankings} rankings")


if __name__ == "__main__":
    main()
