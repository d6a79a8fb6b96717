"""Deadline rush: how a local `jpo serve` holds up when every candidate submits at the same moment.

Before the clock starts, C candidates (default 200) sign up, sign in and save a profile eligible for
seed 002 (Korea, OHCHR Geneva), which an admin has uploaded, given a closing date in 2099 and
published. Then all C clients, one per candidate, are released at once to POST their application.
A client retries a timeout, a connection error or a 5xx with the same Idempotency-Key (bounded, with
backoff) and, once it has its receipt, sends the same request once more, which must answer 200 with
the same body. Measured over the timed phase: requests per second (every POST, retries and repeats
included), p50/p99 time from release to receipt, 5xx answers and retries. Afterwards the vacancy's
applications are read back as the admin: exactly one per candidate, with distinct receipts, the ones
the clients were given, and a second key for the same vacancy answers 409. Any failed check, a 5xx,
or an error in the server's log from the release on makes the script exit 1; errors during the setup
are retried (bounded) and reported, as are 500s the server logged after a client had given up.

Beside the rush (issue 11), unless --no-side-load: one more candidate saves a new ~100 kB profile
(20 jobs with long descriptions, new sentences each time, so the server embeds them) every second,
and an anonymous reader lists the vacancies every 0.2 s; their 5xx count as the rush's, and their
latencies are reported (a save must never hold the write lock while it embeds).

The server runs on loopback only (127.0.0.1, a free port), is started and stopped here, and gets a
fresh database per run (a SQLite file in a temporary folder, or a PostgreSQL database on
127.0.0.1:5432 created and dropped here). Every loop is bounded in count and in time.

Run: .venv/bin/python bench/rush.py [--backend sqlite|postgresql|both] [--workers N ...]
         [--clients 200] [--runs 3] [--no-side-load] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path
from types import FrameType
from typing import Any

import httpx2
import psycopg
from psycopg import sql
from rich.console import Console
from rich.table import Table

HOST = "127.0.0.1"  # loopback only: nothing here talks to another address
PG_SERVER = f"postgresql://postgres@{HOST}:5432"
JPO = Path(sys.prefix) / "bin" / "jpo"
SEED = Path(str(files("jpo.demo").joinpath("seeds"))) / "002_225b0afb764ea097.txt"
API = "/api/v1"
ADMIN_EMAIL, ADMIN_PASSWORD = "admin@example.org", "a long secret"
CANDIDATE_PASSWORD = "rush password 2099"
CLOSING = {"utc": "2099-01-01T00:00:00Z", "local": "2099-01-01T01:00:00+01:00", "timezone": "Europe/Zurich"}

# Every simulated candidate signs up and in from 127.0.0.1: lift the per-address limits for the run.
UNLIMITED_ADDRESS = {"JPO_SIGN_UPS_PER_IP": "1000000", "JPO_SIGN_IN_FAILURES_PER_IP": "1000000"}
SETUP_CONCURRENCY = 4  # sign-ups and sign-ins hash with Argon2 (~150 ms each here)
MAX_ATTEMPTS = 5  # per submission: the first try and up to four retries
BACKOFF_S = 0.2  # doubled after each retry, with jitter
REQUEST_TIMEOUT_S = 30.0
RUSH_TIMEOUT_S = 300.0
SETUP_TIMEOUT_S = 600.0
HEALTH_TIMEOUT_S = 60.0
# The lines of a server log that report an error: the last line of a traceback, uvicorn's and jpo's own.
UNEXPECTED = "unexpected error on "  # jpo's log line for each 500 it answers
LOG_ERROR = re.compile(rf"^(?:[\w.]+(?:Error|Exception)\b|ERROR\b|{UNEXPECTED})")

console = Console(width=None if sys.stdout.isatty() else 140)


# --- the server and its database -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _postgres(statement: sql.Composed) -> None:
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


@contextlib.contextmanager
def fresh_database(backend: str, scratch: Path) -> Iterator[str]:
    """The URL of an empty database, dropped afterwards (a SQLite file goes with `scratch`)."""
    if backend == "sqlite":
        yield f"sqlite:///{scratch / 'jpo.sqlite3'}"
        return
    name = f"jpo_rush_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    _postgres(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        _postgres(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def create_admin(env: dict[str, str]) -> None:
    command = [str(JPO), "admin", "create-user", "--email", ADMIN_EMAIL, "--role", "admin"]
    password = ADMIN_PASSWORD.encode()
    subprocess.run([*command, "--password-stdin"], env=env, input=password, check=True, capture_output=True,
                   timeout=120)  # fmt: skip


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's own process group (uvicorn and its workers), SIGKILL if it lingers."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def _wait_healthy(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + HEALTH_TIMEOUT_S
    with httpx2.Client(base_url=base, timeout=2.0, trust_env=False) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(
                    f"the server exited with status {process.returncode} before it was healthy"
                )
            with contextlib.suppress(httpx2.TransportError):
                if client.get(f"{API}/health").status_code == 200:
                    return
            time.sleep(0.1)
    raise RuntimeError(f"the server was not healthy within {HEALTH_TIMEOUT_S:.0f} s")


@contextlib.contextmanager
def running_server(env: dict[str, str], workers: int, log: Path) -> Iterator[str]:
    """`jpo serve` on a free loopback port; its base URL while the block runs, stopped afterwards."""
    port = free_port()
    command = [str(JPO), "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        base = f"http://{HOST}:{port}"
        _wait_healthy(base, process)
        yield base
    finally:
        _stop(process)


def log_lines(log: Path, start: int) -> list[str]:
    """The lines of the server's log from byte `start` on that report an error."""
    with log.open("rb") as text:
        text.seek(start)
        lines = text.read().decode(errors="replace").splitlines()
    return [line for line in lines if LOG_ERROR.match(line)]


def tallied(lines: list[str]) -> list[str]:
    """Distinct lines, each with how often it occurred."""
    return [f"{count} × {line}" for line, count in Counter(lines).items()]


# --- setup (not timed) -----------------------------------------------------------------------------


@dataclass
class Candidate:
    email: str
    headers: dict[str, str] = field(default_factory=dict)  # the bearer token
    key: str = field(default_factory=lambda: str(uuid.uuid4()))  # the Idempotency-Key of every retry


def profile(today: date) -> dict[str, Any]:
    """A jpo.profile/1 document eligible for seed 002 (Korean, master's degree, recent TOEFL)."""
    return {
        "schema": "jpo.profile/1",
        "birth_date": "1997-05-10",
        "sex": "female",
        "nationalities": ["KR"],
        "education": [
            {"level": "master", "field": "Human Rights", "completed": "2021-06-30", "enrolled": False}
        ],
        "experience": [
            {"title": "Researcher", "start": "2021-01-01", "end": None, "full_time": True, "description": "x"}
        ],
        "languages": [
            {"code": "ko", "level": "native"},
            {"code": "en", "level": "fluent"},
            {"code": "fr", "level": "fluent"},
        ],
        "language_tests": [
            {
                "test": "TOEFL iBT",
                "score": 110,
                "date": (today - timedelta(days=30)).isoformat(),
                "edition": None,
            }
        ],
        "military_service": None,
        "prior_programmes": [],
        "applications": [],
    }


def expect(response: httpx2.Response, *statuses: int) -> Any:
    """The JSON body of a response with one of `statuses`, else RuntimeError."""
    if response.status_code not in statuses:
        request = response.request
        raise RuntimeError(
            f"{request.method} {request.url.path}: {response.status_code} {response.text[:300]}"
        )
    return response.json()


@dataclass
class Api:
    """Untimed calls (setup and checks): a 5xx or a connection error is retried (bounded) and counted."""

    client: httpx2.AsyncClient
    errors: int = 0

    async def call(self, method: str, path: str, ok: tuple[int, ...], **options: Any) -> Any:
        last = ""
        for attempt in range(MAX_ATTEMPTS):
            if attempt:
                await asyncio.sleep(BACKOFF_S * 2**attempt)
            try:
                response = await self.client.request(method, f"{API}{path}", **options)
            except httpx2.TransportError as error:
                self.errors, last = self.errors + 1, f"{type(error).__name__}: {error}"
                continue
            if response.status_code < 500:
                return expect(response, *ok)
            self.errors, last = self.errors + 1, f"{response.status_code} {response.text[:300]}"
        raise RuntimeError(f"{method} {path}: gave up after {MAX_ATTEMPTS} attempts; last: {last}")

    async def sign_in(self, email: str, password: str) -> dict[str, str]:
        form = {"username": email, "password": password}
        token = (await self.call("POST", "/auth/token", (200,), data=form))["access_token"]
        return {"Authorization": f"Bearer {token}"}

    async def publish_vacancy(self, admin: dict[str, str]) -> int:
        """Seed 002 uploaded, its closing date moved to 2099, and published; its id."""
        upload = {"file": (SEED.name, SEED.read_bytes(), "text/plain")}
        vacancy = (await self.call("POST", "/vacancies", (201,), files=upload, headers=admin))["id"]
        await self.call("PATCH", f"/vacancies/{vacancy}", (200,), json={"closing": CLOSING}, headers=admin)
        await self.call("POST", f"/vacancies/{vacancy}/publish", (200,), headers=admin)
        return int(vacancy)

    async def prepare(self, vacancy: int, candidate: Candidate) -> None:
        """Sign up (409: a retried sign-up had succeeded), sign in, save the profile, check eligibility."""
        account = {"email": candidate.email, "password": CANDIDATE_PASSWORD}
        await self.call("POST", "/users", (201, 409), json=account)
        candidate.headers = await self.sign_in(candidate.email, CANDIDATE_PASSWORD)
        await self.call("PUT", "/profiles/me", (200,), json=profile(date.today()), headers=candidate.headers)
        path = f"/vacancies/{vacancy}/eligibility"
        verdict = await self.call("GET", path, (200,), headers=candidate.headers)
        if verdict.get("eligible") is False:
            raise RuntimeError(f"{candidate.email} is not eligible: {json.dumps(verdict)[:500]}")

    async def candidates(self, vacancy: int, clients: int) -> list[Candidate]:
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)
        candidates = [Candidate(f"rush{n:04d}@example.org") for n in range(clients)]

        async def one(candidate: Candidate) -> None:
            async with gate:
                await self.prepare(vacancy, candidate)

        async with asyncio.timeout(SETUP_TIMEOUT_S):
            await asyncio.gather(*(one(c) for c in candidates))
        return candidates


# --- the rush (timed) ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """One client's rush: its receipt, how long it took from the release and what went wrong."""

    seconds: float | None = None  # release to receipt, retries included
    body: dict[str, Any] | None = None
    status: int | None = None  # of the first success: 201, or 200 if a lost answer was retried
    requests: int = 0
    retries: int = 0
    server_errors: int = 0
    network_errors: int = 0  # timeouts and broken connections
    failure: str | None = None
    last_error: str = ""


async def submit(
    client: httpx2.AsyncClient, vacancy: int, candidate: Candidate, outcome: Outcome
) -> httpx2.Response | None:
    """POST the application, retrying timeouts, connection errors and 5xx with the same key."""
    headers = {**candidate.headers, "Idempotency-Key": candidate.key}
    body = {"motivation": "Applying in the deadline rush."}
    for attempt in range(MAX_ATTEMPTS):
        if attempt:
            outcome.retries += 1
            await asyncio.sleep(BACKOFF_S * 2 ** (attempt - 1) * random.uniform(0.5, 1.5))
        outcome.requests += 1
        try:
            response = await client.post(
                f"{API}/vacancies/{vacancy}/applications", json=body, headers=headers
            )
        except httpx2.TransportError as error:
            outcome.network_errors += 1
            outcome.last_error = f"{type(error).__name__}: {error}"
            continue
        if response.status_code >= 500:
            outcome.server_errors += 1
            outcome.last_error = f"{response.status_code} {response.text[:300]}"
            continue
        if response.status_code in (200, 201):
            return response
        outcome.failure = f"{response.status_code} {response.text[:300]}"
        return None
    outcome.failure = f"gave up after {MAX_ATTEMPTS} attempts; last: {outcome.last_error}"
    return None


async def rush_one(
    client: httpx2.AsyncClient, vacancy: int, candidate: Candidate, go: asyncio.Event, outcome: Outcome
) -> None:
    """Wait for the release, submit, then repeat the request once: 200 and the same body."""
    await go.wait()
    began = time.perf_counter()
    first = await submit(client, vacancy, candidate, outcome)
    if first is None:
        return
    outcome.seconds = time.perf_counter() - began
    outcome.status, outcome.body = first.status_code, first.json()
    again = await submit(client, vacancy, candidate, outcome)
    if again is not None and (again.status_code != 200 or again.json() != outcome.body):
        outcome.failure = f"repeat: {again.status_code} {again.text[:300]} (first: {outcome.body})"


# --- the side load: a big profile saved every second, anonymous reads ------------------------------

SAVE_EVERY_S = 1.0
READ_EVERY_S = 0.2
_WORK = (
    "coordinated the review of {n} country reports on freedom of expression",
    "drafted {n} briefing notes for the special rapporteur on privacy in the digital age",
    "organised {n} consultations with civil society on data protection and surveillance",
    "analysed {n} draft laws on artificial intelligence against international human rights law",
    "trained {n} officials in {place} on the human rights impact assessment of new technologies",
)
_PLACES = ("Nairobi", "Bangkok", "Geneva", "Panama", "Dakar", "Amman", "Suva", "Tbilisi")


def big_profile(today: date, round_: int) -> dict[str, Any]:
    """An eligible profile of about 100 kB whose job descriptions are new sentences each round."""
    document = profile(today)
    jobs = []
    for job in range(20):
        sentences = [
            _WORK[(job + k) % len(_WORK)].format(n=round_ * 1000 + job * 50 + k, place=_PLACES[k % 8])
            for k in range(50)
        ]
        description = ". ".join(s.capitalize() for s in sentences)[:4900] + "."
        jobs.append({"title": f"Human rights officer {job}", "organization": "OHCHR",
                     "start": f"{2000 + job}-01-01", "end": f"{2000 + job}-12-31", "full_time": True,
                     "description": description})  # fmt: skip
    document["experience"] = jobs
    return document


@dataclass
class SideLoad:
    """Latencies (ms) and 5xx of the saves and reads made during the rush."""

    save_ms: list[float] = field(default_factory=list)
    read_ms: list[float] = field(default_factory=list)
    server_errors: int = 0
    other_errors: list[str] = field(default_factory=list)


async def _timed(
    client: httpx2.AsyncClient, load: SideLoad, into: list[float], *args: Any, **kw: Any
) -> None:
    began = time.perf_counter()
    try:
        response = await client.request(*args, **kw)
    except httpx2.TransportError as error:
        load.other_errors.append(f"{args[0]} {args[1]}: {type(error).__name__}")
        return
    into.append((time.perf_counter() - began) * 1000)
    if response.status_code >= 500:
        load.server_errors += 1
    elif response.status_code >= 400:
        load.other_errors.append(f"{args[0]} {args[1]}: {response.status_code} {response.text[:200]}")


async def side_load(
    client: httpx2.AsyncClient, saver: Candidate, stop: asyncio.Event, load: SideLoad
) -> None:
    """Until `stop`: a new big profile saved every second, the vacancies listed every 0.2 s."""

    async def saving() -> None:
        round_ = 0
        while not stop.is_set():
            began = time.perf_counter()
            round_ += 1
            await _timed(client, load, load.save_ms, "PUT", f"{API}/profiles/me",
                         json=big_profile(date.today(), round_), headers=saver.headers)  # fmt: skip
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), max(0.0, SAVE_EVERY_S - (time.perf_counter() - began)))

    async def reading() -> None:
        while not stop.is_set():
            await _timed(client, load, load.read_ms, "GET", f"{API}/vacancies")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), READ_EVERY_S)

    await asyncio.gather(saving(), reading())


async def rush(
    client: httpx2.AsyncClient,
    vacancy: int,
    candidates: list[Candidate],
    saver: Candidate | None = None,
    load: SideLoad | None = None,
) -> tuple[float, list[Outcome]]:
    """Release every client at once; the seconds until the last one finished, and their outcomes.
    With a `saver`, the side load runs from the release until the last client has finished."""
    go = asyncio.Event()
    stop = asyncio.Event()
    side = asyncio.create_task(side_load(client, saver, stop, load)) if saver and load else None
    outcomes = [Outcome() for _ in candidates]
    tasks = [
        asyncio.create_task(rush_one(client, vacancy, c, go, o))
        for c, o in zip(candidates, outcomes, strict=True)
    ]
    await asyncio.sleep(0)  # every task now waits on `go`
    began = time.perf_counter()
    go.set()
    try:
        async with asyncio.timeout(RUSH_TIMEOUT_S):
            await asyncio.gather(*tasks)
    except TimeoutError:
        for outcome in outcomes:
            outcome.failure = outcome.failure or f"unfinished after {RUSH_TIMEOUT_S:.0f} s"
    seconds = time.perf_counter() - began
    stop.set()
    if side is not None:
        await side
    return seconds, outcomes


# --- checks and the record of a run ----------------------------------------------------------------


async def check_database(api: Api, admin: dict[str, str], vacancy: int, outcomes: list[Outcome]) -> list[str]:
    """What is wrong with the saved applications: one per candidate, distinct receipts, as given."""
    params = {"purpose": "deadline rush benchmark: counting applications"}
    rows = await api.call("GET", f"/vacancies/{vacancy}/applications", (200,), headers=admin, params=params)
    receipts = {row["receipt"] for row in rows}
    given = {o.body["receipt"] for o in outcomes if o.body}
    problems = []
    if len(rows) != len(outcomes):
        problems.append(f"{len(rows)} applications saved for {len(outcomes)} candidates")
    if len(receipts) != len(rows) or len({row["candidate"] for row in rows}) != len(rows):
        problems.append("duplicate receipts or candidates among the saved applications")
    if receipts != given:
        problems.append(f"{len(receipts ^ given)} receipts differ between the database and the clients")
    return problems


async def check_second_key(api: Api, vacancy: int, candidate: Candidate) -> list[str]:
    """A second Idempotency-Key for a vacancy the candidate has applied to must answer 409."""
    headers = {**candidate.headers, "Idempotency-Key": str(uuid.uuid4())}
    try:
        await api.call("POST", f"/vacancies/{vacancy}/applications", (409,), json={}, headers=headers)
    except RuntimeError as error:
        return [f"a second key for the same vacancy: {error}"]
    return []


@dataclass
class Run:
    """One run's measures: every figure but `setup_errors` is from the timed phase and the check."""

    backend: str
    workers: int
    clients: int
    requests: int = 0
    seconds: float = 0.0
    throughput: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    server_errors: int = 0  # 5xx answers the clients received
    logged_500s: int = 0  # 500s the server logged, answered in time or not (a client may have given up)
    network_errors: int = 0  # client-side timeouts and broken connections
    retries: int = 0
    replayed_first: int = 0  # clients whose first success was a 200: an answer was lost, then retried
    setup_errors: int = 0  # 5xx and connection errors while preparing (retried there, not in the rush)
    side_load: bool = True
    saves: int = 0  # big profiles saved during the rush
    save_p50_ms: float = 0.0
    save_max_ms: float = 0.0
    reads: int = 0  # anonymous vacancy lists during the rush
    read_p50_ms: float = 0.0
    read_p99_ms: float = 0.0
    problems: list[str] = field(default_factory=list)
    log_errors: list[str] = field(default_factory=list)  # the server's log during the rush and the check
    setup_log_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.log_errors and self.server_errors == 0 and self.requests > 0


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (0 when there is nothing to rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def summarise(run: Run, seconds: float, outcomes: list[Outcome]) -> None:
    times = [o.seconds * 1000 for o in outcomes if o.seconds is not None]
    run.requests = sum(o.requests for o in outcomes)
    run.seconds, run.throughput = seconds, run.requests / seconds if seconds else 0.0
    run.p50_ms, run.p99_ms, run.max_ms = (
        percentile(times, 0.5),
        percentile(times, 0.99),
        max(times, default=0),
    )
    run.server_errors = sum(o.server_errors for o in outcomes)
    run.network_errors = sum(o.network_errors for o in outcomes)
    run.retries = sum(o.retries for o in outcomes)
    run.replayed_first = sum(1 for o in outcomes if o.status == 200)
    failures = [f"client: {o.failure}" for o in outcomes if o.failure]
    run.problems += failures[:10] + (
        [f"... {len(failures) - 10} more failed clients"] if failures[10:] else []
    )


def summarise_side_load(run: Run, load: SideLoad) -> None:
    run.saves, run.reads = len(load.save_ms), len(load.read_ms)
    run.save_p50_ms, run.save_max_ms = percentile(load.save_ms, 0.5), max(load.save_ms, default=0.0)
    run.read_p50_ms, run.read_p99_ms = percentile(load.read_ms, 0.5), percentile(load.read_ms, 0.99)
    run.server_errors += load.server_errors
    run.problems += [f"side load: {error}" for error in load.other_errors[:5]]
    if not load.save_ms or not load.read_ms:
        run.problems.append("side load: no save or no read finished during the rush")


# --- one run, many runs ----------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def http(base: str, clients: int) -> AsyncIterator[httpx2.AsyncClient]:
    limits = httpx2.Limits(max_connections=clients + 20, max_keepalive_connections=clients + 20)
    timeout = httpx2.Timeout(REQUEST_TIMEOUT_S)
    async with httpx2.AsyncClient(base_url=base, limits=limits, timeout=timeout, trust_env=False) as client:
        yield client


@dataclass
class Stage:
    """What the rush needs: the admin's credentials, the published vacancy and the candidates."""

    admin: dict[str, str]
    vacancy: int
    candidates: list[Candidate]
    saver: Candidate | None = None


async def set_up(base: str, run: Run, log: Path) -> Stage:
    """The untimed preparation; its errors (retried) and the server's log so far go into `run`."""
    async with http(base, run.clients) as client:
        setup = Api(client)
        try:
            admin = await setup.sign_in(ADMIN_EMAIL, ADMIN_PASSWORD)
            vacancy = await setup.publish_vacancy(admin)
            stage = Stage(admin, vacancy, await setup.candidates(vacancy, run.clients))
            if run.side_load:
                stage.saver = Candidate("saver@example.org")
                account = {"email": stage.saver.email, "password": CANDIDATE_PASSWORD}
                await setup.call("POST", "/users", (201, 409), json=account)
                stage.saver.headers = await setup.sign_in(stage.saver.email, CANDIDATE_PASSWORD)
            return stage
        finally:
            run.setup_errors = setup.errors
            run.setup_log_errors = tallied(log_lines(log, 0))


async def measure(base: str, run: Run, log: Path) -> None:
    """Set up (untimed), rush (timed), then check the database through the API; fills in `run`."""
    stage = await set_up(base, run, log)
    rush_from = log.stat().st_size
    try:
        async with http(base, run.clients) as client:  # fresh connections: the rush opens its own
            load = SideLoad()
            seconds, outcomes = await rush(client, stage.vacancy, stage.candidates, stage.saver, load)
            summarise(run, seconds, outcomes)
            if stage.saver is not None:
                summarise_side_load(run, load)
            checks = Api(client)
            run.problems += await check_database(checks, stage.admin, stage.vacancy, outcomes)
            run.problems += await check_second_key(checks, stage.vacancy, stage.candidates[0])
            if checks.errors:
                run.problems.append(f"{checks.errors} 5xx or connection errors while checking (retried)")
        await asyncio.sleep(0.5)  # let the server finish writing its log
    finally:
        lines = log_lines(log, rush_from)
        run.log_errors = tallied(lines)
        run.logged_500s = sum(1 for line in lines if line.startswith(UNEXPECTED))


def run_once(backend: str, workers: int, clients: int, side_load: bool = True) -> Run:
    """A fresh database and server, one measured rush, everything stopped and removed afterwards."""
    run = Run(backend, workers, clients, side_load=side_load)
    with tempfile.TemporaryDirectory(prefix="jpo-rush-") as folder:
        scratch = Path(folder)
        log = scratch / "server.log"
        with fresh_database(backend, scratch) as url:
            env = {**os.environ, "JPO_DATABASE_URL": url, "JPO_DATA_DIR": str(scratch / "data"),
                   **UNLIMITED_ADDRESS}  # fmt: skip
            try:
                create_admin(env)
                with running_server(env, workers, log) as base:
                    asyncio.run(measure(base, run, log))
            except (RuntimeError, TimeoutError, httpx2.HTTPError, subprocess.SubprocessError) as error:
                run.problems.append(f"run aborted: {type(error).__name__}: {error}")
    return run


def configurations(backend: str, workers: list[int] | None) -> list[tuple[str, int]]:
    """The (backend, workers) pairs to run; by default SQLite with 1 worker, PostgreSQL with 1 and 4."""
    backends = ["sqlite", "postgresql"] if backend == "both" else [backend]
    default = {"sqlite": [1], "postgresql": [1, 4]}
    return [(b, n) for b in backends for n in (workers or default[b])]


# --- output ----------------------------------------------------------------------------------------


COLUMNS = (
    "backend workers clients requests req/s p50_ms p99_ms max_ms 5xx 500s_logged net_err retries setup_err "
    "saves save_p50 save_max reads read_p50 read_p99 ok"
)


def row(run: Run) -> list[str]:
    figures = [run.throughput, run.p50_ms, run.p99_ms, run.max_ms]
    counts = [run.server_errors, run.logged_500s, run.network_errors, run.retries, run.setup_errors]
    cells = [run.backend, str(run.workers), str(run.clients), str(run.requests)]
    side = [str(run.saves), f"{run.save_p50_ms:.0f}", f"{run.save_max_ms:.0f}", str(run.reads),
            f"{run.read_p50_ms:.0f}", f"{run.read_p99_ms:.0f}"]  # fmt: skip
    figures_text = [f"{f:.0f}" for f in figures]
    return cells + figures_text + [str(c) for c in counts] + side + ["yes" if run.ok else "NO"]


def table(runs: list[Run], title: str) -> Table:
    view = Table(title=title)
    for heading in (name.replace("_", " ") for name in COLUMNS.split()):
        view.add_column(heading, justify="left" if heading == "backend" else "right")
    for run in runs:
        view.add_row(*row(run))
    return view


MEDIAN = (
    "requests",
    "seconds",
    "throughput",
    "p50_ms",
    "p99_ms",
    "max_ms",
    "saves",
    "save_p50_ms",
    "save_max_ms",
    "reads",
    "read_p50_ms",
    "read_p99_ms",
)
SUMMED = ("server_errors", "logged_500s", "network_errors", "retries", "replayed_first", "setup_errors")
JOINED = ("problems", "log_errors", "setup_log_errors")


def medians(runs: list[Run]) -> list[Run]:
    """Per configuration: the median of each measure; counts of errors and retries are summed."""
    merged = []
    for key in dict.fromkeys((r.backend, r.workers, r.clients) for r in runs):
        group = [r for r in runs if (r.backend, r.workers, r.clients) == key]
        run = Run(*key)
        for name in MEDIAN:
            setattr(run, name, statistics.median(getattr(r, name) for r in group))
        for name in SUMMED:
            setattr(run, name, sum(getattr(r, name) for r in group))
        for name in JOINED:
            setattr(run, name, [line for r in group for line in getattr(r, name)])
        merged.append(run)
    return merged


def report_problems(runs: list[Run]) -> None:
    """Every failed check and every error line of the server's logs, by run."""
    for number, run in enumerate(runs, 1):
        where = f"run {number} ({run.backend}, {run.workers} worker(s))"
        for line in run.problems + [f"server log (rush): {e}" for e in run.log_errors]:
            console.print(f"[red]{where}:[/red] {line}", highlight=False)
        for line in [f"server log (setup): {e}" for e in run.setup_log_errors]:
            console.print(f"[yellow]{where}:[/yellow] {line}", highlight=False)


# --- main ------------------------------------------------------------------------------------------


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds the `finally` blocks: the server is stopped


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--workers", type=int, nargs="+", help="worker processes (default: 1 for SQLite, "
                        "1 and 4 for PostgreSQL)")  # fmt: skip
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the runs and medians as JSON instead")
    parser.add_argument("--no-side-load", dest="side_load", action="store_false",
                        help="only the rush: no profile saved each second, no reads")  # fmt: skip
    args = parser.parse_args()
    if (
        not 1 <= args.clients <= 2000
        or not 1 <= args.runs <= 50
        or any(not 1 <= w <= 16 for w in args.workers or [])
    ):
        parser.error("--clients must be 1-2000, --runs 1-50 and --workers 1-16")
    return args


def main() -> int:
    args = arguments()
    signal.signal(signal.SIGTERM, _terminate)
    runs = []
    for backend, workers in configurations(args.backend, args.workers):
        for n in range(args.runs):
            if not args.json:
                console.print(
                    f"{backend}, {workers} worker(s), {args.clients} clients: run {n + 1}/{args.runs}"
                )
            runs.append(run_once(backend, workers, args.clients, args.side_load))
    middle = medians(runs)
    if args.json:
        print(
            json.dumps({"runs": [asdict(r) for r in runs], "medians": [asdict(r) for r in middle]}, indent=2)
        )
    else:
        machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        console.print(table(runs, f"Deadline rush: every run ({machine})"))
        console.print(table(middle, f"Medians of {args.runs} run(s)"))
        report_problems(runs)
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the `finally` blocks have stopped the server and removed the database
        console.print("interrupted: the server was stopped and its database removed")
        sys.exit(130)
