"""Wordings met in the `tors36` and `tors37` batches (held-out sets ag and ah until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jpo.contracts.vacancy import Vacancy
from tests.support.tor import parse_text


def test_nationals_who_ne_peuvent_etre_retenus_are_excluded() -> None:
    v = parse_text(
        """
        Conditions
        a) être de nationalité belge ;
        Les ressortissant(e)s sénégalais(es), y compris les binationaux belgo-sénégalais, ne peuvent être
        retenu(e)s pour ce poste.
        """
    )
    assert v.eligibility.nationalities == ["BE"]


def test_dual_nationals_who_may_apply_add_no_nationality() -> None:
    v = parse_text(
        """
        Requisitos
        - Poseer la nacionalidad española.

        Nota: las personas con doble nacionalidad española y peruana pueden presentarse.
        """
    )
    assert v.eligibility.nationalities == ["ES"]


def test_a_tests_puntuacion_global() -> None:
    v = parse_text(
        "Requisitos\n- Acreditar el inglés mediante IELTS Academic (puntuación global mínima 6,5) o TOEFL iBT (90).\n"
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [
        ("IELTS", 6.5),
        ("TOEFL iBT", 90),
    ]


def test_two_different_caps_are_warned_about() -> None:
    v = parse_text(
        """
        The programme in numbers (last call)
        - Up to 3 posts per applicant

        Rules of this year's call
        - Applicants may select a maximum of two posts in the 2027 call
        """
    )
    assert [w.field for w in v.warnings if "more than one cap" in w.message] == [
        "eligibility.max_applications_per_year"
    ]


def test_an_offices_name_in_bold_opens_no_section_above_the_title_heading() -> None:
    v = parse_text(
        """
        **WORLD METEOROLOGICAL ORGANIZATION**
        **Regional Office for Asia and the South-West Pacific**
        # Associate Programme Officer (Climate Services)
        Level: P-2
        """
    )
    assert v.title == "Associate Programme Officer (Climate Services)"


def test_a_plain_text_post_in_capitals_with_its_note_and_an_age_when_the_period_ends() -> None:
    v = parse_text(
        """
                     UNITED NATIONS MISSION IN THE REPUBLIC OF SOUTH SUDAN

                        ASSOCIATE CIVIL AFFAIRS OFFICER
                          (LOCAL CONFLICT MANAGEMENT)

        Closing date               1 March 2027
        Duty station               Juba, South Sudan

        7. CONDITIONS OF THE NORWEGIAN PROGRAMME
          -  not be over 32 years of age when the application period ends (1 March 2027);
        """
    )
    assert v.title == "ASSOCIATE CIVIL AFFAIRS OFFICER (LOCAL CONFLICT MANAGEMENT)"
    assert v.eligibility.max_age == 32
    assert str(v.eligibility.age_reference_date) == "2027-03-01"


def test_born_on_a_day_o_en_fecha_posterior() -> None:
    v = parse_text(
        """
        Lugar de destino: Lima, Perú
        Fecha límite: 15 de marzo de 2027
        Requisitos de la convocatoria
        - Haber nacido el 1 de enero de 1995 o en fecha posterior.
        """
    )
    assert v.eligibility.max_age == 32
    assert str(v.eligibility.age_reference_date) == "2027-12-31"


def test_ne_pas_etre_age_de_plus_de() -> None:
    v = parse_text("Conditions du programme\n- ne pas être âgé(e) de plus de 30 ans au 1er janvier 2027 ;\n")
    assert v.eligibility.max_age == 30
    assert str(v.eligibility.age_reference_date) == "2027-01-01"


def test_a_date_with_a_roman_month() -> None:
    v = parse_text("Requisitos del programa\n  2.  No haber cumplido 31 años a 31-XII-2027.\n")
    assert v.eligibility.max_age == 30
    assert str(v.eligibility.age_reference_date) == "2027-12-31"


def test_an_hour_alone_before_a_citys_time_and_luxembourgish_in_spanish() -> None:
    v = parse_text(
        """
        Lugar de destino ...... Managua, Nicaragua
        Fecha límite ...... miércoles 03/03/2027 (día/mes/año), 17h, hora de Managua (UTC-6)

        Idiomas
        Dominio del español y del inglés. El conocimiento del francés o del luxemburgués será considerado una ventaja.
        """
    )
    assert v.closing is not None and v.closing.utc == "2027-03-03T23:00:00Z"
    assert sorted(v.languages.desirable) == ["fr", "lb"]


def test_a_round_the_clock_service_is_no_hour() -> None:
    from jpo.vacancy.dates import TIME

    assert TIME.search("a 24h/7 hotline and 48h turnaround") is None


_SLIDE = """
    Featured post

    ASSOCIATE PROGRAMME OFFICER
    (Decent Work in the Ready-Made Garment Sector)

    Duty station      Dhaka, Bangladesh
    Vacancy no.       ILO/JPO/BGD/2027/02      (MOFA post code KR-27-09)
    Languages         Excellent command of English required
                      Knowledge of Bengali (Bangla) would be an advantage

    English test requirement

    One of the following, taken within two years before the closing date:
      TOEFL iBT  95 or higher  |  IELTS (Academic)  6.5 or higher
    """


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        (lambda v: v.title, "ASSOCIATE PROGRAMME OFFICER (Decent Work in the Ready-Made Garment Sector)"),
        (lambda v: v.reference, "ILO/JPO/BGD/2027/02"),
        (lambda v: (v.languages.required, v.languages.desirable), ([["en"]], ["bn"])),
        (lambda v: v.eligibility.test_validity_months, 24),
    ],
    ids=[
        "title with its area",
        "code before a note",
        "a status ends its statement",
        "validity above the tests",
    ],
)
def test_a_slides_featured_post(read: Callable[[Vacancy], object], expected: object) -> None:
    assert read(parse_text(_SLIDE)) == expected


def test_a_place_of_assignment_in_prose_and_a_programmes_master_rules() -> None:
    v = parse_text(
        """
        > Poste réservé aux ressortissant·e·s suisses. Le lieu d'affectation est **Tunis (Tunisie)**, et non
        > Genève où se trouve le siège.

        ## Qui peut postuler ?

        - diplôme de master obtenu il y a au maximum 24 mois à la date du délai, **ou** master en cours ;
        - master et au moins une année d'expérience professionnelle rémunérée ;
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Tunis", "TN")
    assert v.education.graduated_within_months == 24
    assert v.education.enrolled_accepted is True
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 1)]


@pytest.mark.parametrize(
    ("sentence", "cap"),
    [
        (
            "- ne pas déposer plus de deux candidatures au cours de la campagne ; une seule campagne par an.",
            2,
        ),
        ("- Cada aspirante podrá optar, como máximo, a tres plazas de la presente convocatoria anual.", 3),
    ],
)
def test_caps_ne_pas_deposer_plus_de_and_como_maximo_a(sentence: str, cap: int) -> None:
    v = parse_text(f"Conditions du programme\n{sentence}\n")
    assert v.eligibility.max_applications_per_year == cap


def test_a_publication_ten_words_before_its_date_and_certificados_that_expire() -> None:
    v = parse_text(
        """
        7. PLAZO Y PRESENTACIÓN DE SOLICITUDES

        El plazo de presentación de solicitudes será de veinte (20) días naturales contados a partir del día
        siguiente a la publicación del extracto de la convocatoria en el BOE (26/01/2027); es decir, finalizará a
        las 14:00 h (hora peninsular española) del 15 de febrero de 2027.

        Requisitos de la convocatoria
          4.  Acreditar un nivel C1 de inglés mediante IELTS Academic (puntuación global 7,0)
              o TOEFL iBT (95 puntos). No se admitirán certificados con más de 24 meses de
              antigüedad en la fecha de cierre del plazo.
        """
    )
    assert v.closing is not None and v.closing.utc == "2027-02-15T13:00:00Z"
    assert v.eligibility.test_validity_months == 24


def test_labels_in_two_languages() -> None:
    v = parse_text(
        """
        Poste / Post ................... Associate Programme Officer (Labour Mobility)
        Réf. OIM / IOM ref. ............ VN-RAB-JPO-2027-002
        Réf. DFAE / FDFA ref. .......... 721.1-JPO-27-11
        Classe / Grade ................. P-2
        """
    )
    assert v.title == "Associate Programme Officer (Labour Mobility)"
    assert v.reference == "VN-RAB-JPO-2027-002"
    assert v.grades == ["P2"]


def test_a_slides_title_in_a_transcript_heads_its_section() -> None:
    v = parse_text(
        """
        [00:02:09] Emma: Let me show the main duties.

        [Slide 3 – Main duties]
          - Support the statistics bureau in the analysis of census data
          - Draft briefs for partners

        [00:04:27] Kim: Yes, hello.
        """
    )
    assert len(v.duties) == 2


def test_both_nationalities_that_are_eligible_are_both_admitted() -> None:
    v = parse_text("Eligibility\n- Both Kenyan and Somali nationals are eligible for this post.\n")
    assert sorted(v.eligibility.nationalities) == ["KE", "SO"]
