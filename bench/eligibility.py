"""Eligibility speed on one core: checks per second against a parsed vacancy (median of runs).

Run: .venv/bin/python bench/eligibility.py [--runs 7] [--profiles 2000]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from importlib.resources import files
from pathlib import Path

from jpo.contracts.profile import Profile
from jpo.eligibility import Screening, check
from jpo.vacancy.parse import parse_file

SEEDS = Path(str(files("jpo.demo").joinpath("seeds")))


def _profiles(n: int) -> list[Profile]:
    """Varied candidates: ages, degrees, careers, tests, service and past applications."""
    rng = random.Random(7)
    made = []
    for _ in range(n):
        start = date(2012, 1, 1) + timedelta(days=rng.randrange(4000))
        made.append(
            Profile.model_validate(
                {
                    "birth_date": (date(1985, 1, 1) + timedelta(days=rng.randrange(5000))).isoformat(),
                    "sex": rng.choice(["female", "male"]),
                    "nationalities": rng.choice([["KR"], ["US"], ["KR", "US"], ["FR"]]),
                    "education": [{"level": rng.choice(["bachelor", "master"]), "completed": "2015-06-30"}],
                    "experience": [
                        {"start": start.isoformat(), "end": None, "full_time": rng.random() < 0.8}
                    ],
                    "languages": [
                        {"code": "en", "level": "fluent"},
                        {"code": "fr", "level": rng.choice(["good", "fluent"])},
                    ],
                    "language_tests": [
                        {"test": "TOEFL iBT", "score": rng.randrange(80, 120), "date": "2023-05-01"}
                    ],
                    "military_service": rng.choice([None, {"months": rng.randrange(30)}, {"exempt": True}]),
                    "prior_programmes": [],
                    "applications": [{"sponsor_country": "KR", "submitted": "2024-02-01"}] * rng.randrange(3),
                }
            )
        )
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profiles", type=int, default=2000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    profiles = _profiles(args.profiles)
    on = datetime(2024, 8, 1, tzinfo=UTC)
    print(
        f"{platform.machine()}, Python {platform.python_version()}, "
        f"{args.profiles} profiles, {args.runs} runs"
    )
    for seed in ("001", "002"):
        vacancy = parse_file(next(SEEDS.glob(f"{seed}_*.txt")))
        check(profiles[0], vacancy, on=on)  # warm-up: rule packs loaded
        screened, single = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            screening = Screening(vacancy, on)  # rules resolved once, as `jpo eligibility screen` does
            for profile in profiles:
                screening.check(profile)
            screened.append(len(profiles) / (time.perf_counter() - start))
            start = time.perf_counter()
            for profile in profiles:
                check(profile, vacancy, on=on)  # rules resolved per call
            single.append(len(profiles) / (time.perf_counter() - start))
        print(
            f"seed {seed}: {statistics.median(screened):8.0f} checks/s screening, "
            f"{statistics.median(single):8.0f} checks/s one call each (medians)"
        )


if __name__ == "__main__":
    main()
