"""An interview panel's consolidated sheet, checked against a panel of three computed by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from jpo.recruitment.panel import Rating, consolidate, missing, overall, step_of

KIT = {"Professionalism": ["pride", "competence"], "Teamwork": ["listens", "shares credit"],
       "Communication": ["clear"]}  # fmt: skip
GIVEN = {  # member -> competency -> ratings of its indicators, in the kit's order
    "A": {"Professionalism": [4, 3], "Teamwork": [4, 4], "Communication": [4]},
    "B": {"Professionalism": [3, 3], "Teamwork": [2, 3], "Communication": [4]},
    "C": {"Professionalism": [2, 3], "Teamwork": [3, 4], "Communication": [3]},
}


def _ratings() -> list[Rating]:
    return [Rating(member, competency, KIT[competency][i], value, "what they said")
            for member, by_competency in GIVEN.items() for competency, values in by_competency.items()
            for i, value in enumerate(values)]  # fmt: skip


def test_the_sheet_matches_the_panel_computed_by_hand() -> None:
    lines = {line.competency: line for line in consolidate(_ratings(), list(KIT))}
    # Professionalism: A 3.5, B 3, C 2.5 -> mean 3, spread 1 (not more than one step: no flag)
    professionalism = lines["Professionalism"]
    assert professionalism.by_member == {"A": Fraction(7, 2), "B": 3, "C": Fraction(5, 2)}
    assert (professionalism.mean, professionalism.spread, professionalism.step) == (3, 1, "satisfactory")
    assert not professionalism.flagged
    # Teamwork: A 4, B 2.5, C 3.5 -> mean 10/3, spread 1.5 (flagged)
    teamwork = lines["Teamwork"]
    assert (teamwork.mean, teamwork.spread, teamwork.step, teamwork.flagged) == (
        Fraction(10, 3), Fraction(3, 2), "satisfactory", True)  # fmt: skip
    # Communication: 4, 4, 3 -> mean 11/3, outstanding
    assert (lines["Communication"].mean, lines["Communication"].step) == (Fraction(11, 3), "outstanding")
    assert overall(list(lines.values())) == Fraction(10, 3)


@pytest.mark.parametrize(
    ("mean", "step"),
    [(Fraction(7, 2), "outstanding"), (Fraction(349, 100), "satisfactory"), (Fraction(5, 2), "satisfactory"),
     (Fraction(3, 2), "partially_satisfactory"), (Fraction(149, 100), "unsatisfactory"), (Fraction(1), "unsatisfactory"),
     (Fraction(4), "outstanding")],
)  # fmt: skip
def test_means_map_to_the_nearest_step_halves_upward(mean: Fraction, step: str) -> None:
    assert step_of(mean) == step


def test_a_rating_off_the_scale_is_refused_and_missing_ratings_are_listed() -> None:
    with pytest.raises(ValueError, match="1 to 4"):
        Rating("A", "Teamwork", "listens", 5, "")
    ratings = [r for r in _ratings() if not (r.member == "B" and r.competency == "Teamwork")]
    assert missing(ratings, ["A", "B"], KIT) == {
        "A": [],
        "B": [("Teamwork", "listens"), ("Teamwork", "shares credit")],
    }
    assert consolidate([], list(KIT)) == [] and overall([]) is None
