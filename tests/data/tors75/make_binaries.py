"""Build the binary documents of the heldout/bu batch (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py (from any directory).
Produces:
  wfp_flyer_coxsbazar.pdf    landscape flyer, 3 newspaper columns, English
  unodc_folleto_lima.pdf     landscape flyer, 2 newspaper columns, Spanish
  oms_affiche_ndjamena.pdf   landscape flyer, 3 newspaper columns, French
  oit_antananarivo.docx      DOCX (tables, heading and list styles), French
"""

import datetime as dt
import hashlib
import io
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import MethodReturnValue

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------------------
# Flyer engine: landscape A4, coloured key-facts band, text flowing down
# column 1, then column 2 (then 3), then onto a continuation page.
# ---------------------------------------------------------------------------
class Flyer(FPDF):
    def __init__(self, colour, running, ncols):
        super().__init__(orientation="L", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.colour = colour
        self.running = running
        self.ncols = ncols
        self.set_auto_page_break(False)
        self.set_margins(12, 10, 12)
        self.set_creation_date(FIXED)
        self.set_producer("make_binaries")
        self.set_creator("make_binaries")
        self.alias_nb_pages()

    def footer(self):
        self.set_y(-9)
        self.set_font("Helvetica", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.running + "   |   " + f"{self.page_no()}/{{nb}}", align="R")


class Flow:
    LH = 3.7
    SIZE = 8.6

    def __init__(self, pdf, top, bottom, cont_top, size=8.6, lh=3.7):
        self.SIZE, self.LH = size, lh
        self.pdf = pdf
        w = pdf.w - pdf.l_margin - pdf.r_margin
        gutter = 7
        cw = (w - gutter * (pdf.ncols - 1)) / pdf.ncols
        self.cols = [(pdf.l_margin + i * (cw + gutter), cw) for i in range(pdf.ncols)]
        self.top, self.bottom, self.cont_top = top, bottom, cont_top
        self.ci = 0
        self.y = top

    def next_col(self):
        self.ci += 1
        if self.ci >= len(self.cols):
            self.pdf.add_page()
            self.pdf.set_font("Helvetica", "B", 8)
            self.pdf.set_text_color(*self.pdf.colour)
            self.pdf.set_xy(self.pdf.l_margin, 8)
            self.pdf.cell(0, 5, self.pdf.running + " (continued)")
            self.ci = 0
            self.top = self.cont_top
        self.y = self.top

    def _lines(self, text, w):
        return self.pdf.multi_cell(w, self.LH, text, dry_run=True, output=MethodReturnValue.LINES)

    def text(self, text, style="", size=None, indent=0.0, marker=None, after=1.4, colour=(30, 30, 30)):
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size or self.SIZE)
        pdf.set_text_color(*colour)
        x, w = self.cols[self.ci]
        lines = self._lines(text, w - indent)
        first = True
        while lines:
            room = int((self.bottom - self.y) // self.LH)
            if room <= 0:
                self.next_col()
                continue
            chunk, lines = lines[:room], lines[room:]
            x, w = self.cols[self.ci]
            if first and marker:
                pdf.set_xy(x, self.y)
                pdf.cell(indent, self.LH, marker)
            pdf.set_xy(x + indent, self.y)
            pdf.multi_cell(w - indent, self.LH, "\n".join(chunk), align="L")
            self.y += self.LH * len(chunk)
            first = False
            if lines:
                self.next_col()
        self.y += after

    def heading(self, text):
        if self.y + self.LH * 4 > self.bottom:
            self.next_col()
        self.y += 1.5
        self.text(text.upper(), style="B", size=9.4, after=1.0, colour=self.pdf.colour)

    def bullet(self, text):
        self.text(text, indent=4, marker="\u2022", after=0.8)

    def numbered(self, n, text):
        self.text(text, indent=5, marker=f"{n}.", after=0.8)

    def label(self, lab, text):
        self.text(lab, style="B", after=0.2)
        if text:
            self.text(text)

    def small(self, text):
        self.text(text, style="I", size=7.6, colour=(90, 90, 90))


def qr_box(pdf, x, y, size, caption, url, seed):
    """A QR-code placeholder: border, three finder squares, pseudo-random modules."""
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x - 2, y - 2, size + 4, size + 4, style="DF")
    n = 21
    m = size / n
    pdf.set_fill_color(0, 0, 0)
    digest = hashlib.sha256(seed.encode()).digest() * 4
    k = 0
    for r in range(n):
        for c in range(n):
            finder = (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
            if finder:
                rr = r if r < 7 else r - (n - 7)
                cc = c if c < 7 else c - (n - 7)
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = (digest[k % len(digest)] >> (k % 8)) & 1
                k += 1
            if on:
                pdf.rect(x + c * m, y + r * m, m, m, style="F")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(x - 44, y + size + 3)
    pdf.cell(size + 46, 4, caption, align="R")
    pdf.set_font("Helvetica", "", 6.8)
    pdf.set_xy(x - 44, y + size + 7.5)
    pdf.multi_cell(size + 46, 3, url, align="R")


def band(pdf, y, facts, colour, h=9):
    pdf.set_fill_color(*colour)
    pdf.rect(0, y, pdf.w, h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9.2)
    x = pdf.l_margin
    for i, f in enumerate(facts):
        if i:
            pdf.set_xy(x, y + 2)
            pdf.cell(6, 5, "|", align="C")
            x += 6
        wtxt = pdf.get_string_width(f) + 2
        pdf.set_xy(x, y + 2)
        pdf.cell(wtxt, 5, f)
        x += wtxt
    return y + h


def masthead(pdf, kicker, shout, title, subtitle, colour):
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_xy(pdf.l_margin, 9)
    pdf.cell(0, 4, kicker)
    pdf.set_text_color(*colour)
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_xy(pdf.l_margin, 14)
    pdf.cell(0, 10, shout)
    pdf.set_text_color(20, 20, 20)
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(pdf.l_margin, 25)
    pdf.multi_cell(205, 6.2, title)
    pdf.set_font("Helvetica", "I", 9)
    pdf.set_text_color(70, 70, 70)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(205, 4.5, subtitle)
    return pdf.get_y()


def render(flow, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "h":
            flow.heading(b[1])
        elif kind == "p":
            flow.text(b[1])
        elif kind == "b":
            flow.bullet(b[1])
        elif kind == "n":
            flow.numbered(b[1], b[2])
        elif kind == "l":
            flow.label(b[1], b[2])
        elif kind == "s":
            flow.small(b[1])


def build_flyer(
    path,
    colour,
    running,
    ncols,
    kicker,
    shout,
    title,
    subtitle,
    facts,
    qr,
    blocks,
    final_note,
    size=8.6,
    lh=3.7,
):
    pdf = Flyer(colour, running, ncols)
    pdf.set_title(title)
    pdf.set_author(kicker)
    pdf.add_page()
    yb = masthead(pdf, kicker, shout, title, subtitle, colour)
    qr_box(pdf, pdf.w - pdf.r_margin - 30, 10, 24, qr[0], qr[1], path)
    y = max(yb + 3, 50)
    y = band(pdf, y, facts, colour)
    flow = Flow(pdf, top=y + 5, bottom=pdf.h - 13, cont_top=16, size=size, lh=lh)
    render(flow, blocks)
    if final_note:
        flow.small(final_note)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 1. WFP Cox's Bazar (English, three columns, Irish sponsor)
# ---------------------------------------------------------------------------
WFP_BLOCKS = [
    ("s", "Published 20 April 2026 on wfp.org/careers and on the Irish Aid JPO page."),
    ("h", "About the team"),
    (
        "p",
        "WFP has supported Rohingya refugees and host communities in Cox's Bazar district since "
        "2017. Today more than 900,000 people receive monthly food assistance, most of it through "
        "e-vouchers redeemed in WFP-contracted outlets inside the camps, and a growing share "
        "through mobile-money transfers to Bangladeshi households in the host community. The "
        "Cash-Based Transfers (CBT) Unit of the Cox's Bazar Area Office designs, delivers and "
        "reconciles these transfers.",
    ),
    (
        "p",
        "The JPO will report to the Head of the CBT Unit (P-4) and work closely with the "
        "Programme, Supply Chain, Finance and Vulnerability Analysis and Mapping teams.",
    ),
    ("h", "What you'll do"),
    (
        "b",
        "Support the monthly cycle of e-voucher and mobile-money transfers: beneficiary lists, "
        "entitlement calculations, distribution plans and reconciliation of redemptions against "
        "financial service provider reports.",
    ),
    (
        "b",
        "Monitor retailer performance in the e-voucher outlets (prices, quality, availability) "
        "and prepare the monthly market monitoring dashboard with the VAM team.",
    ),
    (
        "b",
        "Contribute to the assurance framework for cash operations, including spot checks, "
        "segregation of duties and follow-up of audit recommendations.",
    ),
    (
        "b",
        "Analyse complaints and feedback received through the hotline and help-desks and "
        "propose programme adjustments.",
    ),
    (
        "b",
        "Draft briefs, donor reports and inputs to the Joint Response Plan, in particular for "
        "Irish Aid and other European partners.",
    ),
    (
        "b",
        "Represent the CBT Unit in the Cash Working Group and support joint market assessments "
        "with UNHCR, IOM and NGO partners.",
    ),
    ("h", "What you'll learn"),
    (
        "b",
        "How WFP designs, delivers and assures large-scale cash and voucher programmes in a "
        "refugee emergency.",
    ),
    ("b", "Market analysis and retail engagement techniques used across WFP operations."),
    ("b", "Coordination with host-government authorities and the humanitarian cluster system."),
    (
        "b",
        "Donor relations and reporting, through a structured learning plan agreed with your "
        "supervisor in the first three months.",
    ),
    ("h", "Who we are looking for"),
    (
        "l",
        "Education",
        "Master's degree in economics, development studies, business administration, public "
        "policy or a related field, or a Bachelor's degree plus two additional years of "
        "relevant professional experience.",
    ),
    (
        "l",
        "Experience",
        "At least two years of relevant professional experience in cash-based programming, "
        "financial services, market analysis or humanitarian operations. Experience with "
        "mobile-money or e-voucher platforms is an advantage.",
    ),
    (
        "l",
        "Languages",
        "Fluency in English (oral and written) is required. Working knowledge of Bengali (Bangla) "
        "is an asset.",
    ),
    ("h", "WFP core competencies"),
    ("b", "Leads by example with integrity"),
    ("b", "Drives results and delivers on commitments"),
    ("b", "Fosters inclusive and collaborative teamwork"),
    ("b", "Applies strategic thinking"),
    ("b", "Builds and maintains sustainable partnerships"),
    ("h", "Irish Aid JPO Programme - general conditions"),
    (
        "p",
        "This post is funded by Irish Aid, the Government of Ireland's programme for overseas "
        "development, managed by the Department of Foreign Affairs. Candidates must:",
    ),
    ("b", "be citizens of Ireland;"),
    ("b", "be 32 years of age or younger on the closing date of this vacancy;"),
    (
        "b",
        "hold a Master's degree and have at least two years of professional experience, or a "
        "Bachelor's degree and at least four years of professional experience;",
    ),
    ("b", "have no more than five years of professional experience in total."),
    (
        "p",
        "Irish Aid runs a single JPO call each year. Within that call, each candidate may apply "
        "for up to two positions.",
    ),
    ("h", "How to apply"),
    ("p", "Apply online through the QR code or the link below. Upload:"),
    ("b", "your CV (maximum three pages);"),
    ("b", "a motivation letter of no more than one page;"),
    ("b", "the names and contact details of two professional referees."),
    (
        "p",
        "Deadline: 22 May 2026, 17:00 Irish time. The initial contract is for 12 months and may "
        "be extended for a second year subject to performance and funding. Applications that "
        "arrive after the deadline or without a motivation letter will not be considered.",
    ),
    (
        "p",
        "Interviews are planned for the week of 22 June 2026. Only shortlisted candidates will be contacted.",
    ),
]


def build_wfp():
    build_flyer(
        os.path.join(HERE, "wfp_flyer_coxsbazar.pdf"),
        colour=(0, 106, 170),
        running="WFP Bangladesh - JPO Programme Policy Officer (CBT) - Ref. WFP/JPO/BGD/2026/07",
        ncols=3,
        kicker="WORLD FOOD PROGRAMME  \u2022  BANGLADESH COUNTRY OFFICE  \u2022  JPO CALL 2026",
        shout="WE'RE HIRING",
        title="JPO \u2013 Programme Policy Officer (Cash-Based Transfers)",
        subtitle="Junior Professional Officer post sponsored by Irish Aid, Department of Foreign Affairs, Ireland. "
        "Irish Aid file IA-JPO-26-112.",
        facts=[
            "Grade P-1",
            "Cox's Bazar, Bangladesh",
            "12 months (renewable)",
            "Ref. WFP/JPO/BGD/2026/07",
            "Apply by 22 May 2026, 17:00 Irish time",
        ],
        qr=("Scan to apply", "https://www.wfp.org/careers/jpo/BGD-2026-07"),
        blocks=WFP_BLOCKS,
        final_note="WFP has zero tolerance for sexual exploitation and abuse, harassment and discrimination. "
        "WFP does not charge a fee at any stage of the recruitment process. "
        "Female candidates and qualified persons with disabilities are encouraged to apply.",
    )


# ---------------------------------------------------------------------------
# 2. UNODC Lima (Spanish, two columns, Spanish sponsor)
# ---------------------------------------------------------------------------
UNODC_BLOCKS = [
    (
        "s",
        "Fecha de publicación: 11 de mayo de 2026. La convocatoria anterior para un puesto similar "
        "se cerró el 9 de junio de 2025 y quedó desierta.",
    ),
    ("h", "¿Dónde trabajarás?"),
    (
        "p",
        "La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) en el Perú apoya al "
        "Estado peruano en la prevención del delito, la justicia penal y la lucha contra el "
        "tráfico ilícito. Desde el puerto del Callao y el aeropuerto internacional Jorge Chávez, "
        "el Programa Mundial de Control de Contenedores UNODC-OMA (CCP) capacita y equipa a "
        "unidades interinstitucionales de control portuario en toda la región andina.",
    ),
    (
        "p",
        "El/la JPO trabajará bajo la supervisión del Coordinador Regional del CCP para la región "
        "andina (P-4), en un equipo de nueve personas.",
    ),
    ("h", "Funciones"),
    (
        "b",
        "Apoyar la planificación, ejecución y seguimiento de las actividades del CCP en el Perú, "
        "Ecuador y Bolivia, incluidos los planes de trabajo y los presupuestos anuales.",
    ),
    (
        "b",
        "Organizar cursos de capacitación teórica y práctica para las unidades de control "
        "portuario y aeroportuario, y evaluar sus resultados.",
    ),
    (
        "b",
        "Recopilar y analizar datos sobre incautaciones y tendencias del tráfico ilícito por vía "
        "marítima y aérea, y preparar notas analíticas.",
    ),
    ("b", "Redactar informes a donantes, notas conceptuales y propuestas de proyecto en español e inglés."),
    (
        "b",
        "Mantener la coordinación con aduanas, policía, fiscalía y autoridades portuarias, así "
        "como con las embajadas y agencias de cooperación.",
    ),
    (
        "b",
        "Contribuir a la estrategia de comunicación de la oficina y a la visibilidad de la "
        "Cooperación Española.",
    ),
    ("h", "¿Qué aprenderás?"),
    ("b", "La gestión de programas de la UNODC según los principios de la gestión basada en resultados."),
    ("b", "Las herramientas de análisis de riesgos utilizadas en el control de contenedores y carga aérea."),
    ("b", "La negociación y coordinación con instituciones nacionales del sector de seguridad y justicia."),
    ("b", "El trabajo en un equipo multicultural con presencia en varios países de la región."),
    ("h", "Perfil requerido"),
    (
        "l",
        "Formación",
        "Título universitario superior (maestría o equivalente) en derecho, criminología, "
        "relaciones internacionales, ciencias políticas, economía, comercio internacional o "
        "un campo afín.",
    ),
    (
        "l",
        "Experiencia",
        "Se valorará preferentemente una experiencia profesional de al menos un año en "
        "seguridad, justicia penal, aduanas, comercio exterior o cooperación internacional.",
    ),
    (
        "l",
        "Idiomas",
        "Dominio oral y escrito del español y del inglés (imprescindible). Se valorará el "
        "conocimiento del francés o del portugués.",
    ),
    ("l", "Competencias", ""),
    ("b", "Profesionalismo"),
    ("b", "Trabajo en equipo"),
    ("b", "Comunicación"),
    ("b", "Planificación y organización"),
    ("h", "Requisitos del Programa JPO de la Cooperación Española"),
    (
        "p",
        "El puesto está financiado por el Ministerio de Asuntos Exteriores, Unión Europea y "
        "Cooperación a través de la AECID (expediente AECID-JPO-2026/09). Podrán participar "
        "quienes:",
    ),
    ("b", "tengan la nacionalidad española;"),
    ("b", "no hayan cumplido 31 años a 31 de diciembre de 2026;"),
    ("b", "posean un título de máster universitario o equivalente;"),
    (
        "b",
        "acrediten su nivel de inglés con un TOEFL iBT de 95 puntos como mínimo o un IELTS "
        "Academic de 7.0 como mínimo, con una antigüedad no superior a dos años en la fecha "
        "de cierre;",
    ),
    ("b", "no hayan participado anteriormente en el programa JPO de ningún país."),
    (
        "p",
        "La convocatoria JPO de la Cooperación Española es anual (una sola convocatoria al "
        "año) y cada persona podrá presentar un máximo de tres solicitudes.",
    ),
    ("h", "Documentación"),
    ("n", 1, "Currículum vitae en inglés (formato Europass)."),
    ("n", 2, "Carta de motivación en español."),
    ("n", 3, "Copia del DNI o del pasaporte español."),
    ("n", 4, "Copia del título de máster o del resguardo de solicitud."),
    ("n", 5, "Certificado oficial TOEFL iBT o IELTS."),
    ("h", "¿Cómo postular?"),
    (
        "p",
        "Las solicitudes se presentan exclusivamente a través de la sede electrónica de la AECID, "
        "escaneando el código QR o mediante el enlace indicado. Plazo: hasta el 8 de junio de "
        "2026 a las 23:59 (hora peninsular española). Contrato de 24 meses en la UNODC en Lima; "
        "las entrevistas se realizarán en julio de 2026.",
    ),
]


def build_unodc():
    build_flyer(
        os.path.join(HERE, "unodc_folleto_lima.pdf"),
        colour=(0, 121, 107),
        running="UNODC Perú - JPO Crimen Organizado y Control de Contenedores - UNODC-PER-JPO-2026-02",
        ncols=2,
        kicker="ONUDD / UNODC  \u2022  OFICINA DE LAS NACIONES UNIDAS CONTRA LA DROGA Y EL DELITO  \u2022  OFICINA EN EL PERÚ",
        shout="¡ÚNETE A NUESTRO EQUIPO!",
        title="Oficial Asociado/a de Programa \u2013 Crimen Organizado y Control de Contenedores (JPO)",
        subtitle="Programa de Jóvenes Profesionales (JPO) de la Cooperación Española",
        facts=[
            "P-2",
            "Lima, Perú",
            "24 meses",
            "Cód. UNODC-PER-JPO-2026-02",
            "Plazo: 8 de junio de 2026, 23:59 (hora peninsular española)",
        ],
        qr=("Escanea para postular / Scan to apply", "https://sede.aecid.gob.es/jpo/UNODC-PER-JPO-2026-02"),
        blocks=UNODC_BLOCKS,
        size=8.3,
        lh=3.5,
        final_note="La UNODC no cobra tarifas en ninguna etapa del proceso de selección. Se alienta la "
        "postulación de mujeres y de personas con discapacidad.",
    )


# ---------------------------------------------------------------------------
# 3. WHO N'Djamena (French, three columns, German sponsor) - two age limits
# ---------------------------------------------------------------------------
OMS_BLOCKS = [
    ("s", "Publié le 3 août 2026. N° BFIO : 2026-JPO-311."),
    ("h", "Le contexte"),
    (
        "p",
        "Le Bureau de pays de l'OMS au Tchad appuie le ministère de la Santé publique et de la "
        "Prévention dans la surveillance des maladies à potentiel épidémique (rougeole, "
        "méningite, choléra, fièvre jaune) et dans la riposte aux épidémies, y compris dans "
        "les provinces de l'Est qui accueillent des personnes réfugiées venues du Soudan.",
    ),
    (
        "p",
        "Le/la JPO rejoindra l'équipe Surveillance, préparation et riposte aux urgences "
        "sanitaires, sous la supervision de l'épidémiologiste principal(e) (P-4). "
        "Le poste ne comporte pas de fonctions d'encadrement.",
    ),
    ("h", "Vos responsabilités"),
    (
        "b",
        "Appuyer l'analyse hebdomadaire des données de surveillance intégrée des maladies et "
        "riposte (SIMR) et la production du bulletin épidémiologique.",
    ),
    (
        "b",
        "Contribuer au déploiement de la plateforme DHIS2 pour la surveillance dans les "
        "districts sanitaires et à la formation des points focaux.",
    ),
    (
        "b",
        "Participer aux investigations de cas et aux missions d'évaluation rapide lors des "
        "flambées, en lien avec les équipes provinciales.",
    ),
    (
        "b",
        "Préparer des cartes, tableaux de bord et notes d'information destinés au ministère "
        "et aux partenaires du cluster Santé.",
    ),
    (
        "b",
        "Appuyer l'évaluation externe conjointe du Règlement sanitaire international (RSI) "
        "et le suivi du plan d'action national.",
    ),
    (
        "b",
        "Contribuer à la mobilisation de ressources et aux rapports aux bailleurs, notamment "
        "au ministère fédéral allemand de la Santé.",
    ),
    ("h", "Ce que vous apprendrez"),
    ("b", "Le fonctionnement d'un bureau de pays de l'OMS en contexte d'urgence prolongée."),
    ("b", "La conduite d'investigations de terrain et l'analyse de données épidémiologiques."),
    ("b", "La coordination avec les autorités nationales et les partenaires humanitaires."),
    ("h", "Votre profil"),
    (
        "l",
        "Formation",
        "Master en santé publique, épidémiologie, biostatistique, médecine ou domaine apparenté.",
    ),
    (
        "l",
        "Expérience",
        "Au moins deux ans d'expérience professionnelle dans la surveillance épidémiologique, "
        "la gestion de données sanitaires ou la santé mondiale. Une expérience en Afrique "
        "subsaharienne serait un atout.",
    ),
    (
        "l",
        "Langues",
        "Excellente maîtrise du français et de l'anglais, à l'écrit et à l'oral. La connaissance "
        "de l'arabe serait un atout.",
    ),
    ("h", "Compétences de l'OMS"),
    ("b", "Travail d'équipe"),
    ("b", "Respect et promotion des différences individuelles et culturelles"),
    ("b", "Communication"),
    ("b", "Produire des résultats"),
    ("b", "Aller de l'avant dans un environnement en mutation"),
    ("b", "Se connaître et savoir se gérer"),
    ("h", "Conditions du programme allemand (BFIO)"),
    (
        "p",
        "Ce poste est financé par le gouvernement de la République fédérale d'Allemagne et "
        "pourvu par le Bureau für Internationale Organisationen (BFIO). Pour postuler, vous "
        "devez :",
    ),
    ("b", "avoir la nationalité allemande ;"),
    ("b", "être âgé(e) de 30 ans au plus au 31 décembre 2026 ;"),
    ("b", "être titulaire d'un master obtenu au cours des cinq dernières années ;"),
    ("b", "avoir une très bonne connaissance de l'anglais et du français."),
    (
        "p",
        "Les ressortissant(e)s tchadien(ne)s ne peuvent pas être retenu(e)s pour ce poste, même "
        "s'ils/elles possèdent une double nationalité.",
    ),
    ("h", "Dossier et candidature"),
    ("p", "Candidatez en ligne (code QR ou lien ci-dessous) en joignant :"),
    ("b", "un CV en anglais ou en français ;"),
    ("b", "une lettre de motivation ;"),
    ("b", "la copie de votre diplôme de master."),
    (
        "p",
        "Date de clôture : 31 août 2026. Les candidatures incomplètes ne seront pas examinées. "
        "Les entretiens auront lieu à Bonn ou par visioconférence en octobre 2026.",
    ),
]


def build_oms():
    build_flyer(
        os.path.join(HERE, "oms_affiche_ndjamena.pdf"),
        colour=(0, 84, 150),
        running="OMS Tchad - JPO Surveillance épidémiologique - AFRO/JPO/26/0142",
        ncols=3,
        kicker="ORGANISATION MONDIALE DE LA SANTÉ  \u2022  BUREAU DE PAYS AU TCHAD",
        shout="NOUS RECRUTONS",
        title="Administrateur(trice) technique adjoint(e) \u2013 Surveillance épidémiologique (JPO)",
        subtitle="Poste d'expert(e) associé(e) financé par l'Allemagne (BFIO)",
        facts=[
            "Réf. AFRO/JPO/26/0142",
            "N'Djamena, Tchad",
            "Durée : 2 ans",
            "Âge max. 32 ans",
            "Clôture : 31 août 2026",
        ],
        qr=("Scannez pour postuler / Scan to apply", "https://careers.who.int/jpo/AFRO-JPO-26-0142"),
        blocks=OMS_BLOCKS,
        final_note="L'OMS ne perçoit aucun frais à quelque étape que ce soit du processus de recrutement. "
        "L'OMS est un environnement non-fumeur.",
    )


# ---------------------------------------------------------------------------
# 4. ILO Antananarivo DOCX (French, Luxembourg sponsor)
# ---------------------------------------------------------------------------
def build_ilo():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "OIT Antananarivo"
    cp.last_modified_by = "OIT Antananarivo"
    cp.title = "Avis de vacance JPO ILO/JPO/2026/118"
    cp.created = dt.datetime(2026, 5, 20, 8, 0, 0)
    cp.modified = dt.datetime(2026, 5, 28, 8, 0, 0)
    cp.revision = 3
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    p = d.add_paragraph()
    r = p.add_run("Organisation internationale du Travail")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1E, 0x2D, 0x78)
    p = d.add_paragraph("Bureau de pays de l'OIT pour Madagascar, les Comores, Maurice et les Seychelles")
    p.runs[0].italic = True
    d.add_paragraph("AVIS DE VACANCE DE POSTE – PROGRAMME DES EXPERTS ASSOCIÉS (JPO)")

    d.add_paragraph("Expert(e) associé(e) – Emploi des jeunes et économie rurale", style="Title")

    rows = [
        ("Avis de vacance n°", "ILO/JPO/2026/118"),
        ("Réf. MAEE", "LUX-JPO-26-05"),
        ("Organisation", "Organisation internationale du Travail (OIT/ILO)"),
        ("Unité", "Programme ProJeunes – Emploi décent des jeunes en milieu rural"),
        ("Lieu d'affectation", "Antananarivo, Madagascar"),
        ("Grade", "P-1/P-2 (selon l'expérience)"),
        ("Durée", "Deux (2) ans"),
        (
            "Pays donateur",
            "Grand-Duché de Luxembourg – ministère des Affaires étrangères et européennes, "
            "Direction de la Coopération au développement et de l'action humanitaire",
        ),
        ("Date limite", "3 juillet 2026, 23h59 (heure de Luxembourg)"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v
    for row in t.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12)

    p = d.add_paragraph()
    r = p.add_run(
        "Note : la date limite initialement annoncée (19 juin 2026) a été prolongée. "
        "Pour mémoire, 23h59 à Luxembourg correspond à 00h59 le 4 juillet à Antananarivo."
    )
    r.italic = True

    d.add_heading("Contexte", level=1)
    d.add_paragraph(
        "Le programme ProJeunes, mis en œuvre par l'OIT avec le ministère du Travail, de l'Emploi, de "
        "la Fonction publique et des Lois sociales, vise à créer des emplois décents pour les jeunes "
        "dans les filières agricoles (vanille, riz, pêche artisanale) des régions Analamanga, "
        "Vakinankaratra et Atsinanana. L'expert(e) associé(e) travaillera sous la supervision du "
        "Spécialiste principal de l'emploi (P-5), coordonnateur du programme, et en collaboration avec "
        "l'équipe d'appui technique au travail décent basée à Pretoria. Le poste est créé en "
        "remplacement d'un poste d'expert national (NO-B)."
    )

    d.add_heading("Fonctions et responsabilités", level=1)
    duties = [
        "Appuyer la planification annuelle et le suivi du programme ProJeunes, y compris le cadre "
        "de résultats et les rapports d'avancement.",
        "Contribuer aux études sur l'emploi des jeunes en milieu rural et à l'analyse des chaînes de "
        "valeur agricoles.",
        "Participer à la mise en œuvre des formations à l'entrepreneuriat de l'OIT :",
        "Préparer des notes d'orientation et des contributions au dialogue social avec les "
        "mandants tripartites (gouvernement, organisations d'employeurs et de travailleurs).",
        "Organiser des ateliers régionaux et des missions de terrain, et en rédiger les comptes rendus.",
        "Contribuer à la mobilisation de ressources et aux rapports destinés au Luxembourg et aux "
        "autres partenaires.",
        "Assurer le suivi des questions d'égalité entre femmes et hommes et d'inclusion des personnes "
        "handicapées dans les activités du programme.",
    ]
    subs = [
        "programme « Créez et gérez mieux votre entreprise » (GERME) ;",
        "formation des formateurs dans les centres de formation professionnelle ;",
        "suivi des jeunes entrepreneurs six mois après la formation.",
    ]
    for i, text in enumerate(duties):
        d.add_paragraph(text, style="List Number")
        if i == 2:
            for s in subs:
                d.add_paragraph(s, style="List Bullet 2")

    d.add_heading("Éléments de formation", level=1)
    d.add_paragraph("Au terme de l'affectation, l'expert(e) associé(e) aura :")
    for s in [
        "acquis une connaissance approfondie des normes internationales du travail et du tripartisme ;",
        "développé ses compétences en gestion de projets de coopération technique selon les règles de l'OIT ;",
        "pratiqué l'analyse des marchés du travail ruraux et des chaînes de valeur ;",
        "participé au programme d'accueil des JPO au siège de l'OIT à Genève ;",
        "bénéficié d'un budget de formation et de voyage (DTTA) et d'un mentorat.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Qualifications requises", level=1)
    d.add_heading("Formation", level=2)
    d.add_paragraph(
        "Diplôme universitaire de niveau supérieur (master ou équivalent) en économie, sciences "
        "sociales, développement rural, gestion ou dans un domaine apparenté. Un diplôme universitaire "
        "de premier niveau (licence) assorti de deux années supplémentaires d'expérience pertinente "
        "pourra être accepté à la place du master."
    )
    d.add_heading("Expérience", level=2)
    d.add_paragraph(
        "Minimum deux (2) ans d'expérience professionnelle dans le domaine de l'emploi, du "
        "développement économique local ou de la gestion de projets de développement."
    )
    d.add_heading("Langues", level=2)
    d.add_paragraph(
        "Excellente maîtrise du français et de l'anglais. La connaissance du malagasy serait un atout."
    )

    d.add_heading("Compétences", level=1)
    ct = d.add_table(rows=1, cols=2)
    ct.style = "Light Grid Accent 1"
    ct.rows[0].cells[0].text = "Compétence"
    ct.rows[0].cells[1].text = "Comportements attendus"
    for k, v in [
        (
            "Intégrité et transparence",
            "Respecte les normes de conduite de la fonction publique internationale.",
        ),
        ("Sensibilité à la diversité", "Travaille efficacement avec des personnes de toutes origines."),
        ("Orientation vers l'apprentissage", "Recherche activement les occasions de se former."),
        ("Communication", "S'exprime clairement à l'écrit et à l'oral, en français et en anglais."),
        ("Orientation vers les résultats", "Fixe des objectifs clairs et respecte les délais."),
    ]:
        c = ct.add_row().cells
        c[0].text = k
        c[1].text = v

    d.add_heading("Critères d'éligibilité du programme luxembourgeois", level=1)
    d.add_paragraph("Le programme JPO du Luxembourg applique les critères suivants :")
    for s in [
        "être de nationalité luxembourgeoise ;",
        "être âgé(e) de 32 ans au plus au 31 décembre 2026 ;",
        "attester de ses compétences linguistiques : niveau C1 en anglais (IELTS 7,0 ou TOEFL iBT 95 "
        "au minimum) et niveau B2 en français (DELF B2) ; les résultats doivent dater de moins de "
        "deux ans à la date limite ;",
        "ne pas avoir déjà occupé un poste de JPO ou d'expert associé, quel que soit le pays donateur ;",
        "ne présenter qu'une seule candidature par an au programme luxembourgeois.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Dossier de candidature", level=1)
    for s in [
        "Curriculum vitae détaillé (modèle Europass accepté).",
        "Lettre de motivation adressée au Directeur du Bureau de pays.",
        "Copies des diplômes universitaires.",
        "Attestations de résultats aux tests de langue.",
    ]:
        d.add_paragraph(s, style="List Number 2")

    d.add_heading("Comment postuler ?", level=1)
    d.add_paragraph(
        "Les candidatures sont à soumettre sur la plateforme ILO Jobs (ilo.org/careers) en indiquant "
        "la référence ILO/JPO/2026/118, au plus tard le 3 juillet 2026 à 23h59 (heure de Luxembourg). "
        "Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s."
    )
    p = d.add_paragraph(
        "L'OIT ne perçoit aucun frais à quelque étape que ce soit du processus de recrutement."
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].italic = True

    buf = io.BytesIO()
    d.save(buf)
    write_fixed_zip(buf.getvalue(), os.path.join(HERE, "oit_antananarivo.docx"))


def write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 28, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build_wfp()
    build_unodc()
    build_oms()
    build_ilo()
    for f in [
        "wfp_flyer_coxsbazar.pdf",
        "unodc_folleto_lima.pdf",
        "oms_affiche_ndjamena.pdf",
        "oit_antananarivo.docx",
    ]:
        print(f, os.path.getsize(os.path.join(HERE, f)))
