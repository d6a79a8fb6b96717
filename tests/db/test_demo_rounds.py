"""The demo moves each seed to a round of today: its deadline, and with it the dates its rules count
from (the age on 31 December of the closing year, born on or after 1 January of that year less the
limit), so the eligibility reasons of the demo applications speak of the round they are in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select

from jpo.db.models import Application, VacancyRow
from jpo.db.session import unit_of_work
from jpo.demo.applicants import DEMO_APPLICANTS
from jpo.demo.recruitment import PAST_APPLICANTS
from jpo.demo.setup import future_closing, load_demo, moved_round, seed_files
from jpo.vacancy.parse import parse_file

NOW = datetime(2030, 11, 20, 9, 0, tzinfo=UTC)  # a day whose seed deadlines fall in the next year


def _seed(number: str) -> dict[str, object]:
    path = next(p for p in seed_files() if p.name.startswith(number))
    return parse_file(path).model_dump(mode="json", by_alias=True)


def test_the_round_dates_move_by_the_years_the_deadline_moved() -> None:
    korean = _seed("002")  # closes 9 August 2024; age on 31 December 2024; born on or after 1 January 1992
    changes, years = moved_round(korean, future_closing(korean, 60, NOW))
    assert changes["closing"]["local"].startswith("2031-01-19T23:59") and years == 7
    assert changes["eligibility"] == {"age_reference_date": "2031-12-31", "born_on_or_after": "1999-01-01"}


def test_a_seed_without_a_deadline_moves_from_the_year_its_age_is_counted() -> None:
    undated = _seed("003")  # no deadline; age on 31 December 2020; born on or after 2 January 1988
    assert undated["closing"] is None
    changes, years = moved_round(undated, future_closing(undated, 20, NOW))
    assert years == 10
    assert changes["eligibility"] == {"age_reference_date": "2030-12-31", "born_on_or_after": "1998-01-02"}


def test_a_seed_with_no_dated_rule_moves_only_its_deadline() -> None:
    plain = _seed("004")
    closing = future_closing(plain, 30, NOW)
    assert moved_round(plain, closing)[0] == {"closing": closing}


def test_the_demo_reasons_count_ages_in_the_round_of_its_deadline(engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(engine) as session:
        load_demo(session, data_dir=tmp_path, max_bytes=10_000_000, now=NOW)
    with unit_of_work(engine) as session:
        rows = {  # this round's: the past round of an OHCHR post (demo.recruitment) closed in 2030
            row.document["reference"] or row.document["title"]: row
            for row in session.scalars(select(VacancyRow).where(VacancyRow.status == "published"))
        }
        for row in rows.values():
            reference = row.document["eligibility"]["age_reference_date"]
            if reference is not None:
                closing_year = datetime.fromisoformat(row.document["closing"]["local"]).year
                assert reference == f"{closing_year}-12-31" and closing_year == 2031
        open_ids = [row.id for row in rows.values()]
        verdicts = [
            a.eligibility
            for a in session.scalars(select(Application).where(Application.vacancy_id.in_(open_ids)))
        ]
    assert len(verdicts) == sum(len(applicant.applies_to) for applicant in DEMO_APPLICANTS)  # none refused
    ages = [
        c["reason"]
        for v in verdicts
        if v
        for c in v["criteria"]
        if c["id"] == "age" and c["status"] == "pass"
    ]
    assert ages and all("on 2031-12-31" in reason for reason in ages), ages


def test_the_past_round_closed_before_the_demo_day_and_counts_ages_in_its_own_year(
    engine: Engine, tmp_path: Path
) -> None:
    with unit_of_work(engine) as session:
        load_demo(session, data_dir=tmp_path, max_bytes=10_000_000, now=NOW)
    with unit_of_work(engine) as session:
        # the first closed one (the second is the earlier round whose JPO is in post)
        past = session.scalars(
            select(VacancyRow).where(VacancyRow.status == "closed").order_by(VacancyRow.id)
        ).first()
        assert past is not None
        assert past.closing_utc is not None and past.closing_utc < NOW
        assert past.document["eligibility"]["age_reference_date"] == "2030-12-31"
        applications = list(session.scalars(select(Application).where(Application.vacancy_id == past.id)))
    assert len(applications) == len(PAST_APPLICANTS)  # none refused by the screening
    ages = [c["reason"] for a in applications for c in (a.eligibility or {})["criteria"] if c["id"] == "age"]
    assert ages and all("on 2030-12-31" in reason for reason in ages), ages
