"""Wordings met in the `tors5` and `tors6` batches (written apart from the parser, read as design
material): one test per general rule, on text that is not copied from either batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_countries_named_as_places_in_a_nationality_sentence_are_not_nationalities() -> None:
    v = parse_text(
        """
        Eligibility

        Open only to citizens of Denmark; the post is located in Kenya, not in Lagos, Nigeria.
        """
    )
    assert v.eligibility.nationalities == ["DK"]


def test_a_place_still_excludes_when_the_clause_says_so() -> None:
    v = parse_text(
        """
        Eligibility

        Open to Danish citizens.
        Candidates holding Lebanese nationality or residence in Lebanon are not eligible.
        """
    )
    assert v.eligibility.nationalities == ["DK"]


def test_experience_stated_in_months_is_counted_in_years() -> None:
    v = parse_text(
        """
        Qualifications

        - Experience: at least eighteen (18) months of relevant professional experience in audit.
        """
    )
    assert v.experience.min_years == 1.5
    spanish = parse_text(
        """
        Requisitos

        - Experiencia: mínimo veinticuatro (24) meses de experiencia laboral en finanzas públicas.
        """
    )
    assert spanish.experience.min_years == 2


def test_a_range_of_years_keeps_its_lower_end() -> None:
    french = parse_text(
        """
        Qualifications

        Expérience : entre trois et cinq ans d'expérience professionnelle en gestion de projets.
        """
    )
    assert french.experience.min_years == 3
    english = parse_text(
        """
        Qualifications

        Experience:   Minimum 1, maximum 4 years of relevant work experience in public finance.
        """
    )
    assert english.experience.min_years == 1


def test_years_alone_state_the_minimum_over_years_beside_a_lower_degree() -> None:
    v = parse_text(
        """
        Requisitos

        - Educación: maestría en estadística. Una licenciatura con tres años adicionales de experiencia
          profesional puede aceptarse en lugar de la maestría.
        - Experiencia: al menos un año de experiencia profesional en estadística oficial.
        """
    )
    assert v.experience.min_years == 1


def test_a_generic_university_degree_followed_by_its_level_is_that_level() -> None:
    spanish = parse_text(
        """
        Requisitos

        Formación académica: título universitario de máster en economía o ciencias sociales.
        """
    )
    assert spanish.education.minimum_level == "master"
    english = parse_text(
        """
        Qualifications

        Education: a university degree (Master's level) in law or international relations.
        """
    )
    assert english.education.minimum_level == "master"


def test_age_limits_said_as_not_yet_turned_at_most_and_must_not_be_older() -> None:
    turned = parse_text(
        """
        Requisitos del programa

        No haber cumplido los 33 años de edad el 31 de diciembre de 2027.
        """
    )
    assert turned.eligibility.max_age == 32
    most = parse_text(
        """
        Requisitos del programa

        Tener como máximo 29 años al 31 de diciembre de 2027.
        """
    )
    assert most.eligibility.max_age == 29
    french = parse_text(
        """
        Conditions du programme

        Les candidat(e)s ne doivent pas avoir plus de 31 ans au 31 décembre 2027.
        """
    )
    assert french.eligibility.max_age == 31
    assert str(french.eligibility.age_reference_date) == "2027-12-31"


def test_a_degree_obtained_within_years_before_the_deadline() -> None:
    v = parse_text(
        """
        Requisitos del programa

        Estar en posesión de un título de máster obtenido dentro de los dos años anteriores a la fecha
        de cierre.
        """
    )
    assert v.education.graduated_within_months == 24


def test_students_the_clause_refuses_are_not_accepted_and_french_students_are() -> None:
    refused = parse_text(
        """
        Eligibility

        Candidates must hold a Master's degree by the deadline; students still enrolled cannot apply.
        """
    )
    assert refused.education.enrolled_accepted is False
    accepted = parse_text(
        """
        Conditions générales du programme

        Un master est exigé ; les étudiant(e)s en dernière année de master peuvent postuler.
        """
    )
    assert accepted.education.enrolled_accepted is True


def test_labels_led_to_their_values_by_dots() -> None:
    v = parse_text(
        """
        Organisation ............ Fonds des Nations Unies pour l'enfance (UNICEF)
        Ville ................... Bamako
        Pays .................... Mali
        """
    )
    assert v.duty_station.city == "Bamako" and v.duty_station.country == "ML"


def test_an_agencys_name_as_first_heading_is_no_title_and_jea_names_a_post() -> None:
    v = parse_text(
        """
        # Organisation internationale du Travail (OIT)

        ## Chargé(e) des normes du travail (JEA)

        ### Vos fonctions

        - Analyser les rapports des États membres.
        """
    )
    assert v.title == "Chargé(e) des normes du travail (JEA)"


def test_a_competition_notice_heading_is_no_title_and_a_title_cut_at_the_line_end_is_joined() -> None:
    v = parse_text(
        """
        MISE AU CONCOURS - PROGRAMME JPO 2027

        Junior Professional Officer (JPO) - Eau, assainissement et hygiène en milieu
        urbain

        Que ferez-vous ?

        - Appuyer le suivi des projets.
        """
    )
    assert v.title == "Junior Professional Officer (JPO) - Eau, assainissement et hygiène en milieu urbain"


def test_a_label_with_a_typographic_apostrophe() -> None:
    v = parse_text(
        """
        Lieu d’affectation: Bamako
        Pays: Mali
        """
    )
    assert v.duty_station.city == "Bamako"


def test_reference_labels_naming_the_agency_or_in_spanish_and_french() -> None:
    cases = {
        "- **Référence UNOPS :** UNOPS/JPO/27-04": "UNOPS/JPO/27-04",
        "Code de l'avis de vacance FAO : VA-2027-118": "VA-2027-118",
        "Número de puesto: JPO ES 07 MA": "JPO ES 07 MA",
        "Nº de empleo: 591204 | Nivel: P-2": "591204",
        "Job no: 577310 Contract type: Temporary Appointment Level: P-2": "577310",
    }
    for line, reference in cases.items():
        assert parse_text(line).reference == reference, line


def test_a_markdown_blockquote_reads_as_its_text() -> None:
    v = parse_text(
        """
        ## Conditions du programme

        > Les candidat(e)s doivent attester leur niveau d'anglais par un TOEFL iBT 90, datant de moins
        > de deux ans à la date limite de candidature.
        """
    )
    assert v.eligibility.test_validity_months == 24


def test_validity_said_as_no_more_than_before_or_within_the_years_before() -> None:
    english = parse_text(
        """
        Eligibility

        English must be certified by a TOEFL iBT of 95, obtained no more than three years before the deadline.
        """
    )
    assert english.eligibility.test_validity_months == 36
    spanish = parse_text(
        """
        Requisitos del programa

        Acreditar el inglés con un IELTS 7.0. Solo se aceptan resultados obtenidos dentro de los dos años
        anteriores al cierre.
        """
    )
    assert spanish.eligibility.test_validity_months == 24


def test_a_test_at_a_named_level() -> None:
    v = parse_text(
        """
        Eligibility

        French must be certified by a DELF at level B2 or higher.
        """
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [("DELF", "B2")]


def test_languages_of_south_asia_and_knowledge_in_french_programme_rules() -> None:
    sindhi = parse_text(
        """
        Languages

        English is required. Working knowledge of Gujarati or Sindhi is an asset.
        """
    )
    assert sindhi.languages.desirable == ["gu", "sd"]
    french = parse_text(
        """
        Conditions du programme

        La connaissance du swahili est un atout pour ce poste.
        """
    )
    assert french.languages.desirable == ["sw"]


def test_a_lower_heading_of_requirements_ends_what_the_jpo_will_learn() -> None:
    v = parse_text(
        """
        Qu'apprendrez-vous ?

        - gérer un portefeuille de projets ;
        - travailler avec les autorités locales.


        Votre profil

        Formation : Master en économie.

        Compétences :
        - Travail en équipe
        - Communication
        """
    )
    assert len(v.learning_elements) == 2


def test_a_delai_de_candidature_at_midnight_swiss_time_ends_that_day() -> None:
    v = parse_text("Délai de candidature : lundi 12 avril 2027, minuit (heure suisse).")
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == ("2027-04-12T22:00:00Z", "Europe/Zurich")


def test_limits_as_a_single_application_a_year_and_posts_of_the_programme_at_most() -> None:
    single = parse_text("Conditions du programme\n\n- Une seule candidature par an est autorisée.")
    assert single.eligibility.max_applications_per_year == 1
    named = parse_text(
        "Conditions du programme\n\nChaque candidat(e) peut postuler à trois postes JEA au maximum."
    )
    assert named.eligibility.max_applications_per_year == 3


def test_a_cap_on_years_of_experience_is_no_age_limit() -> None:
    v = parse_text(
        """
        Eligibility

        Candidates must have at most 10 years of experience and be no older than 32 years of age on
        31 December 2026.
        """
    )
    assert v.eligibility.max_age == 32
