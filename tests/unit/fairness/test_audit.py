"""The fairness audit against examples worked by hand, and against fairlearn's selection rates."""

from __future__ import annotations

import random

import pytest

from jpo.contracts.fairness import FairnessAudit
from jpo.errors import InputError
from jpo.fairness import Person, audit, read_outcomes


def people(*groups: tuple[dict[str, str | None], int, int]) -> list[Person]:
    """`n` people of each category dictionary, the first `selected` of them selected."""
    found: list[Person] = []
    for categories, n, selected in groups:
        found += [Person(categories, index < selected) for index in range(n)]
    return found


def test_two_categories_worked_by_hand() -> None:
    # Women 2 of 10 selected (0.2), men 5 of 10 (0.5): ratio 0.4, under four fifths.
    result = audit(people(({"sex": "F"}, 10, 2), ({"sex": "M"}, 10, 5)), ["sex"], "selected")
    women, men = result.families[0].rows
    assert (women.n, women.selected, women.rate, women.impact_ratio, women.flag) == (
        10,
        2,
        0.2,
        0.4,
        "review",
    )
    assert (men.impact_ratio, men.flag, men.to_parity) == (1.0, None, 0)
    # 4 of 10 = 0.4 = 0.8 × 0.5: two more selections reach parity (a ratio of exactly 0.8 passes).
    assert women.to_parity == 2
    # Hypergeometric, 20 people, 7 selected, 10 women: P(X ≤ 2 or X ≥ 5) = 27120 / 77520.
    assert women.fisher_p == men.fisher_p == round(27120 / 77520, 4)


def test_a_tiny_category_is_reported_but_never_the_maximum() -> None:
    # C holds 1 % of the people and all of them are selected: it would be the most selected category.
    result = audit(people(({"g": "A"}, 60, 30), ({"g": "B"}, 39, 12), ({"g": "C"}, 1, 1)), ["g"], "selected")
    a, b, c = result.families[0].rows
    assert c.excluded and c.impact_ratio is None and c.flag is None and c.to_parity is None
    assert (c.n, c.selected, c.rate) == (1, 1, 1.0)
    assert a.impact_ratio == 1.0 and not a.excluded
    assert b.impact_ratio == round((12 / 39) / 0.5, 4) == 0.6154 and b.flag == "review"
    # 16 of 39 = 0.4103 ≥ 0.4; 15 of 39 = 0.3846 is not.
    assert b.to_parity == 4


def test_unknowns_are_counted_apart_and_intersections_of_every_pair() -> None:
    group = people(
        ({"sex": "F", "region": "Africa"}, 4, 2),
        ({"sex": "F", "region": "Europe"}, 4, 1),
        ({"sex": "M", "region": "Africa"}, 4, 1),
        ({"sex": "M", "region": None}, 3, 3),
        ({"sex": None, "region": "Europe"}, 2, 0),
    )
    result = audit(group, ["sex", "region"], "selected")
    assert result.n == 17
    assert [f.by for f in result.families] == [["sex"], ["region"], ["sex", "region"]]
    sex, region, both = result.families
    assert sex.unknown == 2 and region.unknown == 3 and both.unknown == 5
    assert [r.category for r in both.rows] == [
        {"sex": "F", "region": "Africa"},
        {"sex": "F", "region": "Europe"},
        {"sex": "M", "region": "Africa"},
    ]
    # sex: F 3/8, M 4/7 (the three of unknown region still count by sex)
    assert [(r.n, r.selected) for r in sex.rows] == [(8, 3), (7, 4)]


def test_a_ratio_of_exactly_four_fifths_is_not_flagged() -> None:
    result = audit(people(({"g": "A"}, 10, 4), ({"g": "B"}, 10, 5)), ["g"], "selected")
    a = result.families[0].rows[0]
    assert a.impact_ratio == 0.8 and a.flag is None and a.to_parity == 0


def test_no_one_selected_leaves_ratios_empty() -> None:
    result = audit(people(({"g": "A"}, 5, 0), ({"g": "B"}, 5, 0)), ["g"], "selected")
    assert all(
        r.impact_ratio is None and r.flag is None and r.to_parity == 0 for r in result.families[0].rows
    )
    assert all(r.fisher_p == 1.0 for r in result.families[0].rows)


def test_scores_above_the_median_are_the_selection() -> None:
    rows = [
        {"g": g, "score": s}
        for g, s in [("A", "1"), ("A", "2"), ("A", "3"), ("B", "3"), ("B", "4"), ("B", "5")]
    ]
    read = read_outcomes(rows, ["g", "score"], ["g"], score="score")
    assert read.median == 3.0  # ties at the median (the two 3s) are not above it
    result = audit(read.people, ["g"], "score", measure="score_above_median", median=read.median)
    a, b = result.families[0].rows
    assert (a.selected, b.selected) == (0, 2)
    assert a.impact_ratio == 0.0 and a.to_parity == 2  # 2 of 3 ≥ 0.8 × 2/3
    document = FairnessAudit.model_validate_json(result.to_json())
    assert document.schema_ == "jpo.fairness/1" and document.measure == "score_above_median"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"g": "A", "selected": "maybe"}], "line 2, column \"selected\": 'maybe' is no outcome"),
        ([{"g": "A", "selected": "1"}, {"g": "B", "selected": ""}], "line 3"),
        ([], "no rows"),
    ],
)
def test_bad_outcomes_name_their_line(rows: list[dict[str, str | None]], message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_outcomes(rows, ["g", "selected"], ["g"])


def test_a_missing_column_names_the_columns_there_are() -> None:
    with pytest.raises(InputError, match=r'no column "race" \(the columns are: g, selected\)'):
        read_outcomes([{"g": "A", "selected": "1"}], ["g", "selected"], ["race"])


def test_selection_rates_agree_with_fairlearn() -> None:
    pandas = pytest.importorskip("pandas")
    from fairlearn.metrics import MetricFrame, selection_rate

    rng = random.Random(7)
    sexes, groups = ["F", "M", "X"], ["African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG"]
    rows = [(rng.choice(sexes), rng.choice(groups), rng.random() < 0.3) for _ in range(400)]
    result = audit([Person({"sex": s, "group": g}, y) for s, g, y in rows], ["sex", "group"], "selected")
    frame = MetricFrame(
        metrics=selection_rate,
        y_true=[int(y) for _, _, y in rows],
        y_pred=[int(y) for _, _, y in rows],
        sensitive_features=pandas.DataFrame(
            {"sex": [s for s, _, _ in rows], "group": [g for _, g, _ in rows]}
        ),
    )
    theirs = {key: round(float(value), 4) for key, value in frame.by_group.items()}
    ours = {(r.category["sex"], r.category["group"]): r.rate for r in result.families[2].rows}
    assert ours == theirs
    by_sex = MetricFrame(
        metrics=selection_rate,
        y_true=[int(y) for *_, y in rows],
        y_pred=[int(y) for *_, y in rows],
        sensitive_features=[s for s, _, _ in rows],
    )
    assert {r.category["sex"]: r.rate for r in result.families[0].rows} == {
        k: round(float(v), 4) for k, v in by_sex.by_group.items()
    }
    # the impact ratio is fairlearn's ratio of each group's rate to the largest one
    assert min(r.impact_ratio or 0 for r in result.families[0].rows) == round(
        float(by_sex.by_group.min() / by_sex.by_group.max()), 4
    )


def test_a_category_too_small_to_show_sets_no_maximum_when_asked() -> None:
    people = [Person({"g": "nb"}, True)] * 2
    people += [Person({"g": "w"}, i < 5) for i in range(10)] + [Person({"g": "m"}, i < 4) for i in range(10)]
    plain = {r.category["g"]: r for r in audit(people, ["g"], "selected").families[0].rows}
    assert plain["w"].impact_ratio == 0.5 and plain["w"].flag == "review"  # 2 of 22: above 2 %, compared
    shown = {r.category["g"]: r for r in audit(people, ["g"], "selected", smallest=5).families[0].rows}
    assert shown["nb"].excluded and shown["nb"].impact_ratio is None
    assert shown["w"].impact_ratio == 1.0 and shown["m"].impact_ratio == 0.8 and shown["m"].flag is None
