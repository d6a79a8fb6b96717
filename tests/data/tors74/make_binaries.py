"""Build the binary documents of this folder, deterministically.

Run with the project's venv (fpdf2 and python-docx):

    /work/main/.venv/bin/python make_binaries.py

Outputs (next to this script):
  nuffic_unfpa_kingston_pdf2docx.docx  - English, a PDF converted to Word
  suisse_pam_caphaitien_pdf2docx.docx  - French, a PDF converted to Word
  italia_onudi_montevideo.pdf          - Spanish, fpdf2 PDF with borderless label/value rows

The two DOCX files imitate what Acrobat's "Export PDF to Word" or an online converter produces:
one paragraph per visual line (sentences broken mid-line), layout made with tabs and runs of
spaces, the facts block as "label<TAB>value" lines, headings only as bold runs (no heading
styles), bullets as literal "\u2022" or "\uf0b7" characters followed by a tab, and page breaks
followed by a repeated running header and a "Page N of M" footer line.
"""

import datetime
import io
import os
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Inches, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# DOCX "converted from PDF"
# ----------------------------------------------------------------------------------------------


def _add_line(doc, line, font_name, size):
    """One visual line -> one paragraph. '**...**' marks bold runs."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    for stop in (1.6, 2.2, 4.5, 6.3):
        pf.tab_stops.add_tab_stop(Inches(stop))
    parts = line.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = i % 2 == 1
        r.font.name = font_name
        r.font.size = Pt(size)
    return p


def build_converted_docx(path, text, header_lines, footer_fmt, font_name="Arial", size=10, title=None):
    """text: lines; a line '<<PAGE>>' ends a page (footer, page break, running header)."""
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.6)

    pages = text.split("<<PAGE>>")
    n = len(pages)
    for k, page in enumerate(pages, start=1):
        if k > 1:
            for h in header_lines:
                _add_line(doc, h, font_name, 8)
            _add_line(doc, "", font_name, size)
        lines = page.strip("\n").split("\n")
        for line in lines:
            _add_line(doc, line, font_name, size)
        _add_line(doc, "", font_name, size)
        _add_line(doc, footer_fmt.format(k=k, n=n), font_name, 8)
        if k < n:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)

    cp = doc.core_properties
    cp.author = "Converted document"
    cp.last_modified_by = "Converted document"
    cp.title = title or ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


B = "\u2022\t"  # literal bullet + tab
S = "\uf0b7\t"  # Symbol-font bullet as converters leave it (private use area)

NUFFIC_UNFPA = f"""
United Nations Population Fund
Sub-Regional Office for the Caribbean
14-20 Port Royal Street, Kingston                                      unfpa.example/caribbean

**VACANCY ANNOUNCEMENT \u2013 JUNIOR PROFESSIONAL OFFICER PROGRAMME**

**JPO Programme Analyst, Adolescents and Youth**

Vacancy no.\t\tUNFPA/JMC/JPO/2026/003
Nuffic reference\tNL-JPO-2026-0412
Post title\t\tJPO Programme Analyst, Adolescents and Youth
Unit\t\t\tSexual and Reproductive Health and Rights (SRHR) Unit, Sub-Regional
\t\t\tProgramme for the English- and Dutch-speaking Caribbean
Place of assignment\tKingston, Jamaica (with travel to the 22 countries and territories
\t\t\tcovered by the office)
Grade\t\t\tP-1/P-2
Duration\t\t2 years (a third year may be considered on a cost-sharing basis)
Financed by\t\tThe Dutch JPO Programme at Nuffic
Publication date\t2 February 2026
Closing date\t\t2 March 2026, 23:59 hrs (Amsterdam time)

**Background**
UNFPA, the United Nations sexual and reproductive health agency, works to deliver a world where
every pregnancy is wanted, every childbirth is safe and every young person\u2019s potential is fulfilled.
The Sub-Regional Office for the Caribbean, based in Kingston, covers 22 countries and overseas
territories, from Belize and Guyana to Suriname and the Eastern Caribbean. Adolescent pregnancy
rates in the sub-region remain among the highest in Latin America and the Caribbean, and access to
comprehensive sexuality education (CSE) and youth-friendly services is uneven.

**Duties and responsibilities**
Under the overall guidance of the Sub-Regional Programme Coordinator (P-4) and the direct
supervision of the SRHR Programme Specialist (P-3), the JPO will:
{B}Support the implementation, monitoring and reporting of the sub-regional adolescent and youth
\tprogramme, including the annual work plans with government and NGO partners;
{B}Contribute to the roll-out of comprehensive sexuality education in and out of school in at least
\tsix countries, in cooperation with ministries of education and health;
{B}Collect and analyse data on adolescent pregnancy, HIV and gender-based violence and prepare
\tevidence briefs for policy dialogue;
{B}Support youth participation mechanisms, including the Caribbean Youth Advisory Panel, and
\tthe organization of regional youth consultations;
{B}Contribute to resource mobilization, donor reporting and the preparation of concept notes
<<PAGE>>
\tand proposals for regional and bilateral donors;
{B}Prepare communication and advocacy materials, social media content and talking points for
\tsenior management;
{B}Perform other duties as required.

**Learning elements**
At the end of the assignment the JPO will have:
{S}Gained a thorough understanding of UNFPA\u2019s programming cycle and results-based management;
{S}Developed skills in policy dialogue with governments in small island developing States;
{S}Learned to design and manage youth-led and youth-focused programmes;
{S}Built a professional network among UN agencies, regional institutions (CARICOM, PANCAP) and
\tcivil society.

**Qualifications and experience**
**Education:**\tMaster\u2019s degree in public health, social sciences, gender studies, demography,
\tinternational development or a related field. Candidates in the final phase of their Master\u2019s
\tprogramme may apply, provided the degree is obtained before 1 September 2026.
**Work experience (min.)**\t2 yrs (max. 4 yrs, see General conditions)
\tRelevant paid professional experience in adolescent and youth health, sexual and reproductive
\thealth or gender. Experience in the Caribbean region is an asset.
**Languages:**\tFluency in English is required. Working knowledge of Spanish or Dutch is an asset.

**Required competencies**
{B}Achieving results
{B}Being accountable
{B}Developing and applying professional expertise/business acumen
{B}Thinking analytically and strategically
{B}Working in teams/managing ourselves and our relationships
{B}Communicating for impact

**General conditions of the Dutch JPO Programme**
{B}You have the Dutch nationality, or the nationality of one of the countries on the Dutch JPO
\tcountry list: Bangladesh, Benin, Burkina Faso, Burundi, Ethiopia, Ghana, Kenya, Mali,
\tMozambique, Rwanda, Suriname or Uganda;
{B}You are 32 years of age or younger on the closing date of this vacancy;
{B}You hold a Master\u2019s degree (see above for candidates in the final phase of their studies);
{B}You have a minimum of 2 and a maximum of 4 years of relevant paid work experience; internships
<<PAGE>>
\tand voluntary work are not counted;
{B}You have not worked as a JPO or Associate Expert before, with any organisation or donor;
{B}You have an excellent command of English.
The Dutch JPO Programme holds one recruitment round per year. In that round you can apply for a
maximum of three vacancies.

**How to apply**
Applications must be submitted online through the Nuffic application portal
(jpo.nuffic.example) before 2 March 2026, 23:59 hrs (Amsterdam time). Applications sent directly
to UNFPA will not be considered. Please upload the following documents in English:
{B}Your CV (maximum two pages);
{B}A motivation letter;
{B}A copy of your Master\u2019s diploma or a statement from your university on the expected date of
\tgraduation;
{B}A copy of your passport or identity card.
Candidates who applied in the 2025 round (closed on 3 March 2025) may apply again. Short-listed
candidates will be invited for an online interview in April 2026.

UNFPA does not charge any fee at any stage of the recruitment process.
"""

NUFFIC_HEADER = [
    "UNFPA Sub-Regional Office for the Caribbean\t\t\tJPO vacancy UNFPA/JMC/JPO/2026/003",
]

PAM_SUISSE = f"""
World Food Programme
Programme alimentaire mondial                                            Bureau de pays en Haïti

**AVIS DE VACANCE DE POSTE \u2013 JEUNE ADMINISTRATEUR/TRICE (JPO)**
**Programme JPO de la Confédération suisse**

**Administrateur(trice) auxiliaire de programme, résilience et protection**
**sociale adaptative**

Titre du poste\t\tAdministrateur(trice) auxiliaire de programme, résilience et
\t\t\tprotection sociale adaptative
N° de l\u2019avis\t\tWFP/HTI/JPO/2026/02
Réf. DDC\t\t7F-10284.01
Organisation\t\tProgramme alimentaire mondial (PAM) \u2013 Bureau de pays en Haïti
Lieu d\u2019affectation\tCap-Haïtien (sous-bureau du Nord), Haïti
Classe\t\t\tP-2
Durée\t\t\t2 ans
Financement\t\tDirection du développement et de la coopération (DDC), Berne
Date de publication\t4 mai 2026
Date limite\t\t31 mai 2026

**Contexte**
Haïti traverse une crise multidimensionnelle : insécurité, déplacements internes, inflation et
chocs climatiques récurrents. Près de la moitié de la population est en situation d\u2019insécurité
alimentaire aiguë. Dans le département du Nord, le PAM appuie le gouvernement dans la mise en place
d\u2019un système de protection sociale réactif aux chocs, combinant transferts monétaires,
cantines scolaires approvisionnées localement et activités de résilience communautaires.

**Fonctions et responsabilités**
Sous la supervision du Chef du sous-bureau de Cap-Haïtien (P-4) et en coordination avec l\u2019unité
Protection sociale du bureau de Port-au-Prince, le/la JPO sera chargé(e) de :
{B}Appuyer la planification, la mise en œuvre et le suivi des activités de résilience (création
\td\u2019actifs, transferts monétaires conditionnels) dans les communes d\u2019intervention ;
{B}Contribuer au renforcement du registre social unifié et à l\u2019articulation entre les programmes
\tdu PAM et le programme national de protection sociale ;
{B}Analyser les données de suivi et d\u2019évaluation et préparer des rapports trimestriels ;
{B}Appuyer la coordination avec les autorités départementales, les ONG partenaires et les autres
<<PAGE>>
\tagences des Nations Unies présentes dans le Nord ;
{B}Participer à l\u2019élaboration de notes conceptuelles et de propositions de financement ;
{B}Exécuter toute autre tâche demandée par le superviseur.

**Éléments de formation**
{S}Connaissance approfondie des programmes de protection sociale adaptative et de résilience ;
{S}Maîtrise des outils de suivi et d\u2019évaluation du PAM ;
{S}Expérience de la coordination humanitaire dans un contexte de crise prolongée ;
{S}Participation au programme d\u2019apprentissage du PAM pour les JPO (semaine d\u2019intégration à Rome).

**Qualifications requises**
**Formation**\tMaster (ou équivalent) en économie, développement international, sciences
\tpolitiques, agronomie ou domaine connexe. Les candidat(e)s encore en cours de master ne sont
\tpas admis(es).
**Expérience professionnelle (min.)**\t2\u20135 ans
\tAu moins deux ans d\u2019expérience professionnelle rémunérée dans les domaines de la sécurité
\talimentaire, de la protection sociale ou du développement rural.
**Langues**\tExcellente maîtrise du français et de l\u2019anglais, à l\u2019oral comme à l\u2019écrit. La
\tconnaissance du créole haïtien constitue un atout important.

**Compétences**
{B}Montrer l\u2019exemple avec intégrité
{B}Obtenir des résultats et tenir ses engagements
{B}Favoriser un travail d\u2019équipe inclusif et collaboratif
{B}Faire preuve de réflexion stratégique
{B}Établir et entretenir des partenariats durables

**Conditions générales du programme JPO suisse**
{B}Nationalité suisse ;
{B}Être âgé(e) de 30 ans au maximum au 31 décembre 2026 ;
{B}Master universitaire (voir ci-dessus) ;
{B}Au moins deux ans d\u2019expérience professionnelle ;
{B}Excellente maîtrise de l\u2019anglais et d\u2019une autre langue de travail du poste.
Les personnes ayant déjà effectué une affectation de JPO, financée par la Suisse ou par un autre
État, ne sont pas éligibles. Une seule candidature par personne et par année est acceptée dans le
cadre du programme JPO suisse.

**Pièces à joindre**
{B}Curriculum vitae ;
{B}Lettre de motivation (une page) ;
{B}Copie du diplôme de master ;
<<PAGE>>
{B}Copie du passeport suisse ;
{B}Formulaire « Personal History » du PAM dûment rempli.

**Comment postuler**
Les dossiers complets sont à envoyer par courriel à l\u2019adresse jpo.suisse@eda.example, en
indiquant la référence WFP/HTI/JPO/2026/02, jusqu\u2019au 8 juin 2026 (minuit). Les candidatures
incomplètes ne seront pas prises en considération. Les candidat(e)s retenu(e)s se verront proposer
un contrat de 24 mois.

Le PAM applique une politique de tolérance zéro envers l\u2019exploitation et les abus sexuels.
"""

PAM_HEADER = [
    "PAM Haïti \u2013 Avis de vacance JPO\t\t\t\t\tWFP/HTI/JPO/2026/02",
]


# ----------------------------------------------------------------------------------------------
# PDF (fpdf2): Spanish UNIDO ToR with borderless label/value rows
# ----------------------------------------------------------------------------------------------


class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "ONUDI - Programa JPO del Gobierno de Italia")
        self.cell(0, 5, "Términos de referencia JPO-IT-2026-005", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def pdf_row(pdf, label, value, lw=48):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(lw, 5.5, label)
    pdf.set_xy(pdf.l_margin + lw, y)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def pdf_heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def pdf_para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def pdf_bullets(pdf, items):
    pdf.set_font("Helvetica", "", 10)
    for it in items:
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(5, 5.2, "\u2022")
        pdf.set_x(x + 8)
        pdf.multi_cell(0, 5.2, it, new_x="LMARGIN", new_y="NEXT")


def build_unido_pdf(path):
    pdf = ToRPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Términos de referencia JPO-IT-2026-005")
    pdf.set_author("ONUDI")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0,
        5,
        "ORGANIZACIÓN DE LAS NACIONES UNIDAS PARA EL DESARROLLO INDUSTRIAL",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0, 5, "UNITED NATIONS INDUSTRIAL DEVELOPMENT ORGANIZATION", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5.5,
        "Oficial Subalterno del Cuadro Orgánico (Junior Professional Officer, JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)

    rows = [
        (
            "Título del puesto",
            "Oficial Asociado/a de Desarrollo Industrial, Economía Circular y Cadenas de Valor Sostenibles",
        ),
        ("ID de la vacante", "JPO-IT-2026-005"),
        ("Organización", "ONUDI (UNIDO)"),
        (
            "Unidad",
            "Oficina Regional de la ONUDI en Montevideo (cobertura: Argentina, Chile, "
            "Paraguay y Uruguay), Departamento de Economía Circular",
        ),
        ("Ciudad", "Montevideo"),
        ("País", "Uruguay"),
        ("Grado", "P-2"),
        ("Duración", "24 meses"),
        ("País donante", "Italia"),
        ("Fecha de publicación", "20 de febrero de 2026"),
        ("Fecha límite", "20 de marzo de 2026"),
    ]
    for lab, val in rows:
        pdf_row(pdf, lab, val)

    pdf_heading(pdf, "1. Antecedentes")
    pdf_para(
        pdf,
        "La ONUDI promueve el desarrollo industrial inclusivo y sostenible. Su Oficina "
        "Regional en Montevideo, sede también de la Secretaría del MERCOSUR, apoya a los "
        "gobiernos del Cono Sur en la transición hacia modelos de producción circulares y "
        "bajos en carbono, con proyectos financiados por el Fondo para el Medio Ambiente "
        "Mundial (FMAM) y por donantes bilaterales. La cartera regional incluye programas de "
        "eficiencia de recursos en la industria alimentaria, gestión de plásticos y "
        "parques industriales ecológicos.",
    )

    pdf_heading(pdf, "2. Funciones y responsabilidades")
    pdf_para(
        pdf,
        "Bajo la supervisión directa del Oficial de Desarrollo Industrial (P-4) "
        "responsable de la cartera de economía circular, el/la JPO:",
    )
    pdf_bullets(
        pdf,
        [
            "Apoyará la formulación, ejecución y seguimiento de proyectos de economía circular y "
            "eficiencia de recursos en Uruguay, Paraguay y Argentina.",
            "Realizará análisis de cadenas de valor (lácteos, carne, textiles) e identificará "
            "oportunidades de reducción de residuos y de simbiosis industrial.",
            "Contribuirá a la preparación de informes de progreso para el FMAM y los donantes, "
            "así como a la actualización del marco de resultados de la oficina.",
            "Organizará talleres técnicos y misiones con ministerios de industria y medio ambiente, "
            "cámaras empresariales y universidades de la región.",
            "Elaborará notas de política, presentaciones y material de comunicación sobre los "
            "resultados de los proyectos, en español e inglés, para audiencias técnicas y "
            "para el público general, incluidas las redes sociales de la oficina.",
            "Desempeñará otras tareas afines asignadas por el supervisor.",
        ],
    )

    pdf_heading(pdf, "3. Elementos de aprendizaje")
    pdf_bullets(
        pdf,
        [
            "Conocimiento práctico del ciclo de proyectos de cooperación técnica de la ONUDI.",
            "Metodologías de análisis de cadenas de valor y de producción más limpia.",
            "Experiencia en diálogo de políticas con gobiernos, cámaras empresariales y sector "
            "privado, incluida la preparación de reuniones de alto nivel.",
            "Participación en el programa de formación para JPO de la sede de la ONUDI en Viena "
            "(semana de orientación durante el primer año) y en los cursos en línea obligatorios "
            "del sistema de las Naciones Unidas.",
        ],
    )

    pdf_heading(pdf, "4. Requisitos del puesto")
    pdf_row(
        pdf,
        "Formación",
        "Título universitario avanzado (maestría o laurea magistrale) en "
        "ingeniería industrial o ambiental, economía, desarrollo sostenible o disciplina afín.",
        lw=32,
    )
    pdf_row(
        pdf,
        "Experiencia",
        "Un mínimo de dos años de experiencia profesional relevante en "
        "desarrollo industrial sostenible, economía circular o gestión ambiental. La "
        "experiencia en América Latina se considerará una ventaja.",
        lw=32,
    )
    pdf_row(
        pdf,
        "Idiomas",
        "Dominio del español y del inglés. El conocimiento del portugués se considerará una ventaja.",
        lw=32,
    )

    pdf_heading(pdf, "5. Competencias")
    pdf_para(
        pdf,
        "Valores fundamentales de la ONUDI: integridad, profesionalismo y respeto por la "
        "diversidad. Competencias clave:",
    )
    pdf_bullets(
        pdf,
        [
            "Orientación a resultados y rendición de cuentas",
            "Planificación y organización",
            "Comunicación y confianza",
            "Trabajo en equipo y cooperación",
            "Orientación al cliente",
            "Desarrollo organizacional e innovación",
        ],
    )

    pdf_heading(pdf, "6. Requisitos del Programa JPO de Italia")
    pdf_bullets(
        pdf,
        [
            "Nacionalidad italiana.",
            "Haber nacido el 1 de enero de 1996 o con posterioridad.",
            "Título de laurea magistrale (o laurea specialistica / vecchio ordinamento) o título "
            "de maestría equivalente obtenido en el extranjero.",
            "Excelente conocimiento del idioma inglés.",
        ],
    )

    pdf_heading(pdf, "7. Documentos requeridos")
    pdf_bullets(
        pdf,
        [
            "Formulario de antecedentes personales de las Naciones Unidas (P.11) en inglés.",
            "Carta de motivación en inglés.",
            "Copia del título universitario y del certificado de notas.",
            "Copia del pasaporte o documento de identidad italiano.",
        ],
    )

    pdf_heading(pdf, "8. Presentación de candidaturas")
    pdf_para(
        pdf,
        "Las candidaturas deben presentarse en línea a través del portal del Programa "
        "JPO de Italia, gestionado por el Departamento de Asuntos Económicos y Sociales de "
        "las Naciones Unidas (UN DESA), hasta el 20 de marzo de 2026. No se aceptarán "
        "candidaturas enviadas por correo electrónico ni directamente a la ONUDI. Solo se "
        "contactará a las personas preseleccionadas.",
    )

    pdf.output(path)


def main():
    build_converted_docx(
        os.path.join(HERE, "nuffic_unfpa_kingston_pdf2docx.docx"),
        NUFFIC_UNFPA,
        NUFFIC_HEADER,
        "\t\t\t\t\t\tPage {k} of {n}",
        font_name="Arial",
        size=10,
        title="JPO vacancy UNFPA/JMC/JPO/2026/003",
    )
    build_converted_docx(
        os.path.join(HERE, "suisse_pam_caphaitien_pdf2docx.docx"),
        PAM_SUISSE,
        PAM_HEADER,
        "\t\t\t\t\t\tPage {k} sur {n}",
        font_name="Calibri",
        size=10.5,
        title="Avis de vacance JPO",
    )
    build_unido_pdf(os.path.join(HERE, "italia_onudi_montevideo.pdf"))


if __name__ == "__main__":
    main()
