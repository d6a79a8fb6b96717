"""Other posts' deadlines on the same page (a job board's related openings, a newsletter's other posts) are
no contradiction of the notice's own; a second deadline for this post still is."""

from __future__ import annotations

from tests.support.tor import parse_text

_NOTICE = (
    "Associate Programme Officer (JPO)\n\n"
    "Duty station: Maputo, Mozambique\n"
    "Closing date: 14 July 2027, 23:59 Bonn time\n\n"
    "Duties\n\n- Support the country programme.\n- Draft reports.\n\n"
)


def _closing_warnings(text: str) -> list[str]:
    return [w.message for w in parse_text(text).warnings if w.field == "closing"]


def test_a_list_of_other_openings_with_their_deadlines_is_no_contradiction() -> None:
    text = _NOTICE + (
        "Also open now\n\n"
        "- Project Assistant (SB-3) – Beira · deadline 30.06.2027\n"
        "- National consultant, monitoring – Maputo · deadline 8 July 2027\n"
    )
    v = parse_text(text)
    assert v.closing is not None and v.closing.utc == "2027-07-14T21:59:00Z"
    assert _closing_warnings(text) == []


def test_a_listed_openings_precise_deadline_does_not_replace_the_notices() -> None:
    text = _NOTICE.replace(", 23:59 Bonn time", "") + (
        "Also open now\n\n"
        "- Programme Analyst (P-1) – Nampula · deadline 8 July 2027, 12:00 Copenhagen time\n"
        "- Field Assistant (SB-2) – Pemba · deadline 10 July 2027, 12:00 Copenhagen time\n"
    )
    v = parse_text(text)
    assert v.closing is not None and v.closing.local.startswith("2027-07-15T00:00")


def test_one_listed_deadline_is_not_a_list_of_openings() -> None:
    text = _NOTICE + "How to apply\n\n- Applications must be submitted by 30 June 2027.\n"
    assert any("2027-06-30" in m for m in _closing_warnings(text))


def test_a_sentence_about_a_post_in_another_city_is_no_contradiction() -> None:
    text = _NOTICE + "The BFIO vacancy with UNICEF in Lusaka is offered at P-1 and closes on 21 July 2027.\n"
    assert _closing_warnings(text) == []


def test_a_place_named_as_a_clock_or_without_a_post_still_contradicts() -> None:
    by_a_centre = _NOTICE + "Applications must reach the JPO Service Centre in Copenhagen by 7 July 2027.\n"
    assert any("2027-07-07" in m for m in _closing_warnings(by_a_centre))
    by_a_clock = _NOTICE + "The deadline for this post is 7 July 2027 at 12:00 heure de Paris.\n"
    assert any("2027-07-07" in m for m in _closing_warnings(by_a_clock))
    here = _NOTICE + "The deadline for the vacancy in Maputo is 7 July 2027.\n"
    assert any("2027-07-07" in m for m in _closing_warnings(here))


def test_a_card_of_another_post_is_no_contradiction() -> None:
    text = (
        _NOTICE + "More opportunities\n\nJPO Climate Finance\nUNDP · Suva, Fiji\nClosing date: 3 July 2027\n"
    )
    assert _closing_warnings(text) == []
    same_place = _NOTICE + "Reminder\n\nThis post\nMaputo, Mozambique\nClosing date: 3 July 2027\n"
    assert any("2027-07-03" in m for m in _closing_warnings(same_place))


def test_a_timetables_later_step_is_no_deadline() -> None:
    text = _NOTICE + (
        "| Step | Date |\n|---|---|\n| Closing of applications | 14 July 2027 |\n"
        "| Shortlisting completed | no later than 30 July 2027 |\n"
    )
    assert _closing_warnings(text) == []
    text = _NOTICE + "The deadline for applications to the written test is 30 July 2027.\n"
    assert any("2027-07-30" in m for m in _closing_warnings(text))  # the applications' own words: a deadline
