"""The weights an admin may set for a vacancy: every criterion, each from 0 to 1, normalised, at least two
counting, none above 70 % of the score."""

from __future__ import annotations

import math

import pytest

from jpo.matching.rank import CRITERIA
from jpo.matching.steering import WeightsError, steered_weights

EVEN = dict.fromkeys(CRITERIA, 0.5)


def test_weights_are_scaled_to_add_up_to_one() -> None:
    shares = steered_weights({**EVEN, "experience": 1.0})
    assert list(shares) == list(CRITERIA)
    assert math.isclose(sum(shares.values()), 1.0, abs_tol=1e-3)
    assert shares["experience"] == round(1.0 / 3.0, 4) and shares["skills"] == round(0.5 / 3.0, 4)


@pytest.mark.parametrize(
    ("weights", "code"),
    [
        ({**EVEN, "luck": 0.5}, "unknown"),
        ({name: 0.5 for name in CRITERIA if name != "skills"}, "missing"),
        ({**EVEN, "skills": float("nan")}, "number"),
        ({**EVEN, "skills": True}, "number"),
        ({**EVEN, "skills": 1.5}, "range"),
        ({**EVEN, "skills": -0.1}, "range"),
        ({**dict.fromkeys(CRITERIA, 0.0), "experience": 1.0}, "too_few"),
        ({**dict.fromkeys(CRITERIA, 0.0), "experience": 1.0, "skills": 0.2}, "too_heavy"),
    ],
)
def test_weights_out_of_bounds_are_refused_naming_how(weights: dict[str, float], code: str) -> None:
    with pytest.raises(WeightsError) as raised:
        steered_weights(weights)
    assert raised.value.code == code and str(raised.value).startswith("weights: ")


def test_seventy_per_cent_is_allowed() -> None:
    shares = steered_weights({**dict.fromkeys(CRITERIA, 0.0), "experience": 0.7, "skills": 0.3})
    assert shares["experience"] == 0.7
