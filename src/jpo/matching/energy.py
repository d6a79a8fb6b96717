"""What a ranking run computed, and an estimate of its energy and emissions.

An estimate, not a measurement: this machine exposes no power meter to an unprivileged process (RAPL
needs root), so the ranking thread's CPU time is multiplied by a power per busy core, as codecarbon does
in its "constant" mode when it cannot read a meter (a share of the CPU's rated power). The method is
stored with every figure. CPU time spent by the model's own worker threads, if any, is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# A current server CPU's rated power (TDP) over its cores: e.g. 205 W over 20 cores.
WATTS_PER_BUSY_CORE: Final = 10.0
# World average carbon intensity of electricity generation (IEA, 2019: about 475 gCO2/kWh).
GRAMS_CO2E_PER_KWH: Final = 475.0
METHOD: Final = (
    f"estimate: the ranking thread's CPU time × {WATTS_PER_BUSY_CORE:g} W per busy core; "
    f"{GRAMS_CO2E_PER_KWH:g} gCO2e/kWh (world average)"
)


@dataclass(frozen=True, slots=True)
class Compute:
    """One ranking run: how many candidates, sentences embedded by the model and read from the cache,
    wall and CPU seconds, and the estimate."""

    candidates: int
    embedded: int
    reused: int
    seconds: float
    cpu_seconds: float

    @property
    def energy_wh(self) -> float:
        return self.cpu_seconds * WATTS_PER_BUSY_CORE / 3600

    @property
    def co2e_g(self) -> float:
        return self.energy_wh / 1000 * GRAMS_CO2E_PER_KWH
