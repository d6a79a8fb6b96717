"""The checklist proposed from a ToR's required documents, and what a candidate still lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from jpo.applications.checklist import Checklist, ChecklistItem, Held, applies, missing, propose
from jpo.contracts.profile import Profile
from jpo.demo.setup import seed_files
from jpo.vacancy.parse import parse_file

SEEDS = {path.name[:3]: path for path in seed_files()}
TORS = Path(__file__).parents[2] / "data"


def _proposed(path: Path) -> Checklist:
    return propose(parse_file(path).required_documents)


def test_seed_002_is_proposed_with_its_kinds_its_military_condition_and_two_conditions_to_decide() -> None:
    checklist = _proposed(SEEDS["002"])
    assert checklist.motivation_letter == "required"  # "... Personal History Profile with motivation letter"
    kinds = [(item.key, item.kind, item.rule) for item in checklist.items]
    assert kinds == [
        ("application-form", "application_form", "required"),
        ("identity", "identity", "required"),  # the Resident Register
        ("degree", "degree", "required"),
        ("test-certificate", "test_certificate", "required"),
        ("military-record", "military_record", "required_when"),
        ("other", "other", "required"),
        ("other-2", "other", "required"),
    ]
    military = checklist.items[4]
    assert military.when == ["male", "completed_military_service"]
    assert military.label.startswith(
        "Only for male applicants who have completed the national military service"
    )
    # Low income and disability are not in a profile: never guessed, required until the admin decides.
    assert [item.unchecked_condition for item in checklist.needs_decision()] == [
        "low-income applicants",
        "applicants with disability",
    ]


@pytest.mark.parametrize(
    ("tor", "letter", "kinds"),
    [
        ("tors/fao_fr.txt", "required", ["cv", "degree"]),  # "une lettre de motivation en français"
        ("tors/ifad_pagebreaks.txt", "required", ["cv", "degree", "reference"]),
        ("tors/undp_pdf.pdf", "optional", ["application_form", "degree", "test_certificate"]),
        ("tors2/iom_cairo.html", "required", ["application_form", "degree", "identity"]),  # "Cover letter"
        ("tors2/escap_two_deadlines.txt", "required",
         ["application_form", "identity", "degree", "test_certificate", "military_record"]),
    ],
)  # fmt: skip
def test_other_tors_in_english_and_french(tor: str, letter: str, kinds: list[str]) -> None:
    checklist = _proposed(TORS / tor)
    assert checklist.motivation_letter == letter
    assert [item.kind for item in checklist.items] == kinds


def test_a_condition_in_a_trailing_parenthesis_is_read_too() -> None:
    (item,) = propose(["Certificate of military service (male applicants who have served only)"]).items
    assert (item.rule, item.when) == ("required_when", ["male", "completed_military_service"])


def test_no_documents_no_letter() -> None:
    assert propose([]) == Checklist(motivation_letter="optional", items=[])


MILITARY = ChecklistItem(
    key="military-record", label="Military service certificate", kind="military_record",
    rule="required_when", when=["male", "completed_military_service"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("sex", "service", "required"),
    [("male", {"months": 21}, True), ("male", {"exempt": True}, False), ("male", None, False),
     ("female", {"months": 21}, False), (None, {"months": 21}, False)],
)  # fmt: skip
def test_a_conditional_document_is_required_only_when_every_condition_holds(
    sex: str | None, service: dict[str, object] | None, required: bool
) -> None:
    profile = Profile.model_validate({"sex": sex, "military_service": service})
    assert applies(MILITARY, profile) is required


def test_missing_lists_the_letter_and_the_documents_not_given_in_order() -> None:
    checklist = Checklist(
        motivation_letter="required",
        items=[ChecklistItem(key="cv", label="CV in English", kind="cv"),
               ChecklistItem(key="other", label="Resident Register", kind="other"),
               ChecklistItem(key="reference", label="Reference", kind="reference", rule="optional"), MILITARY],
    )  # fmt: skip
    veteran = Profile.model_validate({"sex": "male", "military_service": {"months": 24}})
    lacking = missing(checklist, veteran, motivation="  ", held=[])
    assert [m.key for m in lacking] == ["motivation-letter", "cv", "other", "military-record"]
    # A CV sent by kind answers the CV item; an "other" file answers only the item it was sent for.
    held = [Held("cv", None), Held("other", None), Held("motivation_letter", None)]
    assert [m.key for m in missing(checklist, veteran, motivation="", held=held)] == [
        "other",
        "military-record",
    ]
    held += [Held("other", "other"), Held("military_record", "military-record")]
    assert missing(checklist, veteran, motivation="", held=held) == []


def test_a_checklist_refuses_duplicate_keys_and_a_condition_rule_without_conditions() -> None:
    with pytest.raises(ValidationError):
        Checklist(items=[ChecklistItem(key="cv", label="CV"), ChecklistItem(key="cv", label="CV again")])
    with pytest.raises(ValidationError):
        ChecklistItem(key="x", label="X", rule="required_when", when=[])
    with pytest.raises(ValidationError):
        ChecklistItem(key="x", label="X", when=["tall"])  # type: ignore[list-item]
