"""Wordings met in the `bd`/`be` batches (now `tors58`, `tors59`) and later ones, read as design material:
one test per general rule, on text not copied from a batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_appointed_for_a_period_gives_the_duration() -> None:
    v = parse_text("Conditions\nThe officer is appointed for a period of two years, renewable once.\n")
    assert v.duration_months == 24
    v = parse_text("Conditions\nLa personne retenue sera nommée pour une période de 18 mois.\n")
    assert v.duration_months == 18


def test_a_range_of_years_beside_a_programme_degree_asks_for_its_lower_end() -> None:
    v = parse_text(
        "Eligibility\nThe programme requires that you hold a Master's degree and have at least three and at "
        "most five years of relevant work experience.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 3)]


def test_a_round_said_to_be_no_longer_open_names_no_deadline_of_this_post() -> None:
    text = (
        "Closing date: 14 May 2027, 23:59 CET\n\n"
        "The posts of our spring round (closing date 3 March 2027) are no longer open.\n"
    )
    v = parse_text(text)
    assert v.closing is not None and v.closing.utc == "2027-05-14T21:59:00Z"
    assert not [w for w in v.warnings if w.field == "closing"]
    # the same earlier date told as this post's is a contradiction
    v = parse_text("Closing date: 14 May 2027, 23:59 CET\n\nApplications close on 3 March 2027.\n")
    assert [w for w in v.warnings if w.field == "closing"]


def test_a_notice_copied_below_a_mail_starts_under_its_rule_line() -> None:
    text = (
        "Dear subscriber,\n\nA new post was published today, 2 May 2027.\n"
        "The post's details are copied below.\n\nKind regards,\nThe programme team\n\n"
        + "".join(f"Office {n}: programme@example.org\n" for n in range(1, 9))
        + "\n"
        + "-" * 40
        + "\n\nJunior Professional Officer - Water and Sanitation\nUNICEF Country Office\n"
        "Kampala, Uganda | P-2\n\nBackground\nUNICEF works in Uganda.\n"
    )
    v = parse_text(text)
    assert (v.duty_station.city, v.duty_station.country, v.grades) == ("Kampala", "UG", ["P2"])
    # without the words saying it follows, a rule line is only a rule: the first lines are the page's
    v = parse_text(text.replace("The post's details are copied below.\n", ""))
    assert v.grades == []
