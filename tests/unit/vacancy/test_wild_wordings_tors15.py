"""Wordings met in the `tors15` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import cap_read, parse_text


def test_a_time_written_with_a_dot_before_its_zone() -> None:
    v = parse_text(
        "Duty station: Dili, Timor-Leste\n\nThe application period ends at 23.59 (Finnish time, EET) on "
        "Sunday 15 March 2026.\n"
    )
    assert v.closing is not None
    assert (v.closing.timezone, v.closing.utc) == ("Europe/Helsinki", "2026-03-15T21:59:00Z")


def test_a_language_said_to_be_no_requirement() -> None:
    v = parse_text(
        "## Requisitos\n\n**Idiomas.** Dominio del español y del inglés. El conocimiento del italiano no es un "
        "requisito del puesto.\n"
    )
    assert v.languages.required == [["es"], ["en"]]
    assert v.languages.desirable == []


def test_caps_written_in_five_more_ways() -> None:
    said = {
        "Vous pouvez postuler à deux postes au plus dans le cadre de la présente mise au concours.": (
            "call",
            2,
        ),
        "Each applicant may apply to max. four (4) positions in this round.": ("call", 4),
        "Chaque candidat(e) ne peut postuler qu'à un seul poste de l'appel 2027.": ("call", 1),
        "Each applicant may apply to one position only in the 2026 round.": ("call", 1),
        "Les candidatures portant sur plus de trois postes de la même campagne ne seront pas prises en compte.": (
            "call",
            3,
        ),
    }
    for sentence, cap in said.items():
        assert cap_read(parse_text(sentence + "\n")) == cap, sentence


def test_what_the_jpo_will_do_heads_the_duties() -> None:
    v = parse_text("2. WHAT THE JPO WILL DO\n\n  - Support the programme team.\n  - Draft donor reports.\n")
    assert len(v.duties) == 2


def test_a_sentence_introducing_the_list_right_under_its_heading() -> None:
    v = parse_text(
        """
        Responsabilités et obligations
        Le/la JEA sera chargé(e) de :
        - appuyer la planification des activités ;
        - préparer des rapports de situation.
        Eléments de formation
        - la gestion de projets.
        """
    )
    assert len(v.duties) == 2


def test_duties_after_the_sentence_that_says_what_the_jpo_will_do() -> None:
    v = parse_text(
        """
        Background

        The office supports the Government. Under the supervision of the Programme Specialist (P-4), the JPO will:

        * Support the design of the programme;
        * Prepare briefing notes and donor reports.
        """
    )
    assert len(v.duties) == 2


def test_the_agencys_job_id_beats_the_donor_programmes_reference() -> None:
    v = parse_text(
        "Post title:        Programme Analyst\nUN Women Job ID:   30111\nFinnish JPO ref.:  FI-JPO-2026-04\n"
    )
    assert v.reference == "30111"


def test_reference_de_l_avis_and_vacante_n_o() -> None:
    assert parse_text("Référence de l'avis: SVN 2026/201\nRéférence Enabel: BEL-JPO-2026-02\n").reference == (
        "SVN 2026/201"
    )
    assert parse_text("UNICEF Perú\nVacante n.º 590113\n\nOficial de Programa\n").reference == "590113"


def test_an_age_limit_on_a_date_given_after_soit_le() -> None:
    v = parse_text(
        "b) être âgé(e) de 31 ans au plus à la date prévue de prise de fonctions, soit le 1er mars 2027 ;\n"
    )
    assert v.eligibility.max_age == 31
    assert str(v.eligibility.age_reference_date) == "2027-03-01"


def test_not_turned_33_by_the_end_of_the_application_period() -> None:
    v = parse_text(
        """
        Duty station: Dili, Timor-Leste
        Closing date: 15 March 2026, 17:00 Helsinki time

        WHO CAN APPLY
        - You must not have turned 31 by the end of the application period (15 March 2026).
        """
    )
    assert v.eligibility.max_age == 30
    assert str(v.eligibility.age_reference_date) == "2026-03-15"


def test_an_ocr_a_for_a_grave_before_the_closing_date() -> None:
    v = parse_text(
        "Closing date: 12 April 2027, 12:00 Paris time\n\n- avoir moins de 33 ans a la date de clôture des "
        "candidatures ;\n"
    )
    assert v.eligibility.max_age == 32
    assert str(v.eligibility.age_reference_date) == "2027-04-12"


def test_a_workday_page_primary_location_and_posting_end_date() -> None:
    v = parse_text(
        """
        Job Requisition ID: JR100231
        Primary Location: Multan, Pakistan
        Posting End Date: June 14, 2026

        The vacancy will close at 11:59 PM (CEST) on the Posting End Date shown above.
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Multan", "PK")
    assert v.closing is not None
    assert v.closing.utc == "2026-06-14T21:59:00Z"


def test_applications_received_jusqu_au_a_date() -> None:
    v = parse_text(
        "Lieu d'affectation : Bouaké, Côte d'Ivoire\n\nLes candidatures sont reçues jusqu'au vendredi 12 février "
        "2027 à 12h00 (heure de Paris).\n"
    )
    assert v.closing is not None
    assert (v.closing.timezone, v.closing.utc) == ("Europe/Paris", "2027-02-12T11:00:00Z")


def test_what_the_jpo_will_learn_above_its_list() -> None:
    v = parse_text(
        """
        Attributions principales

         1) Appuyer la gestion des cas.
         2) Rédiger les rapports d'avancement.

        Ce que le/la JEA apprendra

         - la gestion du cycle de programme ;
         - la coordination avec les services de l'État.
        """
    )
    assert (len(v.duties), len(v.learning_elements)) == (2, 2)


def test_a_test_taken_less_than_two_years_before_the_closing_date() -> None:
    v = parse_text(
        "Le niveau d'anglais est attesté par l'un des tests suivants, passé moins de deux ans avant la date de "
        "clôture : TOEFL iBT (95 au minimum) ou IELTS Academic (7,0 au minimum).\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_dual_nationals_refused_a_long_way_before_or_as_not_to_be_considered() -> None:
    far = parse_text(
        "a) Tener la nacionalidad española. No podrán optar a este puesto las personas que posean también la "
        "nacionalidad venezolana.\n"
    )
    considered = parse_text(
        "- Nacionalidad alemana. Las personas que tengan además la nacionalidad mexicana no podrán ser "
        "consideradas para este puesto.\n"
    )
    assert far.eligibility.nationalities == ["ES"]
    assert considered.eligibility.nationalities == ["DE"]
