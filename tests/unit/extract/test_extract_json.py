"""A posting as an applicant-tracking system's API returns it, saved as text, is read as its page shows it."""

from __future__ import annotations

import json

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.parse import parse_bytes

_POSTING = {
    "requestId": "0f3c9a51-2b7e-4d61-8f0a-93c2d1e4b5a6",
    "data": {
        "id": 90211,
        "jobReqId": "WFP-JPO-2027-044",
        "title": "Associate Programme Policy Officer (Nutrition)",
        "postedDate": "2027-02-01T09:00:00Z",
        "applyBy": "2027-02-28T23:59:00+01:00",
        "location": {"city": "Maputo", "country": "Mozambique"},
        "company": {"name": "WFP", "logoUrl": "https://cdn.example/wfp.svg", "brandColor": "#0a6eb4"},
        "customFields": [{"fieldId": "cf1", "label": "Grade", "value": "P-2"}],
        "remote": False,
        "jobDescription": (
            "<p><strong>Duties</strong></p><ul><li>Support nutrition programmes.</li>"
            "<li>Draft donor reports.</li></ul><p>Fluency in English is required.</p>"
        ),
    },
}


def _text(document: object) -> str:
    return extract_bytes(json.dumps(document, indent=2).encode(), "txt").text


def test_facts_become_labelled_rows_and_the_html_body_its_text() -> None:
    text = _text(_POSTING)
    for row in (
        "Job requisition id: WFP-JPO-2027-044",
        "Title: Associate Programme Policy Officer (Nutrition)",
        "Apply by: 28 February 2027, 23:59 (UTC+01:00)",
        "Posted date: 1 February 2027, 09:00 (UTC)",
        "City: Maputo",
        "Company name: WFP",
        "Grade: P-2",
        "- Support nutrition programmes.",
        "Fluency in English is required.",
    ):
        assert row in text.splitlines(), row
    for plumbing in ("0f3c9a51", "90211", "cdn.example", "#0a6eb4", "False", "cf1", "<p>"):
        assert plumbing not in text, plumbing


def test_a_posting_read_from_json_gives_its_fields() -> None:
    v = parse_bytes(json.dumps(_POSTING).encode(), "txt")
    assert v.title == "Associate Programme Policy Officer (Nutrition)"
    assert v.reference == "WFP-JPO-2027-044"
    assert (v.duty_station.city, v.duty_station.country) == ("Maputo", "MZ")
    assert v.closing is not None and v.closing.utc == "2027-02-28T22:59:00Z"
    assert v.grades == ["P2"] and len(v.duties) == 2


def test_text_that_is_not_a_json_object_is_left_as_it_is() -> None:
    for text in ("{ Grade: P-2 }\nDuty station: Dakar\n", "[1] Duties\n", '"just a string"\n', "42\n"):
        assert extract_bytes(text.encode(), "txt").text == text


def test_json_nested_past_the_parsers_depth_is_read_as_text() -> None:
    deep = "[" * 100_000 + "]" * 100_000 + "\n"
    assert extract_bytes(deep.encode(), "txt").text == deep
    nested: dict[str, object] = {"title": "Deep"}
    for _ in range(50):
        nested = {"inner": nested}
    source = json.dumps(nested, indent=2) + "\n"
    assert extract_bytes(source.encode(), "txt").text == source  # nothing a page shows: read as its source


def test_control_characters_a_json_string_escapes_are_no_text() -> None:
    posting = {"title": "Associate\u0000Officer", "jobDescription": "<p>Duties\u0007 here</p>"}
    text = extract_bytes(json.dumps(posting).encode(), "txt").text
    assert "Title: Associate Officer" in text.splitlines()
    assert not any(ord(char) < 32 and char not in "\n\t" for char in text)
