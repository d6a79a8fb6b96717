"""Wordings met in the `tors30` and `tors31` batches (held-out sets aa and ab until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from jpo.vacancy.lines import clean_line
from tests.support.tor import parse_text


def test_emoji_mark_items_or_decorate_labels_headings_and_runs_of_fields() -> None:
    def text(raw: str) -> str:
        cleaned, offsets = clean_line(raw, 0)
        assert len(cleaned) == len(offsets)
        return cleaned

    assert text("🔹 Coordinar las misiones de terreno") == "• Coordinar las misiones de terreno"
    assert text("✅ Lettre de motivation") == "• Lettre de motivation"
    assert text("🎓 Formación: Máster en economía") == "Formación: Máster en economía"
    assert text("📝 Tâches principales") == "Tâches principales"
    assert text("📍 Nairobi, Kenya | 💼 P-2 | ⏱ 24 months") == "Nairobi, Kenya | P-2 | 24 months"
    assert text("🇸🇪🇺🇳 NEW JPO POSITION – SIDA 2027") == "NEW JPO POSITION – SIDA 2027"
    assert text("Grade: ☐ P1 ☒ P2") == "Grade: P2"  # tick boxes keep their meaning


CHANNEL = """
Empleo Internacional 🌎, [02.03.27 10:15]
🔥 CONSULTORÍA – PNUD Guatemala
Consultor/a en monitoreo (6 meses).
🗓 Cierre: 12/03/2027

Empleo Internacional 🌎, [03.03.27 09:00]
🇪🇸🇺🇳 NUEVO PUESTO JPO – CONVOCATORIA AECID 2027

Oficial Asociado/a de Programa – Seguridad Alimentaria y
Nutrición
(solo para personas de nacionalidad española)

📍 Ciudad de Guatemala, Guatemala | 💼 P-2 | ⏱ 12 meses
🔖 Job ID PMA: 27-1187 · Ref. AECID: JPO-2027-21

✍️ Funciones principales:
🔹 Apoyar el seguimiento de los programas de nutrición.
🔹 Elaborar informes para los donantes.

📚 Aprenderás:
▫️ Gestión de programas del PMA.
▫️ Coordinación con el gobierno.

(continúa 👇)

Empleo Internacional 🌎, [03.03.27 09:01]
(continuación)
✅ Requisitos AECID:
▪️ Nacionalidad española.
▪️ Máximo 2 solicitudes por persona en la convocatoria anual de la AECID.

📎 Documentación: CV en inglés, carta de motivación en español y copia del título de máster, todo en un único PDF.

Empleo Internacional 🌎, [04.03.27 17:05]
❓ ¿Puede postular alguien con doble nacionalidad española y guatemalteca? Sí, si cumple los requisitos.
"""


def test_a_channels_export_reads_the_messages_that_post_the_notice() -> None:
    v = parse_text(CHANNEL)
    assert v.title == "Oficial Asociado/a de Programa – Seguridad Alimentaria y Nutrición"
    assert v.eligibility.nationalities == ["ES"]
    assert len(v.duties) == 2
    assert len(v.learning_elements) == 2
    assert v.eligibility.max_applications_per_year == 2
    assert len(v.required_documents) == 3


def test_a_header_lines_cells_give_the_duty_station_and_the_grade() -> None:
    v = parse_text(CHANNEL)
    assert (v.duty_station.city, v.duty_station.country) == ("Guatemala City", "GT")
    assert v.grades == ["P2"]


def test_a_job_id_label_naming_its_agency_and_a_code_before_a_bracket() -> None:
    named = parse_text(CHANNEL)
    bracketed = parse_text("Job ID : 41275 (réf. MAEE : JPO-LU-2027-06)\n")
    assert named.reference == "27-1187"
    assert bracketed.reference == "41275"


def test_a_dossier_to_send_heads_the_documents() -> None:
    v = parse_text(
        """
        Conditions du programme
        • être de nationalité luxembourgeoise ;

        Dossier à envoyer
        • CV
        • Lettre de motivation
        • Copie du diplôme
        """
    )
    assert len(v.required_documents) == 3


def test_a_birth_date_in_brackets_is_no_reference_date_nor_deadline() -> None:
    v = parse_text(
        """
        Fecha de cierre: 19 de marzo de 2027

        Requisitos
        a) tener como máximo 30 años a la fecha de cierre de esta convocatoria (haber nacido el 20 de marzo
           de 1996 o después);
        """
    )
    assert v.eligibility.max_age == 30
    assert str(v.eligibility.age_reference_date) == "2027-03-19"


def test_until_an_hour_in_switzerlands_time_and_a_questions_date_nearby() -> None:
    v = parse_text(
        """
        Lugar de asignación: Tapachula, Chiapas
        País: México

        Cómo postular
        Las candidaturas se presentan en línea hasta las 17:00 horas (hora de Suiza) del viernes 19 de marzo de
        2027. Las preguntas sobre el puesto pueden enviarse hasta el 12 de marzo de 2027.
        """
    )
    assert v.closing is not None
    assert (v.closing.timezone, str(v.closing.utc)[:16]) == ("Europe/Zurich", "2027-03-19T16:00")
    assert (v.duty_station.city, v.duty_station.country) == ("Tapachula", "MX")
    assert not [w for w in v.warnings if w.field == "closing"]


def test_the_time_of_mexico_city_in_spanish_and_haitian_creole() -> None:
    v = parse_text(
        """
        Lugar de destino: Tapachula, México
        Idiomas: español (indispensable). Se valorará el conocimiento del criollo haitiano.
        La fecha límite es el jueves 4 de marzo de 2027 a las 23:59, hora de la Ciudad de México.
        """
    )
    assert v.closing is not None
    assert v.closing.timezone == "America/Mexico_City"
    assert v.languages.desirable == ["ht"]


def test_a_vacancy_number_label_naming_its_agency() -> None:
    v = parse_text("| **Vacante PNUD n.º** | PNUD/COL/JPO/2027-09 |\n| **Código AECID** | JPO-27-30 |\n")
    assert v.reference == "PNUD/COL/JPO/2027-09"


def test_a_tables_header_row_labels_the_row_of_values_under_it() -> None:
    v = parse_text(
        """
        | Position | Duty station | Grade | Duration |
        |---|---|---|---|
        | Programme Analyst, Urban Resilience | Dhaka, Bangladesh | P-2 | 2 years |

        | UNDP Job ID | MFA file no. | Deadline |
        |---|---|---|
        | 28114 | 2027-00912 | 9 March 2027 |
        """
    )
    assert v.title == "Programme Analyst, Urban Resilience"
    assert (v.duty_station.city, v.grades, v.reference) == ("Dhaka", ["P2"], "28114")


def test_the_tors_own_title_before_the_web_pages_front_matter() -> None:
    v = parse_text(
        """
        ---
        layout: vacancy
        title: "New JPO position: UNICEF Zambia, Lusaka"
        ---

        # Programme Analyst, Child Protection

        | Position | Duty station | Grade |
        |---|---|---|
        | Programme Analyst, Child Protection | Lusaka, Zambia | P-2 |
        """
    )
    assert v.title == "Programme Analyst, Child Protection"


def test_a_sentence_above_a_pipe_table_is_no_borderless_row() -> None:
    v = parse_text(
        """
        # Oficial Asociado/a de Gobernanza

        Puesto JPO financiado por la AECID en el PNUD en Colombia.

        | | |
        |---|---|
        | **Vacante PNUD n.º** | PNUD/COL/JPO/2027-05 |
        | **Lugar de destino** | Bogotá, Colombia |
        """
    )
    assert v.title == "Oficial Asociado/a de Gobernanza"


def test_a_post_sheets_banner_before_a_wrapped_title() -> None:
    v = parse_text(
        """
        FICHE DE POSTE – JEUNE EXPERT ASSOCIÉ (JEA / JPO)
        Chargé(e) des droits de l'homme adjoint(e) –
        Protection de l'espace civique
        Organisation d'accueil : HCDH
        """
    )
    assert v.title == "Chargé(e) des droits de l'homme adjoint(e) – Protection de l'espace civique"


def test_an_entity_defined_by_its_french_and_english_acronyms() -> None:
    v = parse_text(
        """
        Le Bureau régional des Nations Unies pour l'Afrique de l'Est (BRNUAE / UNOEA) appuie la prévention des
        conflits. Le BRNUAE recrute un(e) JEA.
        """
    )
    assert v.organization == "UNOEA"


def test_a_test_taken_less_than_two_years_ago() -> None:
    v = parse_text(
        "Conditions\n• Justifier d'un niveau d'anglais attesté par un test passé il y a moins de deux ans : TOEIC "
        "900 ou IELTS 7,0 au minimum.\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_a_press_releases_annex_gives_the_title_not_the_ministrys_letterhead() -> None:
    v = parse_text(
        """
        SPF Affaires étrangères, Commerce extérieur et Coopération au Développement
        Accueil > Actualités > Communiqués de presse > 2027

        COMMUNIQUÉ DE PRESSE

        La Belgique finance un jeune expert auprès de l'UNICEF à Goma. Les candidatures sont attendues
        jusqu'à la fin du mois de mars.

        ------------------------------------------------------------
        ANNEXE - TERMES DE RÉFÉRENCE
        ------------------------------------------------------------

        Spécialiste adjoint(e) de la protection de l'enfance

        Organisation : UNICEF, bureau de Goma
        """
    )
    assert v.title == "Spécialiste adjoint(e) de la protection de l'enfance"


def test_a_newsletters_contents_item_is_no_title_and_a_programme_note_under_one() -> None:
    v = parse_text(
        """
        Global Careers Digest - Vol. 3, No. 2 - 10 March 2027

        IN THIS ISSUE
          1. Featured opportunity: UNDP JPO post in Bangkok (Korean JPO Programme)
          2. Info session on UN cover letters

        ========================================
        1. FEATURED OPPORTUNITY
        ========================================

          Associate Climate Finance Officer
          (Junior Professional Officer - Korean JPO Programme)

          Duty station ....... Bangkok, Thailand
        """
    )
    assert v.title == "Associate Climate Finance Officer"


def test_the_title_under_a_notices_banner_before_a_later_line_naming_the_programme() -> None:
    v = parse_text(
        """
        AVIS DE VACANCE DE POSTE - JEUNE EXPERT ASSOCIÉ (JEA / JPO)
        Administrateur(trice) adjoint(e) de programme - Santé et
        nutrition
        Classe          P-2
        Type de contrat Engagement de durée déterminée (JEA)
        """
    )
    assert v.title == "Administrateur(trice) adjoint(e) de programme - Santé et nutrition"


def test_documents_in_brackets_after_the_application_and_after_envoyez() -> None:
    bracketed = parse_text(
        """
        6. CANDIDATURE

        Le dossier de candidature (un CV détaillé, une lettre de motivation et la copie des diplômes) doit
        être déposé sur le portail au plus tard le 15 avril 2027.
        """
    )
    sent = parse_text(
        """
        Comment postuler ?
        Envoyez via le formulaire en ligne :
        1. votre CV en anglais ;
        2. une lettre de motivation ;
        3. une copie de votre diplôme.
        """
    )
    assert len(bracketed.required_documents) == 3
    assert len(sent.required_documents) == 3


def test_a_duty_that_provides_in_particular_is_no_list_of_documents() -> None:
    v = parse_text(
        """
        ## What will you do?

        - Support the design and monitoring of the decentralisation project.
        - Provide technical input to the Ministry of Local Government on the review
          of the fiscal transfer formula, in particular:
          - analysis of revenue data;
          - briefing notes for the task force.

        ## How to apply

        Apply online. Attach, in English:

        - your CV;
        - a motivation letter.
        """
    )
    assert [d.rstrip(".;") for d in v.required_documents] == ["your CV", "a motivation letter"]


def test_the_day_the_age_is_reached_on_stated_before_the_limit() -> None:
    v = parse_text(
        "CONDITIONS\nLe programme est ouvert aux personnes de nationalité suisse qui, au 31 décembre 2027, n'auront "
        "pas plus de 31 ans révolus.\n"
    )
    assert v.eligibility.max_age == 31
    assert str(v.eligibility.age_reference_date) == "2027-12-31"
