"""The offshore energy island (海上能源岛): components, hourly energy balance.

The plan (三、（1）2) asks to explore an "offshore energy island" that joins
offshore wind, offshore PV, ocean energy, hydrogen production and storage
around a hub at sea. This module reads the hub and its members from the
``island_components`` layer, builds their hourly generation over a weather
year with the yield engine (:mod:`app.resource`), and dispatches it hour by
hour in a fixed order:

    generation -> export cable (up to its rating)
               -> electrolyser (only at or above its minimum load)
               -> storage charge (power, energy and charge efficiency)
               -> curtailment

and, in hours with spare cable or an electrolyser below its minimum load,
storage discharge (first to bring the electrolyser up to its minimum load,
then into the export cable's headroom).

The balance itself, :func:`island_balance`, is a pure function of hourly
generation series [MW] so that it can be checked without the yield engine.
Energy is conserved exactly (per hour, to floating-point rounding)::

    generation = export + electrolyser input + storage losses + curtailment + change in storage

References
----------
.. [1] IRENA (2020). Green Hydrogen Cost Reduction: Scaling up Electrolysers
   to Meet the 1.5C Climate Goal. International Renewable Energy Agency,
   Abu Dhabi. ISBN 978-92-9260-295-6.
.. [2] Neill, S. P. and Hashemi, M. R. (2018). Fundamentals of Ocean
   Renewable Energy. Academic Press. (tidal constituents, tidal-stream power)
.. [3] Pugh, D. and Woodworth, P. (2014). Sea-Level Science. Cambridge
   University Press. (equilibrium tide amplitudes)
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.core import assumptions
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message, listing_or_none
from app.core.vocabulary import ISLAND_COMPONENT_KINDS, ISLAND_COMPONENT_STATUSES
from app.resource.weather import years_covered
from app.resource.wind import offshore_wind_weather

#: Hourly columns of a balance, all [MW] (mean power over the hour) except soc.
HOURLY_COLUMNS = ("wind_mw", "pv_mw", "ocean_mw", "generation_mw", "export_mw", "electrolyzer_mw",
                  "storage_charge_mw", "storage_discharge_mw", "storage_loss_mw", "curtailed_mw", "soc_mwh")


# ---------------------------------------------------------------------------
# results


@dataclass
class IslandBalance:
    """Hourly and annual energy balance of an energy-island hub.

    Energies are sums of hourly mean power times one hour [MWh] per year:
    over a multi-year weather series, the totals divided by its number of
    years (:func:`app.resource.weather.years_covered`); ``hourly`` keeps
    every hour.

    Attributes
    ----------
    hourly : pandas.DataFrame
        One row per hour; columns :data:`HOURLY_COLUMNS` ([MW], ``soc_mwh``
        [MWh] at the end of the hour).
    wind_mwh, pv_mwh, ocean_mwh : float
        Generation by source [MWh].
    generation_mwh : float
        Total generation [MWh].
    export_mwh : float
        Energy sent through the export cable, including storage discharge [MWh].
    electrolyzer_mwh : float
        Electricity into the electrolyser [MWh].
    hydrogen_t : float
        Hydrogen produced, ``electrolyzer_mwh / kwh_per_kg`` [t].
    storage_charged_mwh : float
        Energy taken in by storage at its terminals [MWh].
    storage_throughput_mwh : float
        Energy delivered by storage at its terminals (discharge) [MWh].
    storage_losses_mwh : float
        Charge plus discharge losses [MWh].
    storage_delta_mwh : float
        Stored energy at the end minus at the start [MWh].
    curtailed_mwh : float
        Generation that could go nowhere [MWh].
    no_generation : bool
        True when there was nothing to dispatch (all zeros mean "no generation").
    messages : list of str
        What the result could not do or had to assume.
    settings : dict
        Capacities and assumptions used.
    """

    hourly: pd.DataFrame
    wind_mwh: float
    pv_mwh: float
    ocean_mwh: float
    generation_mwh: float
    export_mwh: float
    electrolyzer_mwh: float
    hydrogen_t: float
    storage_charged_mwh: float
    storage_throughput_mwh: float
    storage_losses_mwh: float
    storage_delta_mwh: float
    curtailed_mwh: float
    no_generation: bool
    messages: list = field(default_factory=list)
    settings: dict = field(default_factory=dict)

    def monthly_mwh(self, columns) -> pd.DataFrame:
        """Energy per calendar month [MWh] of hourly ``columns`` (each month's mean over the years of the series)."""
        hourly = self.hourly[list(columns)]
        years = float(self.settings.get("years", 1.0))
        return hourly.groupby(hourly.index.month).sum() / years

    @property
    def balance_residual_mwh(self) -> float:
        """generation - (export + electrolyser + losses + curtailment + change in storage) [MWh]; ~0."""
        return self.generation_mwh - (self.export_mwh + self.electrolyzer_mwh + self.storage_losses_mwh
                                      + self.curtailed_mwh + self.storage_delta_mwh)

    def to_dict(self) -> dict:
        """The CONTRACT.md ``island`` keys plus the other annual figures (no hourly data)."""
        return {
            "wind_mwh": self.wind_mwh, "pv_mwh": self.pv_mwh, "ocean_mwh": self.ocean_mwh,
            "generation_mwh": self.generation_mwh, "export_mwh": self.export_mwh,
            "electrolyzer_mwh": self.electrolyzer_mwh, "hydrogen_t": self.hydrogen_t,
            "storage_throughput_mwh": self.storage_throughput_mwh,
            "storage_charged_mwh": self.storage_charged_mwh, "storage_losses_mwh": self.storage_losses_mwh,
            "storage_delta_mwh": self.storage_delta_mwh, "curtailed_mwh": self.curtailed_mwh,
            "status": "no_generation" if self.no_generation else "ok",
            "messages": list(self.messages), "settings": dict(self.settings),
        }


@dataclass
class IslandDesign:
    """The hub and the capacities of its member components, read from a layer.

    Attributes
    ----------
    hub_id : str or None
    hub_name : str
    hub_lon, hub_lat : float
        Hub position [deg] (the centroid of the members when there is no hub).
    wind_units : list of dict
        One per wind component: ``comp_id``, ``capacity_mw``, ``turbine_type``, ``hub_height_m``.
    pv_mw, ocean_mw : float
        Offshore PV (DC nameplate) [MWp] and ocean-energy capacity [MW].
    cable_mw, electrolyzer_mw, storage_power_mw : float
        [MW]
    storage_energy_mwh : float
        [MWh]
    built_share : dict
        kind -> ``{"planned_mw", "built_mw", "built_share"}`` over all
        members (planned + built), capacity weighted; ``built_share`` is None
        for a kind with no capacity.
    included_status : str
        ``"all"`` (planned and built) or ``"built"``.
    messages : list of str
    """

    hub_id: str | None
    hub_name: str
    hub_lon: float
    hub_lat: float
    wind_units: list
    pv_mw: float
    ocean_mw: float
    cable_mw: float
    electrolyzer_mw: float
    storage_power_mw: float
    storage_energy_mwh: float
    built_share: dict
    included_status: str = "all"
    messages: list = field(default_factory=list)

    @property
    def wind_mw(self) -> float:
        return float(sum(u["capacity_mw"] for u in self.wind_units))


# ---------------------------------------------------------------------------
# the balance (pure)


def _as_power_series(values, name: str, index) -> np.ndarray:
    arr = np.asarray(values if values is not None else np.zeros(len(index)), dtype=float)
    if arr.shape != (len(index),):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected {n_index} hourly values [MW], got shape "
                                                    "{shape}"), code="hourly_values_mw_shape", name=name,
                         n_index=len(index), shape=arr.shape)
    if not np.all(np.isfinite(arr)):
        bad = int(np.flatnonzero(~np.isfinite(arr))[0])
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected finite power [MW], got {arr} at hour {bad} "
                                                    "({index})"), code="finite_power_mw_hour", name=name,
                         arr=arr[bad], bad=bad, index=index[bad])
    if np.any(arr < -1e-9):
        bad = int(np.flatnonzero(arr < -1e-9)[0])
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected generation >= 0 MW, got {arr:.4g} at hour "
                                                    "{bad} ({index})"), code="generation_mw_hour", name=name,
                         arr=arr[bad], bad=bad, index=index[bad])
    return np.clip(arr, 0.0, None)


def _capacity(value, name: str, unit: str = "MW") -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected a number [{unit}], got {value!r}"),
                         code="number", name=name, unit=unit, value=value) from None
    if not math.isfinite(number) or number < 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{name}: expected a capacity >= 0 {unit}, got {value!r}"),
                         code="capacity", name=name, unit=unit, value=value)
    return number


def island_balance(wind_mw, pv_mw=None, ocean_mw=None, *, cable_mw: float, electrolyzer_mw: float,
                   storage_power_mw: float, storage_energy_mwh: float, index=None,
                   kwh_per_kg: float | None = None, min_load_fraction: float | None = None,
                   round_trip_efficiency: float | None = None, initial_soc_fraction: float | None = None,
                   overrides: dict | None = None) -> IslandBalance:
    """Dispatch hourly generation through cable, electrolyser, storage and curtailment.

    Parameters
    ----------
    wind_mw, pv_mw, ocean_mw : array-like or pandas.Series
        Hourly mean generation by source [MW]; ``None`` for none. Series
        give the index when ``index`` is not given.
    cable_mw : float
        Export cable rating [MW].
    electrolyzer_mw : float
        Electrolyser rated input power [MW].
    storage_power_mw : float
        Storage charge and discharge power limit at its terminals [MW].
    storage_energy_mwh : float
        Storage energy capacity [MWh].
    index : pandas.DatetimeIndex, optional
        Hour labels; default the index of the first Series given, else a
        range of hours.
    kwh_per_kg : float, optional
        Electrolyser system consumption [kWh/kg]; default ``island.electrolyzer_kwh_per_kg``.
    min_load_fraction : float, optional
        Electrolyser minimum load [fraction of rated]; default ``island.electrolyzer_min_load_fraction``.
    round_trip_efficiency : float, optional
        Storage AC-AC efficiency [-], split as ``sqrt`` into charge and
        discharge; default ``island.storage_round_trip_efficiency``.
    initial_soc_fraction : float, optional
        Stored energy at the start [fraction of ``storage_energy_mwh``];
        default ``island.storage_initial_soc_fraction``.
    overrides : dict, optional
        Assumption overrides (``{"island.electrolyzer_kwh_per_kg": 52}``).

    Returns
    -------
    IslandBalance

    Raises
    ------
    InputError
        Negative or non-finite generation, negative capacities, efficiencies
        outside (0, 1].

    Notes
    -----
    Hour by hour, with ``G`` generation: export ``min(G, cable)``; of the
    rest, the electrolyser takes ``min(rest, rated)`` when ``rest`` reaches
    its minimum load, otherwise storage may discharge to bring it to minimum
    load (if it can for the whole hour), otherwise it stays off; then
    storage charges with what is left (power and energy limits,
    ``eta_c = sqrt(rte)``), and the remainder is curtailed. An hour with no
    surplus lets storage discharge (``eta_d = sqrt(rte)``) into the cable's
    headroom. Losses are counted where they occur so the balance closes.
    """
    def ask(value, key):
        return float(assumptions.value(f"island.{key}", overrides) if value is None else value)

    kwh_per_kg = ask(kwh_per_kg, "electrolyzer_kwh_per_kg")
    min_load_fraction = ask(min_load_fraction, "electrolyzer_min_load_fraction")
    rte = ask(round_trip_efficiency, "storage_round_trip_efficiency")
    soc0_fraction = ask(initial_soc_fraction, "storage_initial_soc_fraction")
    if not kwh_per_kg > 0:
        raise InputError(QT_TRANSLATE_NOOP("Error", "electrolyser consumption: expected > 0 kWh/kg, got "
                                                    "{kwh_per_kg}"), code="electrolyser_consumption_kwh_kg",
                         kwh_per_kg=kwh_per_kg)
    if not 0 <= min_load_fraction <= 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "electrolyser minimum load: expected a fraction 0..1, got "
                                                    "{min_load_fraction}"), code="electrolyser_minimum_load_fraction",
                         min_load_fraction=min_load_fraction)
    if not 0 < rte <= 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "storage round-trip efficiency: expected 0 < rte <= 1, got "
                                                    "{rte}"), code="storage_round_trip_efficiency", rte=rte)
    if not 0 <= soc0_fraction <= 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "storage initial state of charge: expected a fraction 0..1, "
                                                    "got {soc0_fraction}"), code="storage_initial_state_charge",
                         soc0_fraction=soc0_fraction)
    cable = _capacity(cable_mw, "export cable")
    el_rated = _capacity(electrolyzer_mw, "electrolyser")
    st_power = _capacity(storage_power_mw, "storage power")
    st_energy = _capacity(storage_energy_mwh, "storage energy", "MWh")

    if index is None:
        for series in (wind_mw, pv_mw, ocean_mw):
            if isinstance(series, pd.Series):
                index = series.index
                break
    if index is None:
        first = next((s for s in (wind_mw, pv_mw, ocean_mw) if s is not None), None)
        if first is None:
            raise InputError(QT_TRANSLATE_NOOP("Error", "island balance: expected at least one hourly generation "
                                                        "series, got none"), code="island_balance_least_hourly")
        index = pd.RangeIndex(len(np.asarray(first)))
    wind = _as_power_series(wind_mw, "wind generation", index)
    pv = _as_power_series(pv_mw, "PV generation", index)
    ocean = _as_power_series(ocean_mw, "ocean-energy generation", index)
    generation = wind + pv + ocean

    messages: list[str] = []
    if st_power > 0 and st_energy == 0:
        messages.append(Message(QT_TRANSLATE_NOOP("Note", "storage has power but 0 MWh energy capacity: it cannot "
                                                          "store anything")))
    if st_energy > 0 and st_power == 0:
        messages.append(Message(QT_TRANSLATE_NOOP("Note", "storage has energy but 0 MW power: it cannot charge or "
                                                          "discharge")))
    if cable == 0:
        messages.append(Message(QT_TRANSLATE_NOOP("Note", "export cable capacity is 0 MW: nothing is exported; "
                                                          "generation goes to the electrolyser, storage or is "
                                                          "curtailed")))
    no_generation = not np.any(generation > 0)
    if no_generation:
        messages.append(Message(QT_TRANSLATE_NOOP("Note", "no generation: the island has no wind, PV or "
                                                          "ocean-energy output; all figures are zero because there "
                                                          "is nothing to dispatch")))

    eta_c = eta_d = math.sqrt(rte)
    el_min = min_load_fraction * el_rated
    n = len(generation)
    export = np.zeros(n)
    electrolyzer = np.zeros(n)
    charge = np.zeros(n)
    discharge = np.zeros(n)
    loss = np.zeros(n)
    curtailed = np.zeros(n)
    soc_end = np.zeros(n)
    soc = soc0_fraction * st_energy
    for h in range(n):
        g = generation[h]
        exp = min(g, cable)
        rest = g - exp
        el = 0.0
        dis = 0.0
        if el_rated > 0 and rest >= el_min and rest > 0:
            el = min(rest, el_rated)
            rest -= el
        elif el_rated > 0 and rest > 0:
            # Too little for the electrolyser on its own: top up from storage
            # for the whole hour if it can, so the surplus is not lost.
            need = el_min - rest
            if need <= st_power and need / eta_d <= soc:
                dis = need
                soc -= need / eta_d
                el = el_min
                rest = 0.0
        chg = 0.0
        if rest > 0 and st_energy > 0:
            chg = min(rest, st_power, max(st_energy - soc, 0.0) / eta_c)
            soc += chg * eta_c
            rest -= chg
        if g - exp <= 0 and dis == 0 and cable > exp:
            # No surplus this hour: fill the cable's headroom from storage.
            dis = min(cable - exp, st_power, soc * eta_d)
            soc -= dis / eta_d
            exp += dis
        export[h] = exp
        electrolyzer[h] = el
        charge[h] = chg
        discharge[h] = dis
        loss[h] = chg * (1.0 - eta_c) + dis * (1.0 / eta_d - 1.0)
        curtailed[h] = rest
        soc_end[h] = soc
    soc_start = soc0_fraction * st_energy

    hourly = pd.DataFrame({
        "wind_mw": wind, "pv_mw": pv, "ocean_mw": ocean, "generation_mw": generation, "export_mw": export,
        "electrolyzer_mw": electrolyzer, "storage_charge_mw": charge, "storage_discharge_mw": discharge,
        "storage_loss_mw": loss, "curtailed_mw": curtailed, "soc_mwh": soc_end,
    }, index=index)
    years = years_covered(index)  # several years of weather: per-year means, the balance still closes

    def per_year(series) -> float:
        return float(np.sum(series)) / years

    electrolyzer_mwh = per_year(electrolyzer)
    return IslandBalance(
        hourly=hourly,
        wind_mwh=per_year(wind), pv_mwh=per_year(pv), ocean_mwh=per_year(ocean),
        generation_mwh=per_year(generation), export_mwh=per_year(export),
        electrolyzer_mwh=electrolyzer_mwh,
        # MWh * 1000 kWh/MWh / (kWh/kg) = kg; / 1000 = t
        hydrogen_t=electrolyzer_mwh / kwh_per_kg,
        storage_charged_mwh=per_year(charge), storage_throughput_mwh=per_year(discharge),
        storage_losses_mwh=per_year(loss), storage_delta_mwh=float(soc_end[-1] - soc_start) / years if n else 0.0,
        curtailed_mwh=per_year(curtailed), no_generation=bool(no_generation), messages=messages,
        settings={"cable_mw": cable, "electrolyzer_mw": el_rated, "storage_power_mw": st_power,
                  "storage_energy_mwh": st_energy, "electrolyzer_kwh_per_kg": kwh_per_kg,
                  "electrolyzer_min_load_fraction": min_load_fraction, "storage_round_trip_efficiency": rte,
                  "storage_initial_soc_fraction": soc0_fraction, "hours": n, "years": years},
    )


# ---------------------------------------------------------------------------
# ocean energy profile


def tidal_stream_profile(index, capacity_factor: float | None = None, overrides: dict | None = None) -> pd.Series:
    """Hourly output of a tidal-stream turbine per MW rated [MW/MW].

    The current speed is the sum of the M2 and S2 semidiurnal constituents,
    ``u(t) = |cos(w_M2 t) + r cos(w_S2 t)| / (1 + r)`` (so spring-neap
    modulation follows from their beat, 14.77 days), and power follows
    ``min(1, (u / u_rated)^3)``: cubic below the rated speed, flat above it.
    ``u_rated`` is found by bisection so that the mean output equals the
    documented capacity factor. Phase is arbitrary (t = 0 at the first hour):
    without a local harmonic analysis only the statistics are meaningful.

    Parameters
    ----------
    index : pandas.DatetimeIndex or sequence
        Hour labels (hourly spacing assumed).
    capacity_factor : float, optional
        Mean output / rated [-]; default ``island.tidal_capacity_factor``.
    overrides : dict, optional
        Assumption overrides.

    Returns
    -------
    pandas.Series
        Output per MW rated [MW/MW], in [0, 1].

    References
    ----------
    .. [1] Neill and Hashemi (2018), ch. 3 (constituents) and ch. 6 (power).
    """
    cf = float(assumptions.value("island.tidal_capacity_factor", overrides) if capacity_factor is None else capacity_factor)
    if not 0 < cf < 1:
        raise InputError(QT_TRANSLATE_NOOP("Error", "tidal capacity factor: expected 0 < cf < 1, got {cf}"),
                         code="tidal_capacity_factor_cf", cf=cf)
    m2 = float(assumptions.value("island.tidal_m2_period_h", overrides))
    s2 = float(assumptions.value("island.tidal_s2_period_h", overrides))
    ratio = float(assumptions.value("island.tidal_s2_m2_ratio", overrides))
    # Sub-hourly sampling (10 min) so that the hourly mean sees the peaks.
    hours = np.arange(len(index))[:, None] + (np.arange(6)[None, :] + 0.5) / 6.0
    speed = np.abs(np.cos(2 * np.pi * hours / m2) + ratio * np.cos(2 * np.pi * hours / s2)) / (1.0 + ratio)

    def mean_output(u_rated: float) -> float:
        return float(np.minimum(1.0, (speed / u_rated) ** 3).mean())

    lo, hi = 1e-3, 1.0  # mean_output falls as u_rated rises
    if mean_output(hi) > cf:
        raise InputError(QT_TRANSLATE_NOOP("Error", "tidal capacity factor {cf} is below what a turbine rated at "
                                                    "peak current gives ({mean_output:.3f}); expected a larger "
                                                    "capacity factor"), code="tidal_capacity_factor_below", cf=cf,
                         mean_output=mean_output(hi))
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if mean_output(mid) > cf:
            lo = mid
        else:
            hi = mid
    u_rated = 0.5 * (lo + hi)
    per_mw = np.minimum(1.0, (speed / u_rated) ** 3).mean(axis=1)
    return pd.Series(per_mw, index=index, name="ocean_mw_per_mw")


# ---------------------------------------------------------------------------
# reading the layer


def _clean_status(value, comp_id) -> str:
    status = str(value).strip().lower() if value is not None and not (isinstance(value, float) and math.isnan(value)) else ""
    if status not in ISLAND_COMPONENT_STATUSES:
        raise InputError(QT_TRANSLATE_NOOP("Error", "island component {comp_id}: status expected one of "
                                                    "{island_component_statuses}, got {value!r}"),
                         code="island_component_status", comp_id=comp_id,
                         island_component_statuses=Listing(ISLAND_COMPONENT_STATUSES), value=value)
    return status


def _number_or_zero(value) -> float:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return 0.0
    return float(value)


def design_from_components(components, sites=None, hub_id: str | None = None, include: str = "all",
                           overrides: dict | None = None) -> IslandDesign:
    """Read the hub and member capacities from an ``island_components`` frame.

    Parameters
    ----------
    components : geopandas.GeoDataFrame
        Columns ``comp_id, name, kind, site_id, capacity_mw, energy_mwh,
        status, hub_id`` (see :mod:`app.sample.demo`), EPSG:4490.
    sites : geopandas.GeoDataFrame, optional
        ``candidate_sites``: a wind component's ``site_id`` gives its
        ``turbine_type`` and ``hub_height_m``.
    hub_id : str, optional
        Which hub; default the first hub in the layer.
    include : {'all', 'built'}
        Balance the whole design (planned and built) or only what is built.

    Returns
    -------
    IslandDesign

    Raises
    ------
    InputError
        Missing columns, unknown kinds or statuses, negative capacities,
        an unknown ``hub_id``.
    """
    if include not in ("all", "built"):
        raise InputError(QT_TRANSLATE_NOOP("Error", "include: expected 'all' or 'built', got {include!r}"),
                         code="include_all_built", include=include)
    required = ("comp_id", "kind", "capacity_mw", "status")
    missing = [c for c in required if c not in components.columns]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP("Error", "island_components: expected columns {required}, missing "
                                                    "{missing}"), code="island_components_columns_missing",
                         required=Listing(required), missing=Listing(missing))
    frame = components.copy()
    messages: list[str] = []
    unknown = sorted(set(frame["kind"].astype(str)) - set(ISLAND_COMPONENT_KINDS))
    if unknown:
        raise InputError(QT_TRANSLATE_NOOP("Error", "island_components: kind expected one of "
                                                    "{island_component_kinds}, got {unknown}"),
                         code="island_components_kind", island_component_kinds=Listing(ISLAND_COMPONENT_KINDS),
                         unknown=Listing(unknown))
    hubs = frame[frame["kind"] == "hub"]
    hub_row = None
    if hub_id is not None:
        if hub_id not in set(hubs["comp_id"].astype(str)):
            raise InputError(QT_TRANSLATE_NOOP("Error", "hub {hub_id!r} not found; hubs in the layer: {value}"),
                             code="hub_found_hubs_layer", hub_id=hub_id,
                             value=listing_or_none(hubs['comp_id']))
        hub_row = hubs[hubs["comp_id"].astype(str) == hub_id].iloc[0]
    elif len(hubs):
        hub_row = hubs.iloc[0]
        if len(hubs) > 1:
            messages.append(Message(QT_TRANSLATE_NOOP("Note", "{n_hubs} hubs in the layer; balancing {comp_id} "
                                                              "(choose with hub_id)"), n_hubs=len(hubs),
                                    comp_id=hub_row['comp_id']))
    else:
        messages.append(Message(QT_TRANSLATE_NOOP("Note", "no hub in island_components: all components are "
                                                          "balanced together")))
    if hub_row is not None and "hub_id" in frame.columns:
        hid = str(hub_row["comp_id"])
        members = frame[(frame["hub_id"].astype(str) == hid) | (frame["comp_id"].astype(str) == hid)]
    else:
        members = frame
    sites_by_id = {}
    if sites is not None and len(sites) and "site_id" in sites.columns:
        sites_by_id = {str(r["site_id"]): r for _, r in sites.iterrows()}

    built_share: dict = {}
    wind_units: list = []
    totals = {k: 0.0 for k in ISLAND_COMPONENT_KINDS}
    storage_energy = 0.0
    for _, row in members.iterrows():
        comp_id = row["comp_id"]
        kind = str(row["kind"])
        status = _clean_status(row["status"], comp_id)
        cap = _capacity(_number_or_zero(row["capacity_mw"]), f"island component {comp_id} capacity_mw")
        energy = _capacity(_number_or_zero(row.get("energy_mwh")), f"island component {comp_id} energy_mwh", "MWh")
        if kind == "hub":
            continue
        share = built_share.setdefault(kind, {"planned_mw": 0.0, "built_mw": 0.0})
        share["built_mw" if status == "built" else "planned_mw"] += cap
        if include == "built" and status != "built":
            continue
        totals[kind] += cap
        if kind == "storage":
            storage_energy += energy
        if kind == "wind_offshore" and cap > 0:
            site = sites_by_id.get(str(row.get("site_id")))
            turbine = site.get("turbine_type") if site is not None else None
            hub_height = site.get("hub_height_m") if site is not None else None
            if not (isinstance(turbine, str) and turbine):
                from app.resource.turbines import default_offshore_turbine  # the one offshore default (wind.json)

                default = default_offshore_turbine(overrides)
                turbine, hub_height = default.name, default.default_hub_height_m
            hub_height = float(hub_height) if hub_height is not None and not pd.isna(hub_height) and float(hub_height) > 0 \
                else resolve_hub_height(turbine)
            wind_units.append({"comp_id": str(comp_id), "capacity_mw": cap, "turbine_type": turbine,
                               "hub_height_m": hub_height})
    for share in built_share.values():
        total = share["planned_mw"] + share["built_mw"]
        share["built_share"] = share["built_mw"] / total if total > 0 else None

    if hub_row is not None and hub_row.geometry is not None:
        point = hub_row.geometry.centroid
    elif len(members) and hasattr(members, "geometry"):
        point = members.geometry.union_all().centroid
    else:
        point = None
    hub_lon, hub_lat = (float(point.x), float(point.y)) if point is not None and not point.is_empty else (float("nan"),) * 2
    return IslandDesign(
        hub_id=str(hub_row["comp_id"]) if hub_row is not None else None,
        hub_name=str(hub_row.get("name", "")) if hub_row is not None else "",
        hub_lon=hub_lon, hub_lat=hub_lat, wind_units=wind_units,
        pv_mw=totals["pv_offshore"], ocean_mw=totals["ocean_energy"], cable_mw=totals["export_cable"],
        electrolyzer_mw=totals["electrolyzer"], storage_power_mw=totals["storage"],
        storage_energy_mwh=storage_energy, built_share=built_share, included_status=include, messages=messages,
    )


def design_from_project(project, hub_id: str | None = None, include: str = "all",
                        overrides: dict | None = None) -> IslandDesign:
    """:func:`design_from_components` on a project's ``island_components`` and ``candidate_sites``."""
    names = [layer.name for layer in project.layers]
    if "island_components" not in names:
        raise InputError(QT_TRANSLATE_NOOP("Error", "the project has no 'island_components' layer (layers: "
                                                    "{value}); expected the hub and its components as a layer"),
                         code="project_island_components_layer", value=listing_or_none(names))
    components = project.vector("island_components").gdf
    sites = project.vector("candidate_sites").gdf if "candidate_sites" in names else None
    return design_from_components(components, sites, hub_id=hub_id, include=include, overrides=overrides)


# ---------------------------------------------------------------------------
# generation from the yield engine


def offshore_pv_per_mw(weather, latitude: float, longitude: float, overrides: dict | None = None) -> pd.Series:
    """Hourly AC output of offshore PV per MWp DC [MW/MWp], from the PV chain (float mount)."""
    from app.resource.pv import pv_yield

    result = pv_yield(latitude, longitude, kwp=1000.0,
                      tilt=float(assumptions.value("island.pv_offshore_tilt_deg", overrides)),
                      azimuth=float(assumptions.value("island.pv_offshore_azimuth_deg", overrides)),
                      mount=str(assumptions.value("island.pv_offshore_mount", overrides)),
                      weather=weather, keep_hourly=True)
    return (result.hourly_ac_kw / 1000.0).rename("pv_mw_per_mwp")


def offshore_wind_per_mw(weather, turbine_type: str, hub_height_m: float, overrides: dict | None = None) -> pd.Series:
    """Hourly output of an offshore wind farm per MW installed [MW/MW].

    One turbine of ``turbine_type`` at ``hub_height_m`` from the yield
    engine's windpowerlib chain over sea roughness, divided by its rating
    and reduced by the loss waterfall of offshore sites
    (:func:`app.resource.wind.loss_waterfall`): the wake loss of a typical
    layout (``island.wind_farm_loss_fraction``), then the documented
    availability, electrical and other losses.
    """
    from app.resource.wind import loss_waterfall, wind_yield

    # The yield engine's 'sea' roughness preset (wind.roughness_sea), so the
    # island and `lygsite wind --roughness sea` agree.
    # the island chose its wind already (island_generation): the weather runs as given
    result = wind_yield(turbine_type, hub_height_m, weather=weather, roughness="sea", keep_hourly=True,
                        documented_climate=False)
    wake_pct = 100.0 * float(assumptions.value("island.wind_farm_loss_fraction", overrides))
    kept = loss_waterfall(1.0, wake_pct, offshore=True, overrides=overrides).net_mwh
    return (result.hourly_kw / result.nominal_power_kw * kept).rename("wind_mw_per_mw")


def resolve_hub_height(turbine_type: str) -> float:
    """The listed hub height of a turbine type [m] (a wind component whose site gives none)."""
    from app.resource.turbines import resolve_turbine

    return resolve_turbine(turbine_type).default_hub_height_m


def island_generation(design: IslandDesign, weather=None, overrides: dict | None = None,
                      progress=None, scale_wind_to_offshore: bool = True) -> tuple[pd.DataFrame, str]:
    """Hourly generation [MW] by source for a design over a weather year.

    Wind and PV both see :func:`app.resource.wind.offshore_wind_weather` (the station's hourly wind
    mapped onto the documented open-sea climate) unless ``scale_wind_to_offshore`` is False.

    Returns
    -------
    (pandas.DataFrame, str)
        Columns ``wind_mw, pv_mw, ocean_mw``; and the weather's source.
    """
    from app.core.errors import CancelledError
    from app.resource.weather import default_weather

    def step(fraction, text):
        if progress is not None and progress(fraction, text) is False:
            raise CancelledError(QT_TRANSLATE_NOOP("Error", "island balance cancelled; nothing was changed"),
                                 code="island_balance_cancelled_nothing")

    weather = weather or default_weather()
    if scale_wind_to_offshore:
        weather, _factor = offshore_wind_weather(weather, overrides)
    index = weather.data.index
    lat = design.hub_lat if math.isfinite(design.hub_lat) else weather.latitude
    lon = design.hub_lon if math.isfinite(design.hub_lon) else weather.longitude
    wind = pd.Series(0.0, index=index)
    by_turbine: dict = {}
    for i, unit in enumerate(design.wind_units):
        step(0.1 + 0.5 * i / max(1, len(design.wind_units)), Message(QT_TRANSLATE_NOOP("Progress", "wind {comp_id}"),
                                                                     comp_id=unit['comp_id']))
        key = (unit["turbine_type"], unit["hub_height_m"])
        if key not in by_turbine:
            by_turbine[key] = offshore_wind_per_mw(weather, *key, overrides=overrides)
        wind = wind + by_turbine[key].to_numpy() * unit["capacity_mw"]
    step(0.6, Message(QT_TRANSLATE_NOOP("Progress", "offshore PV")))
    pv = offshore_pv_per_mw(weather, lat, lon, overrides) * design.pv_mw if design.pv_mw > 0 else pd.Series(0.0, index=index)
    step(0.8, Message(QT_TRANSLATE_NOOP("Progress", "ocean energy")))
    ocean = tidal_stream_profile(index, overrides=overrides) * design.ocean_mw if design.ocean_mw > 0 else pd.Series(0.0, index=index)
    frame = pd.DataFrame({"wind_mw": wind.to_numpy(), "pv_mw": pv.to_numpy(), "ocean_mw": ocean.to_numpy()}, index=index)
    return frame, weather.source


@dataclass
class IslandRun:
    """An island run on a project: the design it read and the balance."""

    design: IslandDesign
    balance: IslandBalance
    weather_source: str

    def to_dict(self) -> dict:
        """JSON document of ``lygsite island`` (CONTRACT.md keys first)."""
        doc = self.balance.to_dict()
        doc["messages"] = list(self.design.messages) + doc["messages"]
        doc.update({
            "weather_source": self.weather_source, "hub_id": self.design.hub_id, "hub_name": self.design.hub_name,
            "included_status": self.design.included_status,
            "capacity_mw": {"wind_offshore": self.design.wind_mw, "pv_offshore": self.design.pv_mw,
                            "ocean_energy": self.design.ocean_mw, "export_cable": self.design.cable_mw,
                            "electrolyzer": self.design.electrolyzer_mw, "storage": self.design.storage_power_mw},
            "storage_energy_mwh": self.design.storage_energy_mwh,
            "built_share": self.design.built_share,
        })
        return doc


def run_island(project, weather=None, hub_id: str | None = None, include: str = "all",
               overrides: dict | None = None, progress=None, scale_wind_to_offshore: bool = True) -> IslandRun:
    """Read the island from ``project``, build hourly generation, balance it.

    Parameters
    ----------
    project : app.project.Project
    weather : app.resource.weather.Weather, optional
        Default: the project's weather (:func:`app.project.weather.project_weather`),
        the built-in Lianyungang typical year when it has none.
    hub_id, include
        See :func:`design_from_components`.
    overrides : dict, optional
        Assumption overrides.
    progress : callable, optional
        ``progress(fraction, text)``; returning False cancels.
    scale_wind_to_offshore : bool
        See :func:`app.resource.wind.offshore_wind_weather`.

    Returns
    -------
    IslandRun
    """
    from app.project.weather import resolve_weather

    design = design_from_project(project, hub_id=hub_id, include=include, overrides=overrides)
    weather = resolve_weather(weather, project)
    generation, source = island_generation(design, weather, overrides, progress, scale_wind_to_offshore)
    balance = island_balance(generation["wind_mw"], generation["pv_mw"], generation["ocean_mw"],
                             cable_mw=design.cable_mw, electrolyzer_mw=design.electrolyzer_mw,
                             storage_power_mw=design.storage_power_mw,
                             storage_energy_mwh=design.storage_energy_mwh, overrides=overrides)
    if progress is not None:
        progress(1.0, Message(QT_TRANSLATE_NOOP("Progress", "done")))
    return IslandRun(design=design, balance=balance, weather_source=source)
