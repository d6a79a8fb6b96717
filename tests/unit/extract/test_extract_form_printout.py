"""An online form's printed response is read as the notice it answers."""

from __future__ import annotations

from jpo.vacancy.extract.form_printout import from_form_printout, is_form_printout
from jpo.vacancy.parse import parse_bytes

RESPONSE = """\
Norad JPO Programme 2027 - Host Agency Position Proposal

* Required

1. Host agency *
   ( ) FAO
   (o) UNFPA
   ( ) UNHCR

2. Position title *
   Junior Professional Officer (Sexual and Reproductive Health in Emergencies)

3. Duty station (city) *
   Cox's Bazar

4. Country *
   Bangladesh

5. Norad file number (Norad use only - leave blank)
   Enter your answer

6. Grade *
   ( ) P-1
   (o) P-2

7. Main duties and responsibilities *
   1) Support the coordination of the SRH Working Group.
   2) Monitor the implementation of the Minimum Initial Service Package.
   3) Draft donor reports.

8. Minimum years of relevant work experience *
   ( ) 1
   (o) 2
   ( ) 3

9. Required languages *
   [x] English
   [ ] French

10. Would the office accept a second JPO?
   ( ) Yes
   ( ) No
"""


def test_a_forms_answers_become_rows_and_sections_with_the_chosen_options_only() -> None:
    assert is_form_printout(RESPONSE)
    lines = from_form_printout(RESPONSE).split("\n")
    assert "Host agency: UNFPA" in lines and "Grade: P-2" in lines and "Country: Bangladesh" in lines
    assert "## Main duties and responsibilities" in lines
    text = "\n".join(lines)
    for gone in ("FAO", "P-1", "French", "Enter your answer", "Norad file number", "second JPO"):
        assert gone not in text
    # the rows stand together above the long answers
    assert lines.index("Required languages: English") < lines.index("## Main duties and responsibilities")


def test_other_texts_are_left_as_they_are() -> None:
    notice = "Grade: P-2\n\n1. Support the office *\n2. Draft reports\n"
    assert not is_form_printout(notice)
    assert from_form_printout(notice) == notice


def test_a_forms_response_parses_into_its_fields() -> None:
    v = parse_bytes(RESPONSE.encode(), "txt")
    assert v.title == "Junior Professional Officer (Sexual and Reproductive Health in Emergencies)"
    assert v.organization == "UNFPA"
    assert (v.duty_station.city, v.duty_station.country) == ("Cox's Bazar", "BD")
    assert v.grades == ["P2"]
    assert len(v.duties) == 3
    assert v.experience.min_years == 2
    assert v.languages.required == [["en"]]
