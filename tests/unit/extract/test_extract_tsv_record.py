"""A record exported from a spreadsheet as tab-separated text is read as the notice it holds."""

from __future__ import annotations

from jpo.vacancy.extract.tsv_record import from_tsv_record, is_tsv_record
from jpo.vacancy.parse import parse_bytes

RECORD = (
    "Field\tValue\r\n"
    "Req_ID\t27-THMCO-0412\r\n"
    "Post_Title\tJunior Professional Officer (Infrastructure)\r\n"
    "Unit_Name\t\r\n"
    "Duty_Station_City\tBangkok\r\n"
    "Duty_Station_Country\tThailand\r\n"
    "Grade\tP-2\r\n"
    "Contract_Duration_Months\t12\r\n"
    'Duties\t"1. Support the project managers, including the ""Build Back Greener"" roads;\n'
    '2. Review designs and bills of quantities."\r\n'
    "Experience_Min_Years\t2\r\n"
    "Languages_Required\tEnglish; Thai\r\n"
)


def test_a_tab_separated_record_is_rows_and_sections() -> None:
    assert is_tsv_record(RECORD)
    lines = from_tsv_record(RECORD).split("\n")
    assert "Req ID: 27-THMCO-0412" in lines and "Contract Duration: 12 months" in lines
    assert "## Duties" in lines
    assert '1. Support the project managers, including the "Build Back Greener" roads;' in lines
    assert not any(line.startswith(("Unit Name", "Field")) for line in lines)


def test_other_texts_are_left_as_they_are() -> None:
    text = "Grade\tP-2\nSome prose follows here.\nAnd more of it.\n"
    assert not is_tsv_record(text)
    assert from_tsv_record(text) == text


def test_a_tab_separated_record_parses_into_its_fields() -> None:
    v = parse_bytes(RECORD.encode(), "txt")
    assert v.title == "Junior Professional Officer (Infrastructure)"
    assert v.reference == "27-THMCO-0412"
    assert (v.duty_station.city, v.duty_station.country) == ("Bangkok", "TH")
    assert v.grades == ["P2"] and v.duration_months == 12
    assert len(v.duties) == 2
    assert v.experience.min_years == 2
    assert v.languages.required == [["en"], ["th"]]


def test_a_notice_whose_first_line_holds_a_tab_is_no_record() -> None:
    notice = (
        "Title\tAssociate Programme Officer\nGrade\tP-2\nDuty station\tNairobi\nDuration\t24 months\n"
        "The JPO will support the office.\n"
    )
    assert not is_tsv_record(notice)
    assert from_tsv_record(notice) == notice
