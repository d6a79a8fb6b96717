"""Wordings met in the `tors44` and `tors45` batches (held-out sets ap and aq until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import textwrap

from jpo.vacancy.parse import parse_bytes
from tests.support.tor import parse_text


def test_a_recordings_timestamp_is_no_time_of_day() -> None:
    v = parse_text(
        "Lieu d'affectation : Chisinau\n"
        "- 00:42:17 – The deadline: applications must reach the Ministry by 12:00 noon Prague time on 1 March 2027.\n"
    )
    assert v.closing is not None and v.closing.utc.startswith("2027-03-01T11:00")


def test_a_readers_question_about_others_admits_no_nationality() -> None:
    v = parse_text(
        "Eligibility\n- Open to Czech citizens only.\n\nComments\nIs it open to Slovak citizens living in Prague?\n"
        "Thank you, the post is for Czech citizens only.\n"
    )
    assert v.eligibility.nationalities == ["CZ"]


def test_a_country_in_brackets_after_the_posts_city_is_a_place() -> None:
    v = parse_text(
        "*Puesto financiado por Austria · solo para personas de nacionalidad austriaca · con sede en Cusco (Perú)*\n"
    )
    assert v.eligibility.nationalities == ["AT"]


def test_dual_nationals_who_cannot_be_posted_to_the_country_keep_the_sponsors_nationality() -> None:
    v = parse_text(
        "Requisitos\n- Tener la nacionalidad española. Las personas con doble nacionalidad española y ecuatoguineana no"
        " podrán ser destinadas a Guinea Ecuatorial.\n"
    )
    assert v.eligibility.nationalities == ["ES"]
    assert v.sponsor_country == "ES"


def test_a_tests_age_beside_a_degrees_age_in_one_sentence() -> None:
    v = parse_text(
        "Conditions\nLes candidat·e·s doivent être titulaires d'un master obtenu il y a moins de cinq ans à la date "
        "limite et justifier d'un IELTS de 6,5 au minimum, datant de moins de deux ans.\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_organizations_named_by_their_french_acronym_or_an_institute() -> None:
    circ = parse_text(
        "CENTRE INTERNATIONAL DE RECHERCHE SUR LE CANCER (CIRC)\nOrganisation mondiale de la Santé\n"
    )
    blt = parse_text(
        "NATIONS UNIES\nBureau de lutte contre le terrorisme (BLT / UNOCT)\nBureau de programme pour l'Afrique\n"
    )
    unu = parse_text("UNU-CRIS is hiring a Junior Professional Officer.\nEmployer: UNU-CRIS, Bruges\n")
    assert (circ.organization, blt.organization, unu.organization) == ("IARC", "UNOCT", "UNU")


def test_a_social_posts_bold_letters_read_as_letters_and_its_comments_left_out() -> None:
    text = textwrap.dedent(
        """
        📌 Junior Professional Officer – Regional Integration

        𝗪𝗵𝗮𝘁 𝘄𝗶𝗹𝗹 𝘆𝗼𝘂 𝗯𝗲 𝗱𝗼𝗶𝗻𝗴?
        ✅ Contribute to research on migration governance;
        ✅ Draft working papers and policy briefs.

        𝗪𝗵𝗮𝘁 𝘄𝗶𝗹𝗹 𝘆𝗼𝘂 𝗹𝗲𝗮𝗿𝗻?
        🔹 How policy-oriented research is produced;
        🔹 Project management in a research institute.

        Like Comment Repost Send

        Most relevant ▾
        Is it open to Slovak citizens living in Prague?
        Only Czech citizens, sorry!
        """
    )
    v = parse_bytes(text.encode(), "txt")  # the letters are read as letters when the text is extracted
    assert (len(v.duties), len(v.learning_elements)) == (2, 2)


def test_a_second_number_after_a_bar_is_another_field() -> None:
    v = parse_text("🆔 UNU Job ID: UNU-CRIS/JPO/27/07 | MFA ref. 104590/2027-OMO\n")
    assert v.reference == "UNU-CRIS/JPO/27/07"


def test_a_birth_date_bound_written_with_inclusive_french() -> None:
    for rule in (
        "- être né·e après le 31 décembre 1994 ;",
        "Les candidat·e·s doivent être né·e·s le 1er janvier 1995 ou après.",
    ):
        v = parse_text(
            "Lieu d'affectation : Turin\nDate limite : lundi 22 mars 2027 à 12h00 (heure de Paris)\n\n"
            f"Conditions générales du programme\n{rule}\n"
        )
        assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-12-31"), rule


def test_a_zones_name_with_its_city_in_brackets_after_the_hours_p_m() -> None:
    v = parse_text(
        "Duty station: Doha, Qatar\nDeadline: 2 April 2027, 5:00 p.m. Eastern Time (Washington, D.C.)\n"
    )
    assert v.closing is not None and v.closing.utc.startswith("2027-04-02T21:00")
    assert v.closing.timezone == "America/New_York" and not v.closing.timezone_assumed
    dutch = parse_text("Duty station: Nairobi\nDeadline: 3 June 2026, 12:00 noon CEST (Dutch time)\n")
    assert dutch.closing is not None and dutch.closing.timezone == "Europe/Amsterdam"
