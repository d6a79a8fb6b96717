"""The masked motivation letter: every identity value of the candidate is cut out, whatever its case,
accents, possessive or order, and nothing else of the letter is changed."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpo.applications.masking import Identity, Segment, fold, identity_of, mask

PSEUDONYM = "Candidate ABC123"
JIWOO = Identity(names=("Ji-woo", "Kim"), emails=("jiwoo.kim95@mail.example",), nationalities=("KR",),
                 birth_date=date(1995, 8, 21), institutions=("Korea University",))  # fmt: skip


def _written(letter: str, identity: Identity = JIWOO) -> str:
    return mask(letter, identity).written(PSEUDONYM)


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ("I am Ji-woo Kim.", f"I am {PSEUDONYM}."),
        ("I am JI-WOO KIM.", f"I am {PSEUDONYM}."),
        ("I am ji-woo kim.", f"I am {PSEUDONYM}."),
        ("Kim, Ji-woo (applicant)", f"{PSEUDONYM} (applicant)"),
        ("Kim Ji-woo", PSEUDONYM),
        ("Jiwoo and Ji woo", f"{PSEUDONYM} and {PSEUDONYM}"),
        ("J. Kim signed.", f"{PSEUDONYM} signed."),
        ("Kim's thesis; Kim’s report", f"{PSEUDONYM}'s thesis; {PSEUDONYM}’s report"),
        ("Woo.", f"{PSEUDONYM}."),  # a part of a hyphenated given name on its own
    ],
)
def test_the_name_in_any_case_order_or_split_is_the_pseudonym(letter: str, expected: str) -> None:
    assert _written(letter) == expected


def test_accents_do_not_hide_a_name_either_way() -> None:
    josé = Identity(names=("José", "Müller-Lüdenscheidt"))
    assert _written("Jose Muller-Ludenscheidt and JOSÉ MÜLLER", josé) == f"{PSEUDONYM} and {PSEUDONYM}"
    plain = Identity(names=("Zoe", "Celine"))
    assert (
        _written("Zoé Céline and Zoe\u0301", plain) == f"{PSEUDONYM} and {PSEUDONYM}"
    )  # decomposed accents too


def test_a_two_letter_name_is_masked_only_with_its_capital() -> None:
    an = Identity(names=("An", "Li"))
    assert _written("An Li has an idea; LI agreed.", an) == f"{PSEUDONYM} has an idea; {PSEUDONYM} agreed."


def test_words_containing_a_name_are_kept() -> None:
    assert _written("Kimberly and Kimchi met Kimura.") == "Kimberly and Kimchi met Kimura."


@pytest.mark.parametrize(
    "letter",
    ["jiwoo.kim95@mail.example", "JIWOO.KIM95@MAIL.EXAMPLE", "other.address@example.org", "jiwoo.kim95",
     "mail.example"],
)  # fmt: skip
def test_e_mail_addresses_and_the_local_part_are_masked(letter: str) -> None:
    assert _written(f"Write to {letter}.") == "Write to [e-mail address]."


def test_a_piece_of_the_e_mail_local_part_is_masked() -> None:
    assert _written("Find me as kim95 online.") == "Find me as [e-mail address] online."


@pytest.mark.parametrize(
    "number", ["+82 10-1234-5678", "010-1234-5678", "0041 22 917 12 34", "(022) 917 1234"]
)
def test_phone_numbers_are_masked(number: str) -> None:
    assert _written(f"Call {number} now.") == "Call [phone number] now."


def test_years_and_ranges_are_not_phone_numbers() -> None:
    assert (
        _written("From 2015-2019 and 2020 to 2023, 12,000 users.")
        == "From 2015-2019 and 2020 to 2023, 12,000 users."
    )


@pytest.mark.parametrize(
    "written",
    ["21 August 1995", "21st of August, 1995", "August 21, 1995", "Aug. 21 1995", "21 août 1995", "21 aout 1995",
     "1995-08-21", "21/08/1995", "08/21/1995", "21.08.1995", "21-8-95", "8/21/95", "19950821", "21081995",
     "1995. 8. 21", "1995년 8월 21일", "21 AUGUST 1995"],
)  # fmt: skip
def test_the_birth_date_in_common_formats_is_masked(written: str) -> None:
    assert _written(f"Born {written}.") == "Born [birth date]."


def test_other_dates_are_kept() -> None:
    letter = "Graduated on 21 August 1996 and 22/08/1995; 1995 was a good year."
    assert _written(letter) == letter


@pytest.mark.parametrize(
    "written",
    ["Korean", "KOREAN", "korean", "Korea", "South Korea", "Republic of Korea", "République de Corée", "coréenne",
     "Coréenne", "COREEN", "Corée du Sud", "ROK", "KR", "sud-coréen"],
)  # fmt: skip
def test_nationality_names_and_demonyms_are_masked(written: str) -> None:
    assert _written(f"I am {written}.") == "I am [nationality]."


def test_other_countries_and_lower_case_codes_are_kept() -> None:
    letter = "I worked in Japan and France; kr is not a code here, nor is rok."
    assert _written(letter) == letter


def test_institutions_of_degrees_are_masked() -> None:
    assert _written("I studied at Korea University.") == "I studied at [institution]."


def test_masked_segments_never_hold_the_value() -> None:
    masked = mask("Ji-woo Kim, Korean, born 21/08/1995.", JIWOO)
    assert [s for s in masked.segments if s.kind] == [Segment("", "name"), Segment("", "nationality"),
                                                     Segment("", "birth_date")]  # fmt: skip
    assert masked.masked == {"name", "nationality", "birth_date"}


def test_a_letter_without_identity_is_unchanged() -> None:
    letter = "The B-Tech Project is where my research on tech companies' due diligence could be of most use."
    assert mask(letter, JIWOO).segments == (Segment(letter),)
    assert mask("", JIWOO).segments == ()


def test_identity_is_read_defensively_from_any_profile() -> None:
    profile = {"name": {"given": "Ji-woo", "family": "Kim"}, "nationalities": ["KR", 3, None],
               "birth_date": "1995-08-21", "education": [{"institution": "Korea University"}, "junk", {}]}  # fmt: skip
    assert identity_of(profile, emails=["jiwoo.kim95@mail.example", None]) == JIWOO
    assert identity_of({"name": "Ji-woo Kim", "birth_date": "not a date", "education": "x"}) == Identity(
        names=("Ji-woo Kim",)
    )
    assert identity_of({}) == Identity()


# Property: whatever the names, address, nationality and birth date, none of them survives masking in
# any of the ways a letter writes it.
_LETTERS = "abcdefghijklmnopqrstuvwxyzéèüöçñå"
_WORD = st.text(alphabet=_LETTERS, min_size=3, max_size=10)
_FILLER = st.lists(st.sampled_from(["I", "worked", "on", "human", "rights", "in", "2019", "and", "the", "UN",
                                    "for", "years", "an", "idea", ",", "."]), max_size=8)  # fmt: skip
_DATES = st.dates(min_value=date(1960, 1, 1), max_value=date(2005, 12, 31))


def _variants(value: str) -> list[str]:
    return [value, value.upper(), value.lower(), value.title(), fold(value), f"{value}'s"]


def _dates(day: date) -> list[str]:
    return [day.isoformat(), day.strftime("%d/%m/%Y"), day.strftime("%m/%d/%Y"), day.strftime("%d.%m.%Y"),
            day.strftime("%Y%m%d"), day.strftime("%d %B %Y"), day.strftime("%B %d, %Y")]  # fmt: skip


def _survivors(text: str, identity: Identity) -> list[str]:
    folded = fold(text)
    values = [*identity.names, *(part for name in identity.names for part in re.split(r"[\s\-]", name)),
              *identity.emails, *(email.split("@")[0] for email in identity.emails)]  # fmt: skip
    found = [v for v in values if re.search(rf"(?<!\w){re.escape(fold(v))}(?!\w)", folded)]
    if identity.birth_date is not None:
        found += [d for d in _dates(identity.birth_date) if fold(d) in folded]
    return found + [
        n for n in ("korea", "korean", "coree", "coreen") if re.search(rf"(?<!\w){n}(?!\w)", folded)
    ]


@settings(max_examples=150, deadline=None)
@given(given_name=_WORD, family=_WORD, second=st.none() | _WORD, local=_WORD, birth=_DATES, filler=_FILLER,
       data=st.data())  # fmt: skip
def test_no_identity_value_survives(
    given_name: str,
    family: str,
    second: str | None,
    local: str,
    birth: date,
    filler: list[str],
    data: st.DataObject,
) -> None:
    names = (f"{given_name.title()}-{second}" if second else given_name.title(), family.title())
    identity = Identity(names=names, emails=(f"{local}.{family}@example.org",), nationalities=("KR",),
                        birth_date=birth)  # fmt: skip
    pieces = [*(v for name in names for part in (name, *name.split("-")) for v in _variants(part)),
              f"{names[1]}, {names[0]}", identity.emails[0], identity.emails[0].upper(), *_dates(birth),
              "Korean", "coréenne", "Republic of Korea", *filler]  # fmt: skip
    order = data.draw(st.permutations(pieces))
    masked = mask(" ".join(order), identity)
    for segment in masked.segments:
        assert not _survivors(segment.text, identity), (segment.text, _survivors(segment.text, identity))
