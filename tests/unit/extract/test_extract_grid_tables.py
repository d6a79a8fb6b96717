"""Bordered tables in text read as pipe tables: box-drawn grids, ASCII grids with or without borders between
their rows, pandoc's grid tables, and a frame that is no table left alone."""

from __future__ import annotations

from jpo.vacancy.extract.grid_tables import from_grid_tables

BOXED = """\
Position summary

┌──────────────────┬───────────────────────────────────┐
│ Field            │ Value                             │
├──────────────────┼───────────────────────────────────┤
│ Position title   │ Associate Economic Affairs        │
│                  │ Officer (JPO)                     │
│ Planning and     │ Plans meetings and outputs        │
│ organizing       │ against a work plan.              │
│ Grade            │ P-2                               │
└──────────────────┴───────────────────────────────────┘

Background"""


def test_a_box_drawn_table_without_row_borders_reads_one_row_per_first_cell() -> None:
    assert from_grid_tables(BOXED).split("\n") == [
        "Position summary",
        "",
        "| Field | Value |",
        "|---|---|",
        "| Position title | Associate Economic Affairs Officer (JPO) |",
        "| Planning and organizing | Plans meetings and outputs against a work plan. |",
        "| Grade | P-2 |",
        "",
        "Background",
    ]


def test_an_ascii_grid_with_borders_between_rows_reads_one_row_per_bordered_block() -> None:
    text = (
        "+-----------+--------------------+\n| Rubrique  | Valeur             |\n+===========+====================+\n"
        "| Classe    | P-2                |\n+-----------+--------------------+\n| Durée     | 1 an, renouvelable |\n"
        "|           | une fois           |\n+-----------+--------------------+"
    )
    assert from_grid_tables(text).split("\n") == [
        "| Rubrique | Valeur |", "|---|---|", "| Classe | P-2 |", "| Durée | 1 an, renouvelable une fois |"
    ]  # fmt: skip


def test_an_ascii_grid_with_its_rows_between_two_borders_reads_the_first_as_header() -> None:
    text = (
        "+---------+-------+\n| Test    | Score |\n+---------+-------+\n| TOEFL   | 100   |\n| IELTS   | 7.0   |\n"
        "+---------+-------+"
    )
    assert from_grid_tables(text).split("\n") == [
        "| Test | Score |",
        "|---|---|",
        "| TOEFL | 100 |",
        "| IELTS | 7.0 |",
    ]


def test_a_code_fence_around_a_table_alone_goes_with_it() -> None:
    text = (
        "**Idiomas.**\n\n```text\n┌─────────┬───────────┐\n│ Idioma  │ Nivel     │\n├─────────┼───────────┤\n"
        "│ Español │ Requerido │\n│ Inglés  │ Requerido │\n└─────────┴───────────┘\n```\n\nCompetencias"
    )
    assert from_grid_tables(text).split("\n") == [
        "**Idiomas.**", "", "| Idioma | Nivel |", "|---|---|", "| Español | Requerido |", "| Inglés | Requerido |",
        "", "Competencias",
    ]  # fmt: skip


def test_boxes_side_by_side_are_no_table_and_keep_their_characters() -> None:
    text = "┌──────────┐  ┌──────────┐\n│ SÉANCE   │  │ DATE     │\n└──────────┘  └──────────┘"
    assert from_grid_tables(text) == text


def test_a_text_without_borders_is_returned_as_it_is() -> None:
    text = "Grade: P-2\n| a | b |\nClosing: 1 May 2027"
    assert from_grid_tables(text) is text
