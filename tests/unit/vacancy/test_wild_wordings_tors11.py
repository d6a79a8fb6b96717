"""Wordings met in the `tors11` batch (once held out as `heldout/l`, measured once, then read as
design material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_lower_degree_with_its_years_a_few_words_further_on() -> None:
    v = parse_text(
        """
        Qualifications

        Education: An advanced university degree in statistics, economics or a related field, or a first
        university degree in one of these fields together with two additional years of relevant experience.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


def test_numbered_competencies_in_a_paragraph_that_goes_on() -> None:
    v = parse_text(
        """
        Competencies

        The competencies for this post are: (1) Communication (2) Teamwork (3) Planning and organizing.
        Read more about our competency framework on the careers site.
        """
    )
    assert v.competencies == ["Communication", "Teamwork", "Planning and organizing"]


def test_a_title_cut_on_an_open_word_takes_its_next_line_and_leaves_the_note() -> None:
    v = parse_text(
        """
        Título del puesto:  Oficial Asociado/a de Gestión del Riesgo de Desastres y
        Adaptación Climática
        (solo pueden postular personas de nacionalidad italiana; véase la sección 5
        sobre los requisitos del programa)
        Categoría: P-2
        """
    )
    assert v.title == "Oficial Asociado/a de Gestión del Riesgo de Desastres y Adaptación Climática"


def test_an_ocr_misread_capital_heading_still_opens_its_section() -> None:
    v = parse_text(
        """
        1. C0NTEXTE

        Le bureau appuie le gouvernement.

        2. PRlNCIPALES MlSSIONS

        - appuyer la coordination des partenaires ;
        - rédiger les rapports mensuels.
        """
    )
    assert len(v.duties) == 2


def test_ocr_bullets_read_as_dashes_and_guillemets() -> None:
    v = parse_text(
        """
        TÂCHES

        - appuyer la coordination des partenaires ;
        — rédiger les rapports mensuels ;
        - organiser les missions de terrain.

        COMPÉTENCES

        « Travail en équipe
        « Communication
        « Sens de l'organisation
        """
    )
    assert len(v.duties) == 3
    assert v.competencies == ["Travail en équipe", "Communication", "Sens de l'organisation"]


def test_a_quotation_in_guillemets_is_no_bullet() -> None:
    v = parse_text(
        """
        TÂCHES

        « Ne laisser personne de côté » est la devise du bureau, qui appuie les partenaires.
        - rédiger les rapports mensuels ;
        - organiser les missions de terrain.
        """
    )
    assert len(v.duties) == 2
