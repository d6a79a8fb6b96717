"""The model card describes the ranker that ships: its numbers are the stored measurements of this very
code and these weights, and the Markdown in docs/ is generated from them."""

from __future__ import annotations

from pathlib import Path

from jpo.matching.embedder import UseEmbedder
from jpo.matching.rank import default_weights
from jpo.matching.version import code_digest, weights_digest
from jpo.modelcard.card import GroupRow, TopKFamily, load_card, markdown

DOCS = Path(__file__).resolve().parents[3] / "docs" / "model-card.md"
REGENERATE = "the ranker changed since its card was measured: run .venv/bin/python bench/model_card.py"


def test_the_card_was_measured_on_the_code_and_weights_that_ship() -> None:
    card = load_card()
    assert card.ranker.code == code_digest(), REGENERATE
    assert card.ranker.weights == default_weights(), REGENERATE
    assert card.ranker.weights_digest == weights_digest(default_weights())
    assert card.ranker.model == UseEmbedder.name


def test_the_docs_card_is_the_stored_results_written_out() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(load_card()), REGENERATE


def test_the_card_covers_every_graded_set_and_vacancy_and_its_means_add_up() -> None:
    card = load_card()
    sets = ["Development set", "Written apart", "Ten vacancies, design part", "Ten vacancies, set aside"]
    assert [q.name for q in card.quality] == sets
    assert [len(q.vacancies) for q in card.quality] == [5, 5, 10, 10]
    for quality in card.quality:
        count = len(quality.vacancies)
        assert len({v.vacancy for v in quality.vacancies}) == count  # each vacancy named apart
        assert abs(quality.jpo - sum(v.jpo for v in quality.vacancies) / count) < 0.001
        assert abs(quality.bm25 - sum(v.bm25 for v in quality.vacancies) / count) < 0.001
        assert all(0 <= v.jpo <= 1 and 0 <= v.bm25 <= 1 for v in quality.vacancies)


def test_identity_changed_no_score_when_measured() -> None:
    swap = load_card().identity_swap
    assert swap.candidates == 400 and swap.rankings == 20  # four graded sets × five seeds
    assert swap.unchanged == swap.candidates
    assert {"name", "sex", "birth_date", "nationalities"} <= set(swap.fields)


def test_the_top_k_is_audited_by_each_kind_of_group_for_each_seed() -> None:
    top_k = load_card().top_k
    assert len(top_k.vacancies) == 5 and 0 < top_k.k < top_k.population
    for vacancy in top_k.vacancies:
        assert [f.by for f in vacancy.families] == ["gender", "age_band", "regional_group"]
        for family in vacancy.families:
            assert sum(row.n for row in family.rows) == top_k.population
            assert sum(row.selected for row in family.rows) == top_k.k


def test_the_lowest_impact_ratio_skips_a_category_left_out_of_the_maximum() -> None:
    rows = [GroupRow(category="a", n=10, selected=5, impact_ratio=1.0, flag=None, fisher_p=1.0),
            GroupRow(category="b", n=10, selected=3, impact_ratio=0.6, flag="review", fisher_p=0.6),
            GroupRow(category="tiny", n=1, selected=0, impact_ratio=None, flag=None, fisher_p=1.0)]  # fmt: skip
    lowest = TopKFamily(by="gender", rows=rows).lowest
    assert lowest is not None and lowest.category == "b"
    assert TopKFamily(by="gender", rows=rows[2:]).lowest is None


def test_the_markdown_states_each_number_and_every_limit() -> None:
    card = load_card()
    text = markdown(card)
    assert f"| **mean** | **{card.quality[0].jpo:.3f}** | **{card.quality[0].bm25:.3f}** |" in text
    assert f"{card.identity_swap.unchanged} of {card.identity_swap.candidates} scores" in text
    assert text.count("\n- ") >= 7  # the facts and the limits
