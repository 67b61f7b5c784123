"""The wind climate a wind-farm yield uses: the joint distribution of direction and speed at hub height.

A :class:`WindClimate` holds the frequency of each (direction sector, speed
bin) pair at one height, summing to 1, and says where it comes from. It is
built

- from an hourly :class:`~app.resource.weather.Weather`
  (:func:`climate_from_weather`): hub-height speeds from windpowerlib's
  profile (the same as the single-turbine chain), directions from the
  weather's ``wind_direction``; where the weather has none, or only filler
  values between synoptic observations (CSWD files), from the documented
  monthly direction table of the Lianyungang coast
  (``app/resources/climate/lianyungang_wind_direction.json``);
- from a Weibull distribution per sector (:func:`climate_from_weibull`),
  as the documented climates (:func:`documented_climate`): offshore,
  Haizhou Bay (``app/resources/climate/haizhou_bay_offshore_wind.json``);
  onshore, the Lianyungang coastal plain
  (``app/resources/climate/lianyungang_onshore_wind.json``), used instead of
  a land station's 10 m wind lifted to hub height.

:meth:`WindClimate.fine` spreads each sector's frequency evenly over the
directions it covers (as PyWake's ``UniformWeibullSite`` does), which is what
the wake calculation runs on; :meth:`WindClimate.to_json` is the
``wind_climate`` block of ``lygsite windfarm --json`` so that an outside check
can recompute the wakes from exactly what the yield used.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from app.core import assumptions
from app.core.assumptions import RESOURCES_DIR
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Listing, Message

DIRECTION_TABLE_PATH = RESOURCES_DIR / "climate" / "lianyungang_wind_direction.json"
OFFSHORE_CLIMATE_PATH = RESOURCES_DIR / "climate" / "haizhou_bay_offshore_wind.json"
ONSHORE_CLIMATE_PATH = RESOURCES_DIR / "climate" / "lianyungang_onshore_wind.json"
#: The documented climates by terrain: file and the name results give them.
DOCUMENTED_CLIMATES = {
    "offshore": (OFFSHORE_CLIMATE_PATH, QT_TRANSLATE_NOOP("Weather", "Haizhou Bay offshore climate")),
    "onshore": (ONSHORE_CLIMATE_PATH, QT_TRANSLATE_NOOP("Weather", "Lianyungang coastal-plain onshore climate")),
}
#: Wind below this speed has no direction (a calm) [m/s].
CALM_MS = 0.5
#: Hour-to-hour direction change above which an hourly direction series is
#: not a physical record [deg]: measured hourly directions change by a
#: median of 10-25 deg; independent random values by 90 deg.
FILLER_MEDIAN_CHANGE_DEG = 45.0
#: A Weibull climate's speed bins stop where less than this share of the time lies above [-].
TAIL_PROBABILITY = 1e-3


@dataclass(frozen=True)
class WindClimate:
    """Joint distribution of wind direction and speed at one height.

    Attributes
    ----------
    height_m : float
        Height the speeds refer to [m] (the hub height for a yield).
    sector_centres_deg : numpy.ndarray, shape (n_sectors,)
        Direction sectors the wind blows from [deg clockwise from north],
        equally wide, the first centred on north.
    speed_centres_ms : numpy.ndarray, shape (n_speeds,)
        Speed bin centres [m/s], equally spaced from 0.
    frequency : numpy.ndarray, shape (n_sectors, n_speeds)
        Frequency of each (sector, speed bin) [-], summing to 1.
    source : str
        Where the speeds and the directions come from.
    speed_uncertainty_pct : float or None
        One standard deviation of the mean speed [%] where the source states it.
    notes : tuple of str
    """

    height_m: float
    sector_centres_deg: np.ndarray
    speed_centres_ms: np.ndarray
    frequency: np.ndarray
    source: str
    speed_uncertainty_pct: float | None = None
    notes: tuple = field(default=(), compare=False)

    def __post_init__(self):
        freq = np.asarray(self.frequency, dtype=float)
        if freq.shape != (len(self.sector_centres_deg), len(self.speed_centres_ms)):
            raise ValueError(f"frequency shape {freq.shape} does not match {len(self.sector_centres_deg)} sectors x "
                             f"{len(self.speed_centres_ms)} speeds")
        if (freq < 0).any() or not np.isclose(freq.sum(), 1.0, atol=1e-9):
            raise ValueError(f"frequency must be >= 0 and sum to 1, sums to {freq.sum()}")

    # -- summaries ------------------------------------------------------------
    @property
    def sector_width_deg(self) -> float:
        return 360.0 / len(self.sector_centres_deg)

    @property
    def speed_bin_ms(self) -> float:
        s = self.speed_centres_ms
        return float(s[1] - s[0]) if len(s) > 1 else 1.0

    @property
    def sector_frequency(self) -> np.ndarray:
        """Frequency of each sector [-] (sums to 1)."""
        return self.frequency.sum(axis=1)

    @property
    def mean_speed_ms(self) -> float:
        """Mean wind speed [m/s] (bin centres)."""
        return float((self.frequency.sum(axis=0) * self.speed_centres_ms).sum())

    def energy_rose(self) -> np.ndarray:
        """Share of the wind's kinetic energy flux (sum of v^3) per sector [-]."""
        e = (self.frequency * self.speed_centres_ms[None, :] ** 3).sum(axis=1)
        return e / e.sum() if e.sum() > 0 else self.sector_frequency

    def prevailing_axis_deg(self) -> float:
        """Principal axis of the energy rose [deg, 0..180]: the row direction that
        serves the strongest winds from both ends (doubled-angle circular mean)."""
        e = self.energy_rose()
        doubled = np.radians(2.0 * self.sector_centres_deg)
        angle = 0.5 * math.degrees(math.atan2(float((e * np.sin(doubled)).sum()), float((e * np.cos(doubled)).sum())))
        return angle % 180.0

    def rose(self, sectors: int = 16) -> tuple[np.ndarray, np.ndarray]:
        """Sector centres [deg] and frequencies [-] on ``sectors`` equal sectors (for charts)."""
        centres = np.arange(sectors) * 360.0 / sectors
        weights = _overlap_matrix(centres, 360.0 / sectors, self.sector_centres_deg, self.sector_width_deg)
        return centres, weights @ self.sector_frequency

    # -- the wake grid ---------------------------------------------------------
    def fine(self, step_deg: float) -> tuple[np.ndarray, np.ndarray]:
        """Directions every ``step_deg`` and the joint frequency on them.

        Each sector's frequency is spread evenly over the directions it
        covers (a fine direction straddling two sectors takes its share of
        each), so the result still sums to 1.

        Returns
        -------
        directions_deg : numpy.ndarray, shape (n,)
        frequency : numpy.ndarray, shape (n, n_speeds)
        """
        if not (0 < step_deg <= self.sector_width_deg and abs(360.0 / step_deg - round(360.0 / step_deg)) < 1e-9):
            raise InputError(QT_TRANSLATE_NOOP("Error", "direction step: expected a divisor of 360 deg no wider "
                                                        "than the {sector_width_deg:g} deg sectors, got "
                                                        "{step_deg!r}"), code="direction_step_divisor_deg",
                             sector_width_deg=self.sector_width_deg, step_deg=step_deg)
        directions = np.arange(round(360.0 / step_deg)) * step_deg
        weights = _overlap_matrix(directions, step_deg, self.sector_centres_deg, self.sector_width_deg)
        fine = weights @ self.frequency
        return directions, fine / fine.sum()

    def to_json(self, step_deg: float | None = None) -> dict:
        """The ``wind_climate`` block of ``lygsite windfarm --json``.

        With ``step_deg`` the directions are those the wake calculation ran
        on (:meth:`fine`); ``rose_*`` gives the 16-sector summary.
        """
        if step_deg is None:
            directions, freq = self.sector_centres_deg, self.frequency
        else:
            directions, freq = self.fine(step_deg)
        rose_centres, rose_freq = self.rose(16)
        weights = _overlap_matrix(rose_centres, 22.5, self.sector_centres_deg, self.sector_width_deg)
        rose_energy = weights @ self.energy_rose()
        return {"height_m": float(self.height_m), "sectors_deg": [float(d) for d in directions],
                "sector_width_deg": float(360.0 / len(directions)),
                "speeds_ms": [float(s) for s in self.speed_centres_ms], "speed_bin_ms": self.speed_bin_ms,
                "frequency": [[float(f) for f in row] for row in freq], "source": self.source,
                "mean_speed_ms": self.mean_speed_ms, "prevailing_axis_deg": self.prevailing_axis_deg(),
                "rose_sectors_deg": [float(c) for c in rose_centres], "rose_frequency": [float(f) for f in rose_freq],
                "rose_energy": [float(e) for e in rose_energy],
                "speed_uncertainty_pct": self.speed_uncertainty_pct, "notes": list(self.notes)}

    def with_speeds_scaled(self, factor: float) -> "WindClimate":
        """The same climate with every speed times ``factor``, re-binned linearly (for uncertainty runs)."""
        s = self.speed_centres_ms
        width = self.speed_bin_ms
        target = s * float(factor) / width
        lower = np.clip(np.floor(target).astype(int), 0, len(s) - 1)
        upper = np.clip(lower + 1, 0, len(s) - 1)
        share_up = np.clip(target - lower, 0.0, 1.0)
        freq = np.zeros_like(self.frequency)
        for j in range(len(s)):
            freq[:, lower[j]] += self.frequency[:, j] * (1.0 - share_up[j])
            freq[:, upper[j]] += self.frequency[:, j] * share_up[j]
        return replace(self, frequency=freq / freq.sum(), source=Message(QT_TRANSLATE_NOOP("Weather", "{source}; speeds x{factor:.3f}"), source=self.source,
                                             factor=factor))


def _overlap_matrix(centres, width, sector_centres, sector_width) -> np.ndarray:
    """Share of each coarse sector (columns) that falls in each target bin (rows)."""
    centres = np.asarray(centres, dtype=float)[:, None]
    sectors = np.asarray(sector_centres, dtype=float)[None, :]
    delta = (centres - sectors + 180.0) % 360.0 - 180.0  # signed angular distance of the centres
    lo = np.maximum(delta - width / 2.0, -sector_width / 2.0)
    hi = np.minimum(delta + width / 2.0, sector_width / 2.0)
    return np.clip(hi - lo, 0.0, None) / sector_width


# ---------------------------------------------------------------------------
# documented tables


@lru_cache(maxsize=1)
def direction_table() -> dict:
    """The documented monthly 16-sector direction table of the Lianyungang coast."""
    doc = json.loads(DIRECTION_TABLE_PATH.read_text(encoding="utf-8"))
    freq = np.asarray([doc["frequency_pct"][m] for m in _MONTHS], dtype=float) / 100.0
    if freq.shape != (12, 16) or not np.allclose(freq.sum(axis=1), 1.0, atol=1e-3):
        raise ValueError(f"{DIRECTION_TABLE_PATH.name}: frequency_pct must be 12 months x 16 sectors summing to 100")
    doc["monthly_frequency"] = freq / freq.sum(axis=1, keepdims=True)
    return doc


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=float)


def documented_annual_rose() -> np.ndarray:
    """Annual 16-sector frequencies of the documented table (months weighted by their days) [-]."""
    monthly = direction_table()["monthly_frequency"]
    rose = (monthly * _DAYS[:, None]).sum(axis=0) / _DAYS.sum()
    return rose / rose.sum()


@lru_cache(maxsize=2)
def climate_doc(terrain: str) -> dict:
    """The documented wind climate of ``terrain`` (``"offshore"`` or ``"onshore"``), every figure with its source."""
    if terrain not in DOCUMENTED_CLIMATES:
        raise ValueError(f"terrain: expected one of {', '.join(DOCUMENTED_CLIMATES)}, got {terrain!r}")
    return json.loads(DOCUMENTED_CLIMATES[terrain][0].read_text(encoding="utf-8"))


def offshore_climate_doc() -> dict:
    return climate_doc("offshore")


def onshore_climate_doc() -> dict:
    return climate_doc("onshore")


# ---------------------------------------------------------------------------
# speed bins


def speed_bins(max_speed: float, width: float | None = None) -> np.ndarray:
    """Bin centres 0, w, 2w, ... up to at least ``max_speed`` [m/s] (``wind.speed_bin_ms``)."""
    width = float(width or assumptions.value("wind.speed_bin_ms"))
    count = int(math.ceil(max(max_speed, 1.0) / width)) + 1
    return np.arange(count + 1) * width


def _bin_index(speed: np.ndarray, width: float, count: int) -> np.ndarray:
    return np.clip(np.floor(np.asarray(speed, dtype=float) / width + 0.5).astype(int), 0, count - 1)


# ---------------------------------------------------------------------------
# directions in a weather series


def check_direction_column(direction: pd.Series, source: str) -> None:
    """Raise :class:`InputError` for a direction column that is not degrees 0..360.

    Radians are recognised by a range that ends near 2 pi while the wind
    blows from all sides.
    """
    values = pd.to_numeric(direction, errors="coerce").to_numpy(dtype=float)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return
    low, high = float(values.min()), float(values.max())
    if low < 0 or high > 360:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: wind_direction runs {low:g}..{high:g}: expected "
                                                    "degrees clockwise from north within 0..360"),
                         code="wind_direction_runs_degrees", source=source, low=low, high=high)
    if high <= 2 * math.pi + 1e-6 and values.size >= 24 and np.unique(np.round(values, 3)).size > 8:
        raise InputError(QT_TRANSLATE_NOOP("Error", "{source}: wind_direction runs {low:.3g}..{high:.3g}: expected "
                                                    "degrees (0..360), got values that look like radians (multiply "
                                                    "by 180/pi)"), code="wind_direction_runs_degrees_2",
                         source=source, low=low, high=high)


def direction_hours(weather) -> tuple[np.ndarray | None, str]:
    """Which hours of ``weather`` carry a usable wind direction.

    Returns
    -------
    mask : numpy.ndarray of bool or None
        True for hours whose direction can be used; None when the weather
        has no usable direction at all.
    how : str
        ``"all"``, ``"observation hours"`` or why none.
    """
    data = weather.data
    if "wind_direction" not in data.columns:
        return None, Message(QT_TRANSLATE_NOOP("Weather", "the weather has no wind_direction"))
    direction = data["wind_direction"].to_numpy(dtype=float) % 360.0
    speed = data["wind_speed"].to_numpy(dtype=float)
    moving = (speed >= 1.0)
    both = moving[1:] & moving[:-1]
    if both.sum() < 24:
        return None, Message(QT_TRANSLATE_NOOP("Weather", "too few hours with wind to read a direction"))
    change = np.abs((np.diff(direction) + 180.0) % 360.0 - 180.0)[both]
    if float(np.median(change)) <= FILLER_MEDIAN_CHANGE_DEG:
        return np.ones(len(direction), dtype=bool), "all"
    # Not a physical hourly record: keep the hours of day whose directions sit
    # on the 16-point compass, the synoptic observations of a CSWD-type file.
    hours = data.index.hour.to_numpy()
    on_compass = np.abs(direction / 22.5 - np.round(direction / 22.5)) * 22.5 <= 0.75  # whole-degree 22.5k
    good_hours = [h for h in range(24) if moving[hours == h].any()
                  and on_compass[(hours == h) & moving].mean() >= 0.5]
    if not good_hours:
        return None, Message(QT_TRANSLATE_NOOP("Weather", "the hourly directions change by a median of {change:.0f} deg "
                                                          "from one hour to the next (filler, not a record)"),
                             change=np.median(change))
    return np.isin(hours, good_hours), Message(QT_TRANSLATE_NOOP("Weather", "observation hours {hours}"),
                                               hours=Listing(f"{h:02d}" for h in good_hours))


# ---------------------------------------------------------------------------
# builders


def climate_from_series(hub_speed, direction, height_m: float, source: str, months=None,
                        monthly_direction: np.ndarray | None = None, notes=()) -> WindClimate:
    """A 16-sector climate from hourly hub-height speeds.

    Parameters
    ----------
    hub_speed : array-like
        Hourly wind speed at ``height_m`` [m/s].
    direction : array-like or None
        Hourly direction [deg] for joint counting; None to combine each
        month's speeds with ``monthly_direction``.
    height_m : float
    source : str
    months : array-like of int, optional
        Month (1..12) of each hour; needed with ``monthly_direction``.
    monthly_direction : numpy.ndarray, shape (12, 16), optional
        Direction frequencies per month (rows sum to 1).
    """
    speed = np.asarray(hub_speed, dtype=float)
    centres = speed_bins(float(np.nanmax(speed)))
    width = float(centres[1] - centres[0])
    idx = _bin_index(speed, width, len(centres))
    sectors = np.arange(16) * 22.5
    freq = np.zeros((16, len(centres)))
    if direction is not None:
        d = np.asarray(direction, dtype=float) % 360.0
        sector = np.floor((d + 11.25) / 22.5).astype(int) % 16
        calm = speed < CALM_MS
        np.add.at(freq, (sector[~calm], idx[~calm]), 1.0)
        if calm.any():  # a calm has no direction: spread it like the rest
            rose = freq.sum(axis=1)
            rose = rose / rose.sum() if rose.sum() > 0 else np.full(16, 1 / 16)
            freq += rose[:, None] * np.bincount(idx[calm], minlength=len(centres))[None, :]
    else:
        months = np.asarray(months, dtype=int)
        for m in range(12):
            sel = months == m + 1
            if sel.any():
                counts = np.bincount(idx[sel], minlength=len(centres)).astype(float)
                freq += monthly_direction[m][:, None] * counts[None, :]
    return WindClimate(float(height_m), sectors, centres, freq / freq.sum(), source, notes=tuple(notes))


def hub_speed_from_weather(weather, hub_height: float, roughness=None) -> pd.Series:
    """Hourly wind speed at ``hub_height`` [m/s] by windpowerlib's profile, as in the single-turbine chain."""
    from types import SimpleNamespace

    from windpowerlib import ModelChain

    from app.resource.wind import windpowerlib_weather

    frame = windpowerlib_weather(weather, roughness)
    return ModelChain(SimpleNamespace(hub_height=float(hub_height))).wind_speed_hub(frame).astype(float)


def climate_from_weather(weather, hub_height: float, roughness=None) -> WindClimate:
    """The wind climate of an hourly weather series at ``hub_height``.

    Speeds by windpowerlib's logarithmic profile from the weather's wind
    (its own multi-height profile where it has one). Directions: every hour's
    own where the series is a physical record; where only the synoptic
    observation hours carry a measured direction (CSWD), those hours give a
    monthly direction distribution combined with every hour's speed; where
    there is none, the documented monthly table of the Lianyungang coast.
    """
    speed = hub_speed_from_weather(weather, hub_height, roughness)
    months = weather.data.index.month.to_numpy()
    mask, how = direction_hours(weather) if weather.wind_profile is None \
        else (None, Message(QT_TRANSLATE_NOOP("Weather", "measured profile without direction")))
    base = Message(QT_TRANSLATE_NOOP("Weather", "{weather}; hub-height speeds by windpowerlib's logarithmic profile"),
                   weather=weather.source)
    if mask is not None and how == "all":
        return climate_from_series(speed.to_numpy(), weather.data["wind_direction"].to_numpy(), hub_height,
                                   Message(QT_TRANSLATE_NOOP("Weather", "{base}; directions from the weather"),
                                           base=base))
    if mask is not None:
        direction = weather.data["wind_direction"].to_numpy(dtype=float)
        moving = weather.data["wind_speed"].to_numpy(dtype=float) >= CALM_MS
        monthly = np.zeros((12, 16))
        sector = np.floor(((direction % 360.0) + 11.25) / 22.5).astype(int) % 16
        sel = mask & moving
        np.add.at(monthly, (months[sel] - 1, sector[sel]), 1.0)
        empty = monthly.sum(axis=1) == 0
        monthly[empty] = direction_table()["monthly_frequency"][empty]
        monthly = monthly / monthly.sum(axis=1, keepdims=True)
        note = Message(QT_TRANSLATE_NOOP("Weather", "the weather's hourly directions are filler between observations; "
                                                    "the rose uses its {how} (Beijing time), month by month"), how=how)
        return climate_from_series(speed.to_numpy(), None, hub_height,
                                   Message(QT_TRANSLATE_NOOP("Weather", "{base}; directions from the weather's {how}"),
                                           base=base, how=how),
                                   months=months, monthly_direction=monthly, notes=(note,))
    note = Message(QT_TRANSLATE_NOOP("Weather", "{how}: directions from the documented monthly table of the "
                                                "Lianyungang coast"), how=how)
    return climate_from_series(speed.to_numpy(), None, hub_height,
                               Message(QT_TRANSLATE_NOOP("Weather", "{base}; directions from the Lianyungang monthly "
                                                                    "direction table (CSWD Ganyu)"), base=base),
                               months=months, monthly_direction=direction_table()["monthly_frequency"], notes=(note,))


def climate_from_weibull(scale_ms, shape, sector_frequency, height_m: float, source: str,
                         speed_uncertainty_pct: float | None = None, notes=()) -> WindClimate:
    """A climate from a Weibull distribution per sector.

    Parameters
    ----------
    scale_ms : float or array-like, shape (n_sectors,)
        Weibull scale A [m/s].
    shape : float or array-like, shape (n_sectors,)
        Weibull shape k [-].
    sector_frequency : array-like, shape (n_sectors,)
        Frequency of each sector (normalised here), the first centred on north.
    """
    f = np.asarray(sector_frequency, dtype=float)
    f = f / f.sum()
    n = len(f)
    a = np.broadcast_to(np.asarray(scale_ms, dtype=float), (n,))
    k = np.broadcast_to(np.asarray(shape, dtype=float), (n,))
    # bins up to where 0.1 % of the time is left above (the last bin takes that tail: turbines run at
    # rated power there, so the energy changes by less than 0.01 %; the idle share above cut-out is ~3e-5)
    top = float(np.max(a * (-np.log(TAIL_PROBABILITY)) ** (1.0 / k)))
    centres = speed_bins(min(top, 40.0))
    width = float(centres[1] - centres[0])
    edges_hi = np.minimum(centres + width / 2.0, np.inf)
    edges_hi[-1] = np.inf  # the last bin takes the tail
    edges_lo = np.maximum(centres - width / 2.0, 0.0)
    cdf = lambda v: 1.0 - np.exp(-(v[None, :] / a[:, None]) ** k[:, None])  # noqa: E731
    probability = cdf(edges_hi) - cdf(edges_lo)
    freq = f[:, None] * probability
    return WindClimate(float(height_m), np.arange(n) * 360.0 / n, centres, freq / freq.sum(), source,
                       speed_uncertainty_pct=speed_uncertainty_pct, notes=tuple(notes))


def log_profile_ratio(height_m: float, reference_height_m: float, roughness_m: float) -> float:
    """Neutral logarithmic profile: v(height) / v(reference) [-]."""
    return math.log(float(height_m) / roughness_m) / math.log(float(reference_height_m) / roughness_m)


def documented_climate(terrain: str, hub_height: float, mean_speed_100m: float | None = None,
                       mean_source: str | None = None) -> WindClimate:
    """A documented wind climate at ``hub_height``: offshore (Haizhou Bay) or onshore (the Lianyungang coastal plain).

    The 100 m mean wind speed and Weibull k of the terrain's file in
    ``app/resources/climate`` (each with its source), carried to hub height
    by the neutral logarithmic profile with the file's roughness, with the
    annual 16-sector rose of the Lianyungang coast.

    Parameters
    ----------
    terrain : {'offshore', 'onshore'}
    hub_height : float
        [m]
    mean_speed_100m : float, optional
        Replaces the documented 100 m mean [m/s] (an imported GeoTIFF at the site).
    mean_source : str, optional
        Where ``mean_speed_100m`` comes from.
    """
    doc = climate_doc(terrain)
    _, name = DOCUMENTED_CLIMATES[terrain]
    reference = float(doc["reference_height_m"])
    mean_100 = float(mean_speed_100m if mean_speed_100m is not None else doc["mean_speed_ms"]["value"])
    k = float(doc["weibull_k"]["value"])
    z0 = float(doc["height_profile"]["roughness_length_m"])
    mean_hub = mean_100 * log_profile_ratio(hub_height, reference, z0)
    scale = mean_hub / math.gamma(1.0 + 1.0 / k)
    # the file that documents the figures is named in the climate's notes and README, not in every result
    where = mean_source or Message(QT_TRANSLATE_NOOP("Weather", "{name}: {speed:g} m/s at {height:g} m (Global "
                                                                "Wind Atlas 3)"),
                                   name=Message(name), speed=mean_100, height=reference)
    source = Message(QT_TRANSLATE_NOOP("Weather", "{where}, Weibull k {k:g}, log profile z0 {z0:g} m to {hub:g} m "
                                                  "({speed:.2f} m/s), 16-sector rose of the Lianyungang coast (CSWD "
                                                  "Ganyu)"),
                     where=where, k=k, z0=z0, hub=hub_height, speed=mean_hub)
    return climate_from_weibull(scale, k, documented_annual_rose(), hub_height, source,
                                speed_uncertainty_pct=float(doc["uncertainty"]["mean_speed_pct"]))


def offshore_climate(hub_height: float, mean_speed_100m: float | None = None,
                     mean_source: str | None = None) -> WindClimate:
    """The documented offshore wind climate of Haizhou Bay at ``hub_height`` (:func:`documented_climate`)."""
    return documented_climate("offshore", hub_height, mean_speed_100m, mean_source)


def onshore_climate(hub_height: float, mean_speed_100m: float | None = None,
                    mean_source: str | None = None) -> WindClimate:
    """The documented onshore wind climate of the Lianyungang coastal plain at ``hub_height`` (:func:`documented_climate`)."""
    return documented_climate("onshore", hub_height, mean_speed_100m, mean_source)


def raster_mean_at(project, lon: float, lat: float) -> tuple[float | None, str]:
    """The 100 m mean wind speed [m/s] of an imported (not indicative) ``wind_speed_100m`` raster at a point."""
    layer = None if project is None else project.layers.get("wind_speed_100m")
    if layer is None or getattr(layer, "kind", "") != "raster":
        return None, ""
    # the app's own indicative raster (tag written by app.resource.raster) is no measurement
    if str(getattr(layer, "tags", {}).get("indicative", "")).lower() in ("1", "true", "yes"):
        return None, ""
    from rasterio.transform import rowcol

    from app.layers.crs import STORAGE_CRS

    x, y = lon, lat
    if str(layer.crs).upper() not in (STORAGE_CRS, "EPSG:4490", "EPSG:4326", "OGC:CRS84"):
        import pyproj

        x, y = pyproj.Transformer.from_crs(STORAGE_CRS, layer.crs, always_xy=True).transform(lon, lat)
    row, col = rowcol(layer.transform, x, y)
    if not (0 <= row < layer.array.shape[0] and 0 <= col < layer.array.shape[1]):
        return None, ""
    value = float(layer.array[row, col])
    if not (math.isfinite(value) and 0.5 < value < 30.0):
        return None, ""
    return value, Message(QT_TRANSLATE_NOOP("Weather", "imported raster '{title}' ({speed:.2f} m/s at 100 m at the "
                                                       "site)"), title=layer.title, speed=value)


def site_wind_climate(weather, hub_height: float, offshore: bool, roughness=None, project=None,
                      lonlat: tuple | None = None) -> WindClimate:
    """The wind climate a site's yield uses.

    An imported hub-height series (weather with a measured multi-height
    profile) when there is one; else the documented climate of the site's
    terrain -- Haizhou Bay offshore, the Lianyungang coastal plain onshore --
    its 100 m mean replaced by an imported ``wind_speed_100m`` GeoTIFF at the
    site. A weather of 10 m station wind is not lifted to hub height: a
    sheltered land station (the CSWD Ganyu year behind the default year reads
    2.5 m/s at 10 m) gave a third of the full-load hours Jiangsu's wind farms
    make.
    """
    if weather is not None and weather.wind_profile is not None:
        return climate_from_weather(weather, hub_height, roughness)
    mean, where = raster_mean_at(project, *lonlat) if lonlat is not None else (None, "")
    climate = documented_climate("offshore" if offshore else "onshore", hub_height, mean, where or None)
    if weather is not None:
        note = (f"hub-height wind from the documented {'offshore' if offshore else 'onshore'} climate, not from "
                f"the 10 m wind of '{weather.source}' (a station's wind at 10 m; import a hub-height series or a "
                "wind_speed_100m GeoTIFF to replace the climate)")
        climate = replace(climate, notes=climate.notes + (note,))
    return climate


__all__ = ["WindClimate", "climate_from_weather", "climate_from_series", "climate_from_weibull", "offshore_climate",
           "onshore_climate", "documented_climate", "climate_doc", "DOCUMENTED_CLIMATES",
           "site_wind_climate", "direction_table", "documented_annual_rose", "direction_hours",
           "check_direction_column", "hub_speed_from_weather", "log_profile_ratio", "raster_mean_at", "speed_bins"]
