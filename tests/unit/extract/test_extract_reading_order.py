"""A poster whose blocks were drawn out of reading order is read from the top, column by column; a page
drawn in order keeps its order."""

from __future__ import annotations

from fpdf import FPDF

from jpo.vacancy.extract import extract_bytes


def _poster(*, in_order: bool) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()

    def title() -> None:
        pdf.set_xy(10, 10)
        pdf.set_font("helvetica", "B", 18)
        pdf.cell(0, 10, "Junior Professional Officer - Protection")
        pdf.set_font("helvetica", size=10)

    def left() -> None:
        pdf.set_xy(10, 40)
        pdf.multi_cell(
            80,
            5,
            "What will you do?\n- Support the protection monitoring system.\n- Help coordinate case management.",
        )

    def right() -> None:
        pdf.set_xy(120, 40)
        pdf.multi_cell(80, 5, "Key facts\nGRADE\nP-2\nDURATION\n24 months")

    def footer() -> None:
        pdf.set_xy(10, 270)
        pdf.cell(0, 5, "Deadline: 12 September 2027, 23:59 Helsinki time.")

    for draw in (title, left, right, footer) if in_order else (footer, right, title, left):
        draw()
    return bytes(pdf.output())


def test_a_poster_drawn_out_of_order_is_read_from_the_top_column_by_column() -> None:
    text = extract_bytes(_poster(in_order=False), "pdf").text
    order = [
        text.index("Junior Professional Officer"),
        text.index("What will you do?"),
        text.index("- Help coordinate case management."),
        text.index("Key facts"),
        text.index("Deadline:"),
    ]
    assert order == sorted(order)


def test_a_page_drawn_in_order_keeps_its_order() -> None:
    text = extract_bytes(_poster(in_order=True), "pdf").text
    assert (
        text.index("Junior Professional Officer") < text.index("What will you do?") < text.index("Key facts")
    )
