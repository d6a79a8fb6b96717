"""The candidate's name is identity: what staff read of a profile (`minimised`) and the ranking of a vacancy
are the same bytes with it as without it."""

from __future__ import annotations

import json
from typing import Any

from jpo.applications.minimised import screening_of, substance_of
from jpo.contracts.profile import Profile
from jpo.matching import rank
from tests.support.profiles import make_profile
from tests.unit.matching.test_rank import candidate, unrelated, vacancy

NAME = {"given": "Ji-woo", "family": "Kim"}


def _document(profile: Profile) -> dict[str, Any]:
    return profile.model_dump(mode="json", by_alias=True, exclude_none=True)


def test_the_minimised_view_is_the_same_with_or_without_a_name() -> None:
    named, nameless = _document(make_profile(name=NAME)), _document(make_profile())
    assert named["name"] == NAME and "name" not in nameless  # the contract keeps the name
    kept = substance_of(named)
    assert json.dumps(kept, sort_keys=True) == json.dumps(substance_of(nameless), sort_keys=True)
    assert "Ji-woo" not in json.dumps(kept) and "Kim" not in json.dumps(kept)
    verdict = {"eligible": True, "criteria": [{"id": "age", "status": "pass", "reason": "Ji-woo Kim is 30"}]}
    assert "Ji-woo" not in json.dumps(screening_of(verdict))


def test_the_ranking_is_the_same_bytes_with_or_without_a_name() -> None:
    named = {"a": candidate(name=NAME), "b": unrelated(name={"given": "Min", "family": "Lee"})}
    nameless = {"a": candidate(), "b": unrelated()}
    with_names = rank(vacancy(), named).model_dump_json()
    assert with_names == rank(vacancy(), nameless).model_dump_json()
    assert "Ji-woo" not in with_names and "Lee" not in with_names
