"""Tables of the decision and the offer: the offer made to a selected candidate and its answer."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpo.db.models import Base, UtcDateTime


class Offer(Base):
    """The offer the donor programme makes to a confirmed candidate (one per application): its terms, the
    moment by which to answer (shown on the clock of `reply_zone`), and the answer or its lapse."""

    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    conditions: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    duty_station: Mapped[str] = mapped_column(String(200))
    grade: Mapped[str | None] = mapped_column(String(32))  # "P-2, step 1", when known
    reply_by: Mapped[datetime] = mapped_column(UtcDateTime())
    reply_zone: Mapped[str] = mapped_column(String(64))  # the IANA zone the reply-by date was set in
    status: Mapped[str] = mapped_column(String(16))  # open | accepted | declined | lapsed
    made_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    made_at: Mapped[datetime] = mapped_column(UtcDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # or when it lapsed
    decline_reason: Mapped[str | None] = mapped_column(Text)  # the candidate's, optional
