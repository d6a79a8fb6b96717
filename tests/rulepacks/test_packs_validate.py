"""Every shipped rule pack is a valid jpo.rulepack/1 document, named after its sponsor, with
clauses that do not overlap in time and sources a person can open over HTTPS."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from jpo.contracts.rulepack import Rulepack

PACKS = Path(__file__).parents[2] / "src" / "jpo" / "rulepacks"
PACK_FILES = sorted(PACKS.glob("*.yaml"))
EXPECTED = {"kr", "us", "de", "jp", "it", "ch", "nl", "no", "se", "fr", "lu"}


def _load(path: Path) -> Rulepack:
    return Rulepack.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_the_expected_programmes_are_shipped() -> None:
    assert {path.stem for path in PACK_FILES} >= EXPECTED


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_pack_validates(path: Path) -> None:
    _load(path)


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_file_name_is_the_sponsor_code(path: Path) -> None:
    assert path.stem == _load(path).sponsor.lower()


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_clauses_do_not_overlap(path: Path) -> None:
    clauses = sorted(_load(path).clauses, key=lambda c: c.effective_from)
    assert clauses, "a pack needs at least one clause"
    for clause in clauses:
        if clause.effective_until is not None:
            assert clause.effective_from < clause.effective_until, clause.effective_from
    for earlier, later in pairwise(clauses):
        end = earlier.effective_until or date.max
        assert end <= later.effective_from, (earlier.effective_from, later.effective_from)


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_sources_are_https_and_used(path: Path) -> None:
    pack = _load(path)
    for key, source in pack.sources.items():
        assert source.url.startswith("https://"), (key, source.url)
        assert source.title.strip(), key
    cited = {key for clause in pack.clauses for key in clause.sources.values()}
    cited |= {u.source for u in pack.unknown if u.source}
    assert cited <= set(pack.sources), cited - set(pack.sources)
    assert set(pack.sources) <= cited, f"sources never cited: {set(pack.sources) - cited}"


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_admitted_nationalities_include_the_sponsor(path: Path) -> None:
    pack = _load(path)
    for clause in pack.clauses:
        if clause.rules.nationalities is not None:
            assert pack.sponsor in clause.rules.nationalities, clause.effective_from
