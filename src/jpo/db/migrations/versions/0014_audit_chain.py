"""The audit trail as a hash chain: salted commitments to details, positions, links, and the head.

Events recorded before this revision are linked here, in the order of their ids.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_GENESIS = "0" * 64


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("detail_salt", sa.String(32), nullable=True))
        batch.add_column(sa.Column("detail_commitment", sa.String(64), nullable=True))
        batch.add_column(sa.Column("seq", sa.Integer, nullable=True))
        batch.add_column(sa.Column("chain_hash", sa.String(64), nullable=True))
        batch.create_unique_constraint("uq_audit_events_seq", ["seq"])
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    _link_existing()


def _link_existing() -> None:
    # The same computation as jpo.audit.chain, written out: a migration must not change with the code.
    events = sa.table(
        "audit_events", sa.column("id"), sa.column("at", sa.DateTime(timezone=True)), sa.column("actor_id"),
        sa.column("action"), sa.column("subject_type"), sa.column("subject_id"), sa.column("reason"),
        sa.column("detail", sa.JSON), sa.column("detail_salt"), sa.column("detail_commitment"),
        sa.column("seq"), sa.column("chain_hash"),
    )  # fmt: skip
    bind = op.get_bind()
    previous, seq = _GENESIS, 0
    for row in bind.execute(sa.select(events).order_by(events.c.id)).mappings().all():
        seq += 1
        salt = secrets.token_hex(16) if row["detail"] is not None else None
        commitment = _sha256(salt + _canonical(row["detail"])) if salt is not None else None
        at: datetime = row["at"] if row["at"].tzinfo else row["at"].replace(tzinfo=UTC)
        content = [
            seq, at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), row["actor_id"], row["action"],
            row["subject_type"], row["subject_id"], row["reason"], commitment,
        ]  # fmt: skip
        previous = _sha256(previous + _sha256(_canonical(content)))
        bind.execute(
            events.update()
            .where(events.c.id == row["id"])
            .values(detail_salt=salt, detail_commitment=commitment, seq=seq, chain_hash=previous)
        )
    bind.execute(sa.text("INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, :seq, :hash)"),
                 {"seq": seq, "hash": previous})  # fmt: skip


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_constraint("uq_audit_events_seq", type_="unique")
        for column in ("chain_hash", "seq", "detail_commitment", "detail_salt"):
            batch.drop_column(column)
