"""HTML written inside Markdown is read as the page shows it; the Markdown around and inside it stays."""

from __future__ import annotations

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.parse import parse_bytes

_PAGE = """---
title: "Call 2027 - post 7"
last_update:
  date: 2027-03-30
  author: JPO unit
---

# Post 7 - UNAIDS, Port-au-Prince

<table>
  <tr>
    <td><b>Post title</b></td>
    <td>Associate Programme Officer<br>HIV and Human Rights</td>
  </tr>
  <tr>
    <td><b>Duty station</b></td>
    <td>Port-au-Prince, Haiti</td>
  </tr>
</table>

## Eligibility

<details>
<summary><b>Who can apply?</b></summary>

- Luxembourg nationality.
- Not older than 32 on 31 December 2027.

</details>
"""


def test_a_table_is_read_as_rows_and_a_disclosure_keeps_its_markdown() -> None:
    lines = extract_bytes(_PAGE.encode(), "md").text.splitlines()
    assert "Duty station: Port-au-Prince, Haiti" in lines
    assert "#### Who can apply?" in lines and "- Luxembourg nationality." in lines
    assert not any("<" in line for line in lines[10:])


def test_the_vacancy_reads_its_facts_from_the_table_not_the_front_matter() -> None:
    v = parse_bytes(_PAGE.encode(), "md")
    assert v.title == "Associate Programme Officer HIV and Human Rights"
    assert (v.duty_station.city, v.eligibility.max_age) == ("Port-au-Prince", 32)


def test_markdown_without_html_blocks_is_left_as_it_is() -> None:
    text = "# Title\n\nA line with <b>bold</b> inline and a `<table>` in code.\n"
    assert extract_bytes(text.encode(), "md").text == text
