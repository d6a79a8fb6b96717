"""Wordings met in the `tors28` and `tors29` batches (held-out sets y and z until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from jpo.contracts.vacancy import MilitaryExtension
from jpo.vacancy.structure import kind_of
from tests.support.tor import parse_text


def test_the_uns_own_programme_is_no_sponsor() -> None:
    v = parse_text(
        """
        Organisation : PNUD (Programme des Nations Unies pour le développement), bureau du Tchad

        CONDITIONS D'ÉLIGIBILITÉ
        Les candidat(e)s doivent être de nationalité belge.
        """
    )
    assert v.sponsor_country == "BE"


def test_a_post_sheets_number_is_the_reference() -> None:
    v = parse_text(
        """
        FICHE DE POSTE  N° JEA-PNUD-TCD-27-05

        Titre : Analyste de programme (JEA)
        """
    )
    assert v.reference == "JEA-PNUD-TCD-27-05"


def test_va_inside_a_word_is_no_vacancy_label() -> None:
    v = parse_text(
        """
        Permalink: /vacancies/jpo-2027-0415/

        Associate Officer (JPO)
        """
    )
    assert v.reference is None


def test_a_spanish_post_number_label_and_a_call_for_applications_code() -> None:
    spanish = parse_text(
        """
        Puesto n.º:    UNFPA-JPO-2027-04
        Ref. DESA:     ITA/JPO/2027/UNFPA/02
        """
    )
    call = parse_text("Call for Applications: CFA/JPO/2027/0240\n\nPosition: Associate Officer (JPO)\n")
    assert spanish.reference == "UNFPA-JPO-2027-04"
    assert call.reference == "CFA/JPO/2027/0240"


def test_a_test_score_under_note_minimale() -> None:
    v = parse_text(
        """
        Conditions
        Un niveau C1 en anglais doit être attesté par un test TOEIC (score minimum 900) ou IELTS Academic
        (note minimale 6,5).
        """
    )
    assert {(t.test, t.min_score) for t in v.eligibility.language_tests} == {("TOEIC", 900), ("IELTS", 6.5)}


def test_competencies_parted_by_pipes_or_dashes_after_a_stray_mark() -> None:
    pipes = parse_text(
        """
        Profil
        Compétences : | Intégrité | Professionnalisme | Esprit d'équipe |
        Orientation client | Sens de l'organisation
        """
    )
    dashes = parse_text(
        """
        Profil
        Compétences de l'ONU : | Intégrité - Communication - Travail
        en équipe - Responsabilité
        """
    )
    assert len(pipes.competencies) == 5
    assert dashes.competencies == ["Intégrité", "Communication", "Travail en équipe", "Responsabilité"]


def test_competencies_as_one_labelled_item_of_the_profile() -> None:
    v = parse_text(
        """
        VOTRE PROFIL
          * Master en économie ou domaine apparenté.
          * Compétences recherchées : rigueur, travail en équipe, sens de la communication,
            capacité de synthèse.
        """
    )
    assert len(v.competencies) == 4


def test_documents_in_prose_after_an_aside_and_after_adjuntando() -> None:
    french = parse_text(
        """
        Candidature
        Le dossier, rédigé en français, comprend : un CV, une lettre de motivation, la copie du diplôme et
        l'attestation de langue.
        """
    )
    spanish = parse_text(
        """
        Cómo postular
        Envía tu candidatura por el portal adjuntando el formulario, el CV en inglés y una carta de motivación.
        """
    )
    assert len(french.required_documents) == 4
    assert len(spanish.required_documents) == 3


def test_korean_nationality_with_a_dual_nationals_aside_is_admitted() -> None:
    v = parse_text(
        """
        Eligibility
        - Korean nationality (dual nationals are not eligible).
        """
    )
    assert v.eligibility.nationalities == ["KR"]


def test_years_a_man_may_add_for_military_service() -> None:
    v = parse_text(
        """
        Eligibility
        - Age: applicants must be born on or after 1 January 1996. Male applicants who have completed
          military service may add one year for service of less than two years, and two years for service of
          two years or more.
        """
    )
    assert v.eligibility.military_service_extension == [
        MilitaryExtension(served_months_below=24, extra_years=1),
        MilitaryExtension(served_months_below=None, extra_years=2),
    ]


def test_spanish_not_yet_turned_in_the_subjunctive() -> None:
    v = parse_text(
        "Requisitos\nPueden postular las personas de nacionalidad italiana que no hayan cumplido 32 años al 31 de "
        "diciembre de 2027.\n"
    )
    assert v.eligibility.max_age == 31
    assert str(v.eligibility.age_reference_date) == "2027-12-31"


def test_languages_at_an_advanced_level_are_required() -> None:
    v = parse_text("Perfil\nIdiomas: francés e inglés, ambos a nivel avanzado. Se valorará el portugués.\n")
    assert sorted(c for group in v.languages.required for c in group) == ["en", "fr"]
    assert v.languages.desirable == ["pt"]


def test_italian_degree_names_give_their_levels() -> None:
    v = parse_text(
        """
        Requisitos del programa
        Se requiere un Máster (laurea magistrale) con al menos un año de experiencia laboral, o bien un grado
        (laurea triennale) con al menos tres años de experiencia laboral.
        """
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 1),
        ("bachelor", 3),
    ]


def test_years_of_experience_after_de_with_a_maximum() -> None:
    v = parse_text(
        "Profil\n  * Expérience professionnelle de 3 ans au minimum et de 6 ans au maximum dans le domaine.\n"
    )
    assert v.experience.min_years == 3


def test_a_post_title_after_jpo_is_no_programme_heading() -> None:
    assert kind_of("JPO – Programme Analyst, Women’s Political Participation") is None
    assert kind_of("Special conditions of the Austrian JPO programme") == "programme"


def test_a_caps_heading_with_a_bracketed_note_ends_the_list_above() -> None:
    v = parse_text(
        """
        Competencies
          - Professionalism
          - Teamwork

        MOFA SPECIAL CONDITIONS (2027 JPO call)
          a. Nationality: citizens of the Republic of Korea.
        """
    )
    assert v.competencies == ["Professionalism", "Teamwork"]


def test_spanish_former_jpos_who_may_not_submit_an_application() -> None:
    v = parse_text(
        """
        Requisitos
        No pueden presentar candidatura quienes ya hayan prestado servicio como JPO en cualquier organismo.
        """
    )
    assert v.eligibility.excludes_former_jpo is True


def test_the_heading_that_gives_the_labelled_title_its_area() -> None:
    fuller = parse_text(
        """
        ## Associate Programme Officer (JPO), Disaster Risk Reduction

        Position: Associate Programme Officer (JPO)
        Duty station: Suva, Fiji
        """
    )
    placed = parse_text(
        """
        ## Associate Programme Officer (JPO) – Suva, Fiji

        Position: Associate Programme Officer (JPO)
        """
    )
    assert fuller.title == "Associate Programme Officer (JPO), Disaster Risk Reduction"
    assert placed.title == "Associate Programme Officer (JPO)"


def test_a_labelled_title_naming_the_call_and_its_year_gives_way_to_the_heading() -> None:
    v = parse_text(
        """
        Title: Appel JEA 2027 – fiche n° 4 – UNICEF Niamey

        # Chargé(e) de programme adjoint(e) (JEA) – Nutrition
        """
    )
    assert v.title == "Chargé(e) de programme adjoint(e) (JEA) – Nutrition"


def test_a_french_vacancy_code_label_names_the_agencys_reference() -> None:
    v = parse_text(
        """
        - **Code de la vacance UNICEF :** VA/2027/NER/118
        - **Référence MAEE :** LUX-JPO-2027-04
        """
    )
    assert v.reference == "VA/2027/NER/118"


# Rules met again while rereading the earlier design batches' leftovers (test_corpus._NOT_YET).


def test_a_deadline_in_new_york_time_written_in_spanish() -> None:
    v = parse_text(
        """
        Lugar de destino: Managua, Nicaragua
        La fecha límite es el 12 de marzo de 2027 a las 17:00 (hora de Nueva York).
        """
    )
    assert v.closing is not None
    assert v.closing.timezone == "America/New_York"
    assert str(v.closing.utc).startswith("2027-03-12T22:00")


def test_a_cap_in_a_recruitment_named_by_three_words() -> None:
    v = parse_text(
        "Eligibility\n- Each applicant may apply to only one position in the 2027 Korean JPO recruitment.\n"
    )
    assert v.eligibility.max_applications_per_year == 1


def test_an_ocr_page_number_read_with_an_l_does_not_end_a_list() -> None:
    v = parse_text(
        """
        Compétences
        - Intégrité
        - Travail en équipe
        - Communication

                              - l -
          ____________________________________________
          UNICEF/JPO/2027-04                        page 2/2

        Conditions du programme
        """
    )
    assert v.competencies == ["Intégrité", "Travail en équipe", "Communication"]


def test_ewe_is_a_language() -> None:
    v = parse_text("Langues\nExcellente maîtrise du français. La connaissance de l'éwé est un atout.\n")
    assert v.languages.desirable == ["ee"]


def test_a_tables_desirable_column_does_not_make_the_required_years_preferred() -> None:
    v = parse_text(
        """
        Experience and languages
        | Requirement | Required | Desirable |
        |---|---|---|
        | Work experience | At least three years of relevant experience in public health | Field work in Africa |
        """
    )
    assert v.experience.min_years == 3
    assert v.experience.preferred is False


def test_a_donors_letterhead_naming_its_country_is_no_duty_station() -> None:
    v = parse_text(
        """
        GRAND-DUCHÉ DE LUXEMBOURG
        Ministère des Affaires étrangères et européennes

        Poste : Chargé(e) de programme junior (JPO)
        """
    )
    assert v.duty_station.city is None


def test_the_answer_to_where_the_post_is_based() -> None:
    v = parse_text(
        """
        1. De quel poste s'agit-il ?

        Il s'agit d'un poste de Jeune expert associé (JPO) au sein de l'équipe santé.

        2. Où le poste est-il basé ?

        Au bureau pays de l'UNICEF à Niamey (Niger), avec des missions régulières à Zinder.
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Niamey", "NE")
