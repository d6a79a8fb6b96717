"""Speed of ranking (issue 5): the cost of embedding one profile, and of ranking 10,000 profiles
whose sentence vectors are already cached, for one vacancy, on one core.

    .venv/bin/python bench/rank.py [--runs 5] [--profiles 10000] [--vacancy PATH]

Profiles are made by recombining the jobs, studies and skills of the 20 development profiles in
../shared/eval/ranking-dev/profiles (dates shifted, entries sampled), so every sentence is one the
cache has seen; the first (uncached) embedding of each profile is measured separately.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, as the aim says
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

from jpo.contracts.profile import Profile
from jpo.matching.embedder import CachingEmbedder, UseEmbedder
from jpo.matching.rank import Ranker
from jpo.matching.substance import Substance
from jpo.vacancy.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "ranking-dev" / "profiles"
SEED = ROOT / "src" / "jpo" / "demo" / "seeds" / "002_225b0afb764ea097.txt"


def _dev_profiles() -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(DEV.glob("*.json"))]


def generated(count: int, seed: int = 7) -> dict[str, Profile]:
    """`count` profiles recombined from the development set."""
    rng = random.Random(seed)
    dev = _dev_profiles()
    jobs = [job for p in dev for job in p["experience"]]
    studies = [study for p in dev for study in p["education"]]
    skills = sorted({skill for p in dev for skill in p.get("skills") or []})
    profiles = {}
    for index in range(count):
        base = dict(rng.choice(dev))
        base["experience"] = rng.sample(jobs, rng.randint(1, 4))
        base["education"] = rng.sample(studies, rng.randint(1, 2))
        base["skills"] = rng.sample(skills, rng.randint(0, 10))
        base["id"] = f"g{index:05d}"
        profiles[base["id"]] = Profile.model_validate(base)
    return profiles


def embed_one(runs: int) -> float:
    """Median seconds to embed one development profile's sentences with an empty cache."""
    model = UseEmbedder()
    model.encode(["warm up the model"])
    times = []
    for profile in [Profile.model_validate(p) for p in _dev_profiles()][:runs]:
        texts = (
            [unit.text for unit in Substance.of(profile, profile.experience[0].start).units]
            if profile.experience
            else []
        )
        start = time.perf_counter()
        model.encode(texts)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rank_cached(profiles: dict[str, Profile], vacancy_path: Path, runs: int) -> list[float]:
    vacancy = parse_file(vacancy_path)
    store: dict[str, bytes] = {}
    embedder = CachingEmbedder(UseEmbedder(), store)
    Ranker(vacancy, embedder=embedder).rank(profiles)  # fills the cache: every sentence embedded once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        Ranker(vacancy, embedder=embedder).rank(profiles)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--vacancy", type=Path, default=SEED)
    args = parser.parse_args()
    print(f"embedding one profile (uncached, median of {args.runs}): {embed_one(args.runs) * 1000:.0f} ms")
    profiles = generated(args.profiles)
    times = rank_cached(profiles, args.vacancy, args.runs)
    runs = ", ".join(f"{t:.2f}" for t in times)
    median = statistics.median(times)
    what = f"ranking {len(profiles):,} cached profiles for {args.vacancy.name}"
    print(f"{what}: median {median:.2f} s (runs: {runs})")


if __name__ == "__main__":
    main()
