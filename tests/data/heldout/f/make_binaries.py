"""Build the binary test documents of this folder (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Produces: iom_fr_niamey.pdf (fpdf2, core Helvetica font, latin-1 text only).
"""

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2026, 4, 20, 9, 0, 0, tzinfo=datetime.UTC)


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0, 5, "OIM - Organisation internationale pour les migrations", new_x="LMARGIN", new_y="NEXT"
        )
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            5,
            "Avis de vacance JPO VN-JPO-NE-2026-05 | Programme belge des JPO",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"Page {self.page_no()}/{{nb}}", align="R")


def heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def bullets(pdf, items, mark="-", numbered=False):
    pdf.set_font("Helvetica", "", 10)
    for i, it in enumerate(items, 1):
        x = pdf.l_margin
        pdf.set_x(x + 4)
        pdf.cell(6, 5, f"{i})" if numbered else mark)
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")


def row(pdf, label, value):
    """Borderless label/value row: label cell, value wrapped in the right column."""
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(52, 5.5, label, border=0)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, value, border=0, new_x="LMARGIN", new_y="NEXT")


def iom_fr():
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JPO - OIM Niamey")
    pdf.set_author("OIM Niger")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Administrateur/trice auxiliaire (JPO) - Gestion des migrations et "
        "protection des migrants en transit",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    row(pdf, "Numéro de l'avis", "VN-JPO-NE-2026-05")
    row(pdf, "Référence DGD", "JPO/26/BE/031")
    row(pdf, "Organisation", "Organisation internationale pour les migrations (OIM)")
    row(
        pdf,
        "Unité",
        "Unité Protection et assistance aux migrants, Mission de l'OIM au Niger (bureau de pays)",
    )
    row(pdf, "Ville", "Niamey")
    row(pdf, "Pays", "Niger")
    row(pdf, "Classe", "P-2")
    row(
        pdf,
        "Durée",
        "12 mois, renouvelable une fois sous réserve de performance satisfaisante et de financement",
    )
    row(
        pdf,
        "Bailleur",
        "Belgique - Direction générale Coopération au développement et Aide humanitaire (DGD)",
    )
    row(pdf, "Expérience (min.)", "2 ans")
    row(pdf, "Date de publication", "20 avril 2026")
    row(pdf, "Date limite", "15 juin 2026, 17h00 (heure de Niamey, GMT+1)")

    heading(pdf, "Contexte")
    para(
        pdf,
        "Le Niger est un pays de transit et de destination pour les migrants d'Afrique de "
        "l'Ouest et du Centre se dirigeant vers l'Afrique du Nord. Depuis 2016, la Mission "
        "de l'OIM au Niger gère un réseau de six centres de transit (Niamey, Agadez, Arlit, "
        "Dirkou, Tahoua et Zinder) qui offrent hébergement, assistance médicale, soutien "
        "psychosocial et retour volontaire aux migrants en situation de vulnérabilité. "
        "Le ou la JPO travaillera sous la supervision du Chef de l'Unité Protection (P-4) "
        "et en coordination étroite avec le bureau régional de l'OIM à Dakar.",
    )

    heading(pdf, "Fonctions et responsabilités")
    bullets(
        pdf,
        [
            "Appuyer la coordination des activités d'assistance directe dans les centres de "
            "transit, y compris l'identification et l'orientation des migrants vulnérables, des "
            "victimes de traite et des enfants non accompagnés.",
            "Contribuer à la gestion des cas et au suivi de la qualité des services, conformément "
            "aux procédures opérationnelles standard de l'OIM.",
            "Participer à la planification et au suivi des retours volontaires et de la "
            "réintégration, en lien avec les missions de l'OIM dans les pays d'origine.",
            "Rédiger des rapports narratifs destinés aux bailleurs, des notes d'information et des "
            "analyses de situation.",
            "Appuyer le renforcement des capacités des autorités nigériennes et des partenaires de "
            "la société civile en matière de protection des migrants.",
            "Représenter l'OIM dans les groupes de travail protection et migration mixte.",
            "Exécuter toute autre tâche confiée par le superviseur.",
        ],
    )

    heading(pdf, "Éléments de formation")
    para(pdf, "Au terme de son affectation, le ou la JPO aura :")
    bullets(
        pdf,
        [
            "acquis une expérience opérationnelle de la protection des migrants dans un contexte "
            "de migration mixte ;",
            "maîtrisé les outils de gestion des cas et de gestion de projets de l'OIM ;",
            "développé sa capacité de négociation avec les autorités nationales et locales ;",
            "participé aux formations du programme d'apprentissage de l'OIM pour les JPO.",
        ],
    )

    heading(pdf, "Qualifications et expérience requises")
    para(
        pdf,
        "Formation : master en droit, relations internationales, sciences sociales, "
        "études des migrations ou dans un domaine apparenté, obtenu depuis moins de cinq "
        "ans à la date limite de candidature. Les étudiants en cours de master ne sont pas "
        "éligibles.",
    )
    para(
        pdf,
        "Expérience : au moins deux ans d'expérience professionnelle pertinente dans la "
        "protection, l'action humanitaire ou la gestion des migrations, de préférence en "
        "Afrique de l'Ouest ou au Sahel.",
    )
    para(
        pdf,
        "Langues : maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La "
        "connaissance de l'arabe est un atout.",
    )
    para(pdf, "Compétences :")
    bullets(
        pdf,
        [
            "Travail d'équipe",
            "Obtention de résultats",
            "Gestion et partage des connaissances",
            "Responsabilité",
            "Communication",
        ],
    )

    heading(pdf, "Conditions d'éligibilité du programme belge")
    para(
        pdf,
        "Le poste est exclusivement ouvert aux candidat(e)s de nationalité belge. Il faut "
        "ne pas avoir plus de 30 ans au 31 décembre 2026. Les personnes ayant déjà "
        "exercé une fonction de JPO ou d'expert associé, quel que soit le pays donateur, "
        "ne peuvent pas poser leur candidature. Les ressortissants nigériens, y compris "
        "les binationaux, ne sont pas éligibles pour ce poste.",
    )

    heading(pdf, "Candidature")
    para(
        pdf,
        "Le dossier, à envoyer via la plateforme de recrutement de la DGD au plus tard le "
        "15 juin 2026 à 17h00 (heure de Niamey), comprend les pièces suivantes :",
    )
    bullets(
        pdf,
        [
            "un curriculum vitae en français ou en anglais ;",
            "une lettre de motivation ;",
            "une copie du diplôme de master ;",
            "une copie de la carte d'identité belge ou du passeport belge.",
        ],
        numbered=True,
    )
    para(
        pdf,
        "Les dossiers incomplets ne seront pas examinés. Seul(e)s les candidat(e)s "
        "retenu(e)s pour un entretien seront contacté(e)s.",
    )

    out = HERE / "iom_fr_niamey.pdf"
    pdf.output(out)
    return out


if __name__ == "__main__":
    print(iom_fr())
